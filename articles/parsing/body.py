"""Story bodies in the text layouts: paragraphs, datelines, site footers and related-story lines."""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter

from .chrome import may_hold_signup_box, signup_box, site_line
from .cleanup import block_paragraphs, clean_inline, split_blocks
from .dates import MONTH_WORD
from .names import lowered_name
from .story import RemovedLine

# --- site footers -----------------------------------------------------------------
# A footer is a run of these at the end of the body; one of them inside the story is
# left alone, because real copy can say "comments" too. But some lines only a comment
# footer says: with one of them, a run of footer lines is the footer wherever it
# stands, even with links to other stories after it.
_COMMENT_ONLY = (
    r"comments?\s*\(\d+\):?",
    r"replying to .{1,80}",
    r"comments are moderated\b.*",
    r"for more information,? please see our comments faq(?: page)?\.?",
    # comments closed, a publishing system's reply form, a comments widget
    r"(?:comments are|commenting is|comments have been) (?:now )?(?:closed|disabled|turned off)\b.{0,60}",
    r"commenting has been (?:now )?(?:closed|disabled|turned off)(?: (?:for|on) this (?:article|story|page|post))?\.?",
    r"comments (?:on|for|to) this (?:story|article|page|post) (?:are|have been) (?:now )?(?:closed|disabled|turned off)\.?",
    # a log-in prompt: "You must be logged in to post a comment.", "Please log in or register to comment."
    r"(?:you (?:must|need to) be |please )?(?:logged in|log in|signed in|sign in|register)"
    r"(?: or (?:register|sign up|log in|sign in))? to (?:post |leave |add |write )?(?:a |your )?(?:comments?|reply)\.?",
    r"join the (?:conversation|discussion|debate)\W{0,3}",
    r"leave a (?:reply|comment)\b.{0,60}",
    r"cancel reply",
    r"your email address will not be published\b.{0,80}",
    r"required fields are marked\b.{0,10}",
    r"post (?:a )?comment",
    r"save my name,? email,? and website\b.{0,100}",
    r"(?:facebook|disqus) comments(?: plugin)?",
    r"add (?:a|your) comment\W{0,3}",
    r"\d+\s+comments?",
)
_COMMENT_FOOTER = re.compile("|".join(_COMMENT_ONLY), re.I)
# The wire's sign-off, on a line of its own after the story: "REUTER", "(Reuters)".
_SIGNOFF = re.compile(r"(?:(?:-{1,2}|\u2013|\u2014)\s*)?\(?(?:reuters?|reute|afp|ap)\)?\.?", re.I)
_FOOTER = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            *_COMMENT_ONLY,
            r"comments?:?",
            r"(?:show|hide|view|load|read)\s+(?:all\s+|more\s+)?comments?",
            r"(?:leave|post|add|write) a (?:comment|reply)\b.*",
            r"(?:be the first to comment|no comments yet)\b.*",
            r"published in .{2,80}\b(?:19|20)\d\d\.?",
            r"(?:share|tweet|email|print)(?: this(?: article| story)?)?(?:\s+on\s+\w+)?",
            r"(?:follow|like|join) .{0,60}?\bon (?:facebook|twitter|instagram|x|linkedin|whatsapp|telegram)\b.*",
            r"advertisement",
            r"(?:copyright|\u00a9) .{0,100}",
            r"all rights reserved\.?",
            r"(?:read|see) more\b.{0,120}",
            r"(?:related|most read|most popular|recommended)(?: stories| articles| news)?:?",
            r"(?:name|email|e-mail|website|comment)\s*\*?",  # the fields of a reply form
            r"sort by\b.{0,30}|newest|oldest|top|loading\W{0,3}",  # a comments widget's controls
            r"(?:tags?|topics?|filed under|categories|category|more on|keywords)\s*:\s*.{1,200}",
            _SIGNOFF.pattern,
        )
    ),
    re.I,
)


def is_footer(text: str) -> bool:
    return _FOOTER.fullmatch(text) is not None or site_line(text)


def footer_apart(blocks: list[list[str]]) -> list[list[str]]:
    """Footer lines written without blank lines between them ("COMMENTS\nReplying to X\n...")
    as blocks of their own, so that they are not read as one paragraph of the story."""
    out: list[list[str]] = []
    for index, block in enumerate(blocks):
        last = index == len(blocks) - 1
        start = len(block)
        while start > 0 and is_footer(clean_inline(block[start - 1])):
            start -= 1
        if len(block) > 1 and (start == 0 or (last and start < len(block))):
            out.extend([block[:start]] if start else [])
            out.extend([line] for line in block[start:])
        else:
            out.append(block)
    return out


def without_signup_boxes(blocks: list[list[str]], removed: list[RemovedLine]) -> list[list[str]]:
    """`blocks` without sign-up boxes (promotion, blurb, button), whether their lines stand
    in one block or in several: the blurb is chrome only because of where it stands."""
    lines = [(number, line) for number, block in enumerate(blocks) for line in block]
    dropped: set[int] = set()
    cleaned = [clean_inline(line) for _, line in lines]
    for start in range(len(lines)):
        if start not in dropped:
            size = signup_box(cleaned[start : start + 4])
            dropped.update(range(start, start + size))
    if not dropped:
        return blocks
    removed.extend(RemovedLine(cleaned[k], "site") for k in sorted(dropped))
    out: list[list[str]] = [[] for _ in blocks]
    for k, (number, line) in enumerate(lines):
        if k not in dropped:
            out[number].append(line)
    return [block for block in out if block]


def link_sized(text: str, raw: list[str]) -> bool:
    """One line no longer than a link: a sentence past a headline's length is copy."""
    words = len(text.split())
    return len(raw) == 1 and words <= MAX_LINK_WORDS and not (words > MAX_HEADLINE_WORDS and _SENTENCE_END.search(text))


def strip_footer(items: list[tuple[str, list[str]]], removed: list[RemovedLine]) -> list[tuple[str, list[str]]]:
    """`items` without the site footer: the run of footer lines at the end of the body, or
    a comment footer followed only by one-line links ("COMMENTS ... Related: X"), which go too."""
    end = len(items)
    while end > 0 and is_footer(items[end - 1][0]):
        end -= 1
    if end == len(items):
        after = end
        while after > 0 and link_sized(*items[after - 1]) and not is_footer(items[after - 1][0]):
            after -= 1
        start = after
        while start > 0 and is_footer(items[start - 1][0]):
            start -= 1
        if start < after < end and any(_COMMENT_FOOTER.fullmatch(p) for p, _ in items[start:after]):
            removed.extend(RemovedLine(p, "footer") for p, _ in items[start:after])
            removed.extend(RemovedLine(p, "related-story") for p, _ in items[after:])
            return items[:start]
    removed.extend(RemovedLine(p, footer_reason(p)) for p, _ in items[end:])
    return comment_footers(items[:end], removed)


def footer_reason(text: str) -> str:
    return "signoff" if _SIGNOFF.fullmatch(text) else "site" if site_line(text) else "footer"


def comment_footers(items: list[tuple[str, list[str]]], removed: list[RemovedLine]) -> list[tuple[str, list[str]]]:
    """`items` without runs of footer lines that hold a line only a comment footer says
    ("Comments are moderated ..."), wherever they stand; what comes after them stays."""
    out: list[tuple[str, list[str]]] = []
    index = 0
    while index < len(items):
        end = index
        while end < len(items) and is_footer(items[end][0]):
            end += 1
        if end == index:
            out.append(items[index])  # not a footer line
            index += 1
            continue
        run = items[index:end]
        if any(_COMMENT_FOOTER.fullmatch(p) for p, _ in run):
            removed.extend(RemovedLine(p, "footer") for p, _ in run)
        else:
            out.extend(run)
        index = end
    return out


# --- datelines --------------------------------------------------------------------
_PLACE = r"[^\W\d_][\w.'\u2019&-]*(?:[ /-][\w.'\u2019&-]+){0,4}?(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
# "Nov 15", "15 November", "Feb 26, 1987": a real month word (misspelt months are not datelines).
_SHORT_DATE = rf"(?:{MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_WORD})(?:,?\s*\d{{4}})?"
_DASH = r"(?:-{1,2}|\u2013|\u2014)"
_DATELINE_AGENCY = re.compile(
    rf"(?P<place>{_PLACE})(?:,\s*{_SHORT_DATE})?\s*\((?P<agency>[^()]{{2,40}})\)\s*(?:{_DASH}|:)\s+(?P<rest>\S.*)",
    re.S | re.I,
)
_DATELINE_DATE = re.compile(rf"(?P<place>{_PLACE}),\s*{_SHORT_DATE},?\s*{_DASH}\s+(?P<rest>\S.*)", re.S | re.I)
_DATELINE_COLON = re.compile(rf"(?P<place>{_PLACE})\s*:\s+(?P<rest>\S.*)", re.S)
_DATELINE_DASH = re.compile(rf"(?P<place>{_PLACE})\s+{_DASH}\s+(?P<rest>\S.*)", re.S)
# Capitalised labels that open a paragraph but are not places.
_NOT_PLACES = {
    "NOTE", "NOTES", "UPDATE", "UPDATED", "CORRECTION", "CORRECTED", "EDITORS", "EDITOR",
    "WARNING", "BREAKING", "URGENT", "FLASH", "ADVISORY", "ANALYSIS", "COMMENT", "OPINION",
    "REVIEW", "INTERVIEW", "FACTBOX", "EXCLUSIVE", "PHOTO", "VIDEO", "WATCH", "LIVE", "Q", "A",
}


# Capitalised words that open a sentence with a colon but are never towns.
_NOT_TOWNS = _NOT_PLACES | {
    "Analysts", "Background", "Summary", "Highlights", "Sources", "Officials", "Traders", "Dealers",
    "Market", "Markets", "Outlook", "Result", "Results", "Earnings", "Trading", "Meanwhile", "However",
    "Also", "Separately", "Elsewhere", "Earlier", "Later", "Today", "Yesterday", "Quotes", "Text",
    "Details", "Terms", "Wheat", "Corn", "Gold", "Oil", "Sugar", "Coffee", "Cocoa", "Copper",
}


def story_opening(rest: str) -> bool:
    """What follows a dateline: a whole sentence of some length, or the first row of a results table."""
    if _ROW_OPENING.match(rest):
        return True
    return len(rest.split()) >= 8 and _SENTENCE_END.search(rest) is not None and (rest[:1].isupper() or rest[:1] in "<\"\u201c")


_NAME_GOES_ON = re.compile(r"^(?:\S+\s){0,2}\S+,")
# The first row of a results table: "Shr 10 cts vs 10 cts", "Qtly div 35 cts", "Period ended Dec 31".
_ROW_OPENING = re.compile(r"^(?:shr|shrs|oper|qtly|qtr|revs|net\s+(?:\d|profit|loss|income)|period ended)\b", re.I)


def known_place(place: str) -> bool:
    """A city, region or country the gazetteer knows ("Washington", "LOS ANGELES", "Stamford, Conn.")."""
    from articles.entities.places import dateline_place  # the gazetteer: loaded on first use

    return dateline_place(place) is not None


def split_dateline(paragraph: str) -> tuple[str, str]:
    """("WASHINGTON", rest) for "WASHINGTON: rest", "PARIS, Nov 15 (Reuters) - rest" and so on."""
    for pattern in (_DATELINE_AGENCY, _DATELINE_DATE, _DATELINE_COLON, _DATELINE_DASH):
        match = pattern.match(paragraph)
        if not match:
            continue
        place = match["place"].strip().rstrip(",")
        letters = [c for c in place if c.isalpha()]
        head = place.split(",")[0]
        if pattern is _DATELINE_COLON or pattern is _DATELINE_DASH:
            # "WASHINGTON: ...", "Washington - ...": a capitalised place, never a label
            # such as "NOTE:" or a table row such as "Copper - 0.20 higher". A place
            # in capitals with its state ("STAMFORD, Conn. -") is the wire's own form;
            # otherwise the place must be one the gazetteer knows.
            words = head.split()
            if head.strip(". ") in _NOT_PLACES or len(words) > 4:
                continue
            if not all(w[:1].isupper() for w in words):
                # "sioux falls: barrow and gilt prices rose ...": copy set in lower case
                # names its place in lower case too; the gazetteer must know it.
                if pattern is _DATELINE_COLON and head == place and len(words) <= 3 and known_place(place):
                    return place, match["rest"].strip()
                continue
            opens_story = story_opening(match["rest"]) and not (
                pattern is _DATELINE_DASH and _NAME_GOES_ON.match(match["rest"])
            )  # "Pep Boys - Manny, Moe and Jack Inc said ...": one name with a dash in it
            wire_form = head.isupper() and (
                pattern is _DATELINE_COLON or head != place or re.match(r"[A-Z][a-z]", match["rest"]) is not None or opens_story
            )
            # A town the gazetteer does not know ("Bellport: Integrated Generics Inc said ...",
            # "Falls Church - Shr 10 cts vs 10 cts"): a name before a whole sentence or a table row.
            town = opens_story and len(words) <= 3 and head.strip(". ") not in _NOT_TOWNS and all(
                re.fullmatch(r"[A-Z][\w.'\u2019-]*", w) and w.lower() not in _SENTENCE_OPENERS | _DANGLING | {"me", "you", "my", "our", "your"}
                for w in words
            )  # not a title such as "Vote For Me - ..."
            if not wire_form and not town and not known_place(place):
                continue
        elif not letters:
            continue
        if place.upper() in _NOT_PLACES:
            continue
        return place, match["rest"].strip()
    return "", paragraph


# --- related-story lines ------------------------------------------------------------
# A line standing alone between paragraphs is a scraped link to another story when it
# is shaped like a headline (a short capitalised clause with no closing punctuation)
# and follows a finished text paragraph; table rows, list items, labels and broken
# sentences all fail one of these tests and stay in the story.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
_CLOSING = "\"'\u201d\u2019"
# "?" may end a headline ("Will the slump spread?"); ")" ends one only around words.
_FIGURES_IN_BRACKETS = re.compile(r"\([^()]*\d[^()]*\)$|\((?:nil|n\.?a\.?|unch)\)$", re.I)
_ENDS_LIKE_CONTENT = re.compile(r"(?:[.!:;,(/\\=+*&%-]|\.\.\.|\u2026|\u2013|\u2014)$")
# "... in U.S.", "... Antibioticos S.A.": the full stop of initials, not of a sentence.
_ABBREVIATION_END = re.compile(r"(?<=\s)(?:[A-Z]\.){2,}$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")
_DANGLING = {
    "a", "an", "and", "the", "of", "to", "in", "for", "with", "by", "from", "at", "on", "as",
    "that", "which", "its", "their", "his", "her", "is", "are", "was", "were", "be", "but",
    "or", "nor", "per", "than", "into",
}
_TABLE_GAP = re.compile(r"\S(?:\s{3,}|\t)\S")
_VERSUS = re.compile(r"\bvs\b\.?", re.I)
_DIGIT = re.compile(r"\d")
# "May/Jul", "Jan/Mar": a spread between two delivery months, a figure in a price row.
_MONTH_PAIR = re.compile(rf"^{MONTH_WORD}/{MONTH_WORD}$", re.I)
# Copy that lost its full stop: reported speech with articles ("Circle K said the
# purchases would ..."). Headlines say "X said to ..." and drop the articles.
_REPORTED = re.compile(r"\bsaid\b.*\b(?:the|a|an)\b", re.I)
# "..., he said": attribution closes a sentence; headlines say "says".
_SAID_TAIL = re.compile(r"\b(?:he|she|it|they|we|i)\s+(?:said|added)$", re.I)
# A bare year ("Swissair year 1986") dates a headline; other figures make a table row.
_YEAR = re.compile(r"^(?:19|20)\d\d$")
MAX_HEADLINE_WORDS = 18
MAX_HEADLINE_CHARS = 150


# Table rows and labels that a headline never is.
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty)(?:[- ]\w+)?"
)
# "Pay April 15", "Record March Two", "Qtr ended Jan 31", "Year to March 31": a dated row.
_DATED_ROW = re.compile(
    rf"^(?:[\w.]+\s+)?(?:(?:pay|payable|paid|record|rec|ended|ends|end|to|due|period|periods|qtr|year|mths|months)\s+){{1,2}}"
    rf"(?:{MONTH_WORD}\s+(?:\d{{1,2}}|{_NUMBER_WORD})|\d{{1,2}}\s+{MONTH_WORD})\b",
    re.I,
)
# First words of Reuters table rows: "Shr 28 cts", "Oper net", "Revs not given", "Avge price".
_ROW_LABEL = re.compile(r"^(?:shr|shrs|oper|revs|avg|avge|qtly|qtr|mths|note|notes|nb)\b\.?", re.I)
# Figures written as words in a row: "nil", "n.a.", "unch", "unquoted".
_NIL = re.compile(r"^\(?(?:nil|n\.?a\.?|unch|unquoted|--+)\)?$", re.I)
# Headline grammar: headlines drop articles and forms of "to be"; a sentence that lost
# its full stop keeps them ("The disorder is known as ...", "Terms were not disclosed").
# "A.H. Robins", "A/W Brands", "S.A.Y.": initials, not articles.
_SENTENCE_WORDS = re.compile(r"(?<![\w./&'-])(?:the|a|an|is|are|was|were|been|being)(?![\w./&'-])", re.I)
MIN_PROSE_WORDS = 5
_TICKER = re.compile(r"<[A-Z0-9.&-]{1,9}>")


def bracketed_note(text: str) -> bool:
    """A line wholly in brackets: the wire's note ("(See ECRA for Spotlight Index)"), or a name ("(Santa Anita Realty Inc)")."""
    return text.startswith("(") and text.endswith(")")


# An item running on into the next: "The purchase consisted of the following cargoes -".
_RUNNING_ON = (":", ",", ";", "-")


def _is_row_or_label(text: str, words: list[str], tables: bool = True, columns: bool = True) -> bool:
    """A note in brackets; with `tables`, a table row or label; with `columns` too, column heads."""
    if bracketed_note(text):
        return True  # "(Washington Federal Savings and Loans Association)": a note
    if not tables:
        return False
    lowered = [w.lower().strip(",;:") for w in words]
    if columns and any(a == b and a[:1].isupper() for a, b in zip(words, words[1:])):
        return True  # "Level Price Price": column heads
    half = len(lowered) // 2
    if columns and half >= 2 and len(lowered) % 2 == 0 and lowered[:half] == lowered[half:]:
        return True  # "4/2/87 Prev Wk 4/2/87 Prev Wk": repeated column heads
    if _DATED_ROW.search(text) or _ROW_LABEL.match(text):
        return True
    return False


_UNLISTED = re.compile(r"<([^<>]{1,60})>")


def untick(text: str) -> str:
    """Without ticker symbols, and without the brackets round unlisted names:
    "Sorg <SRG> holders form group", "<Bank of China> joins Visa" (wire markup, which links keep)."""
    if "<" not in text:
        return text
    # "<GENZYME>, Pfizer <PFE> unit ...": at the start of a line the bracketed word is the name itself.
    text = _TICKER.sub(lambda m: m.group()[1:-1] if not text[: m.start()].strip() else " ", text)
    return " ".join(_UNLISTED.sub(r"\1", text).split())


def shouting(text: str) -> bool:
    """Set in capitals: a table heading, or a wire title pasted as it came ("ITT <ITT> SELLS UNIT")."""
    upper = len(_UPPER.findall(text))
    if upper < 4:
        return False
    letters = upper + len(_LOWER.findall(text))
    return letters >= 4 and upper / letters > 0.8


_UPPER = re.compile(r"[A-Z\u00c0-\u00de]")
_LOWER = re.compile(r"[a-z\u00df-\u00ff]")


def unshout(text: str) -> str:
    """A capitals line in sentence case, tickers dropped, for the shape and vocabulary tests."""
    words = untick(text).split()
    return " ".join(w if i == 0 or _INITIALS.match(w) else w.lower() for i, w in enumerate(words))


def shouted_headline(text: str, raw_lines: list[str]) -> bool:
    """A capitals line shaped like a headline once it is in sentence case, with three words or more."""
    if not shouting(text):
        return False
    plain = unshout(text)
    least = 2 if _TICKER.search(text) else 3  # "TALKING POINT/PIEDMONT <PIE>": a wire title
    return len(plain.split()) >= least and headline_shape(plain, raw_lines, tables=False)


def _figures(words: list[str]) -> int:
    """Words that are figures: "28", "4.8", "nil", "May/Jul"; a bare year is not one, nor a name
    with a figure in it ("U2", "G-7", "M3")."""
    return sum(
        (bool(_DIGIT.search(w)) and not _YEAR.match(w) and not _NAMED_FIGURE.match(w)) or bool(_NIL.match(w) or _MONTH_PAIR.match(w))
        for w in words
    )


