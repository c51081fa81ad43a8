"""Site chrome: the lines a web page puts around and between a story's paragraphs.

Advertising markers, share rows, image credits, reading times, breadcrumbs, comment
forms, copyright lines. Each is a whole line on its own, in the words every publishing
system uses; story copy never stands on a line saying only "Advertisement" or "Share
this article". The patterns are matched against a whole, whitespace-collapsed line.
"""

from __future__ import annotations

import re


def _compile(*patterns: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


_SOCIAL = r"(?:facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|print|messenger|copy link|flipboard)"
# One button of a share row: "Facebook", "Share on X".
_SOCIAL_ITEM = rf"(?:share (?:on|via|to) (?:x|{_SOCIAL})|{_SOCIAL})"
_CREDIT_NAME = r"(?-i:[A-Z][\w.&'-]*(?:[ /][A-Z][\w.&'-]*){0,3})"

# A sign-up box: the promotion, a line or two of blurb, the button.
_PROMO = (
    r"(?:sign up|subscribe)\b.{0,80}\b(?:newsletters?|inbox|updates|alerts|briefings?|bulletins?|digests?)\b.{0,40}",
    r"(?:get|receive|try) (?:the|our) .{0,50}\b(?:newsletters?|briefing|bulletin|digest)\b.{0,20}",
)
# "The day's top stories, delivered to your inbox": tried only on a line that says "inbox"
# (a pattern that can open anywhere in the line is slow on every line of every story).
INBOX_LINE = _compile(r".{0,80}\b(?:delivered|sent|straight|directly) (?:to|into) your inbox\b.{0,40}")
_BUTTON = r"(?:sign up|subscribe|sign me up)(?: (?:now|here|today|for free))?\W{0,2}"
SIGNUP_PROMO = _compile(*_PROMO, INBOX_LINE.pattern)
SIGNUP_BUTTON = _compile(_BUTTON)

# Lines only a page says, wherever they stand in the body.
SITE_LINE = _compile(
    # advertising
    r"(?:advertisement|advertising|sponsored(?: content| links?)?|promoted(?: content| stories)?|paid (?:content|post)|ad)",
    r"(?:advertisement|ad)\s*[-:\u2013\u2014|]\s*scroll (?:down )?to continue(?: reading)?",
    r"(?:story|article) continues (?:below|after)(?: (?:this|the))?(?: advertisement| ad)?",
    r"continue reading(?: the main story| below| after (?:the )?(?:advertisement|ad))?",
    r"scroll (?:down )?to continue(?: with content| reading)?",
    # sharing
    r"(?:share|tweet|email|print|save)(?: (?:this|the)(?: article| story| page| post)?)?(?: (?:on|via|by) (?:x|" + _SOCIAL + r"))?:?",
    rf"(?:share(?: this(?: article| story)?)?:?\s+)?{_SOCIAL_ITEM}(?:(?:\s*[|\u00b7\u2022,/]\s*|\s+){_SOCIAL_ITEM}){{0,8}}",
    r"\d[\d,.]*k?\s+(?:shares?|views|reads)",
    r"(?:tweet|share|email|e-mail|print|save|comment)(?:\s*[|\u00b7\u2022]?\s*(?:tweet|share|email|e-mail|print|save|comment)){1,5}",
    r"follow (?:us|@\w+) on (?:x|" + _SOCIAL + r"|instagram|youtube|tiktok)(?:\s*(?:,|and|&)\s*(?:x|" + _SOCIAL + r"|instagram|youtube|tiktok)){0,4}\.?",
    # copyright, and the page's topic list
    r"(?:copyright|\(c\)|\u00a9)\s.{0,100}?(?:rights reserved|\d{4})\.?",
    # a rights notice: "Republication or redistribution of ... content is prohibited without ..."
    r"(?:republication|redistribution|reproduction|reprinting)\b.{0,60}?\b(?:content|material|articles?|stories|text)\b.{0,140}?"
    r"\b(?:prohibited|forbidden|not permitted|without (?:the )?(?:prior )?(?:express )?(?:written )?(?:permission|consent))\b.{0,100}",
    r"(?:tags?|topics?|filed under|categories|keywords)\s*:\s*[\w&' .-]{1,40}(?:,\s*[\w&' .-]{1,40}){0,9}",
    # galleries, audio, video players
    r"(?:view|see|open|launch)(?: the)?(?: photo| image| picture)? (?:gallery|slideshow)(?:\s*\(\d+(?: photos| images| pictures)?\))?",
    r"\d+ (?:photos|images|pictures)",
    r"(?:enlarge|expand|zoom|view)(?: this)? (?:image|photo|picture)",
    r"(?:image|photo|picture|slide) \d+ (?:of|/) \d+",  # a gallery's counter
    r"listen to (?:this|the) (?:article|story)(?:\s*\(?\d+ min(?:ute)?s?\)?)?",
    r"(?:play|watch) (?:the )?video",
    r"loading(?:\.{3}|\u2026)|(?:please wait|loading),? (?:loading|please wait)\W{0,3}",  # a player or widget still loading
    # a credit on a line of its own, for a picture the scrape dropped
    rf"\(?(?:photo|photograph|photos|image|picture|pic|credit|photo credit)\s*:\s*{_CREDIT_NAME}\)?",
    # notices about the page: cookies, and copy taken from a feed unedited
    r"(?:this (?:site|website) uses|we use|our (?:site|website) uses) cookies\b.{0,240}",
    r"by continuing to (?:browse|use)\b.{0,120}\bcookies\b.{0,120}",
    r"disclaimer\s*:.{0,60}\b(?:wire|agency|syndicated|feed|modifications?|edited|unedited)\b.{0,160}",
    r"\(?(?:this|the) (?:story|article|report|copy) (?:has not been|was not|is not|has been published without being) edited\b.{0,200}\)?\.?",
    r"\(?(?:this|the) (?:story|article|report) (?:is|was|has been) (?:auto-generated|published|generated) from an? (?:syndicated|wire|agency)\b.{0,160}\)?\.?",
    # newsletters and market data notices
    *_PROMO,
    _BUTTON,
    r"get (?:the|our) (?:latest|best|top)\b.{0,60}\b(?:in|to|delivered to) your inbox\.?",
    r"all quotes (?:are )?delayed\b.{0,60}",
    r"(?:reprints|reprints (?:&|and) permissions|terms of (?:use|service)|privacy (?:policy|notice)|contact us|cookie (?:policy|settings))"
    r"(?:\s*[|\u00b7\u2022]\s*(?:reprints|permissions|terms of (?:use|service)|privacy (?:policy|notice)|contact us|cookie (?:policy|settings)|about us|advertise(?: with us)?)){0,6}",
)

# Lines of a page's head, between the headline and the agency/date line.
_CRUMB = r"(?-i:[A-Z][\w&'-]*(?: (?:&|[A-Z][\w&'-]*))?)"
# a section trail without "Home": "World \u2022 Business", "Business | Markets"
_SECTION_TRAIL = rf"{_CRUMB}(?:\s*[>\u00bb\u203a|\u2022\u00b7]\s*{_CRUMB}){{1,4}}"
# a breadcrumb trail: "Home > Business > Markets"
_BREADCRUMB = r"(?:home|news)(?:\s*[>/\u00bb\u203a|]\s*[\w&' -]{2,30}){1,5}"
HEAD_LINE = _compile(
    r"\d+\s*(?:min|mins|minutes?)(?: read| listen)?",
    r"(?:estimated )?(?:reading|read|listening|listen) time\s*:?\s*(?:about |approx\.? )?\d+\s*(?:min|mins|minutes?)\.?",
    _SECTION_TRAIL,
    r"(?:(?:last )?updated|published|posted|first published)(?::| on| at)?\s+.{0,50}(?:\d|\bago\b).{0,20}",
    r"\d+\s+(?:seconds?|minutes?|hours?|days?)\s+ago",
    _BREADCRUMB,
)

# Above the headline: a breadcrumb or section trail, a cookie notice and its button.
TOP_LINE = _compile(
    _SECTION_TRAIL,
    _BREADCRUMB,
    r".{0,120}\bcookies?\b.{0,200}",
    r"(?:accept|agree|allow|ok|okay|got it|i agree|i accept|close)(?:,? (?:and close|all(?: cookies)?|cookies|got it|i agree|continue))?\W{0,2}",
)
_COOKIE_CONSENT = re.compile(r"\b(?:use|uses|using|accept|agree|consent|continu\w*|brows\w*)\b", re.I)


def top_line(text: str) -> bool:
    """A line a page puts above the headline: a breadcrumb ("Home \u203a Business"), a
    section trail ("News | World"), a cookie notice ("This site uses cookies ...") or its
    button ("Accept and close")."""
    if len(text) > 320 or TOP_LINE.fullmatch(text) is None:
        return False
    return "cookie" not in text.lower() or _COOKIE_CONSENT.search(text) is not None


# "By Reuters Staff", "By John Smith and Jane Doe, Reuters": a byline, kept in its field.
_BYLINE = re.compile(
    r"(?:By|BY|by)\s+(?P<name>[A-Z][\w.'\u2019-]*(?:(?:\s+|,\s*|\s+and\s+|\s*&\s*)[A-Z][\w.'\u2019-]*){0,6}"
    r"(?:\s+(?:staff(?: writers?| reporters?)?|correspondents?|reporters?|and agencies|wire reports?))?)\.?"
)


def site_line(text: str) -> bool:
    """A line of site chrome (an advertising marker, a share row, a lone photo credit)."""
    return len(text) <= 160 and (
        SITE_LINE.fullmatch(text) is not None or ("inbox" in text.lower() and INBOX_LINE.fullmatch(text) is not None)
    )


def head_line(text: str) -> bool:
    """A reading time, an update stamp or a breadcrumb above the agency/date line."""
    return len(text) <= 100 and HEAD_LINE.fullmatch(text) is not None


def byline(text: str) -> str | None:
    """The names of a "By ..." line, or None."""
    match = _BYLINE.fullmatch(text)
    return match["name"] if match and len(text.split()) <= 10 else None


def may_hold_signup_box(text: str) -> bool:
    """Whether `text` says "sign" or "subscribe", as every sign-up box's button does: a cheap
    test before the line-by-line one (a regex over the whole text costs more than that)."""
    lowered = text.lower()
    return "sign" in lowered or "subscribe" in lowered


def signup_box(lines: list[str]) -> int:
    """How many of `lines` (cleaned, blank lines left out) make a sign-up box at their start:
    a promotion ("Sign up for our morning briefing"), at most two short lines of blurb, and
    the button ("Subscribe"). 0 when they do not."""
    if not lines or len(lines[0]) > 160 or not SIGNUP_PROMO.fullmatch(lines[0]):
        return 0
    for end in range(1, min(len(lines), 4)):
        if SIGNUP_BUTTON.fullmatch(lines[end]):
            return end + 1
        if len(lines[end].split()) > 20:
            return 0
    return 0
