"""Read the dates article files carry: wire date lines, Reuters stamps, NITF issue dates.

A date with no time of day becomes 12:00 UTC that day: noon keeps the calendar
day the same in every time zone from UTC-11 to UTC+11, so a reader anywhere sees
the date the file gave. Nothing here ever guesses a date it cannot read.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timezone

MONTHS = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
MONTH_WORD = r"(?<![A-Za-z])(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "November 15, 2015", "Nov. 15, 2015", "Nov 15 2015"
_MDY = re.compile(rf"(?P<month>{MONTH_WORD})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?!\d)", re.I)
# "15 November 2015", "15 Nov. 2015"
_DMY = re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH_WORD}),?\s+(?P<year>\d{{4}})(?!\d)", re.I)
# "2015-11-15"
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)")
DATE_PATTERNS = (_MDY, _DMY, _ISO)

NOON = time(12, 0, tzinfo=timezone.utc)

# "Thursday", "Thu", "Thurs.": a weekday written before a date.
WEEKDAY = r"(?<![A-Za-z])(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?(?![A-Za-z])"
# Months written in full. In one of five letters or fewer only two letters swapped counts:
# a letter changed, added or dropped there makes other words (Jane, Juno, Judy, Match, Marc).
_FULL_MONTHS = tuple(name for name in MONTHS if len(name) > 4 or name in ("june", "july"))
_WORD_BEFORE_DAY = re.compile(r"(?<![A-Za-z])(?P<word>[A-Za-z]{4,10})(?=\.?\s+\d{1,2}(?!\d))|(?<=\d\s)(?P<after>[A-Za-z]{4,10})(?=,?\s+\d{4})")


def _one_edit(a: str, b: str) -> bool:
    """One letter added, dropped, changed, or two neighbours swapped (only a swap when the
    month has five letters or fewer)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        return swapped or (len(diff) == 1 and len(b) > 5)
    if min(len(a), len(b)) < 5:
        return False
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def misspelt_month(word: str) -> str | None:
    """The month a misspelt month name stands for, when exactly one is one slip away:
    "Febuary" -> "february", "Novmber" -> "november"; "Jule" (June or July?) -> None."""
    word = word.lower()
    if word in MONTHS:
        return None
    found = [name for name in _FULL_MONTHS if _one_edit(word, name)]
    return found[0] if len(found) == 1 else None


def correct_month_typos(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with each misspelt month next to a day number spelt right, and the corrections
    made as (written, read). A word that could be two months, or none, is left as written."""
    corrections = []

    def fix(match: re.Match) -> str:
        word = match.group(0)
        month = misspelt_month(word)
        if month is None:
            return word
        corrections.append((word, month.capitalize()))
        return month.capitalize()

    return _WORD_BEFORE_DAY.sub(fix, text), corrections


def _month_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    return MONTHS[text.rstrip(".").lower()]


def date_at_noon(day: date) -> datetime:
    return datetime.combine(day, NOON)


def parse_written_date(text: str) -> datetime | None:
    """The whole of `text` as a date ("Nov. 15, 2015", "15 November 2015", "2015-11-15")."""
    text = text.strip()
    for pattern in DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            try:
                return date_at_noon(
                    date(int(match["year"]), _month_number(match["month"]), int(match["day"]))
                )
            except (ValueError, KeyError):
                return None
    return None


_REUTERS_STAMP = re.compile(
    r"\s*(?P<day>\d{1,2})-(?P<month>[A-Za-z]{3})-(?P<year>\d{4})"
    r"(?:\s+(?P<hour>\d{1,3}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<frac>\d+))?)?)?\s*"
)


def parse_reuters_stamp(text: str) -> tuple[datetime | None, str]:
    """Reuters-21578 <DATE>: "26-FEB-1987 15:01:01.79", in UTC; with a warning, or "".

    A garbled time of day ("605:12:19") keeps the day, at noon, and says so.
    """
    match = _REUTERS_STAMP.fullmatch(text)
    if not match:
        return None, f"cannot read the date {text.strip()!r}; published_at left empty"
    try:
        day = date(int(match["year"]), _month_number(match["month"]), int(match["day"]))
    except (ValueError, KeyError):
        return None, f"cannot read the date {text.strip()!r}; published_at left empty"
    try:
        frac = (match["frac"] or "0")[:6].ljust(6, "0")
        return datetime(
            day.year, day.month, day.day,
            int(match["hour"] or 0), int(match["minute"] or 0), int(match["second"] or 0), int(frac),
            tzinfo=timezone.utc,
        ), ""
    except ValueError:
        return date_at_noon(day), f"cannot read the time in {text.strip()!r}; the day is kept, at 12:00 UTC"


_COMPACT = re.compile(
    r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2})(?P<minute>\d{2})(?P<second>\d{2})?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)


def parse_iso_or_compact(text: str) -> datetime | None:
    """NITF dates: "20151115T120000Z", "20151115", or ISO 8601 ("2015-11-15T12:00:00+01:00")."""
    text = text.strip()
    match = _COMPACT.fullmatch(text)
    try:
        if match:
            if not match["hour"]:
                return date_at_noon(date(int(match["year"]), int(match["month"]), int(match["day"])))
            iso = (
                f"{match['year']}-{match['month']}-{match['day']}T{match['hour']}:{match['minute']}"
                f":{match['second'] or '00'}"
            )
            tz = match["tz"] or "Z"
            if tz != "Z" and ":" not in tz:
                tz = tz[:3] + ":" + tz[3:]
            value = datetime.fromisoformat(iso + ("+00:00" if tz == "Z" else tz))
            return value.astimezone(timezone.utc)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date_at_noon(date.fromisoformat(text))
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)