# "U2", "G-7", "M-1-A", "A1C": a name that carries a figure (a sum carries a currency: "DM1.5", "US$2").
_NAMED_FIGURE = re.compile(r"^[A-Z]{1,3}(?:-?\d{1,2}[A-Z]*)+$")


def headline_shape(text: str, raw_lines: list[str], *, tables: bool = True) -> bool:
    """A short capitalised clause with no closing punctuation, not a row, label or broken sentence.

    With tables=False the tests for table rows and column heads ("Qtr ended Dec 31",
    "Level Price Price") are left out: for a line with prose on both sides.
    """
    if len(raw_lines) != 1 or _TABLE_GAP.search(raw_lines[0].strip()):
        return False
    text = untick(text)
    words = text.split()
    if not 2 <= len(words) <= MAX_HEADLINE_WORDS or len(text) > MAX_HEADLINE_CHARS:
        return False
    first = text.lstrip(_CLOSING + "\u201c\u2018(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    ending = text.rstrip(_CLOSING)
    if headline_grammar(ending):
        ending = _ABBREVIATION_END.sub("", ending)  # "Japan to build jet with U.S.", not "... in the U.S."
    if _ENDS_LIKE_CONTENT.search(ending) or _FIGURES_IN_BRACKETS.search(text):
        return False
    if words[-1].lower().strip(_CLOSING) in _DANGLING:
        return False
    if shouting(text):
        return False  # an ALL-CAPS label or table heading (judged by shouted_headline instead)
    figures = _figures(words)
    if _VERSUS.search(text) and (figures or len(words) <= 8):
        return False  # a comparison row: "Net 1.2 mln vs 900,000", "Oper shr profit one ct vs loss six cts"
    if _REPORTED.search(text) or _SAID_TAIL.search(text):
        return False  # a sentence that lost its full stop
    if figures * 2 >= len(words) or (figures and len(words) <= 3):
        return False  # a row of figures: "Revs 240.5 mln", "Imports nil nil"
    if _is_row_or_label(text, words, tables):
        return False
    if _label_sized(words):
        return False  # "Market holidays", "Nine mths": too little to tell from a label
    return True


def _label_sized(words: list[str]) -> bool:
    """Two words, the second in lower case: as likely a label as a headline."""
    return len(words) == 2 and not any(c.isupper() for c in words[1])


# Wire-table vocabulary: a line using it among table rows belongs to the table.
_WIRE_ABBREVIATIONS = re.compile(
    r"\b(?:mths|shrs?|cts|dlrs?|mln|bln|pct|qtr|qtly|avg|avge|div|divs|unch|nil|natl|revs|oper|vs|"
    r"average|total|sum|net|per|end|ended|bales|tonnes|bushels|cwt|lbs)\b",
    re.I,
)


def titled_over_rows(text: str) -> bool:
    """A line over a table's rows that its heading cannot be: five words or more in headline grammar,
    with no figure, no table word, no unit in brackets, no comma or dash setting a label apart and no
    quotation ("World Bank vice-president praises Argentine plans", "Advanced Marketing initial offer under way").
    A table's heading names what it counts and in what: "OATS - in mln bushels", "Corn (Mln Tonnes)",
    "It gave this breakdown for OPEC crude output, in mln bpd", or a name ("New York Mercantile Exchange")."""
    if len(text.split()) < 5 or any(mark in text for mark in ("(", ",", "...", '"', "\u201c")):
        return False  # '"We're opposed to tax increases.... We will fight tax': a quote, wrapped
    return table_free_headline(text)


def table_free_headline(text: str) -> bool:
    """For a line among table rows: headline grammar, no figures, no table vocabulary."""
    return (
        headline_grammar(text)
        and len(text.split()) >= 3
        and _whole(text.split()[0]) not in _NOTE_OPENERS
        and not _DIGIT.search(text)
        and not _WIRE_ABBREVIATIONS.search(text)
        and " - " not in text
    )


def headline_grammar(text: str) -> bool:
    """Stricter: no articles or forms of "to be", which headlines leave out."""
    return not _SENTENCE_WORDS.search(text)


def row_like(text: str) -> bool:
    """A table row even with a full stop: "Other revenue 72.50 mln vs 31.18 mln."."""
    words = text.split()
    if len(words) > MAX_ROW_WORDS:
        return False
    figures = sum(bool(_DIGIT.search(w)) for w in words)
    return bool(_VERSUS.search(text) and figures) or figures * 2 >= len(words)


MAX_ROW_WORDS = 12
# A paragraph opening in lowercase carries on the sentence of the line before it
# (in a story whose other paragraphs open with capitals).
_CONTINUATION = re.compile(r"[a-z]")
# A lone letter that is no word ("a" and "i" are), then a capital: a key struck by mistake.
_STRAY_LETTER = re.compile(r"[b-hj-z] [A-Z]")


_SENTENCE_OPENERS = {"the", "a", "an", "it", "he", "she", "they", "we", "this", "these", "there", "its", "his", "her"}


# "more", "(MORE)": the wire's mark that a story goes on in its next take, no sentence's continuation.
_TAKE_MARK = re.compile(r"\(?more\)?", re.I)
# The longest headline in a sentence's grammar (articles, "is", "are") that a rule takes for a title.
MAX_SENTENCE_TITLE_WORDS = 8


def lowered_name_opening(items: list[tuple[str, list[str]]], index: int) -> bool:
    """Whether items[index] opens in lower case on a name that another paragraph writes with its capital
    inside a sentence ("calstar also obtained ..." in a story that has "... - Calstar Inc said")."""
    first = re.match(r"[a-z][\w'-]*", items[index][0])
    return first is not None and written_as_name(first.group(0).capitalize(), items, (index, index - 1))


def written_as_name(word: str, items: list[tuple[str, list[str]]], skip: tuple[int, ...]) -> bool:
    """Whether a paragraph of `items` (but those at `skip`) writes `word` with its capital inside a
    sentence, not where a sentence or a quotation opens: a name ("... said Calstar Inc", "the Canadian
    government"), not a common word that opens a sentence ("Terms were not disclosed")."""
    name = re.compile(r"(?<![.!?:]\s)(?<!^)(?<![\"\u201c])\b" + re.escape(word) + r"\b")
    return any(name.search(p) for k, (p, _) in enumerate(items) if k not in skip)


def continued(items: list[tuple[str, list[str]]], index: int) -> bool:
    if index + 1 >= len(items) or not _CONTINUATION.match(items[index + 1][0]) or _TAKE_MARK.fullmatch(items[index + 1][0]):
        return False
    if _STRAY_LETTER.match(items[index + 1][0]):
        return False  # "v A Plessey statement said ...": a stray key before a sentence's capital, no word run on
    if lowered_name_opening(items, index + 1):
        return False  # "calstar also obtained ...": a name the story writes with its capital, a sentence of its own
    if items[index + 1][0].split()[0].lower() in _SENTENCE_OPENERS:
        return False  # "the company said ...": a sentence of its own
    return sum(bool(_CONTINUATION.match(p)) for p, _ in items) == 1


def rows_below(items: list[tuple[str, list[str]]], index: int) -> bool:
    """Whether a table's row follows items[index] anywhere: a comparison ("Net 1.2 mln vs 900,000")
    or a labelled figure ("Shr 28 cts", "Pay April 15")."""
    return any(_VERSUS.search(p) or _DIGIT.search(p) and _ROW_LABEL.match(p) for p, _ in items[index + 1 :])


def between_prose(items: list[tuple[str, list[str]]], index: int, previous: str | None) -> bool:
    """Finished prose (not a row) right before, and right after."""
    if previous is None or index + 1 >= len(items):
        return False
    following = items[index + 1][0]
    return finished(previous) and finished(following)


MAX_LINK_RUN = 3
# "... 420.24 billion april - official", "... up 3.0 billion -- usda.": a wire title's source, after its dash.
_SOURCE_TAIL = re.compile(r"\s(?:-{1,2}|\u2013|\u2014)\s?[^\W\d_][\w.'/]*(?:\s[^\W\d_][\w.'/]*){0,2}\.?$")


def after_prose_run(items: list[tuple[str, list[str]]], index: int, previous: str | None, shapes: list[bool]) -> bool:
    """Finished prose right before, and after the run of headline-like lines this one opens
    (links come one to three together), prose or the end of the body."""
    if not finished(previous):
        return False
    end = index + 1
    while end < len(items) and end - index < MAX_LINK_RUN and len(items[end][1]) == 1 and not is_prose(items[end][0]) and (
        shapes[end] or link_label(items[end][0]) or sandwiched_headline(*items[end])
    ):
        end += 1
    if end >= len(items):
        return True
    return finished(items[end][0])


# Wire paragraphs on both sides of a lone short line: long enough to be the story's own prose.
MIN_LONG_PROSE_WORDS = 12
MAX_LONE_LINE_WORDS = 12
_QUESTION_WORDS = frozenset("what why how who where when which".split())
_SAID = re.compile(r"\b(?:said|told)\b", re.I)
# "We're opposed to tax increases.... We will fight tax": a sentence ends inside, prose broken at a line.
_INNER_SENTENCE = re.compile(r"[a-z]{3}[.!?]+\s+[\"'A-Z]")


def lone_line_in_prose(items: list[tuple[str, list[str]]], index: int, previous: str | None, shapes: list[bool], words: StoryWords) -> bool:
    """A short line with no full stop, in headline grammar, between two long finished paragraphs
    (other titles, link headings and marked links aside: links come in runs): another story's
    title, even in the story's own words ("Miyazawa to hold press conference later today" in a
    story on Miyazawa, "Energy/foreign investors?"). Wire copy does not break its prose so."""
    if not long_prose(previous):
        return False
    end = index
    while end < len(items) and end - index < MAX_LABELLED_RUN and not long_prose(items[end][0], open_ended=True):
        text, raw = items[end]
        if len(raw) != 1 or not (
            shapes[end] and row_free(text) or _FIGURES_TITLE.match(untick(text)) or link_header(text) or marked_link(text, raw)
            or lone_title(text, raw, words, in_vocabulary(items, end, shapes))
        ):
            return False
        end += 1
    return index < end < len(items) and lone_title(*items[index], words, in_vocabulary(items, index, shapes))


def long_prose(text: str | None, *, open_ended: bool = False) -> bool:
    """A long finished paragraph, not set in capitals (where lines are not told apart by their
    case). With `open_ended`, also one that breaks off to run on into the next ('... intended to
    "enhance the effectiveness of surveillance and compliance functions,"') or that no headline
    is as long as, whatever its ending ("... the Ministry of Plantation Industries told Reuters")."""
    tokens = (text or "").split()
    if len(tokens) < MIN_LONG_PROSE_WORDS or shouting(text):
        return False
    if finished(text):
        return True
    return open_ended and (text.rstrip("\"'\u201d\u2019").endswith(_RUNNING_ON) or len(tokens) > MAX_HEADLINE_WORDS + 2)


def lone_title(text: str, raw: list[str], words: StoryWords, counted: bool) -> bool:
    """A short line that may stand alone in prose as a title. What stands there in wire copy is a
    sentence (with its full stop, or its articles and "said"), a line it introduces ("... as
    follows -"), a note in brackets, a question it asks ("What would happen?") or a figure in
    its own words (`counted`: the line is one of those `words` was read from). A line in
    capitals there is a wire title whatever its words ("MARATHON RAISED CRUDE POSTED PRICES BY
    50 CTS A BARREL EFFECTIVE OCTOBER 16.")."""
    tokens = text.split()
    if len(raw) != 1 or text.endswith(_RUNNING_ON) or bracketed_note(text):
        return False
    if shouting(text):  # not a row: "EAST    WEST U.S. 1-2 210-250 LB 49.50-50.50 ..."
        return 2 <= len(tokens) <= MAX_HEADLINE_WORDS + 2 and _figures(tokens) * 3 < len(tokens) and not _TABLE_GAP.search(raw[0].strip())
    if not 2 <= len(tokens) <= MAX_LONE_LINE_WORDS or tokens[-1].lower() in _DANGLING:
        return False
    if _SENTENCE_END.search(text) and not text.endswith(("?", "...")):
        return False
    if row_like(text) or table_row(text) or not headline_grammar(text) or _SAID.search(text) or _INNER_SENTENCE.search(text):
        return False
    if any(_NIL.match(token) for token in tokens):
        return False
    if text.endswith("?") and tokens[0].lower() in _QUESTION_WORDS:
        return False
    return not _DIGIT.search(text) or words.foreign(text, counted=counted)


# "Reporting by Jane Roe; Editing by John Doe": the staff credit that closes a story.
# "REUTER N": the wire's sign-off with the desk's initials.
_STAFF_CREDIT = re.compile(
    r"^\(?(?:additional\s+)?(?:reporting|editing|writing|compiled|edited|written|produced)\s+by\b|^REUTERS?(?:\s+[A-Z]{1,4})*$", re.I
)
# "(CORRECTED) - ...", "CORRECTED-...": the wire's mark on a corrected story's title ("Corrected figures" has none).
_CORRECTED = re.compile(r"^(?:\(corrected\)\s*(?:-+|\u2013|\u2014|:)?|corrected\s*(?:-+|\u2013|\u2014|:))\s*", re.I)
# "Corrects March 11 item to exclude ...", "Correction: ...": the desk's note on what it corrected
# ("Correction agency plans dropped" is a headline).
_DESK_CORRECTION = re.compile(r"^(?:corrects\b|correction:)", re.I)
# The desk's mark on a wire title, behind a bullet or not: "(corrected) - ...", "CORRECTED-...", "RPT - ...",
# "UPDATE 2-...", a feature slug ("TALKING POINT/CONRAIL", "ECONOMIC SPOTLIGHT - ITALIAN BOOM", "Canada
# stocks/dome Petroleum Ltd", but not "The stocks/usage ratio ..."). Never a sentence's word: "Energy-efficient"
# and "Corrected figures" have no mark.
_DESK_MARK = re.compile(
    r"^(?:[\u2022\u25aa\u25cf*\u2013\u2014-]\s*)?(?:"
    r"[(<](?:corrected|rpt|repeat|refile|update)[)>]\s*(?:-+|\u2013|\u2014|:)?"
    r"|(?:corrected|rpt|refile|factbox|wrapup(?:\s\d+)?|update\s\d+)\s*(?:-+|\u2013|\u2014)"
    r"|(?:talking point|economic spotlight|wall street stocks|technology|energy|feature|analysis|exclusive|insight|column|preview|timeline)"
    r"(?:/|\s+(?:-+|\u2013|\u2014)\s?)"
    r"|(?!the\b)(?-i:[A-Z])[\w.]*(?:\s+[\w.]+)?\s+stocks/(?=[^.]*$)"
    r")\s*\S",
    re.I,
)
# The wire's digests and budget slugs: "Reuter money news highlights 0530 gmt", "U.S. Company Earnings
# Highlights", "INTERNATIONAL BOND HIGHLIGHTS - APRIL 7", "BC-WORLD-HIGHLIGHTS".
_DIGEST = re.compile(r"^(?:bc-[\w-]+|(?:[\w./-]+\s+){0,4}highlights\b(?:[\s,-]+(?:\d{4}\s+gmt|[a-z]+\s+\d{1,2}))*\.?)$", re.I)
# "... - USDA", "... -- Miyazawa", "...: sources": a headline's attribution to its source.
_ATTRIBUTION = re.compile(r"\s(?:-{1,2}|\u2013|\u2014|:)\s+[A-Z][\w.'/-]*(?:\s[A-Z][\w.'/-]*){0,2}$|:\s+[a-z]+$")
# "Murphy: That was a bruising battle": a headline quoting its speaker (labels such as "NOTE:" aside).
_SPEAKER = re.compile(r"^(?!(?:Note|Notes|Quotes|Source|Sources|Update|Correction|Editors?|Warning)\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:\s+[\"'\u2018\u201cA-Z]")
_SMALL_WORDS = frozenset("a an and the of to in on at by for with from as or nor but vs off up out into over per is are be".split())


def title_case(text: str) -> bool:
    """Written In Title Case, as headlines are and sentences never are: four words or more,
    every one but the small ones capitalised."""
    words = [w for w in untick(text).split() if any(c.isalpha() for c in w)]
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(words) >= 4 and len(big) >= 3 and all(w.lstrip("(\"'\u201c\u2018")[:1].isupper() for w in big)


# Words the wire writes in lower case in its copy and its tables ("mln dlrs", "3rd qtr"), and
# only a headline in Title Case capitalises: "U.S. M-1 Money Supply Falls 600 Mln Dlrs".
_CAPITALISED_WIRE_WORD = re.compile(r"(?<=\s)(?:Mln|Bln|Dlrs?|Pct|Cts|Qtr|Shrs?|Stg)\b")


def capitalised_title(text: str) -> bool:
    """A line in Title Case (every word but the small ones capitalised, one slip allowed) that
    capitalises a word only a headline does: the wire's "Mln", "Dlrs" or "Pct", or a headline's
    verb after its subject ("Group of 24 Countries Calls for Debt Relief"), whatever its ending
    ("Midland Bank Said It Cutting Its Base Rate to 10.5 Pct from 11 Pct.") and even with a
    comparison ("Interfirst Corp 1st Qtr Loss 28 Cts vs Profit Three Cts"). The story's own
    Title Case lines are names, column heads and labels ("Super Tankers Regular Vessels"),
    which use neither; its rows write "mln" and "pct" in lower case and open with their label."""
    tokens = untick(text).split()
    if shouting(text) or len(tokens) > MAX_HEADLINE_WORDS + 2 or _figures(tokens) * 2 >= len(tokens):
        return False
    verb = headline_verb(tokens, capitalised=True)
    if not verb and (_ROW_LABEL.match(text) or _whole(tokens[0]) in _TABLE_OPENERS | {"net"}):
        return False  # "Net Profit 78 Mln N.Z. Dlrs": a row, its label first
    if not (verb or _CAPITALISED_WIRE_WORD.search(text)) or split_dateline(text)[0]:
        return False  # "DALLAS: Qtr ended Jan 31": the story's opening
    big = [token for token in tokens if token[:1].isalpha() and token.lower() not in _SMALL_WORDS]
    least = 4 if _VERSUS.search(text) or _SENTENCE_END.search(text) else 3  # "Year to end-December Shr 76.7p vs 67.7p": a row
    return len(big) >= least and sum(token[0].isupper() for token in big) >= len(big) - 1


# Words a headline cannot end on; "Mobile multimedia slow to catch on" may end on a particle.
_HEADLINE_DANGLING = _DANGLING - {"on", "in", "up", "out", "off", "over", "down", "back"}


def sandwiched_headline(text: str, raw_lines: list[str]) -> bool:
    """For a line with finished prose on both sides, where a headline needs less proof:
    headline-shaped once the wire's markup is set aside ("(corrected) - ...", "(piper
    aircraft) resumes output ..."), in Title Case though it ends in initials ("Japan Foreign
    Minister Calls Off Trip to the U.S."), or carrying a score ("Ireland 19-13 England")."""
    if len(raw_lines) != 1 or len(text) > MAX_HEADLINE_CHARS + 20 or _TABLE_GAP.search(raw_lines[0].strip()):
        return False
    plain = _CORRECTED.sub("", untick(text)) or text
    opening = re.match(r"^[(\"'\u201c\u2018\u00a3$\u20ac]*", plain).end()
    plain = plain[:opening] + plain[opening:opening + 1].upper() + plain[opening + 1:]
    headline_like = title_case(plain) or _ATTRIBUTION.search(plain) or _SPEAKER.match(plain)
    if headline_like:  # "... Trip to the U.S.": the initials of a name, not a full stop
        plain = _ABBREVIATION_END.sub(lambda m: m.group().replace(".", ""), plain)
    if not (headline_grammar(plain) or headline_like):
        return False
    words = plain.split()
    if not 2 <= len(words) <= MAX_HEADLINE_WORDS or len(plain) > MAX_HEADLINE_CHARS:
        return False
    if not (plain[:opening + 1][-1:].isupper() or plain[:1].isdigit()):
        return False
    ending = plain.rstrip(_CLOSING)
    if shouting(plain) and not _figures(words) and len(words) <= 12 and "," not in plain:
        ending = ending.rstrip(".")  # "MERRILL MANDATED FOR IEL U.S. NOTE.": a wire title's full stop
    if len(words) <= 10 and re.search(r"\w(?:%|\.\.\.|\u2026)$", ending):
        ending = ending.rstrip("%.\u2026")  # "Bank holds interest rate at 4.75%", "Rivals of the £400 Apple..."
    if _ENDS_LIKE_CONTENT.search(ending) or _FIGURES_IN_BRACKETS.search(plain):
        return False
    if words[-1].lower().strip(_CLOSING) in _HEADLINE_DANGLING or _VERSUS.search(plain):
        return False
    if _REPORTED.search(plain) or _SAID_TAIL.search(plain) or _is_row_or_label(plain, words, columns=False):
        return False
    words = [w for w in words if w.strip("-\u2013\u2014")]  # the dash of an attribution is no empty cell
    if sum(any(c.isalpha() for c in w) for w in words) < 2:
        return False  # "QUANTITY 1988 1989 1990 1991": a column head over years
    if any(_NIL.match(w) for w in words) or _figures(words) * 2 >= len(words) or _label_sized(words):
        return False  # "Tenders - nil", "Imports 5,000", "Market holidays"
    return True


# "Read more: ...", "ALSO READ: ...": how sites label a link to another story.
_LINK_LABEL = re.compile(
    r"^(?:read more|also read|read also|read|see also|related(?: story| stories| article| news| content)?|more on this(?: story)?|"
    r"recommended|you may also like|don't miss|must read|watch|video|photos|gallery|listen|more)\s*[:>|\u00bb-]\s*(?P<title>\S.*)$",
    re.I,
)


def marked_title(items: list[tuple[str, list[str]]], index: int, previous: str | None) -> bool:
    """A title by its marks, where prose does not break off: in Title Case, in capitals or with a
    comparison of figures ("Sun Alliance Pretax Profit 180.4 Mln Stg vs 37.7 Mln."), between two
    finished paragraphs, or first in the body over the dateline paragraph that opens the story."""
    text = items[index][0]
    tokens = untick(text).split()
    if not 3 <= len(tokens) <= MAX_HEADLINE_WORDS or previous is not None and not finished(previous):
        return False  # links stand after finished prose, or open the body
    if _STAFF_CREDIT.match(text) or split_dateline(text)[0]:
        return False
    if table_row(text) and not _VERSUS.search(text) or shouting(text) and capital_row(text) or text.rstrip().endswith((":", ",")):
        return False
    if bracketed_note(text):
        return False  # "(See ECRA for Spotlight Index)": the wire's note
    if previous is None:
        return index + 1 < len(items) and bool(split_dateline(items[index + 1][0])[0])
    if not (title_case(text) or shouting(text)):
        if not (_VERSUS.search(text) and _DIGIT.search(text)):
            return False
        following = items[index + 1][0] if index + 1 < len(items) else ""
        if any(len(p.split()) <= MAX_ROW_WORDS and _figures(p.split()) >= 2 for p in (previous, following)):
            return False  # "Surplus on commission 208.8 mln marks 188.1 mln.": among rows of figures
        return between_prose(items, index, previous)  # a note closing the story ("Net includes ... vs ...") stays
    if any(_NIL.match(t) and t[0] != "-" for t in tokens) or shouting(text) and ": " in text:
        return False  # "RIO GRANDE DO SUL STATE: PASSO FUNDO NIL, ...": a row
    if _SENTENCE_END.search(text) and not headline_grammar(text):
        return False  # "Underwriters are (Levesque, Beaubien Inc), and (McLeod Young Weir Ltd).": a sentence
    end = index + 1  # past the links that follow it (they come one to three together)
    while end < len(items) and end - index < MAX_LINK_RUN and len(items[end][1]) == 1 and (
        title_case(items[end][0]) or shouting(items[end][0]) or headline_shape(*items[end])
    ):
        end += 1
    return end >= len(items) or finished(items[end][0])


# "» Title", "► Title", "› Title": the arrow a site puts before a link. A bullet ("• ...")
# also opens the key points of a story, so a bulleted line is a link only as a title: no
# full stop, a headline's length, a capital (or a figure or quote) first.
# Marks only a link carries: an arrow before it or after it, square brackets round it, a
# section or medium after it ("... | Business", "... (video)"), or the address itself.
_LINK_MARK = re.compile(
    r"^(?:[\u00bb\u203a\u25ba\u25b6\u25b8\u2192]|>>?)\s*(?P<title>\S.*)$"
    r"|^\[(?P<bracketed>[^\[\]]+)\]$"
    r"|^(?P<before>\S.*?)\s*(?:[\u00bb\u203a]|\((?:video|audio|photos?|gallery|pictures|watch|listen)\))$",
    re.I,
)
_SECTION_AFTER = re.compile(r"^(?P<title>\S.*?)\s+\|\s+(?P<section>[A-Z][\w&']*(?: [A-Z&][\w&']*){0,2})$")
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s/]+\.[a-z]{2,}\S*", re.I)
# A title cut short by the page ("Gadget growth fuels...", "Crude oil prices up as stocks,...",
# "Iranian tanker attacked over weekend -..."), or dated after it ("... (Dec 14)").
_CUT_OR_DATED = re.compile(
    rf"^(?P<title>\S.*?[^\s.,;:\u2013\u2014-])(?:[\s,;:\u2013\u2014-]*(?:\.\.\.|\u2026)|\s+\({MONTH_WORD}\.? \d{{1,2}}\))$", re.I
)
# Titles side by side, each after a bar ("Gzb Increases Bond Issue | Virgin Blue shares plummet 20%").
_BAR = " | "
# Marks a list item carries as well as a link: a bullet, a dash, a number.
_BULLETS = "\u2022\u25aa\u25cf"
_BULLET = re.compile(rf"^(?:[{_BULLETS}]|[*\u2013\u2014-]|\d{{1,2}}[.)])\s+(?P<title>\S.*)$")
_DASHED = re.compile(rf"^[{_BULLETS}*\u2013\u2014-]\s+\S")  # behind a dash or bullet, not a number
# A heading over a block of links: "RELATED", "More from World", "You may also like".
_LINK_HEADER = re.compile(
    r"(?:related|related (?:stories|articles|news|content|links|coverage|topics|reading)|"
    r"(?:read|see) (?:more|also)|also (?:read|see)|more (?:from|on|in|about) [\w&' -]{2,30}|"
    r"more (?:stories|news|headlines|articles)|top (?:stories|news|headlines)|"
    r"most (?:read|popular|viewed|shared|recent)|recommended(?: for you| stories| reading)?|"
    r"you (?:may|might) also (?:like|be interested in)|further reading|in other news|"
    r"trending(?: now| stories)?|latest(?: news| stories| headlines)?|editor'?s'? picks|"
    r"what to read next|don't miss|must read|popular now|(?:popular|also|more|new|latest|elsewhere) on (?:the site|[\w&' -]{2,30}))\s*:?",
    re.I,
)


