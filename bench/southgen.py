"""Render Reuters-21578 stories as noisy scraped seed-layout pages, with their expected parse.

This is a blind test-data generator: it was written from the layout spec and
from /work/shared/seed only, never from the parser.  It imitates a different
website ("south") and a different scraper from the one the seed came from.

    python bench/southgen.py [--limit N] [--show K] [--newid ID] [--seed S]

prints how often every weighted choice was taken, runs per-story consistency
checks and prints K sample pages with their expected parse.

Public interface
----------------
``render_corpus_south(shared_dir, *, seed=1987, limit=None)`` yields
``(record, data, expected)`` for each story, in corpus order (files
reut2-000 .. reut2-021, stories in document order).  All randomness for a story
comes from ``random.Random(f"{seed}-{newid}")``; the pools of related headlines
and of known dateline places are always built from the whole corpus, so a story
renders the same bytes whatever ``limit`` is.

Which stories
-------------
Every <REUTERS> element with a <TITLE> and a <BODY> (19,043 of 21,578; the
BRIEF and UNPROC ones have no body).  A story whose body is empty once cleaned
(see below) is skipped; in the 1987 corpus that never happens.

Cleaning the SGML (decisions)
-----------------------------
* Files are read as latin-1.  Entities are decoded with html.unescape
  (&lt; &amp; &#3; ...).  C0/C1 control characters and DEL (&#2;, &#3;, &#5;,
  &#127; ...) are removed, as is a literal "^M" at the end of a line (a CR that
  the corpus spelled out).
* Headline = TITLE, entities decoded, whitespace collapsed.  It is printed on
  the page exactly like that (ALL CAPS as in the wire); no re-casing.
* Date = the SGML <DATE> (e.g. "26-FEB-1987 15:01:01.79" -> 1987-02-26).
  The time is used only by the date formats that show a time; garbled hours
  (e.g. "605:12") mean the page shows no time.
* Sign-off: trailing lines that are only "Reuter"/"REUTER"/"Reuters", possibly
  followed by "..." are dropped; a trailing " REUTER" glued after punctuation
  or a digit on the last line ("... Cts. REUTER") is cut.  The sign-off is
  never a paragraph.
* Unwrapping: a body line that starts with whitespace begins a new paragraph
  (the wire indents paragraphs); a blank line ends one; an unindented line
  continues the current paragraph.  Exception, for tables: a "table row" (a
  line with a run of 3+ spaces between words, or 2+ runs of 2+ spaces that do
  not follow punctuation, or a dot leader "....") is always a paragraph of its
  own, and so is the line after it.  So "Shr 28 cts vs 22 cts", "Pay April 15",
  "Record March 23" and each column-aligned row stay as one paragraph each.
* Every paragraph is whitespace-collapsed (so column alignment becomes single
  spaces) and printed on ONE line of the page.  Paragraphs with no letter or
  digit at all (rules such as "--" or "/") are dropped.
* Dateline: the <DATELINE> element is split on commas; trailing chunks that
  are a (possibly misspelt: "Narch 2", "Apri l7", "ABR 7") month and/or day
  are removed; what is left is the place, e.g. "SHIREMANSTOWN, Pa." or
  "CALGARY, Alberta".  The city (first chunk) is upper-cased, the rest is kept
  as written.  A DATELINE with no date part counts as a place only if its city
  is seen elsewhere in the corpus with a date ("WASHINGTON -" yes, "FOB RIVER
  -", "COPPER GRADE A -" no: those are table fragments and are dropped, so
  the body then starts at <BODY>; 81 stories).  Leading "****" and a ", Reuter"
  chunk are ignored; "JOHANNESBURG March 13" and "CHEVY CHASE, Md., - March 4"
  are understood.  Text after the first " - " is body text the corpus tagged
  into the DATELINE ("RIO DE JANEIRO, Feb 26 - Brazil's "Cruzado" anti-"): it
  is put back in front of the body (joined without a space after a hyphen, so
  "anti-" + "inflation" -> "anti-inflation"; 38 stories).
  The expected dateline is the place exactly as printed (so "Calgary, Alberta"
  for the title-case style), without "(Reuters)" or the date.

Page layout (top to bottom)
---------------------------
[leading blank lines] headline / blank(s) / [standfirst line(s) / blank(s)] /
agency-date line / [caption line] / blank / paragraphs separated by blank
lines, with related-story lines and site lines between some of them /
[tail related block] / [footer].

Every weighted choice, with its weight (weights are relative, per table)
-----------------------------------------------------------------------
encoding           utf-8 55, utf-8-sig (BOM) 15, cp1252 30 (falls back to
                   utf-8 if a character has no cp1252 form; never happens)
newline            LF 60, CRLF 40
final_newline      yes 70, no 30 (the seed file has none)
leading_blank      0 lines 94, 1 line 5, 2 lines 1
top_gap            blank lines after headline and after standfirst: 1 70, 2 30
agency             Reuters 44, REUTERS 14, Reuter 7, reuters 2, Thomson Reuters 4,
                   AFP 6, Afp 4, AP 6, Agencies 6, Staff and agencies 3,
                   dpa 2, Bloomberg 2.  The expected agency is this string.
agency_layout      "{a} {d}" 50, "{a} | {d}" 10, "{a} - {d}" 6, "{a}, {d}" 8,
                   "By {a}, {d}" 7, "By {a} | {d}" 3, "{d} | {a}" 6,
                   "Published {d} | Source: {a}" 4, "{a} | Updated {d}" 6.
                   "By", "Published", "Source:", "Updated" are labels, not
                   part of the agency.
date_format        "February 26, 1987" 30, "Feb 26, 1987" 10, "Feb. 26, 1987"
                   (AP style: March, April, May, June, July spelt out, Sept.)
                   4, "26 February 1987" 12, "26 Feb 1987" 5,
                   "Thursday, February 26, 1987" 8, "Thu 26 Feb 1987" 3,
                   "February 26, 1987 3:01 PM" 8, "26 February 1987, 15:01 GMT"
                   5, "1987-02-26" 4, "February 26 1987" 4, misspelt month
                   "Febuary 26, 1987" 4 (only misspellings that still name one
                   month; May has none and falls back to the first format),
                   "Thursday 26 February 1987 15:01" 3.  Formats with a time
                   fall back to their time-less twin when the time is garbled.
                   Weekday names are the true weekday of the date.
standfirst         none 45, lead_sentence 25 (first sentence of the first
                   paragraph, as written, if that paragraph is prose),
                   lead_sentence_nostop 10 (same without its final full stop,
                   like the seed), later_sentence 8 (first sentence of a later
                   prose paragraph), two_lines 12 (first two sentences of the
                   lead - or the lead sentence and the first sentence of the
                   second paragraph if that is prose - one per line; expected
                   joined by one space).  "Prose paragraph" = 60+ characters,
                   6+ words, mostly lower case, not a table row, not starting
                   with a label such as "NOTE:".  A sentence (split at . ! ?
                   followed by a capital, not after initials, known
                   abbreviations, or inside <...> / (...)) must be 40-260
                   characters and prose, and the story must have 3+
                   paragraphs (4+ for two_lines); otherwise the page has no
                   standfirst and the choice is recorded as "none(forced)".
standfirst_gap     (two_lines only) adjacent 60, blank line between 40
caption            none 55, caption 45
caption_form       scene 35 ("Traders work on the floor of ..."), file_photo 25
                   ("In this March 3, 1986 file photo, traders work ..."),
                   scene_dated 15 ("..., March 3, 1986."), scene_lead 15
                   (scene + lead sentence of the story, like the seed),
                   file_photo_lead 10 (the *_lead forms become scene /
                   file_photo, recorded "(no lead)", when there is no usable
                   lead sentence or the standfirst already repeats it).
                   Scenes come from a small pool keyed by
                   TOPICS, PEOPLE (e.g. "James Baker speaks to reporters in
                   Washington") and the dateline city.
caption_date_typo  (forms with a date) clean 75, year_extra_digit 12
                   ("19866", like the seed's "20115"), month_typo 8, year_short
                   5 ("198").  The caption date is always 30-900 days before
                   the story date, never the story's date.
caption_label      "PHOTO: {c}" 45, "Photo: {c}" 18, "(Photo: {c})" 10,
                   "Photo credit: {c}" 5, "Picture: {c}" 5, "Image: {c}" 5,
                   "FILE PHOTO: {c}" 4, "| PHOTO: {c}" 4, "- Photo: {c}" 4.
                   The credit is always the end of the caption line, on the
                   same line.  Expected caption = text before the label (and
                   before "|", "-" or "(" separators), stripped; expected
                   photo_credit = {c}.
credit             AFP 20, REUTERS 18, Reuters 14, AP 12, Reuters/File 8,
                   AFP/Getty Images 6, Getty Images 5, File 5, EPA 4,
                   Bloomberg 3, AP Photo/File 5
caption_gap        blank lines between agency line and caption: 0 70, 1 30
dateline_format    "PLACE: " 28 (seed), "PLACE - " 13, "PLACE (Reuters) - " 20,
                   "PLACE, Feb 26 (Reuters) - " 8, "PLACE \u2014 " 7 (em dash),
                   "PLACE, Feb 26 - " 5 (bare wire style), "Place: " 4 (city
                   in title case), none 15.  The parenthesised agency follows
                   the agency line (Reuters/AFP/AP/dpa; for Agencies, Staff and
                   agencies and Bloomberg the "(...)" styles fall back to
                   "PLACE - ").  The date in a dateline is the SGML date.  A
                   story with no usable place gets "none(forced)".  If "none"
                   is drawn but the first paragraph itself starts like a
                   dateline ("BAHRAIN - ...", "Pep Boys - Manny, Moe and Jack
                   Inc said ...") and a place is known, the page
                   uses "PLACE: " ("PLACE: (forced)"), so a printed first
                   paragraph never starts with something that reads as a
                   dateline unless it is one.
typography         plain 75, smart_quotes 25 (straight quotes in paragraphs,
                   standfirst and caption become curly: \u201c \u201d \u2019;
                   the expected values carry the curly ones)
para_gap           blank lines between blocks of the body: 1 85, 2 15
trailing_ws        none 85, some 15 (then each content line - headline,
                   standfirst, agency, paragraph - gets 1-2 trailing spaces
                   with chance 0.3; noise lines never do)
related_style      none 25, inline 35, group_mid 12, group_tail 18,
                   inline+tail 10
related_inline_n   1 45, 2 40, 3 15 (at most one per slot; fewer if slots lack)
related_prefix     (inline, one per page) "" 50, "Related: " 10, "READ MORE: "
                   10, "ALSO READ: " 7, "See also: " 6, "\u00bb " 7, "RELATED: " 5,
                   "Read: " 5
related_group_label  "Related stories" 18, "RELATED COVERAGE" 14, "More on this
                   story" 10, "You may also like" 10, "Read more" 8, "MORE FROM
                   {SECTION}" 14, "More from {Section}" 8, "Most read" 10,
                   no label 8.  Section from TOPICS (Business, Markets,
                   Energy, Commodities, World Economy).
related_group_n    2 30, 3 40, 4 20, 5 10
related_bullet     (group items) "" 60, "\u2022 " 20, "- " 10, "\u00bb " 10
related_group_spacing  adjacent 55 (label and items on consecutive lines),
                   blank 45
related_casing     (per page) source 40 (Reuters titles stay ALL CAPS, BBC as
                   written), title 30, sentence 22, upper 8.  Tickers "<XYZ>",
                   "U.S."-style initialisms, and known acronyms keep their case.
related_source     (per headline) same_topic 45, same_place 15, any_reuters 15,
                   bbc 25 (BBC business/politics/tech titles only, except
                   under the untopical labels "Most read", "You may also
                   like" and no label, which draw from all five sections).
                   Candidates are titles of OTHER stories (Reuters
                   titles with or without body, BBC first lines), 15-110
                   characters, 3+ words, mostly letters; never equal (ignoring
                   case) to this page's headline, standfirst or any of its
                   paragraphs, never repeated on a page.
site_lines         none 88, one 9, two 3: lines such as "Advertisement" between
                   paragraphs.  site_line_text: Advertisement 35, ADVERTISEMENT
                   20, "Story continues below advertisement" 20, "Continue
                   reading the main story" 15, "Scroll to continue with
                   content" 10.  Role "other"; listed in noise.footer.
footer_style       none 15, seed_comments 10, comment_count 14,
                   comments_closed 8, share_tags 14, copyright 12,
                   newsletter 7, share_tags+copyright 10,
                   comment_count+copyright 10.  Each wording inside a
                   style is an equal-weight pick recorded as footer_wording
                   (e.g. "Comments ({n})" / "COMMENTS ({n})" / "{n} comments";
                   "Leave a comment" / "Add your comment" / ...; sort bar or
                   not; the Reuters redistribution disclaimer 1 in 3).
footer_spacing     blank 60, adjacent 40
site_name          The Southern Courier 40, Southern Daily Ledger 35,
                   The Gulf Coast Times 25 (used in copyright/newsletter)

Where noise goes (decisions)
----------------------------
* Mid-body slots (for inline related lines, mid groups and site lines) are the
  gaps after paragraph 2, 3, ... when the paragraph before the gap is prose of
  80+ characters and is not the last paragraph: web pages insert links after
  paragraphs of running text, never inside a table.  Different noise items
  never share a slot.  If a story has no slot, inline items and mid groups go
  to the tail (choice "related_placement" = "tail(forced)") and site lines are
  dropped ("site_lines" = "none(forced)").
* The tail block is after the last paragraph and before the footer.
* A group's label line is part of the related block: it is listed in
  noise.related with its items, in page order.
* noise.footer lists footer, comment and site lines (including mid-body site
  lines) in page order; noise.related lists every related line in page order;
  all exactly as printed (noise lines never get trailing whitespace).
* Nothing is ever put inside a paragraph line, before the headline, between
  headline and agency line other than the standfirst, or between the agency
  line and the caption.

record
------
newid, file, key, choices (name -> value; a name drawn several times holds a
list, e.g. related_source holds every draw including ones redrawn because the
headline was unusable), encoding, newline, layout (role of each non-blank
line, in order: headline/standfirst/agency/caption/para/related/footer/other).
Besides the tables above, choices holds equal-weight picks: footer_wording,
caption_scene, month_typo, trailing_ws_width; and the fallbacks
related_placement ("tail(forced)" / "partly_tail(forced)").  Content picks
(which headline, which slot, which person, comment counts, photo-date offsets)
are not recorded.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import html
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

# --------------------------------------------------------------------------
# weight tables (keep in step with the module docstring)

W_ENCODING = [("utf-8", 55), ("utf-8-sig", 15), ("cp1252", 30)]
W_NEWLINE = [("LF", 60), ("CRLF", 40)]
W_FINAL_NEWLINE = [("yes", 70), ("no", 30)]
W_LEADING_BLANK = [(0, 94), (1, 5), (2, 1)]
W_TOP_GAP = [(1, 70), (2, 30)]
W_AGENCY = [
    ("Reuters", 44), ("REUTERS", 14), ("Reuter", 7), ("reuters", 2),
    ("Thomson Reuters", 4), ("AFP", 6), ("Afp", 4), ("AP", 6), ("Agencies", 6),
    ("Staff and agencies", 3), ("dpa", 2), ("Bloomberg", 2),
]
W_AGENCY_LAYOUT = [
    ("{a} {d}", 50), ("{a} | {d}", 10), ("{a} - {d}", 6), ("{a}, {d}", 8),
    ("By {a}, {d}", 7), ("By {a} | {d}", 3), ("{d} | {a}", 6),
    ("Published {d} | Source: {a}", 4), ("{a} | Updated {d}", 6),
]
W_DATE_FORMAT = [
    ("Month D, YYYY", 30), ("Mon D, YYYY", 10), ("AP Mon. D, YYYY", 4),
    ("D Month YYYY", 12), ("D Mon YYYY", 5), ("Weekday, Month D, YYYY", 8),
    ("Wkd D Mon YYYY", 3), ("Month D, YYYY h:mm AM", 8),
    ("D Month YYYY, HH:MM GMT", 5), ("YYYY-MM-DD", 4), ("Month D YYYY", 4),
    ("Misspelt D, YYYY", 4), ("Weekday D Month YYYY HH:MM", 3),
]
W_STANDFIRST = [
    ("none", 45), ("lead_sentence", 25), ("lead_sentence_nostop", 10),
    ("later_sentence", 8), ("two_lines", 12),
]
W_STANDFIRST_GAP = [("adjacent", 60), ("blank", 40)]
W_CAPTION = [("none", 55), ("caption", 45)]
W_CAPTION_FORM = [
    ("scene", 35), ("file_photo", 25), ("scene_dated", 15), ("scene_lead", 15),
    ("file_photo_lead", 10),
]
W_CAPTION_DATE_TYPO = [
    ("clean", 75), ("year_extra_digit", 12), ("month_typo", 8), ("year_short", 5),
]
W_CAPTION_LABEL = [
    ("PHOTO: {c}", 45), ("Photo: {c}", 18), ("(Photo: {c})", 10),
    ("Photo credit: {c}", 5), ("Picture: {c}", 5), ("Image: {c}", 5),
    ("FILE PHOTO: {c}", 4), ("| PHOTO: {c}", 4), ("- Photo: {c}", 4),
]
W_CREDIT = [
    ("AFP", 20), ("REUTERS", 18), ("Reuters", 14), ("AP", 12), ("Reuters/File", 8),
    ("AFP/Getty Images", 6), ("Getty Images", 5), ("File", 5), ("EPA", 4),
    ("Bloomberg", 3), ("AP Photo/File", 5),
]
W_CAPTION_GAP = [(0, 70), (1, 30)]
W_DATELINE = [
    ("PLACE: ", 28), ("PLACE - ", 13), ("PLACE (Agency) - ", 20),
    ("PLACE, Mon D (Agency) - ", 8), ("PLACE \u2014 ", 7), ("PLACE, Mon D - ", 5),
    ("Place: ", 4), ("none", 15),
]
W_TYPOGRAPHY = [("plain", 75), ("smart_quotes", 25)]
W_PARA_GAP = [(1, 85), (2, 15)]
W_TRAILING_WS = [("none", 85), ("some", 15)]
W_RELATED_STYLE = [
    ("none", 25), ("inline", 35), ("group_mid", 12), ("group_tail", 18),
    ("inline+tail", 10),
]
W_RELATED_INLINE_N = [(1, 45), (2, 40), (3, 15)]
W_RELATED_PREFIX = [
    ("", 50), ("Related: ", 10), ("READ MORE: ", 10), ("ALSO READ: ", 7),
    ("See also: ", 6), ("\u00bb ", 7), ("RELATED: ", 5), ("Read: ", 5),
]
W_RELATED_GROUP_LABEL = [
    ("Related stories", 18), ("RELATED COVERAGE", 14), ("More on this story", 10),
    ("You may also like", 10), ("Read more", 8), ("MORE FROM {SECTION}", 14),
    ("More from {Section}", 8), ("Most read", 10), ("", 8),
]
W_RELATED_GROUP_N = [(2, 30), (3, 40), (4, 20), (5, 10)]
W_RELATED_BULLET = [("", 60), ("\u2022 ", 20), ("- ", 10), ("\u00bb ", 10)]
W_RELATED_GROUP_SPACING = [("adjacent", 55), ("blank", 45)]
W_RELATED_CASING = [("source", 40), ("title", 30), ("sentence", 22), ("upper", 8)]
W_RELATED_SOURCE = [("same_topic", 45), ("same_place", 15), ("any_reuters", 15), ("bbc", 25)]
W_SITE_LINES = [("none", 88), ("one", 9), ("two", 3)]
W_SITE_LINE_TEXT = [
    ("Advertisement", 35), ("ADVERTISEMENT", 20),
    ("Story continues below advertisement", 20),
    ("Continue reading the main story", 15), ("Scroll to continue with content", 10),
]
W_FOOTER_STYLE = [
    ("none", 15), ("seed_comments", 10), ("comment_count", 14), ("comments_closed", 8),
    ("share_tags", 14), ("copyright", 12), ("newsletter", 7),
    ("share_tags+copyright", 10), ("comment_count+copyright", 10),
]
W_FOOTER_SPACING = [("blank", 60), ("adjacent", 40)]
W_SITE_NAME = [
    ("The Southern Courier", 40), ("Southern Daily Ledger", 35), ("The Gulf Coast Times", 25),
]

# --------------------------------------------------------------------------
# calendar words

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
          "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# misspellings that still point at exactly one month (May has none)
MONTH_TYPOS = {
    1: ["Janaury", "Januray"], 2: ["Febuary", "Feburary"], 3: ["Marhc", "Mrach"],
    4: ["Apirl", "Aprli"], 6: ["Juen", "Jnue"], 7: ["Jully", "Juyl"],
    8: ["Agust", "Augsut"], 9: ["Septmber", "Setpember"], 10: ["Ocotber", "Octobr"],
    11: ["Novemer", "Novmeber"], 12: ["Decmber", "Decemebr"],
}
_SGML_MONTHS = {m.upper(): i + 1 for i, m in enumerate(MON_ABBR)}
_MONTH_WORDS = [m.lower() for m in MONTHS] + [m.lower() for m in MON_ABBR] + ["sept"]

# --------------------------------------------------------------------------
# humanised codes for captions, tags and sections

TOPIC_NAMES = {
    "earn": "Earnings", "acq": "Mergers and acquisitions", "crude": "Crude oil",
    "money-fx": "Currencies", "interest": "Interest rates", "grain": "Grain",
    "wheat": "Wheat", "corn": "Corn", "trade": "Trade", "ship": "Shipping",
    "nat-gas": "Natural gas", "money-supply": "Money supply", "gnp": "GNP",
    "bop": "Balance of payments", "cpi": "Inflation", "sugar": "Sugar",
    "coffee": "Coffee", "cocoa": "Cocoa", "gold": "Gold", "oilseed": "Oilseeds",
    "soybean": "Soybeans", "veg-oil": "Vegetable oils", "livestock": "Livestock",
    "copper": "Copper", "jobs": "Jobs", "reserves": "Reserves", "ipi": "Industry",
    "dlr": "Dollar", "yen": "Yen", "dmk": "Mark", "stg": "Sterling", "carcass": "Meat",
}
PLACE_NAMES = {
    "usa": "United States", "uk": "Britain", "west-germany": "West Germany",
    "east-germany": "East Germany", "ussr": "Soviet Union", "japan": "Japan",
    "ec": "European Community", "hong-kong": "Hong Kong", "new-zealand": "New Zealand",
    "south-africa": "South Africa", "south-korea": "South Korea", "uae": "UAE",
}
SECTIONS = [
    ({"crude", "nat-gas", "gas", "fuel", "heat", "propane", "jet", "naphtha"}, "Energy"),
    ({"grain", "wheat", "corn", "cocoa", "coffee", "sugar", "oilseed", "soybean", "veg-oil",
      "livestock", "cotton", "rubber", "barley", "rice", "gold", "silver", "copper", "tin",
      "zinc", "lead", "alum", "nickel"}, "Commodities"),
    ({"money-fx", "interest", "money-supply", "dlr", "yen", "dmk", "stg"}, "Markets"),
    ({"trade", "gnp", "bop", "cpi", "jobs", "ipi", "reserves", "retail", "income"},
     "World Economy"),
]

SCENES = {
    "earn": ["Traders work on the floor of the New York Stock Exchange",
             "An investor watches share prices on a screen at a brokerage"],
    "acq": ["Traders work on the floor of the New York Stock Exchange",
            "Executives shake hands after signing an agreement in {place}"],
    "crude": ["An oil pump jack works in a field near {place}",
              "Oil storage tanks are seen at a refinery"],
    "nat-gas": ["A gas flare burns at a processing plant"],
    "grain": ["A combine harvests wheat in a field",
              "Grain is loaded onto a ship at a port terminal"],
    "wheat": ["A combine harvests wheat in a field"],
    "corn": ["A farmer inspects corn in a field"],
    "cocoa": ["Cocoa beans dry in the sun at a farm cooperative"],
    "coffee": ["Workers sort coffee beans at a warehouse"],
    "sugar": ["Workers cut sugar cane on a plantation"],
    "gold": ["Gold bars are stacked in a bullion dealer's vault"],
    "money-fx": ["A dealer monitors exchange rates in a bank's trading room in {place}",
                 "A bank employee counts U.S. dollar notes"],
    "interest": ["A dealer monitors bond prices in a trading room in {place}"],
    "trade": ["Containers are stacked at the port of {place}",
              "A cargo ship is unloaded at a container terminal"],
    "ship": ["A tanker is moored at an oil terminal"],
}
GENERIC_SCENES = ["A general view of {place}", "Pedestrians walk past a bank branch in {place}",
                  "The city skyline of {place} is seen at dusk",
                  "Shoppers walk along a busy street",
                  "Commuters cross a street in the financial district"]
PERSON_SCENES = ["{person} speaks to reporters in {place}", "{person} attends a meeting in {place}",
                 "{person} speaks during a news conference", "{person} arrives for talks"]

ACRONYMS = {"U.S.", "US", "UK", "U.K.", "EC", "OPEC", "GATT", "IMF", "USSR", "FED", "NYSE",
            "CEO", "GNP", "GDP", "IBM", "AT&T", "BP", "ICO", "ICCO", "EEC", "FRG", "SEC",
            "FDIC", "OECD", "NATO", "UN", "CBT", "CME", "LME", "ADR", "TV", "BBC", "EU",
            "USDA", "FTSE", "CCC", "FOB", "ECU", "LDC", "NASA", "UAW", "ITC", "FCC", "ICC"}
SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to",
               "vs", "with", "from"}
ABBREV = {"Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Co.", "Inc.", "Corp.", "Ltd.", "Jr.", "Sr.", "No.",
          "Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "vs.", "Bros.", "Mt.", "Ft.", "Calif.",
          "Conn.", "Mass.", "Fla.", "Ill.", "Va.", "Pa.", "Tex.", "Ore.", "Wash.", "Mich.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Pty.", "Plc."}

# --------------------------------------------------------------------------
# text helpers

_CTRL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_WS_RE = re.compile(r"\s+")
_SIGNOFF_RE = re.compile(r"^\s*reuters?\s*\.*\s*$", re.I)
_SIGNOFF_TAIL_RE = re.compile(r"(?<=[.\"')\d])\s+(?:REUTER|Reuter|reuter)S?\s*\.*\s*$")
_DATELINE_LIKE_RE = re.compile(
    r"^[A-Z][A-Za-z.'&/ -]{2,30}(?:, [A-Za-z. ]{2,25})?(?: \([A-Za-z]+\))? ?(?::|--?|\u2014)\s")


def collapse(text):
    return _WS_RE.sub(" ", text).strip()


def clean_sgml_text(raw):
    text = html.unescape(raw)
    text = text.replace("\r", "")
    text = re.sub(r"\^M[ \t]*$", "", text, flags=re.M)
    return _CTRL_RE.sub("", text)


def is_table_row(line):
    s = line.strip()
    if re.search(r"\.{4,}", s):
        return True
    if re.search(r"\S {3,}\S", s) and not re.search(r"^[^ ]*[.?!:;,\"')] {3,}\S", s) \
            and re.search(r"[^.?!:;,\"')\s] {3,}\S", s):
        return True
    return len(re.findall(r"[^.?!:;,\"')\s] {2,}(?=\S)", s)) >= 2


def is_prose(text, min_len=0):
    return (len(text) >= min_len and len(text.split()) >= 6
            and sum(c.islower() for c in text) > len(text) * 0.4)


def body_paragraphs(raw_body):
    """The wire body as a list of one-line paragraphs (see the docstring)."""
    lines = clean_sgml_text(raw_body).split("\n")

    def strip_blank_tail():
        while lines and not lines[-1].strip():
            lines.pop()

    strip_blank_tail()
    while lines and _SIGNOFF_RE.match(lines[-1]):
        lines.pop()
        strip_blank_tail()
    if lines:
        lines[-1] = _SIGNOFF_TAIL_RE.sub("", lines[-1])

    paras, cur, prev_table = [], None, False
    for line in lines:
        if not line.strip():
            if cur:
                paras.append(cur)
            cur, prev_table = None, False
            continue
        indented = line[:1] in (" ", "\t")
        table = is_table_row(line)
        if cur is None or indented or table or prev_table:
            if cur:
                paras.append(cur)
            cur = [line]
        else:
            cur.append(line)
        prev_table = table
    if cur:
        paras.append(cur)
    out = [collapse(" ".join(p)) for p in paras]
    return [p for p in out if any(c.isalnum() for c in p)]


def sentences(text):
    out, start = [], 0
    for m in re.finditer(r"([.!?])([\"\u201d\u2019']?)\s+(?=[\"\u201c(<]?[A-Z0-9])", text):
        chunk = text[start:m.end(2)]
        last_word = chunk.rsplit(None, 1)[-1].lstrip("<(\"\u201c'")
        if not m.group(2) and (last_word in ABBREV or re.fullmatch(r"(?:[A-Za-z]\.)+", last_word)):
            continue
        if chunk.count("<") > chunk.count(">") or chunk.count("(") > chunk.count(")"):
            continue
        out.append(chunk.strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def smarten(text):
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    parts = text.split('"')
    if len(parts) > 1 and len(parts) % 2 == 1:
        out = parts[0]
        for i, part in enumerate(parts[1:]):
            out += ("\u201c" if i % 2 == 0 else "\u201d") + part
        text = out
    return text


def _keep_case(core):
    return (core.startswith("<") or core.endswith(">") or core in ACRONYMS
            or re.fullmatch(r"(?:[A-Z]\.){2,}", core) is not None)


def recase(title, casing, source):
    """Restyle a related headline the way a site template would."""
    if casing == "source":
        return title
    if casing == "upper":
        return title.upper()
    words = title.split(" ")
    out = []
    in_ticker = False
    for i, w in enumerate(words):
        core = w.strip("\"'(),:;!?")
        opened = in_ticker or w.startswith("<")
        in_ticker = opened and ">" not in w
        if opened or _keep_case(core):
            out.append(w)
            continue
        if source == "bbc":
            if casing == "title":
                out.append(w[:1].upper() + w[1:] if (i == 0 or w.lower() not in SMALL_WORDS) else w)
            else:
                out.append(w)
            continue
        low = w.lower()
        if casing == "title":
            if i > 0 and low in SMALL_WORDS:
                out.append(low)
            elif any(ch.isdigit() for ch in w):
                out.append(low)
            else:
                out.append("-".join(p[:1].upper() + p[1:] for p in low.split("-")))
        else:  # sentence
            out.append(low[:1].upper() + low[1:] if i == 0 else low)
    return " ".join(out)


def humanise(code, names):
    if code in names:
        return names[code]
    return " ".join(p.capitalize() for p in code.split("-"))


def section_for(topics):
    for keys, name in SECTIONS:
        if keys & set(topics):
            return name
    return "Business"


# --------------------------------------------------------------------------
# dateline place

def _is_date_chunk(chunk):
    c = chunk.strip().rstrip(".")
    if not c:
        return True
    if re.fullmatch(r"[0-9lIO]{1,3}", c) and re.search(r"\d", c):
        return True
    m = re.fullmatch(r"(?:(\d{1,2})\s*)?([A-Za-z]{3,9})\.?,?\s*([0-9lIO]{0,3}\s*\d{0,2})", c)
    if not m:
        return False
    word = m.group(2).lower()
    if word in _MONTH_WORDS:
        return True
    if m.group(1) is None and not re.search(r"\d", m.group(3)):
        return False  # a bare word that only looks like a month ("Today")
    return bool(difflib.get_close_matches(word, _MONTH_WORDS, n=1, cutoff=0.6))


def split_dateline(raw):
    """(place or '', had_date, rest) from a DATELINE element.

    rest is body text the corpus tagged as part of the dateline
    ("RIO DE JANEIRO, Feb 26 - Brazil's "Cruzado" anti-").
    """
    s = collapse(clean_sgml_text(raw)).lstrip("*").strip()
    rest = ""
    seps = list(re.finditer(r"\s-(?=\s|$)", s))
    if seps:
        head, rest = s[:seps[0].start()].strip(), s[seps[0].end():].strip()
        m = re.match(r"(.+?)\s-(?=\s|$)", rest)
        if m and _is_date_chunk(m.group(1)):        # "CHEVY CHASE, Md., - March 4 -"
            head = head.rstrip(", ") + ", " + m.group(1)
            rest = rest[m.end():].strip()
    else:
        head = re.sub(r"\s*-+$", "", s)
    if not any(ch.isalnum() for ch in rest):
        rest = ""
    chunks = [c.strip() for c in head.split(",")]
    chunks = [c for c in chunks if c and not re.fullmatch(r"(?i)reuters?", c)]
    had_date = False
    while len(chunks) > 1 and _is_date_chunk(chunks[-1]):
        chunks.pop()
        had_date = True
    if not had_date and chunks:                     # "JOHANNESBURG March 13", "Va. Feb 26"
        m = re.fullmatch(r"(.*?[A-Za-z.])\s+((?:\d{1,2}\s+)?[A-Za-z]{3,9}\.?\s*[0-9lIO]{1,2})",
                         chunks[-1])
        if m and _is_date_chunk(m.group(2)):
            chunks[-1] = m.group(1)
            had_date = True
    if not chunks:
        return "", had_date, rest
    place = ", ".join(chunks)
    city = chunks[0]
    if (not re.fullmatch(r"[A-Za-z][A-Za-z .'&/-]{1,30}", city) or re.search(r"\d", place)
            or len(place) > 45 or len(chunks) > 3):
        return "", had_date, rest
    return ", ".join([city.upper()] + chunks[1:]), had_date, rest


# --------------------------------------------------------------------------
# corpus loading

_REUTERS_RE = re.compile(r"<REUTERS([^>]*)>(.*?)</REUTERS>", re.S)


def _field(body, tag):
    m = re.search(rf"<{tag}>(.*?)</{tag}>", body, re.S)
    return m.group(1) if m else None


def _codes(body, tag):
    block = _field(body, tag) or ""
    return re.findall(r"<D>(.*?)</D>", block)


def load_corpus(shared_dir):
    """All Reuters records (dicts) in corpus order, with parsed fields."""
    records = []
    for path in sorted((Path(shared_dir) / "corpora" / "reuters21578").glob("reut2-*.sgm")):
        text = path.read_text(encoding="latin-1")
        for m in _REUTERS_RE.finditer(text):
            attrs, body = m.group(1), m.group(2)
            newid = re.search(r'NEWID="(\d+)"', attrs).group(1)
            title = _field(body, "TITLE")
            date_raw = _field(body, "DATE") or ""
            dm = re.search(r"(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d+):(\d{2})", date_raw)
            date = dt.date(int(dm.group(3)), _SGML_MONTHS[dm.group(2)], int(dm.group(1)))
            hour, minute = int(dm.group(4)), int(dm.group(5))
            records.append({
                "file": path.name, "newid": newid,
                "title": collapse(clean_sgml_text(title)) if title is not None else None,
                "date": date, "time": (hour, minute) if hour < 24 and minute < 60 else None,
                "topics": _codes(body, "TOPICS"), "places": _codes(body, "PLACES"),
                "people": _codes(body, "PEOPLE"),
                "dateline_raw": _field(body, "DATELINE"), "body_raw": _field(body, "BODY"),
            })
    return records


def load_bbc_titles(shared_dir):
    titles = []
    for path in sorted((Path(shared_dir) / "corpora" / "bbc").glob("*/*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        first = next((ln for ln in text.splitlines() if ln.strip()), "")
        title = collapse(first)
        try:
            title.encode("cp1252")
        except UnicodeEncodeError:
            continue
        if "\ufffd" not in title:
            titles.append((path.parent.name, title))
    return titles


def _good_related(title):
    if not title or not 15 <= len(title) <= 110 or len(title.split()) < 3:
        return False
    letters = sum(c.isalpha() for c in title)
    return letters >= 0.6 * len(title.replace(" ", ""))


class Pools:
    """Corpus-wide pools, built once from the whole corpus."""

    def __init__(self, records, bbc_titles):
        self.reuters = []                       # (newid, title)
        self.by_topic = defaultdict(list)
        self.by_place = defaultdict(list)
        for r in records:
            if _good_related(r["title"]):
                idx = len(self.reuters)
                self.reuters.append((r["newid"], r["title"]))
                for t in r["topics"]:
                    self.by_topic[t].append(idx)
                for p in r["places"]:
                    self.by_place[p].append(idx)
        self.bbc = [t for _, t in bbc_titles if _good_related(t)]
        self.bbc_topical = [t for s, t in bbc_titles
                            if _good_related(t) and s in ("business", "politics", "tech")]
        self.known_cities = set()
        for r in records:
            if r["dateline_raw"] is not None:
                place, had_date, _ = split_dateline(r["dateline_raw"])
                if place and had_date:
                    self.known_cities.add(place.split(",")[0])

    def place_for(self, rec):
        """(place, body text spilled into the DATELINE element) or ('', '')."""
        place, had_date, rest = split_dateline(rec["dateline_raw"] or "")
        if place and (had_date or place.split(",")[0] in self.known_cities):
            return place, rest
        return "", ""


# --------------------------------------------------------------------------
# per-story randomness

class Dice:
    def __init__(self, rng):
        self.rng = rng
        self.choices = {}

    def pick(self, name, table):
        value = self.rng.choices([v for v, _ in table], [w for _, w in table])[0]
        self.note(name, value)
        return value

    def uniform(self, name, options):
        """An unweighted pick, recorded like a weighted one."""
        value = self.rng.choice(options)
        self.note(name, value)
        return value

    def note(self, name, value):
        if name in self.choices:
            old = self.choices[name]
            if isinstance(old, list):
                old.append(value)
            else:
                self.choices[name] = [old, value]
        else:
            self.choices[name] = value

    def force(self, name, value):
        self.choices[name] = value


def format_date(dice, date, tm):
    fmt = dice.pick("date_format", W_DATE_FORMAT)
    y, m, d = date.year, date.month, date.day
    wd = WEEKDAYS[date.weekday()]
    if tm is None and fmt in ("Month D, YYYY h:mm AM", "D Month YYYY, HH:MM GMT",
                              "Weekday D Month YYYY HH:MM"):
        fmt = {"Month D, YYYY h:mm AM": "Month D, YYYY", "D Month YYYY, HH:MM GMT": "D Month YYYY",
               "Weekday D Month YYYY HH:MM": "Weekday, Month D, YYYY"}[fmt]
        dice.force("date_format", fmt + " (no time)")
    if fmt == "Misspelt D, YYYY" and m not in MONTH_TYPOS:
        fmt = "Month D, YYYY"
        dice.force("date_format", "Month D, YYYY (no typo for May)")
    if fmt == "Month D, YYYY":
        return f"{MONTHS[m - 1]} {d}, {y}"
    if fmt == "Mon D, YYYY":
        return f"{MON_ABBR[m - 1]} {d}, {y}"
    if fmt == "AP Mon. D, YYYY":
        return f"{MON_AP[m - 1]} {d}, {y}"
    if fmt == "D Month YYYY":
        return f"{d} {MONTHS[m - 1]} {y}"
    if fmt == "D Mon YYYY":
        return f"{d} {MON_ABBR[m - 1]} {y}"
    if fmt == "Weekday, Month D, YYYY":
        return f"{wd}, {MONTHS[m - 1]} {d}, {y}"
    if fmt == "Wkd D Mon YYYY":
        return f"{wd[:3]} {d} {MON_ABBR[m - 1]} {y}"
    if fmt == "Month D, YYYY h:mm AM":
        h, mi = tm
        return f"{MONTHS[m - 1]} {d}, {y} {(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if fmt == "D Month YYYY, HH:MM GMT":
        return f"{d} {MONTHS[m - 1]} {y}, {tm[0]:02d}:{tm[1]:02d} GMT"
    if fmt == "YYYY-MM-DD":
        return date.isoformat()
    if fmt == "Month D YYYY":
        return f"{MONTHS[m - 1]} {d} {y}"
    if fmt == "Misspelt D, YYYY":
        return f"{dice.uniform('month_typo', MONTH_TYPOS[m])} {d}, {y}"
    if fmt == "Weekday D Month YYYY HH:MM":
        return f"{wd} {d} {MONTHS[m - 1]} {y} {tm[0]:02d}:{tm[1]:02d}"
    raise AssertionError(fmt)


def agency_paren(agency):
    if "reuter" in agency.lower():
        return "Reuters"
    return {"AFP": "AFP", "Afp": "AFP", "AP": "AP", "dpa": "dpa"}.get(agency)


def city_title(place):
    city, _, rest = place.partition(",")
    city = city.title()
    return city + ("," + rest if rest else "")


def caption_date(dice, story_date):
    back = dice.rng.randint(30, 900)
    day = story_date - dt.timedelta(days=back)
    typo = dice.pick("caption_date_typo", W_CAPTION_DATE_TYPO)
    month = MONTHS[day.month - 1]
    year = str(day.year)
    if typo == "year_extra_digit":
        i = dice.rng.randint(1, 3)
        year = year[:i] + year[i] + year[i:]
    elif typo == "month_typo":
        if day.month in MONTH_TYPOS:
            month = dice.uniform("month_typo", MONTH_TYPOS[day.month])
        else:
            dice.force("caption_date_typo", "clean (no typo for May)")
    elif typo == "year_short":
        year = year[:3]
    return f"{month} {day.day}, {year}"


def make_scene(dice, rec, place):
    city = city_title(place).split(",")[0] if place else ""
    people = [humanise(p, {}) for p in rec["people"] if "-" in p]
    pool = []
    for t in rec["topics"]:
        pool.extend(SCENES.get(t, []))
    if people:
        pool.extend(PERSON_SCENES)
    if not pool:
        pool = list(GENERIC_SCENES)
    usable = [s for s in pool if "{place}" not in s or city]
    if not usable:
        usable = [s for s in GENERIC_SCENES if "{place}" not in s]
    scene = dice.uniform("caption_scene", usable)
    person = dice.rng.choice(people) if people else ""
    return scene.format(place=city, person=person), scene.startswith("{person}")


def make_caption(dice, rec, place, lead):
    form = dice.pick("caption_form", W_CAPTION_FORM)
    if form in ("scene_lead", "file_photo_lead") and not lead:
        form = {"scene_lead": "scene", "file_photo_lead": "file_photo"}[form]
        dice.force("caption_form", form + " (no lead)")
    scene, proper = make_scene(dice, rec, place)
    lower_scene = scene if proper else scene[:1].lower() + scene[1:]
    if form == "scene":
        text = scene + "."
    elif form == "file_photo":
        text = f"In this {caption_date(dice, rec['date'])} file photo, {lower_scene}."
    elif form == "scene_dated":
        text = f"{scene}, {caption_date(dice, rec['date'])}."
    elif form == "scene_lead":
        text = f"{scene}. {lead}"
    else:
        text = f"In this {caption_date(dice, rec['date'])} file photo, {lower_scene}. {lead}"
    credit = dice.pick("credit", W_CREDIT)
    label = dice.pick("caption_label", W_CAPTION_LABEL)
    return text, credit, f"{text} {label.format(c=credit)}"


def footer_lines(dice, rec, site):
    """Footer, comment and site lines; every wording is recorded as footer_wording."""
    style = dice.pick("footer_style", W_FOOTER_STYLE)
    say = dice.uniform
    year = rec["date"].year
    short_site = site[4:] if site.startswith("The ") else site
    lines = []
    for part in style.split("+"):
        if part == "seed_comments":
            lines += ["COMMENTS", "Replying to X",
                      "Comments are moderated and generally will be posted if they are "
                      "on-topic and not abusive.",
                      "For more information, please see our Comments FAQ"]
        elif part == "comment_count":
            n = dice.rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 17, 24, 41])   # a count, not a habit
            head = say("footer_wording", ["Comments ({n})", "COMMENTS ({n})", "{n} comments"])
            head = head.format(n=n)
            if n == 1:
                head = head.replace("1 comments", "1 comment")
            lines.append(head)
            lines.append(say("footer_wording", ["Leave a comment", "Add your comment",
                                                "Join the conversation", "Post a comment"]))
            lines.append(say("footer_wording", ["You must be logged in to post a comment.",
                                                "Please log in or register to comment.",
                                                "Sign in to comment"]))
            if say("footer_wording", ["sort bar", "no sort bar"]) == "sort bar":
                lines.append("Sort by: Newest | Oldest | Most liked")
        elif part == "comments_closed":
            lines.append(say("footer_wording", ["Comments are closed.",
                                                "Comments on this story are now closed.",
                                                "Commenting has been disabled for this article."]))
        elif part == "share_tags":
            lines.append(say("footer_wording", ["Share this article", "SHARE", "Share this story"]))
            lines.append(say("footer_wording", ["Facebook | Twitter | LinkedIn | Email",
                                                "Facebook Twitter Email Print",
                                                "Share on Facebook  Share on Twitter  Email"]))
            tags = [humanise(t, TOPIC_NAMES) for t in rec["topics"][:3]]
            tags += [humanise(p, PLACE_NAMES) for p in rec["places"][:3]]
            if tags:
                label = say("footer_wording", ["Tags: ", "Topics: ", "TAGS: "])
                lines.append(label + ", ".join(tags))
        elif part == "copyright":
            line = say("footer_wording", ["\u00a9 {site} {year}. All rights reserved.",
                                          "Copyright \u00a9 {year} {site}",
                                          "\u00a9 Copyright Thomson Reuters {year}. "
                                          "All rights reserved."])
            lines.append(line.format(site=site, year=year))
            disclaimer = say("footer_wording", ["disclaimer", "no disclaimer", "no disclaimer"])
            if disclaimer == "disclaimer":
                lines.append("Republication or redistribution of Reuters content is expressly "
                             "prohibited without the prior written consent of Reuters.")
        elif part == "newsletter":
            line = say("footer_wording", ["Sign up for the {site} business briefing",
                                          "Get the Morning Briefing newsletter"])
            lines.append(line.format(site=short_site))
            lines.append(say("footer_wording", [
                "The day's top business stories, delivered to your inbox every weekday.",
                "Our editors' pick of the news, every morning."]))
            lines.append(say("footer_wording", ["Subscribe", "Sign up"]))
    return lines


class RelatedPicker:
    def __init__(self, dice, pools, rec, forbidden):
        self.dice, self.pools, self.rec = dice, pools, rec
        self.forbidden = {f.casefold() for f in forbidden if f}
        self.casing = None

    def one(self, topical=True):
        rng, pools, rec = self.dice.rng, self.pools, self.rec
        for _ in range(30):
            src = self.dice.pick("related_source", W_RELATED_SOURCE)
            cands = None
            if src == "same_topic" and rec["topics"]:
                cands = pools.by_topic[rng.choice(rec["topics"])]
            elif src == "same_place" and rec["places"]:
                cands = pools.by_place[rng.choice(rec["places"])]
            if src == "bbc":
                title, origin = rng.choice(pools.bbc_topical if topical else pools.bbc), "bbc"
            else:
                if not cands:
                    idx = rng.randrange(len(pools.reuters))
                else:
                    idx = rng.choice(cands)
                newid, title = pools.reuters[idx]
                if newid == rec["newid"]:
                    continue
                origin = "reuters"
            text = recase(title, self.casing, origin)
            if title.casefold() in self.forbidden or text.casefold() in self.forbidden:
                continue
            self.forbidden.add(title.casefold())
            self.forbidden.add(text.casefold())
            return text
        raise RuntimeError(f"no related headline for {rec['newid']}")


# --------------------------------------------------------------------------
# one story

def render_story(rec, pools, seed):
    rng = random.Random(f"{seed}-{rec['newid']}")
    dice = Dice(rng)
    place, spill = pools.place_for(rec)
    body_raw = rec["body_raw"]
    if spill:
        body_raw = spill + ("" if re.search(r"\w-$", spill) else " ") + body_raw
    paragraphs = body_paragraphs(body_raw)
    if not paragraphs:
        return None
    headline = rec["title"]

    typography = dice.pick("typography", W_TYPOGRAPHY)
    if typography == "smart_quotes":
        paragraphs = [smarten(p) for p in paragraphs]

    # ---- agency / date line
    agency = dice.pick("agency", W_AGENCY)
    layout = dice.pick("agency_layout", W_AGENCY_LAYOUT)
    date_text = format_date(dice, rec["date"], rec["time"])
    agency_line = layout.format(a=agency, d=date_text)

    # ---- sentences for standfirst / caption
    prose_idx = [i for i, p in enumerate(paragraphs) if is_prose(p, 60) and not is_table_row(p)]
    # the lead is the first paragraph only; a "NOTE:"-style line is never a standfirst
    prose_idx = [i for i in prose_idx if not re.match(r"[A-Z][A-Za-z ]{1,15}:", paragraphs[i])]
    lead_sents = sentences(paragraphs[0]) if prose_idx and prose_idx[0] == 0 else []

    def ok_sentence(s):
        return 40 <= len(s) <= 260 and is_prose(s)

    lead = lead_sents[0] if lead_sents and ok_sentence(lead_sents[0]) else ""

    standfirst_lines = []
    sf = dice.pick("standfirst", W_STANDFIRST)
    if sf != "none" and len(paragraphs) < (4 if sf == "two_lines" else 3):
        sf = "too_short"   # a standfirst never restates most of a very short story
    if sf in ("lead_sentence", "lead_sentence_nostop") and lead:
        nostop = sf == "lead_sentence_nostop" and lead.endswith(".")
        standfirst_lines = [lead[:-1].rstrip() if nostop else lead]
    elif sf == "later_sentence" and [i for i in prose_idx if i > 0]:
        later = sentences(paragraphs[rng.choice([i for i in prose_idx if i > 0])])[0]
        if ok_sentence(later):
            standfirst_lines = [later]
    elif sf == "two_lines" and lead:
        second = lead_sents[1] if len(lead_sents) > 1 else ""
        if not ok_sentence(second) and len(prose_idx) > 1 and prose_idx[1] == 1:
            second = sentences(paragraphs[1])[0]
        if ok_sentence(second):
            standfirst_lines = [lead, second]
    if sf != "none" and not standfirst_lines:
        dice.force("standfirst", "none(forced)")
    standfirst = " ".join(standfirst_lines)

    # ---- caption
    caption = credit = caption_line = ""
    if dice.pick("caption", W_CAPTION) == "caption":
        # the lead is printed at most twice above the body: standfirst or caption
        caption, credit, caption_line = make_caption(
            dice, rec, place, "" if lead in standfirst_lines else lead)

    # ---- dateline
    style = dice.pick("dateline_format", W_DATELINE)
    paren = agency_paren(agency)
    if not place:
        if style != "none":
            dice.force("dateline_format", "none(forced)")
        style = "none"
    elif style == "none" and _DATELINE_LIKE_RE.match(paragraphs[0]):
        style = "PLACE: "
        dice.force("dateline_format", "PLACE: (forced)")
    elif "(Agency)" in style and not paren:
        style = "PLACE - "
        dice.force("dateline_format", "PLACE - (no agency word)")
    mon_d = f"{MON_ABBR[rec['date'].month - 1]} {rec['date'].day}"
    shown_place = city_title(place) if style == "Place: " else place
    prefix = {
        "none": "", "PLACE: ": f"{place}: ", "PLACE - ": f"{place} - ",
        "PLACE (Agency) - ": f"{place} ({paren}) - ",
        "PLACE, Mon D (Agency) - ": f"{place}, {mon_d} ({paren}) - ",
        "PLACE \u2014 ": f"{place} \u2014 ", "PLACE, Mon D - ": f"{place}, {mon_d} - ",
        "Place: ": f"{shown_place}: ",
    }[style]
    dateline = "" if style == "none" else shown_place

    # ---- related, site lines, footer
    site = dice.pick("site_name", W_SITE_NAME)
    picker = RelatedPicker(dice, pools, rec, [headline, standfirst, *standfirst_lines, *paragraphs])
    picker.casing = dice.pick("related_casing", W_RELATED_CASING)
    section = section_for(rec["topics"])

    def group_block():
        label = dice.pick("related_group_label", W_RELATED_GROUP_LABEL)
        topical = label not in ("Most read", "You may also like", "")
        label = label.replace("{SECTION}", section.upper()).replace("{Section}", section)
        n = dice.pick("related_group_n", W_RELATED_GROUP_N)
        bullet = dice.pick("related_bullet", W_RELATED_BULLET)
        spacing = dice.pick("related_group_spacing", W_RELATED_GROUP_SPACING)
        items = ([label] if label else []) + [bullet + picker.one(topical) for _ in range(n)]
        return items, spacing

    slots = [i for i in range(1, len(paragraphs) - 1)
             if is_prose(paragraphs[i], 80) and not is_table_row(paragraphs[i])]
    rng.shuffle(slots)
    mid = {}            # slot -> (role, lines, spacing)
    tail_blocks = []    # (lines, spacing)

    rstyle = dice.pick("related_style", W_RELATED_STYLE)
    if rstyle in ("inline", "inline+tail"):
        n = dice.pick("related_inline_n", W_RELATED_INLINE_N)
        prefix_rel = dice.pick("related_prefix", W_RELATED_PREFIX)
        lines = [prefix_rel + picker.one() for _ in range(n)]
        if slots:
            use = min(n, len(slots))
            if use < n:
                dice.note("related_placement", "partly_tail(forced)")
            for k, line in enumerate(lines):
                if k < use:
                    mid[slots.pop()] = ("related", [line], "blank")
                else:
                    tail_blocks.append(([line], "blank"))
        else:
            dice.note("related_placement", "tail(forced)")
            tail_blocks.append((lines, "blank"))
    if rstyle == "group_mid":
        items, spacing = group_block()
        if slots:
            mid[slots.pop()] = ("related", items, spacing)
        else:
            dice.note("related_placement", "tail(forced)")
            tail_blocks.append((items, spacing))
    if rstyle in ("group_tail", "inline+tail"):
        tail_blocks.append(group_block())

    site_lines = dice.pick("site_lines", W_SITE_LINES)
    n_site = {"none": 0, "one": 1, "two": 2}[site_lines]
    for k in range(n_site):
        text = dice.pick("site_line_text", W_SITE_LINE_TEXT)
        if not slots:
            dice.force("site_lines", "none(forced)" if k == 0 else site_lines + "(partly forced)")
            break
        mid[slots.pop()] = ("other", [text], "blank")

    foot = footer_lines(dice, rec, site)
    foot_spacing = dice.pick("footer_spacing", W_FOOTER_SPACING)

    # ---- assemble lines: list of (role, text) and ("", "") blanks
    top_gap = dice.pick("top_gap", W_TOP_GAP)
    para_gap = dice.pick("para_gap", W_PARA_GAP)
    lead_blank = dice.pick("leading_blank", W_LEADING_BLANK)
    caption_gap = dice.pick("caption_gap", W_CAPTION_GAP) if caption_line else 0
    sf_gap = dice.pick("standfirst_gap", W_STANDFIRST_GAP) if len(standfirst_lines) > 1 else None

    page = [None] * lead_blank   # None = blank line
    page.append(("headline", headline))
    page += [None] * top_gap
    if standfirst_lines:
        for k, line in enumerate(standfirst_lines):
            if k and sf_gap == "blank":
                page.append(None)
            page.append(("standfirst", line))
        page += [None] * top_gap
    page.append(("agency", agency_line))
    if caption_line:
        page += [None] * caption_gap
        page.append(("caption", caption_line))
    page.append(None)

    def add_block(role, lines, spacing):
        for k, line in enumerate(lines):
            if k and spacing == "blank":
                page.extend([None] * para_gap)
            page.append((role, line))
        page.extend([None] * para_gap)

    for i, para in enumerate(paragraphs):
        add_block("para", [prefix + para if i == 0 else para], "blank")
        if i in mid:
            add_block(*mid[i])
    for lines, spacing in tail_blocks:
        add_block("related", lines, spacing)
    if foot:
        add_block("footer", foot, foot_spacing)
    while page and page[-1] is None:
        page.pop()

    # ---- text and bytes
    trailing = dice.pick("trailing_ws", W_TRAILING_WS)
    out_lines, roles = [], []
    for item in page:
        if item is None:
            out_lines.append("")
            continue
        role, text = item
        if trailing == "some" and role in ("headline", "standfirst", "agency", "para") \
                and rng.random() < 0.3:
            text += dice.uniform("trailing_ws_width", [" ", "  "])
        out_lines.append(text)
        roles.append(role)
    newline = dice.pick("newline", W_NEWLINE)
    final_nl = dice.pick("final_newline", W_FINAL_NEWLINE)
    nl = "\r\n" if newline == "CRLF" else "\n"
    text = nl.join(out_lines) + (nl if final_nl == "yes" else "")
    encoding = dice.pick("encoding", W_ENCODING)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        encoding = "utf-8"
        dice.force("encoding", "utf-8 (cp1252 impossible)")
        data = text.encode(encoding)

    noise_related = [text for role, text in filter(None, page) if role == "related"]
    noise_footer = [text for role, text in filter(None, page) if role in ("footer", "other")]
    key = f"{rec['file']}#{rec['newid']}"
    expected = {
        "key": key,
        "headline": headline,
        "agency": agency,
        "date": rec["date"].isoformat(),
        "dateline": dateline,
        "standfirst": standfirst,
        "caption": caption,
        "photo_credit": credit,
        "paragraphs": paragraphs,
        "noise": {"related": noise_related, "footer": noise_footer, "caption": caption_line},
    }
    record = {
        "newid": rec["newid"], "file": rec["file"], "key": key, "choices": dice.choices,
        "encoding": encoding, "newline": newline, "layout": roles,
    }
    return record, data, expected


def render_corpus_south(shared_dir, *, seed=1987, limit=None):
    """yield (record, data, expected) for each story"""
    shared_dir = Path(shared_dir)
    records = load_corpus(shared_dir)
    pools = Pools(records, load_bbc_titles(shared_dir))
    produced = 0
    for rec in records:
        if limit is not None and produced >= limit:
            return
        if rec["title"] is None or rec["body_raw"] is None:
            continue
        out = render_story(rec, pools, seed)
        if out is None:
            continue
        produced += 1
        yield out


# --------------------------------------------------------------------------
# self-check

def check_story(record, data, expected):
    """Cheap invariants a wrong generator would break; returns a list of problems."""
    problems = []
    enc = record["encoding"].split(" ")[0]
    text = data.decode(enc)
    if enc == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
        problems.append("no BOM")
    lines = text.replace("\r\n", "\n").split("\n")
    nonblank = [ln.rstrip() for ln in lines if ln.strip()]
    if len(nonblank) != len(record["layout"]):
        problems.append("layout length")
    by_role = defaultdict(list)
    for ln, role in zip(nonblank, record["layout"]):
        by_role[role].append(ln)
    if by_role["headline"] != [expected["headline"]] or nonblank[0] != expected["headline"]:
        problems.append("headline")
    paras = by_role["para"]
    if len(paras) != len(expected["paragraphs"]):
        problems.append("paragraph count")
    else:
        first = paras[0]
        if expected["dateline"] and not first.startswith(expected["dateline"]):
            problems.append("dateline not at start")
        if not first.endswith(expected["paragraphs"][0]):
            problems.append("first paragraph")
        if paras[1:] != expected["paragraphs"][1:]:
            problems.append("paragraphs")
    if by_role["related"] != expected["noise"]["related"]:
        problems.append("related")
    foot = [ln for ln, r in zip(nonblank, record["layout"]) if r in ("footer", "other")]
    if foot != expected["noise"]["footer"]:
        problems.append("footer")
    if " ".join(by_role["standfirst"]) != expected["standfirst"]:
        problems.append("standfirst")
    if (by_role["caption"] or [""])[0] != expected["noise"]["caption"]:
        problems.append("caption line")
    if expected["caption"] and not expected["noise"]["caption"].startswith(expected["caption"]):
        problems.append("caption text")
    if expected["photo_credit"] and not re.search(
            re.escape(expected["photo_credit"]) + r"\)?$", expected["noise"]["caption"]):
        problems.append("credit")
    agency_line = by_role["agency"][0]
    if expected["agency"] not in agency_line:
        problems.append("agency")
    content = {p.casefold() for p in expected["paragraphs"]}
    for n in expected["noise"]["related"] + expected["noise"]["footer"]:
        if n.casefold() in content:
            problems.append(f"noise equals a paragraph: {n!r}")
    for ln in nonblank:
        if ln != ln.strip() and not ln.endswith(" "):
            problems.append("leading whitespace")
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", type=int, default=0, help="print K sample pages")
    ap.add_argument("--newid", action="append", default=[], help="also print this story")
    ap.add_argument("--seed", type=int, default=1987)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = ap.parse_args(argv)
    if not (args.shared / "corpora").is_dir():
        args.shared = Path("/work/shared")

    started = time.perf_counter()
    counts = defaultdict(Counter)
    sample_rng = random.Random(f"show-{args.seed}")
    samples, wanted, total, bad = [], [], 0, 0
    stories = render_corpus_south(args.shared, seed=args.seed, limit=args.limit)
    for record, data, expected in stories:
        total += 1
        for name, value in record["choices"].items():
            for v in (value if isinstance(value, list) else [value]):
                counts[name][repr(v) if not isinstance(v, str) else v] += 1
        counts["(dateline empty)"][str(expected["dateline"] == "")] += 1
        problems = check_story(record, data, expected)
        if problems:
            bad += 1
            if bad <= 20:
                print("PROBLEM", expected["key"], problems, file=sys.stderr)
        item = (record, data, expected)
        if record["newid"] in args.newid:
            wanted.append(item)
        if args.show:
            if len(samples) < args.show:
                samples.append(item)
            else:
                j = sample_rng.randrange(total)
                if j < args.show:
                    samples[j] = item
    elapsed = time.perf_counter() - started

    for name in sorted(counts):
        print(f"{name}:")
        for value, n in counts[name].most_common():
            print(f"    {n:6d}  {value!r}" if isinstance(value, str) and value != value.strip()
                  else f"    {n:6d}  {value}")
    for record, data, expected in samples + wanted:
        enc = record["encoding"].split(" ")[0]
        print("=" * 78)
        print(f"{record['key']}  encoding={record['encoding']} newline={record['newline']} "
              f"bytes={len(data)}")
        print("-" * 78)
        roles = iter(record["layout"])
        for line in data.decode(enc).replace("\r\n", "\n").split("\n"):
            tag = next(roles) if line.strip() else ""
            print(f"{tag:>10} | {line}")
        print("-" * 78)
        print(json.dumps(expected, indent=2, ensure_ascii=False))
    print(f"{total} stories, {bad} with problems, {elapsed:.1f}s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
