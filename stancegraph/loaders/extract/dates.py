"""Dates of events: time expressions found in a sentence, resolved against the article's date.

News dates events relative to the day it was written: "on the 24th", "April next year",
"three weeks ago", "last month". :func:`resolve_date` turns such a phrase into an ISO 8601
date of the precision the words carry (``2026-04`` for "April next year", ``2026`` for "next
year", ``2025-11-24`` for "on the 24th" in an article of 25 November 2025), or ``None`` when
they name no date (durations like "about 25 years", lists like "January and June").

The common newsroom forms are read by rules (fast, and they keep the precision of the
words); the rest goes to ``dateparser`` (``RELATIVE_BASE`` = the published date,
``PREFER_DATES_FROM`` = past for things that happened, future for plans), imported on first
use because its import and first call are slow.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Optional

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}

# words around a date that are not part of it: "on the 24th", "sometime next year", "(next year)"
_LEAD = re.compile(r"^(?:(?:on|in|at|by|during|from|until|till|through|sometime|some time|as early as|"
                   r"as late as|early|late|the|around|about|before|after)\s+)+", re.I)
_OPEN = re.compile(r"^(?:since|for)\s+", re.I)
_REL_YEAR = re.compile(r"^(?:" + _MONTH + r"\s+)?(?:of\s+)?(?P<rel>next|this|last|past|coming)\s+year$", re.I)
_REL_MONTH = re.compile(r"^(?P<rel>next|this|last|past|coming)\s+month$", re.I)
_ORDINAL_DAY = re.compile(r"^(?P<day>\d{1,2})(?:st|nd|rd|th)$", re.I)
_MONTH_DAY = re.compile(r"^(?:mid-?\s*)?" + _MONTH + r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>\d{4}))?$", re.I)
_DAY_MONTH = re.compile(r"^(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?$", re.I)
_YEAR = re.compile(r"^(?:in\s+)?(?P<year>(?:19|20)\d{2})$")
_AGO = re.compile(r"^(?P<n>\d+|[a-z]+)\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|earlier|before|later|from now)$", re.I)
# a bare amount of time is a duration, not a date: "in about 25 years", "two weeks"
_DURATION = re.compile(r"^(?:about|nearly|almost|over|more than|less than|some|around|the past|the last)?\s*"
                       r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)"
                       r"\s+(?:day|week|month|year|decade|hour)s?$", re.I)

#: Phrases the NER does not tag DATE but that date an event ("on the 24th").
ORDINAL_DAY_PHRASE = re.compile(r"\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b")


def parse_published(published: Optional[str]) -> Optional[dt.date]:
    """The article's date as a ``date`` (``None`` when missing or unreadable)."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def _year_for(month: int, day: Optional[int], base: dt.date, prefer: str) -> int:
    """A month (and day) without a year: the nearest such date on the preferred side of ``base``."""
    probe = (month, day or 1)
    if prefer == "future":
        return base.year if probe >= (base.month, base.day if day else 1) else base.year + 1
    return base.year if probe <= (base.month, base.day if day else 31) else base.year - 1


def resolve_date(text: str, published: Optional[str], *, prefer: str = "past") -> Optional[str]:
    """ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) of a time expression, or ``None``.

    ``published`` is the article's ISO date; without it only absolute dates resolve.
    ``prefer`` is ``"past"`` or ``"future"``: which "April" an undated "in April" means.
    """
    if prefer not in ("past", "future"):
        raise ValueError(f"prefer must be 'past' or 'future', not {prefer!r}")
    base = parse_published(published)
    phrase = _date_phrase(text, prefer)
    if phrase is None:
        return None
    found = _absolute(phrase, base, prefer)
    if found is not _NO_MATCH:
        return found
    if base is None:
        return None
    for rule in (_relative_year, _relative_month, _ordinal_day, _ago):
        found = rule(phrase, base, prefer)
        if found is not _NO_MATCH:
            return found
    return _dateparser(phrase, base, prefer)


#: What a rule returns when its pattern does not match, so the next rule is tried (a rule
#: that matches may still return None: "May 35").
_NO_MATCH = object()
_REL = {"next": 1, "coming": 1, "this": 0, "last": -1, "past": -1}