MAX_LINK_WORDS = 25


def link_label(text: str) -> bool:
    """A line marked as a link to another story: a label before its title ("Read more: ..."),
    an arrow, brackets, a section after it ("... | World"), or its address; or a bullet,
    dash or number before a line that reads as a title. The title has two to 25 words."""
    if _ADDRESS.fullmatch(text):
        return True
    title = link_title(text)
    return title is not None and 2 <= len(title.split()) <= MAX_LINK_WORDS


def link_title(text: str) -> str | None:
    """The title of a line marked as a link (see `link_label`), or None."""
    match = _LINK_LABEL.match(text) or _LINK_MARK.match(text)
    if match:
        return match["title"] or match["bracketed"] or match["before"]
    match = _SECTION_AFTER.match(text)
    if match and listed_title(match["title"]):
        return match["title"]  # "Brown ally rejects Budget spree | World"
    match = _BULLET.match(text)
    numbered = link_title(match["title"]) if match and text[0].isdigit() else None
    if numbered:
        return numbered  # "3. \u2022 Title", "2. Title (video)": a numbered link
    if match and listed_title(match["title"]):
        title = match["title"]
        if text[0] in _BULLETS or plain_title(title):
            return title  # a dash or a number also opens the items and rows of the story's own lists
    match = _CUT_OR_DATED.match(text)
    if match and listed_title(match["title"]) and plain_title(match["title"]):
        return match["title"]  # "Gadget growth fuels...", "Ronson Corp 4th Qtr (Dec 14)"
    label, colon, title = text.partition(":")
    if colon and link_header(label.strip()) and bare_title(title.strip().lstrip("-\u00bb\u203a ")):
        return title.strip()  # "Also on the site: G-7 to review Paris accord"
    if _BAR in text and all(map(bare_title, text.split(_BAR))):
        return text.split(_BAR)[0]  # "Nakasone expected to survive sales tax defeat | Trial date is set for Balco case"
    return None


def bare_title(title: str) -> bool:
    """A title with no mark of its own: three words or more, no full stop, no row of a table, and
    no item running on into the next (";", ",")."""
    return 3 <= len(title.split()) <= MAX_HEADLINE_WORDS and listed_title(title) and row_free(title)


def plain_title(title: str) -> bool:
    """A title in headline grammar that is no row of a table, nor an item running on (";", ",", "-")."""
    return headline_grammar(title) and " - " not in title and row_free(title)


def row_free(title: str) -> bool:
    """No item running on into the next (";", ",", ":", "-"), no row of a table, figures in a third of its words at most."""
    if title.endswith(_RUNNING_ON) or table_row(title) or row_like(title):
        return False
    return _figures(title.split()) * 3 <= len(title.split())



def listed_title(title: str) -> bool:
    """A list item that reads as a title, not a key point of the story ("- Sales rose 5 pct.")."""
    if _SENTENCE_END.search(title) and not title.endswith("?"):
        return False
    return len(title.split()) <= MAX_HEADLINE_WORDS and opens_like_title(title)


def opens_like_title(title: str, also: str = "") -> bool:
    """A capital, a figure, a quote, a currency or a ticker first, as titles open (or one of `also`)."""
    return title[:1].isupper() or title[:1].isdigit() or title[:1] in "'\"\u2018\u201c$\u00a3<" + also


def in_own_list(items: list[tuple[str, list[str]]], index: int) -> bool:
    """An item of a list the story itself makes: next to an item with the same dash, star or
    number that is no link ("- The precise terms of the issue", "- Naming of all guarantors")."""
    mark = _BULLET.match(items[index][0])
    if mark is None or items[index][0][0] in _BULLETS:
        return False
    for k in (index - 1, index + 1):
        if 0 <= k < len(items):
            other = _BULLET.match(items[k][0])
            if other and items[k][0][:1].isdigit() == items[index][0][:1].isdigit() and not link_label(items[k][0]):
                return True
    return False


def over_opening(items: list[tuple[str, list[str]]], index: int) -> bool:
    """A title above the paragraph that opens the story under its dateline ("A November to remember"
    over "VANCOUVER, Mar 27 - MacMillan Bloedel Ltd said ..."): the wire's story starts at its
    dateline, so a short line before it is the page's, not the story's. No sentence, no byline,
    no introduction (":"), and the dateline must be one: dated, with the agency, or a known place."""
    text, raw = items[index]
    tokens = text.split()
    if len(raw) != 1 or index + 1 >= len(items) or not 2 <= len(tokens) <= MAX_HEADLINE_WORDS:
        return False
    cut = _CUT_OR_DATED.match(text) is not None
    if _SENTENCE_END.search(text) and not cut or text.endswith(_RUNNING_ON) or not opens_like_title(text):
        return False
    if split_dateline(text)[0] or _STAFF_CREDIT.match(text) or tokens[0].lower() == "by":
        return False
    opening = items[index + 1][0]
    place, rest = split_dateline(opening)
    if not place or not story_opening(rest):
        return False
    return bool(_DATELINE_AGENCY.match(opening) or _DATELINE_DATE.match(opening)) or known_place(place)


# The end of a company's name, or of a note in brackets: "... Savings and Loan Association", "(See ECRA ...)".
_NAME_END = re.compile(r"(?:\b(?:inc|corp|co|ltd|plc|llc|ag|nv|sa|association|bank|group|company)\.?|[)>])$", re.I)


def closing_title(text: str, raw: list[str], previous: str | None) -> bool:
    """A title in capitals or in Title Case closing the body after a finished paragraph ("UK INTEREST
    RATES HELD AT 4.75%", "U.S. Lends Sudan 57 Mln Dlrs for Wheat Purchases"): a link, whatever its
    words. A story closes on a sentence, a row, a note in brackets or a company's full name; a
    Title Case title has no full stop, and a line in capitals is no row ("MINAS GERAIS STATE: ... NIL")."""
    tokens = text.split()
    if len(raw) != 1 or not finished(previous) or shouting(previous):
        return False  # after a sentence in capitals, capitals tell nothing ("APRIL 11 - ISRAEL INTRODUCES SUMMER TIME.")
    if not 3 <= len(tokens) <= MAX_HEADLINE_WORDS + 4 or text.startswith("(") and not _CORRECTED.match(text) or _NAME_END.search(text):
        return False
    if split_dateline(text)[0] or _STAFF_CREDIT.match(text):
        return False
    if not shouting(text):
        return title_case(text) and not ends_sentence(text) or closing_headline(text)
    if ": " in text or any(_NIL.match(t) for t in tokens) or capital_row(text):
        return False
    return not _SENTENCE_END.search(text) or headline_grammar(text)


_BE = re.compile(r"(?<![\w'-])(?:is|are|was|were|been|being|be)(?![\w'-])", re.I)
_PLACE_AFTER_COMMA = re.compile(r",\s(?:[A-Z]\.){2,}$")  # "... in Atlantic City, N.J.": a sentence's place
MAX_ARTICLE_TITLE_WORDS = 7


def closing_headline(text: str) -> bool:
    """A headline in sentence case closing the body after a finished paragraph ("Bank of japan mulls
    other options to stop yen rise", "A November to remember", "(corrected)-micropro international corp
    <MPRO> net"). The story's own last lines are sentences that lost their full stop ("Circle K said the
    purchases would be made on the open market", "The Central Bank of Barbados gave no agenda for the
    meetings"), the desk's notes ("Corrects March 11 item ...", "Results in U.S. funds") and names."""
    tokens = text.split()
    if _CORRECTED.match(text) and len(tokens) >= 3:
        return True  # the wire's mark on another story's title
    if len(tokens) > MAX_LONE_LINE_WORDS + 2 or not text[:1].isupper() or _SAID.search(text) or "correct" in text.lower():
        return False
    if _whole(tokens[0]) in _NOTE_OPENERS | _TABLE_OPENERS | {"note", "results"}:
        return False  # "Operating net in latest quarter and year includes ...": a note on the table
    if ends_sentence(text) or _PLACE_AFTER_COMMA.search(text) or text.endswith(_RUNNING_ON):
        return False
    if table_row(text) or row_like(text) or _figures(tokens) * 3 >= len(tokens):
        return False
    return headline_grammar(text) or len(tokens) <= MAX_ARTICLE_TITLE_WORDS and not _BE.search(text)


def lone_item(items: list[tuple[str, list[str]]], index: int, previous: str | None) -> bool:
    """A title behind a dash, star or bullet, alone between finished paragraphs (or closing the body):
    a link ("* UK rebate 'unjustified' - Chirac"). The story's own points come in lists, or as sentences."""
    text, raw = items[index]
    item = _BULLET.match(text)
    if len(raw) != 1 or item is None or text[:1].isdigit() or not finished(previous):
        return False
    following = items[index + 1][0] if index + 1 < len(items) else None
    if following is not None and (not finished(following) or _BULLET.match(following)):
        return False
    return not _BULLET.match(previous) and bare_title(item["title"])


MAX_ITEM_WORDS = 24


def closing_item_run(items: list[tuple[str, list[str]]], index: int, previous: str | None) -> bool:
    """Titles behind dashes or bullets, two to six one under another, closing the body right after a
    finished paragraph (`previous`, the last one kept: links may stand between) ("- SOUTHERN AIR SUES
    MIAMI TV STATION" / "- 'No re-draft' for EU patent law"):
    links. The story introduces its own lists with a colon ("... the terms are:"), its items run on
    with commas or semicolons, or make their points in sentences. The items may stand one a paragraph
    or one a line of a block."""
    if not one_line(items[index]) or not _DASHED.match(items[index][0]):
        return False
    start = index
    while start > 0 and _DASHED.match(items[start - 1][0]):
        start -= 1
    end = index + 1
    while end < len(items) and _DASHED.match(items[end][0]):
        end += 1
    if end != len(items) or not 2 <= end - start <= 2 * MAX_LINK_RUN or not finished(previous) or _DASHED.match(previous):
        return False  # after the story's own list, a link between: its items go on
    run = items[start:end]
    if sum(text.endswith(".") for text, _ in run) * 2 >= len(run):
        return False  # points made in sentences: the story's own
    return all(one_line(item) and len(item[0].split()) <= MAX_ITEM_WORDS and not item[0].endswith((",", ";", ":")) for item in run)


def one_line(item: tuple[str, list[str]]) -> bool:
    """An item on one line: a paragraph of its own, or one line of a block's list (block_items)."""
    text, raw = item
    return len(raw) == 1 or raw == [text, text]


def under_link_headers(items: list[tuple[str, list[str]]], decided: list[bool]) -> set[int]:
    """Mark as links the titles under a heading of links ("READ MORE", "Related stories"):
    one-line titles up to the first sentence, table row or dateline, at most MAX_HEADER_LINKS.
    Returns the indexes of the titles."""
    marked: set[int] = set()
    for index, (text, raw) in enumerate(items):
        if len(raw) != 1 or not link_header(text):
            continue
        # Inside a list of the story's own (its item right above), only titles count.
        listing = not (index and _BULLET.match(items[index - 1][0]) and not decided[index - 1])
        mark = None  # the dash, bullet or number the first title wears: the others wear it too
        for k in range(index + 1, min(index + 1 + MAX_HEADER_LINKS, len(items))):
            title, lines = items[k]
            item = _BULLET.match(title) if listing else None
            if len(lines) != 1:
                break
            number = _COUNTED.match(title) if item else None
            counted = number is not None and int(number[1]) == k - index
            if not (
                title_under_header(title, lines, items=listing)
                or item and (list_mark(title) == mark or counted) and listed_link(item["title"], rows=counted)
            ):
                break  # "1. ...", "2. ...": a box of links counts them, the titles with figures too
            if k == index + 1 and item:
                mark = list_mark(title)
            decided[k] = True
            marked.add(k)
    return marked


_COUNTED = re.compile(r"^(\d{1,2})[.)]\s")


def list_mark(text: str) -> str:
    """The mark opening a list item: its dash or bullet, or "1" for any number."""
    return "1" if text[:1].isdigit() else text[:1]


def listed_link(title: str, *, rows: bool = False) -> bool:
    """A title behind the same mark as the link above it: any headline, full stop and all
    ("Bank said it cut base rate to 10 pct."), but no dateline or paragraph, and no table
    row unless `rows` (a list of links under a heading, most of them titles, may carry one)."""
    tokens = untick(title).split()
    if not 2 <= len(tokens) <= MAX_HEADLINE_WORDS + 4 or split_dateline(title)[0]:
        return False
    return (rows or not (table_row(title) or row_like(title))) and opens_like_title(title, also="(")


MAX_HEADER_LINKS = 6


def title_under_header(title: str, lines: list[str], *, items: bool = False) -> bool:
    """A line that can stand under a heading of links as one of them: a title, marked as a
    link or shaped as a headline (or, with `items`, any title behind a dash or bullet), and
    no sentence, table row or dateline of the story going on ("Pay April 30")."""
    tokens = untick(title).split()
    if not 2 <= len(tokens) <= MAX_HEADLINE_WORDS + 4 or link_header(title):
        return False
    ending = _ABBREVIATION_END.sub("", title) if shouting(title) or title_case(title) else title  # "... EXPORTS TO U.S."
    if _SENTENCE_END.search(ending) and not title.endswith("?") or split_dateline(title)[0] or table_row(title) or row_like(title):
        return False
    if link_label(title) or headline_shape(title, lines) or shouted_headline(title, lines) or title_case(title) or shouting(title):
        return True
    item = _BULLET.match(title) if items and not title[0].isdigit() else None
    return item is not None and title_under_header(item["title"], [item["title"]])


def marked_link(text: str, raw: list[str]) -> bool:
    """A line the page itself marks as a link: by a label, an arrow or bullet, or as a heading over links."""
    return len(raw) == 1 and (link_label(text) or link_header(text))


def link_header(text: str) -> bool:
    """A heading over a block of links to other stories ("RELATED STORIES", "More from World")."""
    return len(text) <= 40 and _LINK_HEADER.fullmatch(text) is not None


def is_prose(text: str) -> bool:
    return bool(_SENTENCE_END.search(text)) and len(text.split()) >= MIN_PROSE_WORDS


def ends_sentence(text: str) -> bool:
    """A full stop (or ! or ?) ends the line, not one of initials closing a headline ("... - U.S.")."""
    return bool(_SENTENCE_END.search(_ABBREVIATION_END.sub("", text)))


def finished(text: str | None) -> bool:
    """A finished paragraph of prose, and no row of a table ("Net includes gain of 1.2 mln dlrs.")."""
    return text is not None and is_prose(text) and not row_like(text)


