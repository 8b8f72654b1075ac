"""Cue verbs the tagger read as nouns: "The Lopez campaign projects that the tax would
raise ..." parsed as a noun phrase ("campaign projects") with a relative clause, so no verb
carries the statement (:mod:`.statements` reads verbs only)."""
from __future__ import annotations

from typing import Iterator

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.content import trim
from stancegraph.loaders.extract.cue_subjects import may_state
from stancegraph.loaders.extract.documents import is_document
from stancegraph.loaders.extract.nlp import text_of, tokens_with
from stancegraph.loaders.extract.raw import RawStatement

#: the words of a subject noun phrase the parser hung on the misread verb
_SUBJECT_DEPS = frozenset("det compound amod nmod nsubj poss nummod quantmod".split())


def misread_verb_statements(doc, in_quote) -> Iterator[RawStatement]:
    """A listed cue word tagged as a noun at the root of its sentence, right after the noun
    it heads and right before "that" or "to" + a verb, is the verb of that subject ("Trump
    predicts that ...", "The candidate plans to be back ..."; PolNeAR train: 9 of 11 such
    roots gold cues, against 2 of 7 before a bare clause, which stays out)."""
    lemmas = cues.all_cue_lemmas(attitudes=True)
    for sent in doc.sents:
        t = sent.root
        if t.pos_ != "NOUN" or t.i == sent.start or t.i + 2 >= sent.end or in_quote[t.i]:
            continue
        lemma = t.lemma_.lower()
        nxt, after = doc[t.i + 1], doc[t.i + 2]
        if lemma not in lemmas or lemma in cues.ATTITUDE_VERBS:
            continue
        if nxt.lower_ == "that":  # the subject "that" of a bare clause stays ("brags that's good news")
            start = nxt.idx if nxt.dep_ in ("nsubj", "nsubjpass") or after.lower_ in ("'s", "’s") else after.idx
        elif nxt.lower_ == "to" and after.pos_ in ("VERB", "AUX"):
            start = nxt.idx
        else:
            continue
        subject = _subject(t)
        if subject is None or not may_state(lemma, doc[subject[1] - 1]) or not _agrees(doc[subject[1] - 1], t):
            continue
        last = next(x for x in reversed(sent) if not (x.is_punct or x.is_space))
        kind = "mixed" if any(in_quote[x] for x in range(t.i + 1, last.i + 1)) else "indirect"
        trimmed = trim(text_of(doc), start, last.idx + len(last.text), keep_quotes=kind == "mixed")
        if trimmed:
            yield RawStatement(t.idx, t.idx + len(t.text), lemma, subject, trimmed, kind, cue_token=t.i)


def _subject(t):
    """The token span of the noun phrase the parser hung on ``t`` right before it, or None."""
    prev = t.doc[t.i - 1]
    if prev.head.i != t.i or prev.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    start = t.i
    for c in reversed(list(t.lefts)):
        if c.dep_ not in _SUBJECT_DEPS or c.right_edge.i != start - 1:
            break
        start = c.left_edge.i
    return start, t.i


#: what may stand before a trailing tag's verb as its subject: names, groups, documents
_TAG_SUBJECT_ENTS = frozenset("PERSON ORG NORP GPE".split())


def misread_tag_statements(doc, in_quote) -> Iterator[RawStatement]:
    """'..., campaign finance records show.', '"...," the filing states.': a trailing speech
    tag whose verb the tagger read as a noun says the clause before its comma, when its
    subject is a document, a name or a group and the verb agrees with it (PolNeAR train:
    about 7 such tags, against "a swing state," or "the TV show," which are no tags)."""
    lemmas = cues.all_cue_lemmas() - cues.INTENTION_VERBS
    for t in tokens_with(doc, lemmas):
        if t.pos_ != "NOUN" or in_quote[t.i] or t.lemma_.lower() not in lemmas:
            continue
        nxt = t.i + 1 < len(doc) and doc[t.i + 1]
        if nxt and nxt.text not in (".", ",", ";"):
            continue
        start = _np_start(t)
        head = doc[t.i - 1] if t.i else None
        if start is None or head is None or not _may_tag(head, t):
            continue
        comma = doc[start - 1] if doc[start - 1].text == "," else doc[start - 2]
        first = next((x for x in t.sent if not x.is_space), None)
        if first is None or first.i >= comma.i:
            continue
        content = first.idx, comma.idx
        kind = "direct" if in_quote[first.i] and in_quote[comma.i - 1] else "indirect"
        trimmed = trim(text_of(doc), *content, keep_quotes=kind == "direct")
        if trimmed:
            yield RawStatement(t.idx, t.idx + len(t.text), t.lemma_.lower(), (start, t.i), trimmed, kind, cue_token=t.i)


def _np_start(t):
    """The first token of the noun phrase right before ``t`` when a comma (or a comma and a
    closing quote mark) sets it off, else None."""
    doc = t.doc
    i = t.i
    while i > t.sent.start and i > t.i - 6 and (doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PRON")
                                                 or doc[i - 1].tag_ == "POS"):
        i -= 1
    if i == t.i or i < 2:
        return None
    before = doc[i - 1]
    if before.text == "," or before.text in ('"', "”", "''") and doc[i - 2].text == ",":
        return i
    return None


def _may_tag(head, t) -> bool:
    """A subject a speech tag may have, its number agreeing with the verb ("records show",
    "the filing states", "the Saudis state")."""
    if not (is_document(head) or head.ent_type_ in _TAG_SUBJECT_ENTS or head.pos_ in ("PROPN", "PRON")):
        return False
    return _agrees(head, t, names=True)  # not "..., a Secret Service detail,"


def _agrees(head, t, names: bool = False) -> bool:
    """A verb read as a noun agrees in number with its subject: "records show", "the filing
    states"; not "the terrorist aim" (a noun phrase). A name before a root verb is not held
    to it (``names``: "Audit files from NGP VAN show that": the name ends the phrase)."""
    if head.pos_ != "NOUN" and not names:
        return True
    return t.lower_.endswith("s") != (head.tag_ in ("NNS", "NNPS"))