def _date_phrase(text: str, prefer: str) -> Optional[str]:
    """The time expression cleaned for the rules, or None when it dates no event."""
    phrase = " ".join(text.replace("(", " ").replace(")", " ").split()).strip(" ,.;:'’")
    phrase = re.sub(r"['’]s$", "", phrase)
    if _OPEN.match(phrase):
        return None  # "since mid-March" bounds a period, it does not date an event
    if prefer == "future" and re.match(r"^in\s+(?:\d+|[a-z]+)\s+(?:day|week|month|year)s?$", phrase, re.I):
        phrase = phrase[3:] + " later"  # "will visit in two weeks"
    phrase = _LEAD.sub("", phrase).strip()
    if not phrase or " and " in phrase or _DURATION.match(phrase) and not _AGO.match(phrase):
        return None
    return phrase


def _absolute(phrase: str, base: Optional[dt.date], prefer: str):
    """"2024", "April 3, 2025", "3 April": a year, or a month and day (year from ``base``)."""
    m = _YEAR.match(phrase)
    if m:
        return m.group("year")
    m = _MONTH_DAY.match(phrase) or _DAY_MONTH.match(phrase)
    if not m:
        return _NO_MATCH
    month = MONTHS[m.group("month").lower()]
    day = int(m.group("day")) if m.group("day") else None
    if day is not None and not 1 <= day <= 31:
        return None
    if m.group("year"):
        year = int(m.group("year"))
    elif base is not None:
        year = _year_for(month, day, base, prefer)
    else:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _relative_year(phrase: str, base: dt.date, prefer: str):
    """"next year", "April of next year"."""
    m = _REL_YEAR.match(phrase)
    if not m:
        return _NO_MATCH
    year = base.year + _REL[m.group("rel").lower()]
    if m.group("month"):
        return f"{year:04d}-{MONTHS[m.group('month').lower()]:02d}"
    return f"{year:04d}"


def _relative_month(phrase: str, base: dt.date, prefer: str):
    """"next month", "last month"."""
    m = _REL_MONTH.match(phrase)
    if not m:
        return _NO_MATCH
    y, mo = _shift_month(base.year, base.month, _REL[m.group("rel").lower()])
    return f"{y:04d}-{mo:02d}"


def _ordinal_day(phrase: str, base: dt.date, prefer: str):
    """"on the 24th": a day of the month the article was written in, or of the one
    before/after when that day has not come yet / is already past."""
    m = _ORDINAL_DAY.match(phrase)
    if not m:
        return _NO_MATCH
    day = int(m.group("day"))
    y, mo = base.year, base.month
    if prefer == "past" and day > base.day:
        y, mo = _shift_month(y, mo, -1)
    elif prefer == "future" and day < base.day:
        y, mo = _shift_month(y, mo, 1)
    if day > calendar.monthrange(y, mo)[1]:
        return None
    return f"{y:04d}-{mo:02d}-{day:02d}"


def _ago(phrase: str, base: dt.date, prefer: str):
    """"two weeks ago", "three days later", "a year earlier"."""
    m = _AGO.match(phrase)
    if not m:
        return _NO_MATCH
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _NUMBERS.get(n)
    if count is None:
        return None
    sign = -1 if m.group("dir").lower() in ("ago", "earlier", "before") else 1
    unit = m.group("unit").lower()
    if unit in ("day", "week"):
        d = base + dt.timedelta(days=sign * count * (7 if unit == "week" else 1))
        return d.isoformat()
    if unit == "month":
        y, mo = _shift_month(base.year, base.month, sign * count)
        return f"{y:04d}-{mo:02d}"
    return f"{base.year + sign * count:04d}"


@functools.lru_cache(maxsize=64)
def _parser(base: dt.date, prefer: str):
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": prefer}
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser(phrase: str, base: dt.date, prefer: str) -> Optional[str]:
    """Everything the rules above do not read: weekdays, "yesterday", "last Tuesday"."""
    if not re.search(r"\d|day|week|month|year|yesterday|tomorrow|today|tonight|" + _MONTH, phrase, re.I):
        return None
    try:
        data = _parser(base, prefer).get_date_data(phrase)
    except Exception:  # dateparser raises a zoo of errors on odd strings; a date is optional
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "year":
        return f"{d.year:04d}"
    if data.period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()
