"""A name right before a finite cue verb, or before an aside that runs up to it, that the
parser left unlinked from the verb.

"Leaving the hall, Mr. Reyes - in a remark aimed at his rival - declared that ...", "Few
mayors admit it, but Ann Ruiz (a planner so young she is taken for an intern) says ...",
"In a long interview - recorded at his farm - Dalton continued to insist ...", "Jolly, who
was elected in 2014, does not see ...": the parser hangs the name on the fronted phrase,
on the aside or on the verb itself (as an adverb, a compound, an object of the fronted
preposition) and leaves the verb with no subject. Called by :func:`cue_subjects.cue_subject`
last, for a root cue that found no subject otherwise (PolNeAR train, session 21).
:func:`aside_subjects.aside_subject` takes such a name only when it opens the sentence; this
one also after a fronted phrase or clause closed by a comma, a dash, "but" or "and". Also
the speaker after a cue following a closing quote, and the subject of the main clause after an
"-ing" cue that opens the sentence.
"""
from __future__ import annotations

_FINITE = frozenset(("VBD", "VBZ", "VBP"))
#: The mark that closes an aside before the verb, and the one that opened it.
_OPENER = {")": "(", "—": "—", "–": "–", "-": "-", "--": "--", ",": ","}
_SPEAKERS = frozenset(("PERSON", "ORG", "NORP"))
#: Words of a name's noun phrase before it: "Gov. Ann", "40-year-old Ann", "novelist Ann".
_NP_WORDS = frozenset(("PROPN", "NOUN", "ADJ", "NUM", "DET", "PART"))


def unlinked_name(t, in_quote):
    """The speaker the parser left off the cue ``t``, or None: after a closing quote
    (:func:`_inverted_name`), after an opening "-ing" cue (:func:`_opening_participle`), or,
    for a root cue (finite, or with an auxiliary), the name right before the verb's own adverbs, or right before an aside closed by a bracket,
    dash or comma that runs up to them (the first name before such a comma: "Mr. Reid, whose
    firm, Acme, ..., said" is Reid's). A name before an aside must not be the object of a
    preposition or verb ("Besides Mr. Reid, two members ..., have said"); the
    words before the name must be closed off (the sentence start, a mark, "but", "and")."""
    if in_quote[t.i] or t.pos_ != "VERB":
        return None
    named = _inverted_name(t, in_quote) or _opening_participle(t, in_quote)
    if named is not None:
        return named
    if t.dep_ != "ROOT" or t.tag_ == "VBG" or t.lemma_.lower() == "have":
        return None
    if t.tag_ not in _FINITE and not any(c.dep_ == "aux" and c.i < t.i for c in t.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in t.children):
        return None
    doc, sent = t.doc, t.sent
    i = t.i
    while i - 1 > sent.start and doc[i - 1].head.i == t.i and doc[i - 1].dep_ in ("advmod", "aux", "neg") \
            and doc[i - 1].pos_ != "PROPN":
        i -= 1  # "also railed", "did not mention", "may see"
    if i - 1 <= sent.start:
        return None
    last = doc[i - 1]
    if last.text not in _OPENER:
        return last if _name(last, in_quote, adjacent=True) else None
    opens = [j for j in range(sent.start + 1, i - 1) if doc[j].text == _OPENER[last.text]]
    if last.text != ",":
        opens = opens[-1:]  # the bracket or dash that opened this aside
    for j in opens:
        if any(in_quote[k] for k in range(j, i)):
            return None
        if _name(doc[j - 1], in_quote, adjacent=False):
            return doc[j - 1]
    return None


#: "-ing" verbs opening a sentence that tell a scene, not what was said ("Speaking in Leeds,").
_SCENE_VERBS = frozenset("speak ask talk appear respond make hold take walk see find give continue".split())


