"""A speaker opening the sentence, cut off from the cue verb by an aside with verbs of its own
(issue 19, session 19). The small parser's slip is built by hand: on a news sentence like
this it made the name the subject of the aside's relative verb and left "said" with none."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from stancegraph.loaders.extract.cue_subjects import cue_subject

WORDS = "Rosa Dunn , head of Harlow Tenants United , a union that has backed Reid , also said the levy was unfair .".split()
HEADS = [1, 13, 1, 1, 3, 7, 7, 4, 7, 10, 7, 13, 13, 17, 13, 17, 17, 17, 19, 20, 17, 20, 17]
DEPS = ["compound", "nsubj", "punct", "appos", "prep", "compound", "compound", "pobj", "punct", "det", "appos",
        "nsubj", "aux", "ccomp", "dobj", "punct", "advmod", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"]
TAGS = ["NNP", "NNP", ",", "NN", "IN", "NNP", "NNP", "NNP", ",", "DT", "NN", "WDT", "VBZ", "VBN", "NNP", ",", "RB",
        "VBD", "DT", "NN", "VBD", "JJ", "."]
POS = ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PRON", "AUX",
       "VERB", "PROPN", "PUNCT", "ADV", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]


def _parsed(words=WORDS, heads=HEADS, deps=DEPS):
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=TAGS, pos=POS,
              lemmas=[w.lower() if w != "said" else "say" for w in words])
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 5, 8, "ORG"), Span(doc, 14, 15, "PERSON")]
    return doc


def test_the_name_before_an_aside_with_a_relative_clause_speaks():
    doc = _parsed()
    assert cue_subject(doc[17], [False] * len(doc)).text == "Dunn"


def test_a_name_after_words_of_the_sentence_does_not_speak():
    # "Unlike Dunn, head of ..., also said": the name is the object of a fronted preposition
    # (a name after a fronted phrase closed by a comma speaks: tests/test_unlinked_names.py)
    words = ["Unlike"] + WORDS[1:]
    heads, deps = [17, 0] + HEADS[2:], ["prep", "pobj"] + DEPS[2:]
    doc = _parsed(words=words, heads=heads, deps=deps)
    doc.ents = [Span(doc, 1, 2, "PERSON")]
    assert cue_subject(doc[17], [False] * len(doc)) is None
