"""Time words in a question as date filters: "since March", "in 2025", "last year".

Relative words count from the newest article date in the graph (a graph of last year's news
asked about "this year" means that year), or from today when no article is dated. Dates are
ISO text (YYYY, YYYY-MM, YYYY-MM-DD), as the saved queries take them.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional

from stancegraph.queries.ask.tokens import Token

MONTHS = {m: i + 1 for i, m in enumerate("january february march april may june july august september october "
                                         "november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_ISO = re.compile(r"(19|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?$")
_SINCE = {"since", "after", "from"}
_UNTIL = {"until", "till", "before", "by", "through", "to"}
_IN = {"in", "during", "on", "of", "throughout"}
_PART_OF = {"the", "start", "beginning", "end", "middle", "of"}
_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 31, "months": 31, "year": 365, "years": 365}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "twelve": 12, "a": 1}


@dataclass
class When:
    since: Optional[str] = None
    until: Optional[str] = None
    used: set[int] = field(default_factory=set)  #: token indexes that were time words
    words: str = ""  #: the time words as typed, for the answer's notes

    def __bool__(self) -> bool:
        return bool(self.since or self.until)


def read_time(tokens: list[Token], skip: set[int], newest: Optional[str], future: bool = False) -> When:
    """The date range the time words of ``tokens`` (outside ``skip``) ask for. A month without
    a year is the last one up to the newest article, or with ``future`` ("will visit in April")
    the next one from it."""
    ref = _reference(newest)
    when = When()
    i = 0
    while i < len(tokens):
        if i in skip:
            i += 1
            continue
        got = _date_at(tokens, i, skip, ref, future)
        if got is None:
            i += 1
            continue
        since, until, j = got
        back = i - 1
        while back > 0 and tokens[back].low in _PART_OF and back - 1 not in skip:  # "since the start of 2005"
            back -= 1
        prep = tokens[back].low if back >= 0 and back not in skip else ""
        start = back if prep in _SINCE | _UNTIL | _IN | {"between"} else i
        if prep in _SINCE or prep == "between":
            when.since = _after(until) if prep == "after" else since
        elif prep in _UNTIL or prep == "and" and when.since and not when.until:
            when.until = _before(since) if prep == "before" else until
            start = i - 1
        else:
            when.since, when.until = since, until
        when.used |= set(range(start, j))
        i = j
    if when.used:
        when.words = " ".join(tokens[k].text for k in sorted(when.used))
    return when


def _reference(newest: Optional[str]) -> dt.date:
    if newest and re.match(r"\d{4}-\d{2}-\d{2}", newest):
        return dt.date.fromisoformat(newest[:10])
    if newest and re.match(r"\d{4}-\d{2}", newest):
        return dt.date(int(newest[:4]), int(newest[5:7]), 28)
    return dt.date.today()


def _date_at(tokens: list[Token], i: int, skip: set[int], ref: dt.date,
             future: bool = False) -> Optional[tuple[str, str, int]]:
    """(since, until, next index) of a date starting at word i, or None."""
    low = tokens[i].low
    nxt = tokens[i + 1].low if i + 1 < len(tokens) and i + 1 not in skip else ""
    if _ISO.match(low):
        return low, low, i + 1
    prev = tokens[i - 1].low if i > 0 else ""
    if _day_of(low) and nxt in MONTHS:  # "25 November", "the 3rd of March" is left to the month
        return _month_at(tokens, i + 1, skip, ref, future, _day_of(low))
    year_next = bool(_ISO.match(nxt)) and len(nxt) == 4
    if low in MONTHS and (year_next or prev in _SINCE | _UNTIL | _IN | {"between", "and"}
                          or tokens[i].capitalised and low not in ("may", "march")):
        return _month_at(tokens, i, skip, ref, future)
    if low in ("last", "past", "this", "previous") and nxt:
        return _relative(low, nxt, tokens, i, ref)
    if low in ("today", "yesterday"):
        day = ref - dt.timedelta(days=0 if low == "today" else 1)
        return day.isoformat(), day.isoformat(), i + 1
    if low == "recently" or low == "lately":
        return (ref - dt.timedelta(days=31)).isoformat(), ref.isoformat(), i + 1
    return None


def _day_of(word: str) -> Optional[int]:
    """The day of the month a word gives ("25", "25th", "1st"), or None."""
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", word)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None


def _month_at(tokens: list[Token], i: int, skip: set[int], ref: dt.date, future: bool,
              day: Optional[int] = None) -> tuple[str, str, int]:
    """A month at word i, with the day after it ("November 25") or given, and a year after
    those ("November 25, 2025"); without a year, the last such month up to ``ref`` (or with
    ``future`` the next one from it)."""
    def word(k: int) -> str:
        return tokens[k].low if k < len(tokens) and k not in skip else ""

    month, k = MONTHS[tokens[i].low], i + 1
    if day is None and _day_of(word(k)):
        day, k = _day_of(word(k)), k + 1
    if _ISO.match(word(k)) and len(word(k)) == 4:
        year, k = int(word(k)), k + 1
    elif future:
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year = ref.year if month <= ref.month else ref.year - 1
    value = f"{year}-{month:02d}"
    try:
        value = dt.date(year, month, day).isoformat() if day else value
    except ValueError:  # "February 30": the month
        pass
    return value, value, k


def _relative(low: str, nxt: str, tokens: list[Token], i: int, ref: dt.date) -> Optional[tuple[str, str, int]]:
    """ "last year", "this month", "past week", "last 3 months"."""
    count = 1
    j = i + 1
    if nxt.isdigit() or nxt in _NUMBERS and j + 1 < len(tokens) and tokens[j + 1].low in _UNITS:
        count = int(nxt) if nxt.isdigit() else _NUMBERS[nxt]
        j += 1
    unit = tokens[j].low if j < len(tokens) else ""
    if unit not in _UNITS:
        return None
    if low == "this":
        value = str(ref.year) if unit.startswith("year") else f"{ref.year}-{ref.month:02d}" \
            if unit.startswith("month") else (ref - dt.timedelta(days=ref.weekday())).isoformat()
        return value, ref.isoformat() if unit.startswith("week") else value, j + 1
    if low == "last" and count == 1 and unit in ("year", "month"):
        if unit == "year":
            return str(ref.year - 1), str(ref.year - 1), j + 1
        prev = ref.replace(day=1) - dt.timedelta(days=1)
        return f"{prev:%Y-%m}", f"{prev:%Y-%m}", j + 1
    return (ref - dt.timedelta(days=_UNITS[unit] * count)).isoformat(), ref.isoformat(), j + 1


def _before(date: str) -> str:
    """The last date before ``date``, at the same precision: before 2025-03 is until 2025-02."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return str(parts[0] - 1)
    if len(parts) == 2:
        y, m = parts
        return f"{y - 1}-12" if m == 1 else f"{y}-{m - 1:02d}"
    return (dt.date(*parts) - dt.timedelta(days=1)).isoformat()


def _after(date: str) -> str:
    """The first date after ``date``, at the same precision: after 2025-03 is since 2025-04."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return str(parts[0] + 1)
    if len(parts) == 2:
        y, m = parts
        return f"{y + 1}-01" if m == 12 else f"{y}-{m + 1:02d}"
    return (dt.date(*parts) + dt.timedelta(days=1)).isoformat()
