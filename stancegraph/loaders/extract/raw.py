"""The record every statement extractor yields (:mod:`.statements`, :mod:`.phrases`)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass
class RawStatement:
    """One attribution read off the parse, before speaker resolution."""

    cue_start: Optional[int]  # chars
    cue_end: Optional[int]
    cue_lemma: Optional[str]
    speaker: Optional[tuple[int, int]]  # token span [start, end) of the speaker mention
    content: tuple[int, int]  # chars
    kind: str
    cue_token: Optional[int] = None  # token index of the cue head (for nesting)
    recipient: Optional[tuple[int, int]] = None  # "told the WSJ": token span of the WSJ
    floating: bool = False
    quotes: tuple[int, ...] = ()  # the quotes (indices into find_quotes) the cue claimed
    origin: Optional[str] = None  # "headline": from a title or summary line (see .headings)
