"""Finding quoted passages in raw text (before any parsing)."""
from __future__ import annotations

import re

# '' (two apostrophes) is the double quote of some wire and newspaper archives
# (''A lot of clubs have closed,'' Mr. Hedge said): PolNeAR train, New York Times texts
# quoted only with it had their quotes read as plain clauses and follow-on quotes dropped.
_MARKS = re.compile(r"''|[“”\"]")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of double-quoted passages, quote marks included.

    Curly and straight quotes both count, and so does ``''``; single quotes do not (in
    news they are scare quotes and apostrophes: 'trade truce', Xi's). A quote left open at
    the end of a paragraph runs to that paragraph's end: news style opens every paragraph
    of a long quote and closes only the last one.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        start = None
        for m in _MARKS.finditer(para):
            ch, at, end = m.group(), pos + m.start(), pos + m.end()
            if ch == "“":
                nxt = para[m.end():m.end() + 1]
                # '“..., that could create new problems for her here,“ said Jim Clyburn':
                # an opening mark typed as the closer (followed by a space or the line end)
                if start is not None and (nxt == "" or nxt.isspace()) and para[m.start() - 1:m.start()] in ",.?!":
                    spans.append((start, end))
                    start = None
                else:
                    start = at  # a second opener means the first was never closed
            elif ch == "”":
                if start is not None:
                    spans.append((start, end))
                    start = None
            elif start is None:
                start = at
            else:
                spans.append((start, end))
                start = None
        if start is not None and len(para) - (start - pos) > 2:
            spans.append((start, pos + len(para.rstrip())))
        pos += len(para) + 1
    return spans