def looks_like_related_headline(text: str, raw_lines: list[str], previous: str | None) -> bool:
    """A headline-shaped line right after a finished paragraph (the clearest case)."""
    if previous is None or not _SENTENCE_END.search(previous):
        return False
    return len(text.split()) >= 3 and headline_shape(text, raw_lines)


# --- the story's own vocabulary -------------------------------------------------------
# A related-story link is another story's headline: it names companies, places and
# things the story itself never mentions. A line of the story (a table note, a row
# label, a sentence that lost its full stop) mostly reuses the story's words.
_WORD = re.compile(r"[^\W\d_][^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+)*")
# Words that say nothing about what a line is about: grammar, and the wire's table
# vocabulary (periods, units, "net", "div"), which any story's rows may use.
_PLAIN_WORDS = frozenset(
    "a an and the of to in for with by from at on as that which its their his her is are was were be been "
    "but or nor per than into it this these those he she they we said says say will would has have had not "
    "no up out over after before new vs "
    "mths months month weeks week year years qtr quarter qtly half first second third fourth final interim "
    "shr shrs share shares cts dlrs dlr mln bln billion pct net div divs dividend loss profit revs sales "
    "ended end period periods prior given note notes oper operating avg avge total shareholders holders "
    "inc corp co ltd plc llc ag nv sa spa bv ab as oy group holdings company cos per-share".split()
)
_NUMBER_WORDS = re.compile(rf"^{_NUMBER_WORD}$", re.I)
STEM = 5  # "dividend"/"dividends", "rose"/"rises" do not matter: five letters decide


def _stems(text: str) -> list[str]:
    return [word[:STEM] for word, _ in _content_words(text)]


def _singular(word: str) -> str:
    """A word without its plural's "s": "routes" and "route" are one word, "francs" and "france" two."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _content_words(text: str) -> list[tuple[str, bool]]:
    """(word lowercased, whether it is written with a capital) for each word `_stems` reads."""
    return [
        (m.lower(), m[:1].isupper())
        for m in _WORD.findall(text)
        if len(m) > 2 and m.lower() not in _PLAIN_WORDS and not _NUMBER_WORDS.match(m) and not _MONTH.match(m)
    ]


_MONTH = re.compile(rf"^{MONTH_WORD}\.?$", re.I)
# A label with figures after a colon ("North End: 13 hrs"), a comparison: rows.
_COLON_FIGURES = re.compile(r":\s+\S*\d")
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$", re.I)
# "Acme Widgets Inc ...", "Nord Bank AG ...": a headline opening with a company's name.
_COMPANY = re.compile(
    r"^[^\W\d_][\w.&'/-]*(?:\s+[\w.&'/-]+){0,3}?\s+(?:inc|corp|co|ltd|plc|llc|ag|nv|sa|spa|bv|ab|oy|bancorp|cos|group|holdings)\b\.?", re.I
)


MAX_TITLE_CHARS = 120  # a results or news title among rows: twelve words at most
_FIGURE_TOKEN = re.compile(r"^[\d.,/%-]+$|^\d+(?:st|nd|rd|th)$", re.I)
_PERIOD = (
    r"(?:(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:qtr|quarter|half)|1st\s+half|year|yr|fiscal\s+year|"
    r"(?:\w+\s+)?(?:mths|months|month|mos|weeks|week|wks)|half|half-year|interim|annual|(?:19|20)\d\d)"
)
# "2nd qtr dec 31 net", "Nine mths oper loss": the head of a results table's period, or a title's tail.
_PERIOD_HEAD = re.compile(rf"^{_PERIOD}\b[^.]*\b(?:net|loss|profit|earnings|results|revs|sales)$", re.I)
MAX_PERIOD_HEAD_WORDS = 8
_RESULTS_TITLE = re.compile(
    rf"^(?P<name>[^\s].*?)\s+(?:"
    rf"{_PERIOD}\b.*\b(?:net|loss|profit|earnings|results|revs|sales|payout|div|dividend)"
    rf"|(?:sets|declares|raises|cuts|omits|increases|lifts|ups|pays|reports|posts)\s+(?:\w+\s+)?"
    rf"(?:quarterly|qtly|monthly|dividend|div|payout|distribution|split|stock\s+split|net|loss|profit|earnings)"
    rf")\.?$",
    re.I,
)

# "Great western savings bank quarterly div", "STANLINE INC REGULAR DIVIDEND", "... Class B dividend": a
# dividend or results title whose period is the payout's kind or a month, the name first.
_KIND_TITLE = re.compile(
    r"^(?P<name>[^\s].*?)\s+(?:(?:quarterly|qtly|regular|special|monthly|extra|initial|class\s+\w|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\s+)+"
    r"(?:div|dividend|payout|distribution|net|loss|profit|earnings|sales|revs)\.?$",
    re.I,
)
MAX_KIND_TITLE_NAME_WORDS = 6

# "WELLS FARGO AND CO 1ST QTR SHR 1.36 DLRS VS 1.13 DLRS", "Burmah Oil 1986 Pre-Tax Profit 105.9 Mln
# Stg vs 79.6 Mln": a results title that gives the figures, the company's name first.
_FIGURES_TITLE = re.compile(
    rf"^(?P<name>[^\s].*?)\s+{_PERIOD}\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:shr|shrs|net|profit|loss|earnings|income|revs|revenues|sales|turnover)\b.*\d.*\bvs\b.*\d",
    re.I,
)


# The verbs of wire headlines, in the headline's present tense.
_HEADLINE_VERBS = frozenset(
    "acquires agrees announces appoints approves begins bids boosts buys calls climbs completes "
    "confirms cuts declares denies drops eases elects ends expects extends falls files firms "
    "forecast forecasts gains gets halts hits issues jumps launches lifts lowers merges mulls names "
    "narrows offers opens plans posts prices proposes raises reaches redeems rejects reports "
    "resumes rises says seeks sees sells sets settles signs slips slows splits starts studies sues "
    "tops unveils ups urges warns widens wins"
    .split()
)


# More verbs, participles and modals a wire headline set in capitals uses ("BERLINER BANK OUTLINES
# LOSSES", "SONY INCREASING PRODUCTION ABROAD", "JAPAN TELECOM MERGER COULD INVOLVE U.K.,U.S. FIRMS").
# In 19,041 real Reuters stories and 2,225 BBC files no line in capitals that is not a sentence carries
# one of these or of _HEADLINE_VERBS between its first and last word, whatever the story around it.
_CAPITALS_VERBS = frozenset(
    "accepts adds adjusts adopts allows asks attacks avoids backs blames blocks breaks brings "
    "cancels challenges changes charges cites clarifies considers cools criticises criticizes "
    "curbs damages declines defends delays discusses doubles doubts drafts drives eyes faces "
    "fails favors favours fears finds fixes freezes gives grants grows halves hikes holds hurts "
    "improves increases joins keeps kills leads leaves lends limits loses makes meets moves "
    "needs negotiates notes obtains opposes orders outlines passes pledges predicts presses "
    "protests pushes quits rallies re-establishes reaffirms receives recovers reduces refuses "
    "renews repeats resigns restores returns revises revives rules sheds shows slashes softens "
    "sparks spurs stages steps stresses suspends takes targets tells threatens tightens trims "
    "triples vows wants weighs welcomes withdraws downgrades upgrades affects "
    "raising cutting increasing seeking buying selling planning considering studying drafting boosting lowering "
    "reducing expanding weighing seen said expected likely could would will should might must can"
    .split()
)
# Participles a headline in Title Case may end on, and more of its verbs: base forms after a plural
# ("Nordic Shares Move from Oslo to London"), participles and present participles ("Ferry Tender Result
# Awaited", "Harbour Joining Nordic Ferry Pact"). Measured like _CAPITALS_VERBS, on lines in Title
# Case that are neither sentences nor heads ending on a colon or a dash: none is hit.
_PARTICIPLES = frozenset(
    "seen expected awaited suspended changed delayed approved cleared rejected named ordered planned "
    "proposed considered reported halted denied".split()
)
_TITLE_CASE_VERBS = _PARTICIPLES | frozenset(
    "say see seek plan move hit suggest agree back face fear get give hold join keep lead make meet need "
    "oppose push raise reject set show take urge want warn win dropping joining rising falling seeking "
    "planning considering weighing raising cutting buying selling closes knows works hits".split()
)
_CAPITALS_KNOWN = _HEADLINE_VERBS | _CAPITALS_VERBS
_TITLE_CASE_KNOWN = _CAPITALS_KNOWN | _TITLE_CASE_VERBS


def headline_verb(tokens: list[str], capitalised: bool = False) -> bool:
    """A headline's verb after the first word ("Group of 24 Countries Calls ..."); `capitalised`: as Title Case writes it."""
    return any((token[:1].isupper() or not capitalised) and token.lower() in _HEADLINE_VERBS for token in tokens[1:])


_NEWS_TITLE = re.compile(
    rf"^(?P<name>\S+(?:\s+\S+){{0,4}}?)\s+(?:{'|'.join(sorted(_HEADLINE_VERBS))})\b\s+\S",
    re.I,
)


def _title_match(
    text: str, pattern: re.Pattern, *, chars: int = MAX_TITLE_CHARS, words: int = MAX_ROW_WORDS, comparison: bool = False
) -> tuple[str, re.Match] | None:
    """(the line without tickers or correction mark, its match) for a short title line; a comparison
    ("vs") only where the title gives figures."""
    if len(text) > chars:
        return None
    plain = _CORRECTED.sub("", untick(text))
    match = pattern.match(plain)
    if not match or len(plain.split()) > words or not comparison and _VERSUS.search(plain):
        return None
    return plain, match


def _figures_match(text: str, pattern: re.Pattern) -> tuple[str, re.Match] | None:
    """`_title_match` for a results title that gives its figures, a comparison and all; not a row of
    figures after a label's colon ("North End: 13 hrs") nor a note or a table's line ("Parent company
    1986 net profit ... vs ...", "Fiscal 1987 income items totaled ... vs ...")."""
    found = _title_match(text, pattern, chars=MAX_HEADLINE_CHARS, words=MAX_HEADLINE_WORDS, comparison=True)
    if found is None or _COLON_FIGURES.search(found[0]) or _whole(found[0].split()[0]) in _NOTE_OPENERS | _TABLE_OPENERS:
        return None
    return found


def alike(one: str, other: str) -> bool:
    """Two lines sharing two words and half the words of the shorter, figures aside: rows of one table."""
    a, b = ({w.lower() for w in untick(t).split() if not _DIGIT.search(w)} for t in (one, other))
    shared = len(a & b)
    return shared >= 2 and shared * 2 >= min(len(a), len(b))


# "3com", "4g": a brand that opens with a figure; "1986" and "3rd" are no names.
_BRAND = re.compile(r"^\d+[^\W\d_]{2,}$|^\d[^\W\d_]$")


def named(text: str) -> bool:
    """The wire marks the company a title names: by its ticker ("Sorg <SRG> ..."), or in brackets
    when it is unlisted ("<NEW HARDING GROUP INC> 1st qtr net")."""
    return bool(_TICKER.search(text)) or text.startswith("<")


def _whole(word: str) -> str:
    """A word lowercased, without its possessive: "Acme's" is "acme"."""
    word = word.lower()
    if word[-2:] in ("'s", "\u2019s"):
        return word[:-2]
    return word.rstrip("'\u2019")


def name_words(name: str, ticker: bool = False) -> list[str]:
    """The words of a name opening a title ("THUNANDER CORP", "The Dexter Corp", "WD-40 CO"), without
    its "The"; none for a row label, a table word or a figure ("Oper net", "Year", "1986")."""
    words = name.split()
    if words[0].lower() == "the" and len(words) > 1 and (words[1][:1].isupper() or ticker):
        words = words[1:]  # "The Raymond Corp declares qtly div", "The chariot group inc <CGR> 3rd qtr net"
    if any(_FIGURE_TOKEN.match(w) for w in words) or _ROW_LABEL.match(name) or _WIRE_ABBREVIATIONS.search(name):
        return []
    if not (words[0][:1].isupper() or words[0][:1] in "(<" or ticker or _BRAND.match(words[0])):
        return []
    if words[0].lower() in _SENTENCE_OPENERS or words[0].lower() in _PLAIN_WORDS and not ticker:
        return []  # "New ..." opens a name only when the wire marks it as one ("<NEW HARDING GROUP INC>")
    return words


def results_heading(text: str) -> bool:
    """A results or dividend title ("WD-40 Co 2nd qtr Feb 28 net", "General Signal Corp Sets Qtly
    Dividend"): a company's name, then the period and the result, and no full stop. Among a results
    table's rows it is a title pasted there, even when it names the story's own company: the rows open
    with their label ("Shr", "Net"), the period heads name no company ("Nine mths"), notes are sentences."""
    if _SENTENCE_END.search(text) or split_dateline(text)[0]:
        return False  # a note; "GAINESVILLE: 3rd qtr net", the story's opening under its dateline
    found = _title_match(text, _RESULTS_TITLE)
    return found is not None and bool(name_words(found[1]["name"], ticker=named(text)))


# "... the Bank of England said": a capital after a word in lower case, a name inside a sentence.
_NAME_INSIDE = re.compile(r"[a-z,] [A-Z][a-z]")


_QUOTE_MARK = re.compile("[\"\u201c\u201d]")


