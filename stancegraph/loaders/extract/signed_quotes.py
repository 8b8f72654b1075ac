"""A quote signed on the line after it: '"We will build the bridge."' then '- Anna Keller.'
(a list of quotes, each a paragraph, each signed by a dash and a name). No verb is there."""
from __future__ import annotations

from typing import Iterator

from stancegraph.loaders.extract.content import trim
from stancegraph.loaders.extract.nlp import text_of
from stancegraph.loaders.extract.raw import RawStatement

_DASHES = ("-", "—", "–")
_QUOTE_MARKS = "\"“”"


def signed_quotes(doc, quotes: list[tuple[int, int]]) -> Iterator[RawStatement]:
    """A line of a dash and a name ("- Sanders.", "- Anna Keller, Leeds.") right after a
    paragraph that is one quote signs that quote (PolNeAR train); only names, title-cased,
    at most five words before a comma or the full stop."""
    text = text_of(doc)
    ends = {qe: k for k, (qs, qe) in enumerate(quotes)}
    pos = 0
    while (pos := text.find("\n", pos) + 1) > 0:
        line_end = text.find("\n", pos)
        line = text[pos:line_end if line_end >= 0 else len(text)]
        if not line.startswith(_DASHES):
            continue
        qi = _quote_before(text, pos, quotes, ends)
        name = doc.char_span(pos + 1 + len(line[1:]) - len(line[1:].lstrip()), pos + len(line), alignment_mode="expand")
        if qi is None or name is None:
            continue
        words = []
        for t in name:
            if t.text in (",", ".", "(") or t.is_space:
                break
            words.append(t)
        if words and words[0].text.startswith(_DASHES):
            continue  # "-Tom" as one token: no clean name span
        if not 1 <= len(words) <= 5 or not all(t.is_title or t.pos_ == "PROPN" or t.text in ("'s", "’s") for t in words):
            continue
        content = trim(text, *quotes[qi], keep_quotes=True)
        if content:
            yield RawStatement(pos, pos + 1, "-", (words[0].i, words[-1].i + 1), content, "direct",
                               cue_token=words[0].i, quotes=(qi,))


def _quote_before(text: str, pos: int, quotes, ends):
    """The quote that is the whole paragraph before the line at ``pos``, or None."""
    prev_end = len(text[:pos].rstrip())
    qi = ends.get(prev_end)
    if qi is None:
        return None
    qs = quotes[qi][0]
    line_start = text.rfind("\n", 0, qs) + 1
    return qi if not text[line_start:qs].strip() and text[qs] in _QUOTE_MARKS else None
