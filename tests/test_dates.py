"""Relative dates resolved against the article's date (seed article: published 2025-11-25)."""
from __future__ import annotations

import pytest

from stancegraph.loaders.extract.dates import resolve_date

PUBLISHED = "2025-11-25"


@pytest.mark.parametrize("text, prefer, expected", [
    # the seed's own phrases
    ("on the 24th", "past", "2025-11-24"),
    ("April next year", "future", "2026-04"),
    ("in April (next year", "future", "2026-04"),
    ("sometime next year", "future", "2026"),
    ("next year", "future", "2026"),
    ("three weeks ago", "past", "2025-11-04"),
    ("last month's", "past", "2025-10"),
    ("on October 30", "past", "2025-10-30"),
    ("September 11, 2001", "past", "2001-09-11"),
    ("mid-March", "past", "2025-03"),
    # undated month/day: the side of the article date the event is on
    ("in April", "future", "2026-04"),
    ("in April", "past", "2025-04"),
    ("the 28th", "past", "2025-10-28"),
    ("the 28th", "future", "2025-11-28"),
    ("in two weeks", "future", "2025-12-09"),
    # through dateparser
    ("yesterday", "past", "2025-11-24"),
    ("last Tuesday", "past", "2025-11-18"),
])
def test_relative_dates(text, prefer, expected):
    assert resolve_date(text, PUBLISHED, prefer=prefer) == expected


@pytest.mark.parametrize("text", [
    "about 25 years",  # a duration: "the first time in about 25 years" (seed)
    "January and June",  # two dates: "calls in January and June" (seed)
    "since mid-March",  # a bound of a period (seed), not the date of an event
    "the day",
])
def test_no_date(text):
    assert resolve_date(text, PUBLISHED) is None


def test_without_published_date_only_absolute_dates_resolve():
    assert resolve_date("next year", None) is None
    assert resolve_date("September 11, 2001", None) == "2001-09-11"


def test_bad_preference_is_refused():
    with pytest.raises(ValueError):
        resolve_date("next year", PUBLISHED, prefer="soon")