def _texts_using(texts, words_of) -> dict[str, int]:
    """How many of `texts` use each of the words `words_of` reads from a text."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in set(words_of(text)):
            counts[word] = counts.get(word, 0) + 1
    return counts


class StoryWords:
    """Word stems of the story's certain content (its headline, its paragraphs that no rule doubts)."""

    def __init__(self, texts, context: int = 0):
        self._texts = texts
        self._context = context  # how many of `texts`, first, are the headline and standfirst, not paragraphs
        self._stems: dict[str, int] | None = None
        self._words: frozenset[str] | None = None
        self._notation: dict[str, int] | None = None
        self._copies: Counter | None = None
        self._cased: bool | None = None
        self._names: dict[str, int] | None = None

    @property
    def words(self) -> frozenset[str]:
        """The story's words as written, lowercased, without possessives: names are matched whole."""
        if self._words is None:
            self._words = frozenset(map(_whole, _WORD.findall(" ".join(self._texts))))
        return self._words

    @property
    def stems(self) -> dict[str, int]:
        """How many of the story's paragraphs use each stem."""
        if self._stems is None:  # read only when a line is in doubt
            self._stems = _texts_using(self._texts, _stems)
        return self._stems

    @property
    def cased(self) -> bool:
        """Whether the story capitalises names inside its sentences, as most wire copy does: a capital
        after a lower-case word in more than a quarter of its paragraphs of prose (many of a story's
        sentences name nobody). Some wire copy is set all in lower case, names and all."""
        if self._cased is None:
            prose = [text for text in self._texts[self._context :] if is_prose(text)]
            self._cased = sum(_NAME_INSIDE.search(text) is not None for text in prose) * 4 > len(prose)
        return self._cased

    def novelty(self, text: str, counted: bool = False) -> tuple[int, int, bool]:
        """(content words, words the story never uses, whether the first content word is new to it).

        `counted`: the line is one of the texts the vocabulary was read from, so its own words do not count,
        nor those of its copies: a link pasted twice is no more the story's than a link pasted once.
        """
        tokens = _content_words(text)
        own = self.own_copies(text) if counted else 0
        # Capitals mark names on a title, not on a quotation ("... Rep. Martin Frost told") nor a line in capitals.
        names = not shouting(text) and not _QUOTE_MARK.search(text)
        novel = [
            self.stems.get(w[:STEM], 0) <= own or (names and name and self.names.get(_singular(_whole(w)), 0) <= own)
            for w, name in tokens
        ]
        return len(tokens), sum(novel), bool(novel) and novel[0]

    @property
    def names(self) -> dict[str, int]:
        """How many of the story's texts write each word whole (lowercased, singular): a name is matched
        whole, not by its stem ("Circus" is not "circulation", "France" is not "francs"; "Route" is "routes")."""
        if self._names is None:
            self._names = _texts_using(self._texts, lambda text: [_singular(_whole(w)) for w in _WORD.findall(text)])
        return self._names

    def foreign(self, text: str, least: int = 2, counted: bool = False, rows: bool = True) -> bool:
        """A line about something else: its first content word and most of the others are new to the story.

        A company the story never names ("Acme Widgets Inc 3rd qtr net") is enough. A comparison
        or a label with figures is a row ("Net 1.2 mln vs 900,000"), unless `rows` says rows are ruled out.
        """
        if rows and (_VERSUS.search(text) or _COLON_FIGURES.search(text)):
            return False
        total, novel, first_new = self.novelty(text, counted)
        if first_new and novel and _COMPANY.match(text):
            return True
        return first_new and novel >= least and novel * 3 >= total * 2

    def all_new(self, text: str, counted: bool = False, least: int = 2) -> bool:
        """Every word of the line that says something, `least` of them at least, is new to the story."""
        total, novel, first_new = self.novelty(text, counted)
        return total >= least and novel == total and first_new

    def foreign_in_table(self, text: str, neighbours: list[str]) -> bool:
        """`foreign`, for a line among table rows: no figures but ordinals, years and days, not shaped like its rows."""
        tokens = text.split()
        if len(tokens) < 3 or _whole(tokens[0]) in _NOTE_OPENERS or not self.foreign(text):
            return False
        figures = sum(
            bool(_NIL.match(token) or _DIGIT.search(token) and not (
                _ORDINAL.match(token) or _YEAR.match(token) or (i and _MONTH.match(tokens[i - 1]) and token.isdigit())
            ))
            for i, token in enumerate(tokens)
        )
        if figures and not self.news_with_figures(text, tokens, figures):
            return False  # a figure: rows carry them
        if "(" in text:
            return False  # "Corn (Mln Tonnes)": a label with its unit
        for mark in (" - ", " -- ", ": "):
            if mark in text and any(mark in n for n in neighbours):
                return False  # "Copper - 0.20 higher" among "Lead - ...": a row of this table
        if any(alike(text, n) for n in neighbours):
            return False  # "NE INDIANA DP 8 OVR MAY UNC" over "NE INDIANA DP 10 OVR MAY UNC"
        return True

    def foreign_among_rows(self, text: str, counted: bool = False) -> bool:
        """A title among a table's rows about something else (`counted`: the line's own words are in the vocabulary)."""
        plain = unshout(text) if shouting(text) else untick(text)
        tokens = plain.split()
        if not 4 <= len(tokens) <= MAX_HEADLINE_WORDS or table_row(plain) or not plain[:1].isupper():
            return False
        if plain.rstrip().endswith((":", "-", ",", ".")) or "(" in plain or split_dateline(plain)[0]:
            return False
        if _whole(tokens[0]) in _NOTE_OPENERS:
            return False  # "Company's full name is TDK Corp": a note under the table
        figures = _figures(tokens)
        if figures and not self.news_with_figures(plain, tokens, figures):
            return self.headline_with_figures(plain, tokens)
        total, novel, _ = self.novelty(plain, counted)
        if novel >= 4 and novel * 4 >= total * 3:
            return True  # "SOUTH KOREA TO RESIST CURRENCY REVALUATION" in a story on a South Carolina bank
        return self.foreign(plain, 3, counted=counted)

    def headline_with_figures(self, plain: str, tokens: list[str]) -> bool:
        """Among rows, a headline carrying one or two figures inside its words, mostly in words the story
        never uses ("Echlin Inc dividend increased 12 pct", "GM Laying Off 5,500 at Two Plants"). A row
        opens with its label and puts its figures after it, side by side or last ("End Stocks 68 56 79 79",
        "Deposits 817.7 mln vs 705.7"); a note opens with the table's words or speaks in sentences."""
        if _whole(tokens[0]) in _NOTE_OPENERS | _TABLE_OPENERS or _WIRE_ABBREVIATIONS.fullmatch(tokens[0]):
            return False  # "Net includes gain of 1.2 mln dlrs ...": a note on the table's row
        if _COLON_FIGURES.search(plain) or not headline_grammar(plain):
            return False
        figures = [
            _figures([token]) == 1 and not (k and _MONTH.match(tokens[k - 1]) and token.rstrip(",").isdigit())
            for k, token in enumerate(tokens)
        ]  # "July 21, 1986": a date, no figure
        if not 1 <= sum(figures) <= 2 or figures[-1] or figures.index(True) < 2 or any(_NIL.match(t) for t in tokens):
            return False
        if any(a and b for a, b in zip(figures, figures[1:])):
            return False  # figures side by side: columns
        total, novel, first_new = self.novelty(plain)
        return first_new and novel >= 2 and novel * 2 >= total

    def news_with_figures(self, text: str, tokens: list[str], figures: int) -> bool:
        """A headline that carries a figure ("Hong Kong firm ups Calmat stake to 9.8 pct"): a
        few figures among many words, opening with a name and mostly words the story never uses."""
        if figures > 2 or len(tokens) < figures * 3 + 2 or _ROW_LABEL.match(text):
            return False
        if any(_NIL.match(t) and t[0] != "-" or _MONTH_PAIR.match(t) for t in tokens) or _PRICE.match(tokens[-1]):
            return False  # "Amber Durum Apl/May 168 unch", "ZINC - HIGH GRADE 49.50/56.00": a price row
        if _COMMODITY_LABEL.match(text) and not shouting(text):
            return False  # "MAIZE - US Three Yellow Afloat 94 Apl 86": a price row under its commodity
        tail = text.rpartition(": ")[2] if ": " in text else ""
        if tail and _DIGIT.search(tail) and len(tail.split()) <= 3:
            return False  # "GREENWOOD VILLAGE, COLO.: Dec 31": a dateline over a table
        lowered = [t.lower() for t in tokens if not _DIGIT.search(t)]
        if len(set(lowered)) < len(lowered):
            return False  # "Duluth 4/3/87 Week Ago Year Ago": column heads
        if not self.opens_with_new_word(tokens):
            return False  # a note opens with the table's words ("1986 net includes ...", "Prior shr ...")
        total, novel, first_new = self.novelty(text)
        return first_new and novel >= 3 and novel * 3 >= total * 2

    def new_name(self, name: str, ticker: bool = False) -> bool:
        """A name opening a title ("THUNANDER CORP", "The Dexter Corp", "U S WEST", "WD-40 CO") that the
        story never uses, and no row label or table word ("Oper net", "Year", "1986")."""
        words = name_words(name, ticker)
        if not words:
            return False
        while len(words) > 1 and not _stems(words[0]) and (ticker or len(words[0].strip(".")) <= 2):
            words = words[1:]  # "U S WEST", "<NEW HARDING GROUP INC>": the first word that says something
        first = _WORD.findall(words[0])
        if first and len(first[0]) > 2 and _stems(first[0]) and _whole(first[0]) not in self.words:
            return True  # a name is new when the story never writes it whole ("Memory" in a story on "Monolithic Memories")
        return self.opens_with_new_word(words)

    def results_title(self, text: str) -> bool:
        """Another company's results or dividend title ("THUNANDER CORP YEAR NET", "Grossman's Inc
        4th qtr loss", "STANLEY WORKS SETS QUARTERLY"): a name the story never uses, then the
        period and the result. Table rows open with the table's label ("Shr", "Oper net", "Year")."""
        found = _title_match(text, _RESULTS_TITLE) or self._kind_title(text)
        if found is None:
            return False
        if self.new_name(found[1]["name"], ticker=named(text)):
            return True
        return not _SENTENCE_END.search(text) and self.unwritten_name(found[1]["name"], text)

    @staticmethod
    def _kind_title(text: str) -> tuple[str, re.Match] | None:
        """_KIND_TITLE's match, for a name of a few words with no figure ("Note: 1986 payout includes two
        dlrs a share extra dividend" is a note)."""
        found = _title_match(text, _KIND_TITLE)
        if found is None or _DIGIT.search(found[1]["name"]) or len(found[1]["name"].split()) > MAX_KIND_TITLE_NAME_WORDS:
            return None
        return found

    def unwritten_name(self, name: str, line: str) -> bool:
        """A name of two words or more that no other text of the story writes whole: "Washington federal
        savings" in a story that names Washington, "The one bancorp" in one on Rainier Bancorp."""
        tokens = name.split()
        if tokens and tokens[0].lower() == "the":
            tokens = tokens[1:]
        if len(tokens) < 2:
            return False
        phrase = " ".join(tokens).lower()
        return not any(phrase in text.lower() for text in self._texts if text != line)

    def figures_title(self, text: str) -> bool:
        """Another company's results title with its figures ("Royal bank of canada 2nd qtr shr 83 cts vs
        1.05 dlrs"): a name the story never uses, a period, a measure and the comparison. The story's
        own rows open with their label ("Shr", "Net"), its notes with the period ("1986 net ...")."""
        found = _figures_match(text, _FIGURES_TITLE)
        return found is not None and self.new_name(found[1]["name"], ticker=named(text))

    def more_figures_title(self, text: str) -> bool:
        """`figures_title` for the titles _MORE_FIGURES_TITLES reads, whose name the story never uses or
        never writes whole ("Washington post co 3rd qtr shr ..." in a story datelined Washington). A name
        holds no figure ("Final div 13 cents vs 11, making yr 24 vs 22" is a row), and a digest of
        companies' results ("Biomet Inc shr 49 cts vs 36", "Federal Co shr 3.55 dlrs vs 1.66") is the story's."""
        for pattern in _MORE_FIGURES_TITLES:
            found = _figures_match(text, pattern)
            if found is None or _DIGIT.search(found[1]["name"]):
                continue
            match = found[1]
            if sum(bool(pattern.match(untick(other))) for other in self._texts) > 1:
                continue  # more lines like it: the story's own list
            if self.new_name(match["name"], ticker=named(text)):
                return True
            if not _SENTENCE_END.search(text) and self.unwritten_name(match["name"], text):
                return True
        return False

    def news_title(self, text: str) -> bool:
        """Another story's headline among table rows: a name the story never uses, then a
        headline's verb ("BANKEAST CORP COMPLETES ACQUISITION", "Pansophic Systems splits stock").
        Rows and their notes open with the table's labels and speak in the past tense."""
        if _HEADLINE_VERBS.isdisjoint(text.lower().split()[1:7]):
            return False
        found = _title_match(text, _NEWS_TITLE)
        if found is None:
            return False
        plain, match = found
        if _COLON_FIGURES.search(plain) or not headline_grammar(plain) or _figures(plain.split()) > 2 or _DATED_ROW.search(plain):
            return False
        return self.new_name(match["name"], ticker=named(text))

    def wire_title(self, text: str) -> bool:
        """Another story's wire title with its ticker ("Texstyrene Corp <FOAM> 11 mths Dec 31 loss"):
        a short line in headline grammar naming, ticker and all, a company the story never mentions.
        Wire copy writes tickers in its sentences and notes, seldom on a line of their own."""
        if not _TICKER.search(text) or split_dateline(text)[0]:
            return False
        plain = untick(text)
        tokens = plain.split()
        if len(tokens) > MAX_HEADLINE_WORDS or _ROW_LABEL.match(plain) or _VERSUS.search(plain) or not headline_grammar(plain):
            return False
        return self.opens_with_new_word(tokens)

    def opens_with_new_word(self, tokens: list[str]) -> bool:
        """The line's first word (after initials: "U.S. bank income ...") is a content word the story never uses."""
        first = tokens[1] if _INITIALS.match(tokens[0]) and len(tokens) > 1 else tokens[0]
        opening = _stems(first)
        return bool(opening) and not self.stems.get(opening[0], 0)

    @property
    def notation(self) -> dict[str, int]:
        """How many of the story's texts write each notation mark (see `notation_marks`)."""
        if self._notation is None:
            self._notation = {}
            for text in self._texts:
                for mark in notation_marks(text):
                    self._notation[mark] = self._notation.get(mark, 0) + 1
        return self._notation

    def foreign_notation(self, text: str, counted: bool = False) -> bool:
        """A line writing a mark the story's own copy never writes: "%" in a story that says "pct",
        "\u00a3400" or "$1m", a phrase in single quotes where the story quotes in double ones."""
        own = self.own_copies(text) if counted else 0
        return any(self.notation.get(mark, 0) <= own for mark in notation_marks(text))

    def own_copies(self, text: str) -> int:
        """How many of the paragraphs the vocabulary was read from are `text` (one at least: it is counted).
        A standfirst repeating the lede is the story's own: it makes no copy."""
        if self._copies is None:
            self._copies = Counter(self._texts[self._context :])
        return max(1, self._copies[text])

    def cohesive(self, text: str) -> bool:
        """A line that opens with the story's own words and mostly uses them."""
        total, novel, first_new = self.novelty(text)
        return total >= 1 and not first_new and novel * 2 <= total


# The notation a copy desk keeps the same across a story: how it writes percentages, money and
# quotations. Wire copy of the 1980s writes "pct", "mln dlrs" and double quotes; a web headline
# pasted between its paragraphs writes "4.75%", "\u00a3400", "$1m" and 'single quotes'.
_NOTATION = {
    "percent": re.compile(r"\d%"),
    "currency": re.compile(r"[\u00a3\u20ac\u00a5]\s?\d|\$\d+(?:\.\d+)?(?:m|bn|k)\b"),
    "single-quotes": re.compile(r"(?:^|[\s(:])['\u2018][^\W\d_][^'\u2018\u2019\"]*[^\s'\u2018\u2019\"]['\u2019](?=$|[\s,:;?!).])"),
}


def notation_marks(text: str) -> set[str]:
    """The notation marks `text` writes (names of _NOTATION)."""
    return {name for name, pattern in _NOTATION.items() if pattern.search(text)}


MAX_CUT_TITLE_WORDS = 12
# Headlines report speech in the present tense; copy says "said" and ends its sentences, and a quote
# ("I would say ...") is no headline.
_QUOTES = "\"'\u201c\u2018"
_SAYS = re.compile(r"(?<![\w'-])says(?![\w'-])", re.I)
# A headline's source after a colon closing it ("...: police", "...: White House"); a label opens its line.
_SOURCE_AFTER_COLON = re.compile(r"\S:\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?|[a-z]+)$")
_LABEL = re.compile(r"^(?:notes?|source|sources|update|correction|editors?|warning|shr|net|revs?|sales|div|pay|record)\b", re.I)
# The words a question opens with: "What would happen?", "Is the dollar too low?".
_ASKING = _QUESTION_WORDS | frozenset("whose is are was were do does did can could will would should shall has have had may might must".split())


def foreign_marked_title(text: str, raw: list[str], words: StoryWords, counted: bool) -> bool:
    """A title standing alone that a mark gives away: a notation the story never writes ("UK interest
    rates held at 4.75%", "Goldsmith: 'I was not leant on'", "Rivals of the \u00a3400 Apple..."), the
    page's cut ("The comic book genius of..."), a question mark on a line that asks nothing, a source
    after a colon ("...: police") or a headline's "says" with no full stop. In 19,041 real Reuters
    stories none of these marks is on a line of its own. A row, a label with figures or a sentence stays."""
    if (item := _BULLET.match(text)) and not text[:1].isdigit():
        text = item["title"]  # "\u2022 Rivals of the \u00a3400 Apple..."
    tokens = text.split()
    if len(raw) != 1 or not 2 <= len(tokens) <= MAX_HEADLINE_WORDS or not (opens_apart(text) or text[:1] in "\u00a3$\u20ac'\u2018"):
        return False
    if table_row(text) or row_like(text) or _COLON_FIGURES.search(text) or split_dateline(text)[0] or _STAFF_CREDIT.match(text):
        return False
    cut = text.endswith(("...", "\u2026")) and not text.endswith("....")
    if ends_sentence(text) and not cut and not text.endswith(("?", "'", "\u2019")):
        return False
    if text.endswith("?") and len(tokens) <= MAX_LONE_LINE_WORDS + 2 and tokens[0].lower().strip("\"'\u201c") not in _ASKING:
        return True  # "Second Pakistan bombing kills 22?": a title the page marked, asking nothing
    if (tail := _SOURCE_AFTER_COLON.search(text)) and len(tokens) <= MAX_LONE_LINE_WORDS + 4 and not (_NIL.match(tail[1]) or _LABEL.match(text)):
        return True  # "Group lifts stake in Suave Shoe to 11.5 pct: White House": a headline's source after it
    if _SAYS.search(text) and len(tokens) <= MAX_LONE_LINE_WORDS + 4 and not cut and not text.endswith(("?", "'", "\u2019")) and text[:1] not in _QUOTES:
        return True  # "Proxmire says Volcker retirement a loss for U.S.": a headline's present tense, no full stop
    if cut and len(tokens) <= MAX_CUT_TITLE_WORDS and not _SAID.search(text):
        return True  # "The company said..." is copy trailing off
    return words.foreign_notation(text, counted)


def story_words(context: tuple[str, ...], items: list[tuple[str, list[str]]], shapes: list[bool]) -> StoryWords:
    """The vocabulary of the story's certain content: its headline and standfirst, and the paragraphs
    not shaped like headlines nor like another company's results title with figures."""
    return StoryWords([*context, *(p for k, (p, _) in enumerate(items) if in_vocabulary(items, k, shapes))], len(context))


def in_vocabulary(items: list[tuple[str, list[str]]], index: int, shapes: list[bool]) -> bool:
    """Whether the story's vocabulary was read from this item: not shaped like a headline, nor like
    another company's results title with figures."""
    return not shapes[index] and not _FIGURES_TITLE.match(untick(items[index][0]))


def is_related_line(
    items: list[tuple[str, list[str]]], index: int, previous: str | None, shapes: list[bool], words: StoryWords | None = None
) -> bool:
    """Whether items[index] is a scraped related-story link, from its shape and its neighbours.

    The neighbours decide how sure the shape must be. Between a finished paragraph (or
    the start of the body) and a prose paragraph (or the end of the body, or a
    dateline paragraph), a headline-shaped line is a link. Next to table rows, labels
    or an introducing colon it is more likely a heading or row of that table, so it
    must also have headline grammar (no articles, no "is/was/were").
    """
    text, raw = items[index]
    if words is None:
        words = story_words((), items, shapes)
    if marked_link(text, raw) and not in_own_list(items, index) or lone_item(items, index, previous) or closing_item_run(items, index, previous):
        return True
    if _DESK_CORRECTION.match(text):
        return False  # "Corrects March 11 item to exclude tax credit": the desk's note on the story itself
    if desk_marked_title(text, raw) or change_headline(text, raw) or stake_title(text, raw):
        return True
    counted = in_vocabulary(items, index, shapes)
    if title_with_listing(text, raw, words, counted) or company_period_title(text, raw, words, counted):
        return True
    if previous is None and over_opening(items, index):
        return True
    if len(raw) == 1 and text.count(" ") < MAX_HEADLINE_WORDS + 4 and title_candidate(items, index, previous, words, shapes):
        return True
    following = next((p for k, (p, _) in enumerate(items[index + 1 :], index + 1) if not shapes[k]), None)
    if headline_after_sentence(text, raw, previous, following):
        return True
    if len(raw) == 1 and _PERIOD_HEAD.match(text) and len(text.split()) <= MAX_PERIOD_HEAD_WORDS and (
        between_prose(items, index, previous)
        or previous is not None and _SENTENCE_END.search(previous) and not rows_below(items, index)
    ):
        return True  # "2nd qtr dec 31 Net" between sentences, or after one with no row below it: no table's head, a title
    if _STAFF_CREDIT.match(text):
        return False
    if len(raw) == 1 and capitalised_title(text):
        return True
    if lone_line_in_prose(items, index, previous, shapes, words):
        return True
    if capitals_among_rows(items, index, previous, shapes, words) or title_among_rows(items, index, previous, shapes, words):
        return True
    if title_between_results_rows(items, index, previous, shapes, words):
        return True
    if foreign_score(items, index, shapes, words) or foreign_between_prose(items, index, previous, shapes, words):
        return True
    sandwiched = after_prose_run(items, index, previous, shapes) and len(raw) == 1
    if sandwiched and shouting(text) and (shouting(previous) or index + 1 < len(items) and shouting(items[index + 1][0])):
        sandwiched = False  # a story set in capitals: its short lines are not told apart by their case
    if (shapes[index] or sandwiched) and words.wire_title(text):
        return True
    titled = len(raw) == 1 and (
        words.results_title(text) or words.news_title(text) or words.figures_title(text) or words.more_figures_title(text)
    )
    if titled and not split_dateline(text)[0]:
        return True
    if len(raw) == 1 and among_rows(items, index, previous) and (
        results_heading(text) or words.foreign_among_rows(text, in_vocabulary(items, index, shapes))
    ):
        return True
    if sandwiched and sandwiched_headline(text, raw) and not continued(items, index):
        if not shapes[index] and _figures(untick(text).split()) and not words.foreign(text, counted=True):
            return False  # a figure in the story's own words: "Harvesting stretches from December 1986 to April 1987"
        return headline_grammar(text) or title_case(text) or not words.cohesive(text)
    if shouting(text) and len(raw) == 1 and capitals_among_lowercase(items, index, previous, words):
        return True
    if shapes[index] and shouting(text):
        return shouted_related(items, index, previous, shapes, words)
    if continued(items, index) and not words.foreign(text):
        return False  # in the story's words, and the next paragraph goes on with its sentence
    if not shapes[index]:
        if len(raw) == 1 and marked_title(items, index, previous) and words.foreign(unshout(text) if shouting(text) else text, counted=True, rows=False):
            return True
        return (
            between_prose(items, index, previous)
            and headline_shape(text, raw, tables=False)
            and words.foreign(text, counted=True)
        )
    if split_dateline(text)[0]:
        return False  # "PARIS, Nov 15 - ...": the story's own opening
    if _TICKER.search(text) and not headline_grammar(text) and len(untick(text).split()) > 12:
        return False  # "Airod is a joint venture between Lockheed Corp <LK.N> unit ...": copy that lost its full stop
    before_ok = previous is None or bool(_SENTENCE_END.search(previous))
    if previous is None:
        after_ok = following is not None and (is_prose(following) or bool(split_dateline(following)[0]))
    else:
        # A rule ("---", "- - - -") closes a section of a digest as the end of the body closes the story.
        after_ok = following is None or is_prose(following) or _SEPARATOR.fullmatch(following) is not None
        # The wire's "More" ends what this take of the story says, as the end of the body does.
        after_ok = after_ok or _TAKE_MARK.fullmatch(following) is not None
    inner = previous is not None and following is not None
    if not (before_ok and after_ok) and sum(p == text for p, _ in items) > 1:
        return False  # a heading the story repeats over each of its tables
    if inner and before_ok and len(text.split()) >= 3:
        if not headline_grammar(text) and (words.cohesive(text) or (len(text.split()) >= 10 and not title_case(text) and not words.foreign(text))):
            return after_ok and name_led_title(items, index, following)  # else a sentence of the story that lost its full stop
        if row_like(previous) and not words.foreign(text) and not headline_after_row(text, following):
            return False  # after a row that ends in a full stop: a row or note of the same table
        if not after_ok and table_line(following) and (
            "(" in text or not words.foreign(text)
        ) and not titled_over_rows(text):
            return False  # over a table's rows, in the story's words or with its unit: the table's heading
        return True  # after a finished paragraph, inside the body: the clear case
    if (previous or "").endswith(":"):
        return following is not None and is_prose(following) and words.foreign(text)
    neighbours = [p for p in (previous, following) if p is not None]
    if not headline_grammar(text):
        if before_ok and after_ok:
            return words.foreign(text, 2)
        return unknown_title_by_rows(items, index, neighbours, words, counted)
    if previous is None and not after_ok:
        return words.foreign_in_table(text, neighbours)  # the first line, over a table: its heading unless foreign
    if before_ok and after_ok:
        return True  # at the start or end of the body, next to prose
    if table_free_headline(text) and not words.cohesive(text):
        return True  # next to table rows: no figures, no table words, not in the story's words
    return words.foreign_in_table(text, neighbours)


# What marks a clause of a sentence, not a title: a comma, a colon, a quotation, brackets, a dash.
_CLAUSE_MARK = re.compile("[,;:()\"\u201c\u201d\u2013\u2014]|\\s-\\s|[-=]$")


def name_led_title(items: list[tuple[str, list[str]]], index: int, following: str | None) -> bool:
    """A short line in the story's words that opens on a name and stands between finished sentences,
    before a new one, with no mark of a clause: a headline of a story on the same subject ("Merrill
    chairman and cfo are optimistic", "Canadian tax reform called an important step"), though its grammar
    is a sentence's. A name is a word another paragraph writes with its capital inside a sentence; a
    sentence that lost its full stop opens on a common word ("Terms were not disclosed", "A sad day for music")."""
    text = items[index][0]
    tokens = text.split()
    if not 3 <= len(tokens) <= MAX_SENTENCE_TITLE_WORDS or _CLAUSE_MARK.search(text) or _SENTENCE_END.search(text):
        return False
    if _VERSUS.search(text) or shouting(text) or following is None or not following[:1].isupper():
        return False
    first = re.match(r"[A-Z][\w.&-]*?(?=(?:'s|\u2019s)?$)", tokens[0])
    if first is None or first.group(0).lower() in _SENTENCE_OPENERS or first.group(0).lower() in _PLAIN_WORDS:
        return False
    return written_as_name(first.group(0), items, (index,))