def _opening_participle(t, in_quote):
    """The subject of the main clause after an "-ing" cue that opens the sentence, which the
    parser made the root or hung on a verb inside the clause it says ("Noting that the levy
    had doubled, Ms. Okafor reminded voters ...", "Stressing the cost, Reid said, '...'": PolNeAR
    train, session 21): the first subject after the comma that closes the participle's
    words, a name or a personal pronoun, of a finite verb after it. Only a participle with an
    object, a clause or a preposition, and not one of a scene ("Speaking in Leeds,")."""
    doc, sent = t.doc, t.sent
    first = next((x for x in sent if not (x.is_punct or x.is_space)), None)
    if first is None or first.i != t.i or t.tag_ != "VBG" or t.dep_ not in ("ROOT", "advcl") \
            or t.lemma_.lower() in _SCENE_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    if not any(c.i > t.i and c.dep_ in ("dobj", "ccomp", "prep", "prt") for c in t.children):
        return None
    comma = next((x for x in doc[t.i + 1:sent.end] if x.text == "," and not in_quote[x.i]), None)
    if comma is None:
        return None
    for y in doc[comma.i + 1:sent.end]:
        v = y.head
        if y.dep_ == "nsubj" and v.i > y.i and not in_quote[y.i] and (
                v.tag_ in _FINITE or any(c.dep_ == "aux" for c in v.children)):
            ok = y.ent_type_ == "PERSON" or y.pos_ == "PROPN" or y.lower_ in ("he", "she", "they")
            return y if ok else None
    return None


#: What closes the speaker's phrase after an inverted verb.
_NP_ENDS = frozenset((",", ".", "(", ";", ":", "—", "–"))


def _inverted_name(t, in_quote):
    """The speaker after a finite cue that follows a closing quote mark, which the parser made
    its object or a word of a clause it hung on the cue: '"...," opined the Valley Courier',
    '"...," said retired judge Ann Hollis, asked about ...', '"...," tweeted another', and
    after a quote that ends the sentence before ('"..." / wrote a reader calling himself X.').
    The phrase runs to a comma, bracket or the sentence's end, holds no quoted word, finite
    verb or pronoun (but "himself"), and ends in a name (or "another"); its head is the verb's object when
    that opens it ("a reader calling himself X")."""
    if t.tag_ not in _FINITE or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    doc = t.doc
    i = t.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or not doc[i].is_quote:
        return None
    words = []
    for x in doc[t.i + 1:t.sent.end]:
        if x.text in _NP_ENDS or x.is_space:
            break
        if in_quote[x.i] or x.tag_ in _FINITE or x.tag_ == "MD" or x.pos_ == "PRON" and not (
                x.lower_ == "another" or x.lower_.endswith("self")):
            return None
        words.append(x)
    if not words or len(words) > 9 or any(c.dep_ == "ccomp" and c.i > words[-1].i for c in t.children):
        return None
    last = words[-1]
    if not (last.ent_type_ in _SPEAKERS or last.pos_ == "PROPN" and not last.ent_type_ or last.lower_ == "another"):
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.left_edge.i == t.i + 1 and c.pos_ == "NOUN"), None)
    return obj if obj is not None and obj.i <= last.i else last


def _phrase_of(noun, verb) -> bool:
    """``noun`` hangs on ``verb`` through prepositional phrases only ("At a rally in Dover")."""
    h = noun
    while h.head.i != h.i and h.dep_ in ("pobj", "prep", "appos", "conj", "compound"):
        h = h.head
        if h.i == verb.i:
            return True
    return False


def _name(y, in_quote, adjacent: bool) -> bool:
    """A person, group or nationality named outside quotes, not a time or place, whose phrase
    follows closed-off words; right before the verb it may be the parser's object."""
    if in_quote[y.i] or y.is_punct or not (y.ent_type_ in _SPEAKERS or y.pos_ == "PROPN" and not y.ent_type_):
        return False
    z = y
    while z.dep_ == "conj":
        z = z.head
    if z.dep_ in ("attr", "dative", "poss") or z.dep_ in ("pobj", "dobj") and not adjacent:
        return False
    if z.dep_ == "pobj" and not _phrase_of(z, y.sent.root):
        return False  # "When X criticizes Y from the left, Z may see": inside a clause, not a phrase
    doc, start = y.doc, y.i
    while start - 1 >= y.sent.start and (doc[start - 1].pos_ in _NP_WORDS or
                                         doc[start - 1].text in ("-", "’s", "'s")):
        start -= 1
    before = doc[start - 1] if start > y.sent.start else None
    return before is None or before.is_punct or before.pos_ == "CCONJ"
