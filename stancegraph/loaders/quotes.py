"""Finding quoted passages in raw text (before any parsing)."""
from __future__ import annotations

import re

_MARKS = re.compile(r'[“”"]')


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of double-quoted passages, quote marks included.

    Curly and straight quotes both count; single quotes do not (in news they are scare
    quotes and apostrophes: 'trade truce', Xi's). A quote left open at the end of a
    paragraph runs to that paragraph's end: news style opens every paragraph of a long
    quote and closes only the last one.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        start = None
        for m in _MARKS.finditer(para):
            ch, at = m.group(), pos + m.start()
            if ch == "“":
                start = at  # a second opener means the first was never closed
            elif ch == "”":
                if start is not None:
                    spans.append((start, at + 1))
                    start = None
            elif start is None:
                start = at
            else:
                spans.append((start, at + 1))
                start = None
        if start is not None and len(para) - (start - pos) > 1:
            spans.append((start, pos + len(para.rstrip())))
        pos += len(para) + 1
    return spans