def unknown_title_by_rows(
    items: list[tuple[str, list[str]]], index: int, neighbours: list[str], words: StoryWords, counted: bool
) -> bool:
    """A headline in a sentence's grammar next to a table's rows or after a line that lost its full
    stop ("Games enter the classroom" under "Shr loss nine cts"): headline-shaped, no figure, no table
    word, no mark of a clause, and every word that says something new to the story. A table's heading
    or note names the table's company or uses its words ("Company name is Bowater Industries Plc"), and
    a line the next one runs on from is a sentence ("The following information" / "has been advised")."""
    text, raw = items[index]
    tokens = text.split()
    if len(raw) != 1 or not 3 <= len(tokens) <= MAX_SENTENCE_TITLE_WORDS or _DIGIT.search(text) or _CLAUSE_MARK.search(text):
        return False
    if _WIRE_ABBREVIATIONS.search(text) or _whole(tokens[0]) in _NOTE_OPENERS or not headline_shape(text, raw, tables=False):
        return False
    if index + 1 < len(items) and _CONTINUATION.match(items[index + 1][0]):
        return False
    if any(alike(text, n) for n in neighbours):
        return False  # a row or column head of the table beside it
    return words.all_new(text, counted, least=2)


def headline_after_row(text: str, following: str | None) -> bool:
    """A headline after a table's last row, before prose or the end of the body ("Allis-chalmers defers
    interest payments" after "Shrs 238.99 vs same."): the table's rows and notes give figures or run on
    as sentences, and a heading stands over rows, not over prose."""
    if len(text.split()) < 3 or _DIGIT.search(text) or shouting(text) or not headline_grammar(text):
        return False
    return following is None or is_prose(following)


# "---", "- - - -", "* * *": a rule between the sections of a digest.
_SEPARATOR = re.compile(r"(?:[-=*_~#+.]\s?){3,}")


def desk_marked_title(text: str, raw: list[str]) -> bool:
    """A title under the desk's mark ("(corrected) - Banco Di Roma unit arranges", "RPT - Argentine
    grain export prices adjusted", "Talking point/piedmont <PIE>"), wherever it stands: the mark
    belongs on a title, and no paragraph of a story opens with it but a repeated story's opening,
    which runs on from its dateline ("RPT --LUDWIGSHAFEN: BASF AG said ..."). A wrapped paragraph is no title."""
    if len(raw) != 1 or text.count(" ") >= 2 * MAX_HEADLINE_WORDS:
        return False
    if _DIGEST.match(text):
        return True
    mark = _DESK_MARK.match(text)
    return mark is not None and not split_dateline(text[mark.end() - 1 :])[0]


# "<DLOG.O>", "(ldmf.o)", "<GT>": a company's listing, as the wire writes it into a title.
# "<DAEWOO CORP>", "(cambior inc)": an unlisted company, as the wire brackets its name.
_SUFFIX = r"(?:inc|corp|co|ltd|plc|llc|ag|nv|sa|spa|bv|ab|oy|group|holdings|bank)"
_LISTING = re.compile(rf"<[A-Za-z0-9.&-]{{1,9}}>|\([A-Za-z0-9]{{1,6}}\.[A-Za-z]{{1,2}}\)|<[^<>]{{0,60}}\b{_SUFFIX}\.?>|\([^()]{{0,60}}\b{_SUFFIX}\.?\)", re.I)
# What the story's own short lines with a listing say: "Note - full name of company is AEGON NV <AEGN.AS>",
# "Company 40 pct owned by PainWebber Group Inc <PWJ>", "Swissair <SWSZ.Z> said that its traffic".
_LISTING_NOTE = re.compile(r"\b(?:notes?|name[ds]?|owned|owns|is|are|was|were|said|says|told|subsidiary|affiliate)\b", re.I)
MAX_LISTED_TITLE_WORDS = 14


def title_with_listing(text: str, raw: list[str], words: StoryWords, counted: bool = False) -> bool:
    """A short line naming a company by its listing or its bracketed name, unfinished and no row or
    note: another story's title ("Group has 5.2 pct of Distributed Logic <DLOG.O>", "Laidlaw
    transportation ltd (ldmf.o) third qtr", "<DAEWOO CORP> CALENDAR 1986"), wherever it stands. The
    story names a company so inside its sentences, its notes ("Full name of company is ...") and its
    rows ("Shr Royal Dutch Petroleum Co <RD> 2.30 dlrs"), and heads a table with its own company's
    name, a period at most after it ("HARBOUR FERRIES INC <HFY>", "(Santa Anita Realty Enterprises Inc)")."""
    listing = _LISTING.search(text) if len(raw) == 1 and text.count(" ") < MAX_LISTED_TITLE_WORDS else None
    if listing is None or text.endswith((".", "!", "?", ":", ";", ",")) or _LISTING_NOTE.search(text):
        return False
    if _ROW_OPENING.match(text) or _ROW_LABEL.match(text) or _VERSUS.search(text):
        return False
    name, head = text[: listing.start()].strip(), text[listing.end() :].split()
    if not name and not _TICKER.fullmatch(listing.group(0).upper()):
        name = listing.group(0)[1:-1]  # the bracketed name opens the line
    if not name or _DIGIT.search(name):
        return True
    if any(_whole(token) in _RESULT_WORDS or not (_whole(token) in _PERIOD_WORDS or _PERIOD_FIGURE.match(token)) for token in head):
        return True  # more than a period after the name: a title
    total, novel, _ = words.novelty(name, counted)
    return novel * 2 > total  # a name and a period: a title unless the story uses most of the name


# "... sales up 12 pct", "... stocks fall 7,700 tonnes in February", "... cattle up 2.00 dlrs", "... sales up five pct
# in February": a change and its size.
_CHANGE = re.compile(
    r"\b(?:up|down|rises?|rose|falls?|fell|gains?|drops?|climbs?|jumps?|slips?|increases?|decreases?|declines?"
    r"|higher|lower|surges?|soars?|plunges?|eases?|edges? (?:up|down))\b"
    r"(?: [\w.'-]+){0,3} (?:to |by )?(?:[$\u00a3]?\d[\d.,/]*(?:-\d/\d)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty))"
    r" ?(?:pct|%|mln|billion|bln|dlrs?|stg|tonnes|cts|yen|marks|francs)\b",
    re.I,
)
# "Argentine meat exports lower in 1986", "... STOCKS UP IN YEAR, DOWN IN MONTH": a change and when, no size.
_CHANGE_WHEN = re.compile(
    r"\b(?:up|down|lower|higher|rises|falls|rose|fell|gains|drops|climbs|slips|jumps|eases)\s+(?:sharply\s+|slightly\s+)?in\s+"
    r"(?:(?:19|20)\d\d(?:/\d\d)?|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb"
    r"|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:qtr|quarter|half)|week|month|year)\b",
    re.I,
)
# A figure before the change makes a row or a sentence: "Revs 5,429,000 up 27 pct", "Div 4.7p making 8.7, an increase of 13.9 pct".
_LEADING_FIGURE = re.compile(r"(?<![\w.])\d[\d,.]*(?!\w)|\d+p\b|[$\u00a3]\d")
# "a gain of 1.2 mln dlrs", "an increase of 19.4 pct": the change as a noun, in a note.
_CHANGE_NOUN = re.compile(r"\w+ of\b", re.I)
MAX_CHANGE_HEADLINE_WORDS = 12


def change_headline(text: str, raw: list[str]) -> bool:
    """A headline of a change and its size ("Knight-ridder February sales up 12 pct", "WORLD ZINC
    STOCKS FALL 7,700 TONNES IN FEBRUARY") or its time ("Argentine meat exports lower in 1986"),
    wherever it stands: what changed, unnumbered, then by how much or when, unfinished. The story writes
    such a change into a sentence ("The Dow Jones Industrial Average fell 44.60 to 2360.94") or a row,
    whose label carries its figure ("Loans 6.7 billion up 26 pct")."""
    if len(raw) != 1 or text.count(" ") >= MAX_CHANGE_HEADLINE_WORDS or text.endswith((".", "!", "?", ":", ";", ",")):
        return False
    tokens = text.split()
    change = _CHANGE.search(text) or _CHANGE_WHEN.search(text)
    if change is None or change.start() == 0 or _VERSUS.search(text) or _CHANGE_NOUN.match(text, change.start()):
        return False
    if tokens[0].lower() in _SENTENCE_OPENERS or _whole(tokens[0]) in _NOTE_OPENERS or _ROW_LABEL.match(text):
        return False  # "Net includes ...", "Shr ...": a table's note or row
    return not _LEADING_FIGURE.search(text[: change.start()])


# "Group has 6.4 pct of Atlantic Research", "Investor ups stake to 9.8 pct in ...": who holds how much of a company.
_STAKE = re.compile(
    r"^[\w.&'-]+(?:\s+[\w.&'-]+){0,4}?\s+(?:has|ups|raises|lifts|boosts|cuts|trims|takes|buys|sells|seeks)"
    r"\s+(?:a\s+|its\s+)?[\d.]+\s+pct\s+(?:stake\s+)?(?:of|in)\s+\S",
    re.I,
)
MAX_STAKE_TITLE_WORDS = 12


def stake_title(text: str, raw: list[str]) -> bool:
    """A filing's title ("Group has 6.4 pct of Atlantic Research"), wherever it stands: a holder, a verb
    of holding, a share in per cent and the company, unfinished. The story tells the same in a sentence
    ("The group said it has 6.4 pct of ..."), which ends in a full stop, or in a note of what a company
    "owns" or "holds" ("ITT Corp owns 100 pct of ITT Canada common shares")."""
    if len(raw) != 1 or len(text.split()) > MAX_STAKE_TITLE_WORDS or _SENTENCE_END.search(text) or text.endswith((",", ":", ";")):
        return False
    return _STAKE.match(text) is not None


# "Fisons Plc", "Heineken N.V.", "Cheung Kong (Holdings) Ltd", "The dexter Corp": a company's name, to its suffix.
_NAMED_COMPANY = re.compile(
    r"^[^\W\d_][\w.&'/()-]*(?:\s+[\w.&'/()-]+){0,3}?(?:\s+\(?(?:inc|corp|co|ltd|plc|llc|ag|nv|n\.v|sa|spa|bv|ab|oy|bancorp|cos|group|holdings)\b\.?\)?)+",
    re.I,
)
_MEASURE = r"(?:shr|shrs|net|profits?|loss|earnings|income|revs|revenues|sales|turnover|per\s+share|pre-?tax)"
# What _FIGURES_TITLE misses: the figure right after the period ("Marine midland banks inc 1st qtr 1.74
# dlrs vs 1.89 dlrs"), the measure as a title words it ("... 3RD QTR PER SHARE 95 CTS VS 87 CTS"), or a
# company's name to its suffix and the measure with no period before it ("BHP co ltd net profit 603.0
# mln dlrs first three QTRS vs 813.0 mln", "Reckitt and colman plc pretax profits 1986 yr ...").
_MORE_FIGURES_TITLES = (
    re.compile(rf"^(?P<name>[^\s].*?)\s+{_PERIOD}\s+(?:(?:[\w-]+\s+){{0,3}}?{_MEASURE}\b|[$]?\d).*\d.*\bvs\b.*\d", re.I),
    re.compile(rf"^(?P<name>{_NAMED_COMPANY.pattern[1:]})\s+(?:(?:oper|net|group|consolidated)\s+)?{_MEASURE}\b.*\d.*\bvs\b.*\d", re.I),
)
# The words of a results period and its result: "4th qtr net", "year to end-1986", "Yr Ended Dec 31 1986".
_PERIOD_WORDS = frozenset(
    "qtr quarter half year yr fiscal ended ending end to mths months month mos weeks wks week net loss profit earnings "
    "results revs sales oper shr div dividend payout interim annual first second third fourth 1st 2nd 3rd 4th three six "
    "nine twelve jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december of the".split()
)
_RESULT_WORDS = frozenset("net loss profit earnings results revs sales shr div dividend payout".split())
_PERIOD_FIGURE = re.compile(r"^(?:end-)?\d[\d/.,-]*$", re.I)
_PERIOD_CORE = re.compile(r"^(?:year|yr|qtr|quarter|half|mths|months|weeks|interim|annual|(?:end-)?(?:19|20)\d\d)$", re.I)
MAX_COMPANY_PERIOD_WORDS = 10
MAX_TITLE_WORDS = MAX_HEADLINE_WORDS + 2
# "... 4th qtr shr loss two cts", "... yr net loss 406.6 mln", "... 1986 pre-tax profit ...": a period's result, after the name.
_RESULT_AFTER_NAME = re.compile(
    r"\s+(?:(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:qtr|quarter|half)|year|yr|(?:nine|six|three)\s+mths|(?:19|20)\d\d(?:\s+yr)?)"
    r"\s+(?:oper\s+|diluted\s+|primary\s+)?(?:shr|net|profit|loss|pre-?tax|pretax|earnings)\b",
    re.I,
)


def company_period_title(text: str, raw: list[str], words: StoryWords, counted: bool = False) -> bool:
    """A company's name, then a results period and nothing else, or the period's result and its figures:
    another story's results title ("Fisons Plc Year to End-1986", "Delta group year to Jan 3.", "Wickes
    cos inc 4th qtr shr loss two cts vs profit 14 cts"), wherever it stands. The story heads its own
    tables with the period alone ("Nine mths") and opens its rows with their label ("Shr", "Net"); a
    line naming its own company is its own ("Harbour Ferries Inc 4th qtr shr 28 cts vs 22 cts")."""
    if len(raw) != 1 or text.count(" ") >= MAX_TITLE_WORDS + 2:
        return False  # not a title's length, tickers and all
    plain = untick(text)
    company = _NAMED_COMPANY.match(plain) if len(plain.split()) <= MAX_TITLE_WORDS else None
    if company is None:
        return False
    rest = plain[company.end() :].split()
    if _RESULT_AFTER_NAME.match(plain, company.end()):
        if text.endswith("."):
            return False
    elif not rest or len(plain.split()) > MAX_COMPANY_PERIOD_WORDS or not any(_PERIOD_CORE.match(token.strip(".,")) for token in rest):
        return False
    elif not all(token.lower().strip(".,") in _PERIOD_WORDS or _PERIOD_FIGURE.match(token) for token in rest):
        return False
    if split_dateline(text)[0]:
        return False  # "BASLE (Reuters) - Group 1986 net profit ...": the story's opening row
    # A name is new if no other paragraph uses its first word (the line's own words are in the story's
    # when it is `counted`), or, written with its capitals, if the story never writes it whole.
    return words.novelty(company.group(0), counted)[2] or not counted and words.new_name(company.group(0), ticker=named(text))


# Numbers a results period writes in words ("2nd qtr March five") and ordinals however typed ("1sr qtr").
_SPELLED_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty".split()
)
_ORDINAL = re.compile(r"^\d{1,2}[a-z]{2}$")
_PLACE_WORDS = frozenset("from in at by on for with into".split())


def period_word(token: str) -> bool:
    word = token.lower().strip(".,")
    return word in _PERIOD_WORDS or word in _SPELLED_NUMBERS or bool(_PERIOD_FIGURE.match(word) or _ORDINAL.match(word))


def named_period_title(text: str, raw: list[str], previous: str | None, following: str | None, words: StoryWords, counted: bool) -> bool:
    """A name the story never uses, then a results period and nothing else, next to a table's rows:
    another story's results title with no company suffix to tell it ("Swissair Year 1986", "Minorco
    half year dec 31", "Renault yr ended Dec 31 1986", "Micron technology Inc 2nd qtr March five").
    The story's own heads and notes open on a label ("Period ended December 31, 1986", "Pay May One,
    1987", "Note: Prior yr ended Nov. 30", "CURRENT WEEK YEAR"); its sentences have a place or a time
    ("Harvesting stretches from December 1986 to April 1987"). In 19,041 real Reuters stories and
    2,225 BBC files no line is hit."""
    tokens = untick(text).split()
    if len(raw) != 1 or not 2 <= len(tokens) <= MAX_COMPANY_PERIOD_WORDS or not text[:1].isalnum() or text.endswith("."):
        return False
    if _VERSUS.search(text) or _ROW_LABEL.match(text) or not any(n is not None and (row_like(n) or figures_row(n)) for n in (previous, following)):
        return False
    if split_dateline(text)[0]:
        return False  # "KUALA LUMPUR (Reuters) - Six months to December 31": the story's opening head
    cut = next((k for k, token in enumerate(tokens) if period_word(token)), len(tokens))
    name, rest = tokens[:cut], tokens[cut:]
    if not 1 <= len(name) <= 4 or not rest or not all(period_word(token) for token in rest):
        return False
    if not any(_PERIOD_CORE.match(token.strip(".,")) and token[:1].isalpha() for token in rest):
        return False  # "DEL GRADES 871 1296 2046": a row, however its figures read
    if any(token.lower() in _PLACE_WORDS for token in tokens):
        return False
    if ":" in " ".join(name) or name[0].lower().strip(".,") in _PERIOD_HEAD_OPENERS:
        return False
    if not any(token[:1].isupper() and token[1:2].isalpha() for token in name):
        return False  # "4thh qtr Feb 28": the period, mistyped
    return words.novelty(" ".join(name), counted)[2]


# A flash headline's source after a dash, and its full stop: "... rises 0.8 pct - bank of england.",
# "... takeover today - official.", "... Rebate 130 Ecus/Tonne - Trade Sources.".
_FLASH_SOURCE = re.compile(
    r"(?:\s-\s?|\s?--\s?)(?:official|officials|sources|trade sources|dealers|bankers|traders|minister|ministry|"
    r"analysts|paper|newspaper|press|report|agency|usda|government|spokesman|bank of [a-z]+|central bank|fed|opec|"
    r"delegates|industry)\.?$",
    re.I,
)


def sourced_flash(text: str, raw: list[str]) -> bool:
    """A flash headline standing alone, its source after a dash, with a full stop or none ("U.K. september
    M3 rises 0.8 pct, M0 up 0.8 pct - bank of england.", "Grain shipments to the ussr -- usda"), wherever
    it stands. Copy names its source in a sentence ("..., the ministry said."); in 19,041 real Reuters
    stories and 2,225 BBC files no paragraph ends on a dash and a source, once a dash inside a word
    ("co-dealers.") is told apart."""
    return len(raw) == 1 and 4 <= len(text.split()) <= MAX_HEADLINE_WORDS + 4 and '"' not in text and _FLASH_SOURCE.search(text) is not None


def title_candidate(items: list[tuple[str, list[str]]], index: int, previous: str | None, words: StoryWords, shapes: list[bool]) -> bool:
    """A line no longer than a headline that a title rule needing no neighbour's shape takes: its marks
    give it away wherever it stands, or it stands next to a table's rows or right after "... as follows:"."""
    text, raw = items[index]
    counted = in_vocabulary(items, index, shapes)
    following = items[index + 1][0] if index + 1 < len(items) else None
    return (
        foreign_marked_title(text, raw, words, counted)
        or capitals_headline(items, index, previous)
        or foreign_among_figures(text, raw, previous, following, words, counted)
        or headline_among_figures(text, raw, previous, following)
        or headline_over_table(text, raw, previous, following)
        or title_after_introduction(text, raw, previous)
        or named_period_title(text, raw, previous, following, words, counted)
        or sourced_flash(text, raw)
        or comma_cut_title(text, raw, previous, following)
        or lowered_name_title(text, raw, words)
    )


def lowered_name_title(text: str, raw: list[str], words: StoryWords) -> bool:
    """A short line that writes a proper name in lower case ("Proposed offerings recently filed with the
    sec", "Japan, britain disagree on telecom merger"), in a story that capitalises names: a wire title
    a site set in sentence case, wherever it stands. Copy set in lower case writes "venezuela" and
    "usda" throughout; in 19,041 real Reuters stories and 2,225 BBC files no line short of a
    sentence in a story that capitalises names writes one so."""
    if len(raw) != 1 or len(text.split()) > MAX_HEADLINE_WORDS or ends_sentence(text):
        return False
    return lowered_name(text) is not None and words.cased


def comma_cut_title(text: str, raw: list[str], previous: str | None, following: str | None) -> bool:
    """A title the page cut at a comma: one opening on it, what is left once a company's name was dropped
    (", Pfizer unit in joint venture"), wherever it stands; or one closing on it ("Commodity research bureau
    prices index new york,"), short, in headline grammar and with no other comma, between finished
    paragraphs. Copy that ends on a comma goes on in the next line ("Differentials were fixed as
    follows,"), reports speech ("..., Tsuchida said, but not drastically,") or runs on from a name it
    sets apart ("But Arjen Los, analyst with ..., sees room for some optimism,"); in 19,041 real Reuters
    stories no line is hit."""
    tokens = text.split()
    if len(raw) != 1 or len(tokens) > MAX_HEADLINE_WORDS:
        return False
    if text.startswith(","):
        return not ends_sentence(text)  # ", who outlasted American Kevin Kim 3-6 ...": a sentence the copy broke
    return (
        text.endswith(",")
        and text.count(",") == 1
        and 4 <= len(tokens) <= MAX_LONE_LINE_WORDS
        and headline_grammar(text)
        and not (_SAID.search(text) or _SAYS.search(text))
        and finished(previous)
        and following is not None
        and is_prose(following)
    )


# "Clyde 0-5 Celtic", "Ireland 21-19 Argentina": a result, the headline of a match report.
_TEAM = r"[A-Z][\w.'&-]*(?: (?:[A-Z][\w.'&-]*|de|of|and))*"
_SCORE = re.compile(rf"{_TEAM} \d{{1,3}}-\d{{1,3}} {_TEAM}")


def foreign_score(items: list[tuple[str, list[str]]], index: int, shapes: list[bool], words: StoryWords) -> bool:
    """A match result on a line of its own, naming teams the story never mentions: the link to
    a match report. A sports story's own results come several together, or name its teams."""
    text, raw = items[index]
    if len(raw) != 1 or not _SCORE.fullmatch(text):
        return False
    if any(0 <= k < len(items) and _SCORE.fullmatch(items[k][0]) for k in (index - 1, index + 1)):
        return False  # a table of results
    return words.foreign(text, 1, counted=in_vocabulary(items, index, shapes))


def foreign_between_prose(
    items: list[tuple[str, list[str]]], index: int, previous: str | None, shapes: list[bool], words: StoryWords
) -> bool:
    """A one-line title between two finished paragraphs of prose, about something else, whatever
    its ending ("MERRILL MANDATED FOR IEL U.S. NOTE.", "Bank holds interest rate at 4.75%", "FRENCH
    RESERVES 420.50 BILLION FRANCS IN MAY VS 420.24 BILLION"). It must read as a title: in capitals,
    in Title Case or in headline grammar, and a full stop only in headline grammar; a sentence of the
    story that lost its full stop keeps its articles."""
    text, raw = items[index]
    if len(raw) != 1 or not between_prose(items, index, previous):
        return False
    tokens = text.split()
    if not 2 <= len(tokens) <= MAX_HEADLINE_WORDS + 4 or text.endswith(_RUNNING_ON) or continued(items, index):
        return False
    if _STAFF_CREDIT.match(text) or bracketed_note(text):
        return False
    shout = shouting(text)
    if not (shout or title_case(text) or headline_grammar(text)):
        return False
    if _SENTENCE_END.search(text) and not text.endswith("?") and not (headline_grammar(text) and (shout or title_case(text))):
        return False  # "Underwriters are (Levesque, Beaubien Inc), and (McLeod Young Weir Ltd).": a sentence
    plain = unshout(text) if shout else untick(text)
    if not (plain[:1].isupper() or plain[:1].isdigit() or plain[:1] in "\u00a3$\"'\u201c\u2018/"):
        return False
    tokens = plain.split()
    if any(_NIL.match(t) for t in tokens) or _figures(tokens) * 2 >= len(tokens) or split_dateline(text)[0]:
        return False  # "Tenders - nil", "Imports 5,000": rows; "OSLO - ...": the story's own opening
    return words.foreign(plain, 2, counted=in_vocabulary(items, index, shapes), rows=False)


def capitals_among_lowercase(items: list[tuple[str, list[str]]], index: int, previous: str | None, words: StoryWords) -> bool:
    """A line in capitals between lines that are not ("Net 1.2 mln vs 900,000" / "ITALIAN GOVERNMENT
    RESIGNS" / "Revs ..."), about something else: a wire title pasted as it came. A story set in
    capitals, or a table with capital heads and rows, has capitals on either side."""
    text = items[index][0]
    following = items[index + 1][0] if index + 1 < len(items) else None
    neighbours = [p for p in (previous, following) if p is not None]
    if not neighbours or any(shouting(p) for p in neighbours) or split_dateline(text)[0]:
        return False
    if following is not None and "(" in following and not is_prose(following):
        return False  # over "Soybean Oil (points per lb)": the heads of a table with its units
    plain = unshout(text)
    tokens = plain.split()
    if len(tokens) < 3 or len(tokens) > MAX_HEADLINE_WORDS or capital_row(text) or _ROW_LABEL.match(plain):
        return False
    if plain.lower().startswith("the ") or plain.rstrip().endswith((":", "-", ",")) or "(" in plain and not _TICKER.search(text):
        return False  # "THE COMMODITY RESEARCH BUREAU INDEX", "SOFT RED --": a table's heads
    if column_heads(plain, _TICKER.search(text) is not None) or any(_NIL.match(t) or t[:1].islower() for t in untick(text).split()):
        return False  # "PAPUA NEW GUINEA nil 7,500", "NC-NO COMPARISON unch-UNCHANGED dn-DOWN": a row, a legend
    figures = _figures(tokens)
    if figures and (figures > 2 or len(tokens) < figures * 4 + 2):
        return False  # "ZINC - HIGH GRADE 49.50/56.00": a row
    return words.foreign(plain)


def capitals_among_rows(
    items: list[tuple[str, list[str]]], index: int, previous: str | None, shapes: list[bool], words: StoryWords
) -> bool:
    """A line in capitals right between two rows that are not ("Net 853,000 vs loss 22,000" / "NL
    INDUSTRIES INC <NL> SET REGULAR PAYOUT" / "Sales 41.1 mln vs 20.3 mln"), with a headline's verb or
    about something else. A table's own capitals there are its sub-heads, in its words: a fund's
    name, a grade ("SOFT RED WINTER WHEAT")."""
    text, raw = items[index]
    following = items[index + 1][0] if index + 1 < len(items) else None
    if len(raw) != 1 or not shouting(text) or not (lower_row(previous) and lower_row(following)):
        return False
    tokens = text.split()
    if len(tokens) < 3 or _figures(tokens) * 3 >= len(tokens) or text.endswith((":", "-")):
        return False
    plain = unshout(text)
    return headline_verb(plain.split()) or words.foreign(plain, counted=in_vocabulary(items, index, shapes))


def title_among_rows(
    items: list[tuple[str, list[str]]], index: int, previous: str | None, shapes: list[bool], words: StoryWords
) -> bool:
    """A title not in capitals right between two rows of a table, about something else ("Net profit
    4,908,000 vs profit 4,487,000" / "Millions to miss out on the net" / "Revs 216.8 mln vs 117.7
    mln"). The table's own lines there are rows, period heads, notes, labels wrapped onto a second
    line ("Mine output (metal"), or sentences: no title has a full stop, a comma or a bracket
    here, and a figure in it must be a headline's."""
    text, raw = items[index]
    following = items[index + 1][0] if index + 1 < len(items) else None
    if len(raw) != 1 or shouting(text) or not all(lower_row(row) and row[:1].isalpha() for row in (previous, following)):
        return False  # rows with their labels: not figures carried on from the line before ("124.50 up 1.50 Aug ...")
    tokens = text.split()
    if not 4 <= len(tokens) <= MAX_HEADLINE_WORDS or not text[:1].isupper() or text.endswith((*_RUNNING_ON, ".")):
        return False
    if "(" in text or ", " in text or _SENTENCE_END.search(text) or _whole(tokens[0]) in _NOTE_OPENERS:
        return False
    if row_like(text) or table_row(text) or _PERIOD_HEAD.match(text):
        return False
    figures = _figures(tokens)
    if figures and (figures * 4 >= len(tokens) or not (words.news_with_figures(text, tokens, figures) or words.headline_with_figures(text, tokens))):
        return False
    return words.foreign(text, counted=in_vocabulary(items, index, shapes))


# "Pay Apirl 10", "Reord April 15": a dated row with its month misspelt; "Final div May 13, payable May 14": dates.
_LABEL_DAY = re.compile(r"^\S+ \S+ \d{1,2}$")
_DAY = re.compile(rf"{MONTH_WORD}\s\d{{1,2}}\b", re.I)
_SPLIT_RATIO = re.compile(r"\w-for-\w", re.I)  # "One-for-five bonus issue"
_ROW_NOTE_WORDS = frozenset("net loss profit prior note period one cons".split())  # "One ADR represents ..."


# "Nine mths", "Year", "1st half", "12 months": the head of a results table's period.
_PERIOD_LABEL = re.compile(
    r"^(?:(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:qtr|quarter|half)|year|yr|fiscal\s+year"
    r"|(?:\w+\s+)?(?:mths|months|weeks|wks)|half|half-year|interim|annual|qtr)\b",
    re.I,
)
MAX_PERIOD_LABEL_WORDS = 5


def period_label(text: str | None) -> bool:
    return text is not None and text.count(" ") < MAX_PERIOD_LABEL_WORDS and bool(_PERIOD_LABEL.match(text)) and not _VERSUS.search(text)


def title_between_results_rows(
    items: list[tuple[str, list[str]]], index: int, previous: str | None, shapes: list[bool], words: StoryWords
) -> bool:
    """A line about something else right between two rows of a results table ("Shr loss nine cts" /
    "Games enter the classroom" / "Net loss 1.4 mln"), or a row and a period's head ("Nine mths"),
    whatever its figures, brackets or full stop:
    another story's title. The table's own lines there are its period heads ("Nine mths"), its rows,
    each a label and then its figure ("Deposits 35.9 mln", "Pay Apirl 10"), and its notes, which open
    with the table's words and say "is" or "were"."""
    text, raw = items[index]
    following = items[index + 1][0] if index + 1 < len(items) else None
    if len(raw) != 1 or text.count(" ") >= MAX_ROW_WORDS or not table_row(previous) and not table_row(following):
        return False
    if not all(table_row(row) or period_label(row) for row in (previous, following)):
        return False
    tokens = text.split()
    if len(tokens) < 3 or not text[:1].isalpha() or text.endswith((*_RUNNING_ON, ";")) or shouting(text) or table_row(text):
        return False
    if _PERIOD_HEAD.match(text) or _ROW_LABEL.match(text) or _ROW_OPENING.match(text) or _whole(tokens[0]) in _NOTE_OPENERS | _TABLE_OPENERS | _ROW_NOTE_WORDS | _SENTENCE_OPENERS:
        return False
    if tokens[1][:1].isdigit() or _LABEL_DAY.match(text) or _BE.search(text) or _SPLIT_RATIO.search(text):
        return False
    if _DAY.search(re.sub(r"\([^()]*\)", "", text)):
        return False  # a date outside brackets: a row's ("Shareholders annual meeting May 13, dividend date May 14")
    return words.foreign(text, counted=in_vocabulary(items, index, shapes))


def figures_row(text: str | None) -> bool:
    """A row of any table: a results row, or a label with two or more figures making up a third of
    its words at least ("DEL GRADES 1625 1747 5338", "Imports Nil Nil Nil Nil", "MAY7 285 UP 1 1/2")."""
    if text is None:
        return False
    if table_row(text):
        return True
    tokens = text.split()
    figures = sum(bool(_DIGIT.search(token) or _NIL.match(token)) for token in tokens)
    return figures >= 2 and figures * 3 >= len(tokens)


def foreign_among_figures(text: str, raw: list[str], previous: str | None, following: str | None, words: StoryWords, counted: bool) -> bool:
    """A headline in sentence case next to a table's rows, with no figure and mostly in words the story
    never uses ("Microsoft gets the blogging bug" between "DEL GRADES 1625 1747 5338" and "CCC STOCKS
    1085 1085 329"). A table's own lines without figures are its notes ("Note: ..."), its heads and
    units ("UPLAND COTTON (In thousand bales)", "Sun Seeds - oil type"), names in Title Case ("Super
    Tankers Regular Vessels") and lines carried on from the row before, in lower case."""
    tokens = text.split()
    if len(raw) != 1 or not 4 <= len(tokens) <= MAX_LONE_LINE_WORDS + 2 or not text[:1].isupper() or _DIGIT.search(text):
        return False
    if shouting(text) or any(_NIL.match(token) or _NUMBER_WORDS.match(token) for token in tokens):
        return False  # "Qtr ends March One": a row with its figure in words
    if not (figures_row(previous) or figures_row(following)):
        return False
    if split_dateline(text)[0]:
        return False  # "STOCKHOLM: Profit after net financial items": the table's first row under the dateline
    if _SENTENCE_END.search(text) or text.endswith(_RUNNING_ON) or any(mark in text for mark in "(<") or text.count(",") > 1:
        return False
    if " - " in text and not text.rpartition(" - ")[2][:1].isupper():
        return False  # "Sun Seeds - oil type": a head and its kind
    if text.lower().startswith("note") or _whole(tokens[0]) in _NOTE_OPENERS:
        return False
    if title_case(text) and not headline_verb(tokens, capitalised=True):
        return False  # "Super Tankers Regular Vessels", "New York Mercantile Exchange": a name
    return words.foreign(text, 3, counted=counted)


# "BELGIUM TO SIMPLIFY BOURSE TAX SYSTEM", "Bank of Japan to Sell 500 Billion in Bills": a headline's
# infinitive ("YEAR TO END-DEC 1986", "Year to Jan 3" are periods).
_INFINITIVE = re.compile(rf"\b(?:TO (?!END\b|DATE\b)(?i:(?!{MONTH_WORD}\b))[A-Z]{{2,}}|to (?!End\b|Date\b)(?i:(?!{MONTH_WORD}\b))[A-Z][a-z]{{2,}})\b")


def capitals_headline(items: list[tuple[str, list[str]]], index: int, previous: str | None) -> bool:
    """A headline in capitals, or in Title Case in a story not set in capitals, as its verb or its
    infinitive tells, wherever it stands ("U.S. M-1 MONEY SUPPLY RISES 1.9 BILLION DLRS" among a
    table's rows, "BERLINER BANK OUTLINES LOSSES" among the rows of a table set in capitals,
    "BELGIUM TO SIMPLIFY BOURSE TAX SYSTEM" between paragraphs, "Bank of Japan to Sell 500 Billion in
    Bills"). A story's own lines in capitals are its tables' heads, column heads and the names of
    its funds ("SOFT RED WINTER WHEAT", "HRW HRS SRW SWW DURUM", "LORD ABBETT TAX FREE INCOME FUND")
    and notes ("(SEE ECRA FOR SPOTLIGHT HEADLINES)"), none with a verb; "FRESH PORK CUTS - FOB OMAHA
    BASIS" names its rows. In 19,041 real Reuters stories no line in capitals is hit once "THE" opens
    none ("THE COMMODITY RESEARCH BUREAU FUTURES PRICES INDEX") and a head that ends on a dash or a
    colon stays. In a story set in capitals, a sentence ("OIL FIRMS HAVE ARGUED THAT ...") or a line
    in Title Case may be its own."""
    text, raw = items[index]
    if len(raw) != 1 or not headline_with_verb(text) or split_dateline(text)[0]:
        return False
    if shouting(text) and not text.endswith(("-", ":")) and not ends_sentence(text):
        return True  # "BEST BASIS BIDS POSTED BY GRAIN DEALERS AT THE CLOSE -" heads the story's table
    following = next((p for p, r in items[index + 1 :] if not (len(r) == 1 and headline_with_verb(p))), None)
    # A story set in capitals: its lines are not told apart by their case (its rows may be in capitals).
    return not any(neighbour is not None and shouting(neighbour) and not figures_row(neighbour) for neighbour in (previous, following))


def headline_with_verb(text: str) -> bool:
    """A line in capitals or in Title Case with a headline's verb (capitalised in Title Case) or infinitive;
    `capitals_headline` says where a line in Title Case may be the story's own."""
    tokens = text.split()
    if not 4 <= len(tokens) <= MAX_HEADLINE_WORDS or tokens[0] == "THE":
        return False
    capitals = shouting(text)
    # The wider set in Title Case: not on a sentence, a head or a credit in brackets.
    wider = not capitals and not (tokens[0] == "The" or ends_sentence(text) or text.endswith((":", "-")) or "(" in text)
    known = _CAPITALS_KNOWN if capitals else _TITLE_CASE_KNOWN if wider else _HEADLINE_VERBS
    verbs = [k for k, token in enumerate(tokens[1:-1], 1) if token.lower() in known and tokens[k + 1] not in ("-", "--")]
    if wider and tokens[-1].lower() in _PARTICIPLES:
        verbs.append(len(tokens) - 1)  # "U.K. Intervention Feed Wheat Tender Result Awaited"
    infinitive = _INFINITIVE.search(text) is not None
    if not verbs and not infinitive:
        return False  # a ticker alone may head the story's own table ("HARBOUR FERRIES INC <HFY>")
    if not (capitals or title_case(text)) or figures_row(text):
        return False
    return capitals or infinitive or any(tokens[k][:1].isupper() for k in verbs)


def title_after_introduction(text: str, raw: list[str], previous: str | None) -> bool:
    """A headline right after a paragraph that introduces what follows ("... adjusted the rates on its
    short-term discount notes as follows:" then "Campbell rescues Arsenal" over the table's heads).
    What a colon introduces is a list behind dashes or numbers, rows with figures, a salutation
    ("Dear Mr. President,") or sentences: never a short line in headline grammar with no figure."""
    tokens = text.split()
    if len(raw) != 1 or previous is None or not previous.endswith(":") or not 4 <= len(tokens) <= MAX_LONE_LINE_WORDS + 2:
        return False
    if shouting(text) or not text[:1].isupper() or _DIGIT.search(text) or _BULLET.match(text) or "(" in text:
        return False  # "Harbour dues (in crowns a tonne)": a head with its unit
    return not ends_sentence(text) and not text.endswith(_RUNNING_ON)


# Verbs a headline among a table's rows uses in the present tense, besides _HEADLINE_VERBS.
_PRESENT_VERBS = _HEADLINE_VERBS | frozenset("has have increases kills fall rise arranges announces loses lose buy sell cut".split())
# More, from the sets for capitals and Title Case, on a line that is not cut short ("Harbour grain
# output seen falling", "Nordic ferry line seeking new routes"): not the modals nor the words a
# table's notes use as nouns ("Extraordinary charges and credits include -", "The issue will consist
# of four maturities:"). In 19,041 real Reuters stories no line next to a table's rows is hit.
_SENTENCE_CASE_VERBS = (_CAPITALS_VERBS | _TITLE_CASE_VERBS) - frozenset(
    "will would could should might must can charges changes rules notes needs orders returns holds leaves moves "
    "steps shows set back face fear hold lead plan push raise show take win make keep need meet move hit get give said".split()
)
_TRAILING_WORDS = frozenset("of the a an to and for in on at by with".split())


def lower_case_headline(text: str, raw: list[str], *, cut: bool = True) -> bool:
    """A headline in sentence case, with a headline's verb written in lower case: one of _PRESENT_VERBS,
    or of the wider _SENTENCE_CASE_VERBS on a line not cut short; never a note's or a row's opening, a
    dateline, a sentence or a row of figures. `cut=False` refuses any line cut short, whatever its verb."""
    tokens = text.split()
    if len(raw) != 1 or not 3 <= len(tokens) <= MAX_LONE_LINE_WORDS + 4 or shouting(text) or title_case(text):
        return False
    lowered = [token.lower().strip(",:;") for token in tokens]
    if not text[:1].isalnum():
        return False
    if not cut and (text.endswith(_RUNNING_ON) or lowered[-1] in _TRAILING_WORDS):
        return False
    if not any(word in _PRESENT_VERBS and token.islower() for token, word in zip(tokens[1:], lowered[1:])):
        if text.endswith((":", "-")) or lowered[-1] in _TRAILING_WORDS:
            return False  # "Tenders will be received next week for 2.50 billion dlrs of": a row's note, cut
        if not any(word in _SENTENCE_CASE_VERBS and token.islower() for token, word in zip(tokens[1:], lowered[1:])):
            return False
    if lowered[0] in _NOTE_OPENERS | _TABLE_OPENERS or lowered[0].startswith("note") or split_dateline(text)[0]:
        return False
    return not ends_sentence(text) and not figures_row(text)


def headline_among_figures(text: str, raw: list[str], previous: str | None, following: str | None) -> bool:
    """A headline in sentence case next to a table's rows ("Investment firms have 5.9 pct of Purolator",
    "World zinc stocks fall 7,700 tonnes in february", "Japan's 1986/87 sugar cane output seen falling"),
    figures or not. A table speaks in labels, figures and notes, and its notes in the past tense; in
    19,041 real Reuters stories no line next to a table's rows is hit."""
    return lower_case_headline(text, raw) and (figures_row(previous) or figures_row(following))


def table_line(text: str) -> bool:
    """A line a table may open with, a head, a label or a row: short, and no sentence."""
    return not _SENTENCE_END.search(text) and len(text.split()) <= MAX_ROW_WORDS


def headline_over_table(text: str, raw: list[str], previous: str | None, following: str | None) -> bool:
    """A headline in sentence case, not cut short, between a finished paragraph and a table's first
    line (a head, a row, a label: short and no sentence): "Brazil warns creditors against retaliation"
    over "Differentials were fixed as follows,", "London grains see further nearby wheat gains" over a
    tender's figures. What the story puts there is its table's heading, a noun phrase or a line that
    introduces ("Country-by-country production figures are as follows, in mln bpd -"); in 19,041 real
    Reuters stories and 2,225 BBC files no line there is hit."""
    if not finished(previous) or following is None or not table_line(following):
        return False
    if _SENTENCE_END.search(text) or not headline_grammar(text):
        return False  # "The new division will have plants in ... and the U.S.": a sentence, whatever comes under it
    return lower_case_headline(text, raw, cut=False)


# A headline's verb in the past tense ("... fell in latest week", "... tranche exhausted", "Washington
# requested ..."), or "to" before one ("Canada to monitor ..."), as the wire's older titles write them.
_PAST_VERB = re.compile(r"^(?:(?!hundred$)[a-z]{2,}[^e]ed|bought|fell|rose|sold|shot|set|cut|hit|won|lost|made|grew|saw|took|gave|paid|held|led|met)$")


def headline_verb_at(tokens: list[str], k: int) -> bool:
    """Whether tokens[k], in lower case, is a headline's verb: present, past, or "to" before a verb
    (not "year to date", "loss to profit": a period's or a table's "to")."""
    word = tokens[k]
    if word == "to":
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        return after.isalpha() and after.islower() and after not in _PERIOD_WORDS and after != "date"
    if word in _PERIOD_WORDS:
        return False  # "ended", "ending": a period's head
    return bool(_PAST_VERB.match(word)) or word in _PRESENT_VERBS or word in _SENTENCE_CASE_VERBS


def headline_after_sentence(text: str, raw: list[str], previous: str | None, following: str | None) -> bool:
    """A headline with a verb, in headline grammar, after a sentence or a row that ends in a full stop and
    before a line that opens anew: "U.S. coal production fell in latest week" between a table's rows,
    "Canada to monitor steel imports, Exports" over a table's head. The story puts a table's heading
    there (a noun phrase: "WINTER WHEAT"), a note ("Note: shr after preferred dividends"), a period
    ("Nine months ended Jan 31") or a sentence broken off ("Tenders will be received next week for").
    `following` is the next line that is no headline's shape. In 19,041 real Reuters stories and 2,225
    BBC files no line there is hit."""
    if len(raw) != 1 or previous is None or following is None or not _SENTENCE_END.search(previous):
        return False
    if following[:1].islower() or following[:1] == "<":
        return False  # the line goes on in the next paragraph
    tokens = text.split()
    if not 3 <= len(tokens) <= MAX_LONE_LINE_WORDS or shouting(text) or "(" in text or text.endswith(_RUNNING_ON):
        return False
    if _SENTENCE_END.search(text) or not headline_grammar(text) or _VERSUS.search(text) or split_dateline(text)[0]:
        return False
    if _QUOTE_MARK.search(text):
        return False  # '"We're opposed to tax increases.... We will fight tax': a quotation broken off
    first = tokens[0].lower().strip(",:;-")
    if first in _PERIOD_HEAD_OPENERS or first.startswith(("note", "correct")) or tokens[-1].lower() in _TRAILING_WORDS:
        return False  # a note, the desk's correction ("Corrects March 11 item to exclude tax credit")
    if sum(any(c.isdigit() for c in token) for token in tokens) > 1:
        return False  # figures: a row
    return any(headline_verb_at(tokens, k) for k in range(1, len(tokens)))


def lower_row(text: str | None) -> bool:
    """A row of a table with its label, not set in capitals (not "1986/87 1987/88", the heads of columns)."""
    return text is not None and (row_like(text) or table_row(text)) and not shouting(text) and any(
        len(word) > 2 for word in _WORD.findall(text)
    )


def column_heads(plain: str, ticker: bool) -> bool:
    """Capitals that head a table's columns: "MATURITY NEW RATE OLD RATE MATURITY", "HRW HRS SRW SWW
    DURUM", or four words or fewer with no ticker ("HARD RED SPRING WHEAT", "LOCATION TODAY PREVIOUS")."""
    tokens = plain.lower().split()
    if len(set(tokens)) < len(tokens) or (all(t.isalpha() for t in tokens) and sum(len(t) <= 3 for t in tokens) * 3 >= len(tokens) * 2):
        return True
    return len(tokens) < 5 and not ticker


def shouted_related(
    items: list[tuple[str, list[str]]], index: int, previous: str | None, shapes: list[bool], words: StoryWords
) -> bool:
    """A headline in capitals ("OHIO EDISON <OEC> SELLS NUCLEAR STAKE"): a link unless it sits among
    capitals that are not headlines (a table: "MONTHS LAST DIFFERENCE" over "APRIL 6 ...").

    Links come in runs, so the lines around a run of capital headlines decide for all of
    it. Between prose paragraphs that is enough; next to table rows the line must also
    be about something else, with five words or more.
    """
    text = items[index][0]
    following = next(
        (p for k, (p, _) in enumerate(items[index + 1 :], index + 1) if not (shapes[k] and shouting(p))), None
    )
    neighbours = [p for p in (previous, following) if p is not None]
    repeated = sum(p == text for p, _ in items) > 1 and not all(is_prose(p) for p in neighbours)
    if split_dateline(text)[0] or repeated:
        return False  # the story's opening, or a heading it repeats over each of its tables
    if any(shouting(p) and capital_row(p) for p in neighbours):
        return capitals_title_by_capital_rows(items, index, shapes, words)  # else the table's own heading
    plain = unshout(text)
    if _ROW_LABEL.match(plain) or plain.lower().startswith("the ") and len(neighbours) < 2:
        return False  # "NOTES ON U.S. SUPPLY/DEMAND TABLES", "THE FOLLOWING RAINFALL WAS RECORDED ..." opening the body
    if all(is_prose(p) or _SENTENCE_END.search(p) and len(p.split()) >= 3 for p in neighbours):
        return not (previous or "").endswith(":")  # between sentences ("Terms were not disclosed.")
    if plain.lower().startswith("the "):
        return False  # "THE COMMODITY RESEARCH BUREAU INDEX" over its table
    if column_heads(plain, _TICKER.search(text) is not None):
        return False
    return headline_shape(plain, items[index][1]) and words.foreign_in_table(plain, neighbours)


def capitals_title_by_capital_rows(
    items: list[tuple[str, list[str]]], index: int, shapes: list[bool], words: StoryWords
) -> bool:
    """A headline in capitals next to a table's rows in capitals ("ROTTERDAM GRAIN HANDLERS STAGE
    LIGHTNING STRIKES" over "DEC7 269 3/4 OFF 1"): five words or more, no figure, no table word, no
    column heads, no name ending on its suffix, and every word of it that says something new to the
    story. A table's own heads there are short, use its words or name what it lists ("HRW WHEAT",
    "CENTS PER LB CHANGE", "LORD ABBETT TAX FREE INCOME FUND")."""
    text, raw = items[index]
    plain = unshout(text)
    if len(plain.split()) < 5 or _DIGIT.search(plain) or _WIRE_ABBREVIATIONS.search(plain):
        return False
    if _NAME_END.search(plain) or plain.lower().endswith((" fund", " funds", " trust")):
        return False  # a company's or fund's name, ending on its suffix: what the table lists
    if not headline_shape(plain, raw) or column_heads(plain, _TICKER.search(text) is not None):
        return False
    return words.all_new(plain, in_vocabulary(items, index, shapes), least=3)


# The opening words of a note under a results table ("Company's full name is ...", "Prior year restated").
_NOTE_OPENERS = frozenset(
    "company companies full figures results prior comparable per-share includes excludes".split()
)


# Rows of a results table open with what they count ("Group 1986 net ...", "Fiscal 1987 income ...").
_TABLE_OPENERS = frozenset("fiscal parent group consolidated latest current total operating world domestic pretax pre-tax".split())

# What opens a table's own heads and notes before a period: "Period ended December 31, 1986",
# "Pay May One, 1987", "CURRENT WEEK YEAR", "Prior yr ended Nov. 30".
_PERIOD_HEAD_OPENERS = _NOTE_OPENERS | _TABLE_OPENERS | frozenset(
    "period pay payable paid record note notes nb prior previous last next same year-ago calendar financial full "
    "it he she they we this these there its his her".split()
)


# "49.50/56.00", "148.50": a price closing a row (a headline's index "at 101.6" has one decimal).
_PRICE = re.compile(r"^\d+\.\d\d(?:/\d+\.\d+)?$")
# "MAIZE - ", "SOYBEAN MEAL - ": the commodity a price row is for.
_COMMODITY_LABEL = re.compile(r"^[A-Z]{3,}(?: [A-Z]{3,})? - ")


def table_row(text: str | None) -> bool:
    """A row of a results or dividend table: a comparison, a dated row or a row label."""
    if text is None or not (_VERSUS.search(text) or _DATED_ROW.search(text) or _ROW_LABEL.match(text)):
        return False
    words = text.split()
    return not any(a == b and a[:1].isupper() for a, b in zip(words, words[1:]))  # not column heads ("Level Price Price")


def among_rows(items: list[tuple[str, list[str]]], index: int, previous: str | None) -> bool:
    following = items[index + 1][0] if index + 1 < len(items) else None
    return table_row(previous) or table_row(following)


def capital_row(text: str) -> bool:
    """A line in capitals that belongs to a table: figures in a quarter of its words or more
    ("NORWAY 14 14 97 130"), or a column head of one or two words ("IMPORTS ALLOCATIONS")."""
    tokens = untick(text).split()
    figures = sum(bool(_DIGIT.search(t)) for t in tokens)
    return figures * 4 >= len(tokens) or (len(tokens) <= 2 and not _TICKER.search(text))


def body_paragraphs(
    text: str, removed: list[RemovedLine], *, related_lines: bool, context: tuple[str, ...] = ()
) -> list[tuple[str, list[str]]]:
    """Blank-line separated paragraphs of `text` as (paragraph, raw lines), footer removed.

    `context` is the story's headline and standfirst: their words are the story's too.
    """
    items: list[tuple[str, list[str]]] = []
    # The first item of each run of link lines (by identity: footers may still be taken out
    # of `items` around it) -> (length, paragraphs, block, whether a heading of links opens it,
    # whether it is only lines set apart: they go only if most are links and the others could be).
    runs: dict[int, tuple[int, list[str], list[str], bool, bool]] = {}
    blocks = split_blocks(text)
    if may_hold_signup_box(text):
        blocks = without_signup_boxes(blocks, removed)
    blocks = footer_apart(blocks)
    last = len(blocks)
    while last > 0 and all(is_footer(clean_inline(line)) for line in blocks[last - 1]):
        last -= 1
    for number, block in enumerate(blocks, 1):
        only = clean_inline(block[0]) if len(block) == 1 else None
        if only is not None and (site_line(only) or _SIGNOFF.fullmatch(only)):
            removed.append(RemovedLine(only, footer_reason(only)))
            continue  # "Advertisement", "Share this article", the wire's "REUTER"
        paragraphs = block_paragraphs(block)
        run = related_lines and link_run(block, last=number == last)
        loose = related_lines and not run and len(paragraphs) == 1 and lines_apart(block, blocks)
        if run or loose:
            lines = [(clean_inline(line), [line]) for line in block]
            runs[id(lines[0])] = (len(block), paragraphs, block, headed_links(block), loose)
            items.extend(lines)
        else:
            items.extend(block_items(paragraphs, block))
    items = strip_footer(items, removed)
    if not related_lines:
        return items
    shapes = [headline_shape(p, raw) or shouted_headline(p, raw) for p, raw in items]
    words = story_words(context, items, shapes)
    decided: list[bool] = []
    previous: str | None = None  # the last paragraph kept so far
    for index, (paragraph, raw) in enumerate(items):
        decided.append(is_related_line(items, index, previous, shapes, words))
        if not decided[-1]:
            previous = paragraph
    marked = under_link_headers(items, decided)
    kept = [k for k, out in enumerate(decided) if not out]
    if len(kept) >= 2 and closing_title(*items[kept[-1]], items[kept[-2]][0]):
        decided[kept[-1]] = True  # the last line kept, with only links after it
    if all(decided):
        # A body is never all links: only those marked as links go ("Related Stories" and
        # the titles under it), and a one-line story keeps its line.
        decided = [k in marked or marked_link(text, raw) for k, (text, raw) in enumerate(items)]
        if all(decided):
            decided = [False] * len(items)
    out: list[tuple[str, list[str]]] = []
    index = 0
    while index < len(items):
        run = runs.get(id(items[index]))
        length, paragraphs, block, headed, loose = run or (1, [items[index][0]], items[index][1], False, False)
        span = range(index, min(index + length, len(items)))
        links = sum(decided[k] for k in span)
        titles = run is not None and not loose and capitals_run(items, span, shapes)
        if run and not headed and not titles and (links * 2 < len(span) or loose and not all(decided[k] or loose_title(items[k][0]) for k in span)):
            out.extend(block_items(paragraphs, block))  # mostly not links: a paragraph after all, or a list
        else:
            for k in span:
                if decided[k] or run:
                    removed.append(RemovedLine(items[k][0], "related-story"))
                else:
                    out.append(items[k])
        index += len(span)
    return out


def capitals_run(items: list[tuple[str, list[str]]], span: range, shapes: list[bool]) -> bool:
    """Every line of a run a headline, most in capitals ("INVESTORS IN INDUSTRY ISSUES FRENCH FRANC BOND"
    / "FRENCH PROPOSE NEW WORLD BANK DEBT FACILITY" / "Why Cell will get the hard sell"), in a story whose
    paragraphs around it are not set in capitals: links, though each line alone reads like its neighbours."""
    if not all(shapes[k] for k in span) or sum(shouting(items[k][0]) for k in span) * 2 <= len(span):
        return False
    around = [items[k][0] for k in (span.start - 1, span.stop) if 0 <= k < len(items)]
    return bool(around) and not any(shouting(text) for text in around)


def block_items(paragraphs: list[str], block: list[str]) -> list[tuple[str, list[str]]]:
    """A block as items: one paragraph with its raw lines, or list items (never headlines)."""
    return [(paragraphs[0], block)] if len(paragraphs) == 1 else [(p, [p, p]) for p in paragraphs]


def link_run(block: list[str], *, last: bool = False) -> bool:
    """Lines with no blank between them that read as titles: links in a run ("Related: ..." lists)
    rather than a paragraph wrapped at a margin, whose lines run on into each other.

    Most lines must be shaped like headlines; the others may be any title (figures, a full
    stop, an attribution) that opens with a capital, as long as no line runs on into the next.
    A run may be longer under a heading, with labels, or as the `last` block of the body.
    """
    texts = [clean_inline(line) for line in block[: MAX_LABELLED_RUN + 1]]
    labelled = last or link_header(texts[0]) or sum(map(link_label, texts)) * 2 > len(texts)
    if not labelled and len(block) > 2 * MAX_LINK_RUN and all(shouted_headline(text, [line]) for line, text in zip(block, texts)):
        labelled = not wrapped(texts)  # headlines in capitals, each on its line: a longer run of links
    if not 2 <= len(block) <= (MAX_LABELLED_RUN if labelled else 2 * MAX_LINK_RUN):
        return False  # a longer run is a list under a heading, or a wrapped paragraph
    if headed_links(block, texts):
        return True
    shaped = 0
    for line, text in zip(block, texts):
        if headline_shape(text, [line]) or shouted_headline(text, [line]) or link_label(text) or link_header(text) or _FIGURES_TITLE.match(untick(text)):
            shaped += 1
        elif desk_marked_title(text, [line]) or change_headline(text, [line]) or _SOURCE_TAIL.search(text):
            shaped += 1
        elif not (text[:1].isupper() or text[:1] in "<(\u201c\"") or len(text.split()) > MAX_HEADLINE_WORDS + 4 or text.endswith((",", ":")):
            return False
    if any(not (opens_apart(nxt) or link_label(nxt) or _BULLET.match(nxt)) for nxt in texts[1:]):
        return False  # a line opening in lowercase carries on the line before it
    if wrapped(texts) and (_SENTENCE_END.search(texts[-1]) or any(t.endswith(",") for t in texts)):
        return False  # "... United Overseas / Bank Ltd <UOBM.S>, ... / NA>.": a sentence wrapped at a margin
    return shaped * 2 > len(block)


def opens_apart(text: str) -> bool:
    """A line that may stand apart from the one before it: it opens with a capital, a figure, a quote."""
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "<(\u201c\"'\u2018"


def lines_apart(block: list[str], blocks: list[list[str]]) -> bool:
    """Lines with no blank between them that were never one paragraph: at each break the next
    line's first word would have fitted under the story's margin ("Rio Coffee Trade Prefers No
    Pact to Quota Cut" over "Coffee Talks Failure Seen Pressuring U.S." in a story whose
    paragraphs run on one line each), and no line runs on into the next."""
    if not 2 <= len(block) <= 2 * MAX_LINK_RUN:
        return False
    texts = [clean_inline(line) for line in block]
    if not all(texts) or any(text.endswith((",", ":", ";")) for text in texts) or not all(opens_apart(text) or text[:1] in "'\u2018" for text in texts[1:]):
        return False
    fit = max(len(line) + 1 + len(nxt.split()[0]) for line, nxt in zip(texts, texts[1:]))
    return fit <= story_margin(blocks, block)


def story_margin(blocks: list[list[str]], block: list[str]) -> float:
    """The width the story's lines are wrapped at, as far as its other blocks tell. A story whose
    paragraphs run on past any margin (no wire wraps at more than MAX_MARGIN) wraps at none, even
    when other runs of lines (links, lists) break shorter; else the median length of the lines its
    other blocks break after; with none of those, MIN_MARGIN or wider."""
    breaks = [len(clean_inline(line)) for other in blocks if other is not block for line in other[:-1]]
    if sum(len(other) == 1 and len(clean_inline(other[0])) > MAX_MARGIN for other in blocks) >= 2:
        return math.inf  # paragraphs on one line each, past any margin: the story is not wrapped, whatever other runs of lines say
    if breaks:
        return statistics.median(breaks)
    return MIN_MARGIN


# Wire copy is wrapped, where it is, at 60 to 80 columns: never narrower than MIN_MARGIN, never
# wider than MAX_MARGIN.
MIN_MARGIN = 55
MAX_MARGIN = 120


def headed_links(block: list[str], texts: list[str] | None = None) -> bool:
    """A heading of links ("MOST READ", "Related stories") right over titles, each behind a dash or a
    bullet or not; or over a list of links, most of them titles and some with figures ("- KEYCORP
    3RD QTR SHR 85 CTS VS 77 CTS"). Every line under the heading is a link."""
    if texts is None:
        texts = [clean_inline(line) for line in block]
    if len(block) < 2 or not link_header(texts[0]):
        return False
    numbers = [counted.group(1) if (counted := _COUNTED.match(text)) else None for text in texts[1:]]
    if numbers == [str(n) for n in range(1, len(texts))]:
        return True  # "MOST READ" over "1. ...", "2. ...", "3. ...": the page ranks its links, whatever their words
    titles = [title_under_header(text, [line], items=True) for line, text in zip(block[1:], texts[1:])]
    if all(titles):
        return True
    if sum(titles) * 2 < len(titles):
        return False
    if all((item := _BULLET.match(text)) and listed_link(item["title"], rows=True) for text in texts[1:]):
        return True
    return all(title or loose_title(text) for title, text in zip(titles, texts[1:]))


def loose_title(text: str) -> bool:
    """A line among titles under a heading of links that may be one though it reads less like a
    title ("g-10 Finance Officials Discuss Debt, Currencies", "Philippines to Get 300 Mln..."):
    no sentence (unless cut short by the page), no row of a table, no item running on."""
    tokens = text.split()
    if not 2 <= len(tokens) <= MAX_HEADLINE_WORDS + 4 or text.endswith((",", ":", ";")):
        return False
    if table_row(text) or row_like(text) or split_dateline(text)[0]:
        return False
    return link_label(text) or _CUT_OR_DATED.match(text) is not None or not is_prose(text)


# Links under a heading, or each labelled ("Read: ..."), come in longer runs.
MAX_LABELLED_RUN = 12


def wrapped(lines: list[str]) -> bool:
    """Lines broken at a margin: the first word of each next line would not have fitted on the line before."""
    width = max(map(len, lines))
    return all(len(line) + 1 + len(nxt.split()[0]) > width for line, nxt in zip(lines, lines[1:]))

