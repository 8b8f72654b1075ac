"""A name before a finite cue verb, or before an aside running up to it, that the parser left
unlinked from the verb (issue 19, session 21). The small parser's slips are built by hand, as
it made them on news sentences of this shape: the name taken for the passive subject of a verb
inside the dashes, or for the object of a fronted preposition."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from stancegraph.loaders.extract.cue_subjects import cue_subject

# "Later, Mr. Reyes - in a remark that was aimed at the mayor - declared that the city must change."
WORDS = "Later , Mr. Reyes - in a remark that was aimed at the mayor - declared that the city must change .".split()
HEADS = [15, 15, 3, 10, 10, 10, 7, 5, 10, 10, 15, 10, 13, 11, 15, 15, 20, 18, 20, 20, 15, 15]
DEPS = ["advmod", "punct", "compound", "nsubjpass", "punct", "prep", "det", "pobj", "mark", "auxpass", "advcl",
        "prep", "det", "pobj", "punct", "ROOT", "mark", "det", "nsubj", "aux", "ccomp", "punct"]
TAGS = ["RB", ",", "NNP", "NNP", "HYPH", "IN", "DT", "NN", "IN", "VBD", "VBN", "IN", "DT", "NN", "HYPH", "VBD",
        "IN", "DT", "NN", "MD", "VB", "."]
POS = ["ADV", "PUNCT", "PROPN", "PROPN", "PUNCT", "ADP", "DET", "NOUN", "SCONJ", "AUX", "VERB", "ADP", "DET",
       "NOUN", "PUNCT", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
LEMMAS = {"declared": "declare", "was": "be", "aimed": "aim"}


def _parsed(words=WORDS, heads=HEADS, deps=DEPS, tags=TAGS, pos=POS):
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              lemmas=[LEMMAS.get(w, w.lower()) for w in words])
    doc.ents = [Span(doc, words.index("Reyes"), words.index("Reyes") + 1, "PERSON")]
    return doc


def test_the_name_before_a_dashed_aside_after_a_fronted_word_speaks():
    doc = _parsed()
    assert cue_subject(doc[15], [False] * len(doc)).text == "Reyes"


def test_a_name_right_before_the_verb_after_a_fronted_phrase_speaks():
    # "At a rally in Dover, Mr. Reyes declared that the city must change." with the name
    # taken for a second object of "in"
    words = "At a rally in Dover , Mr. Reyes declared that the city must change .".split()
    heads = [8, 2, 0, 2, 3, 4, 7, 3, 8, 13, 11, 13, 13, 8, 8]
    deps = ["prep", "det", "pobj", "prep", "pobj", "punct", "compound", "pobj", "ROOT"] + DEPS[16:]
    tags = ["IN", "DT", "NN", "IN", "NNP", ",", "NNP", "NNP"] + TAGS[15:]
    pos = ["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN"] + POS[15:]
    doc = _parsed(words, heads, deps, tags, pos)
    assert cue_subject(doc[8], [False] * len(doc)).text == "Reyes"


def test_the_object_of_a_fronted_preposition_before_an_aside_does_not_speak():
    # "Unlike Mr. Reyes - in a remark ... - declared": the name is the preposition's
    words = ["Unlike"] + WORDS[2:]
    heads = [14, 2, 0, 9, 9, 6, 4, 9, 9, 14, 9, 12, 10, 14, 14, 19, 17, 19, 19, 14, 14]
    deps = ["prep", "compound", "pobj"] + DEPS[4:]
    doc = _parsed(words, heads, deps, ["IN"] + TAGS[2:], ["ADP"] + POS[2:])
    assert cue_subject(doc[14], [False] * len(doc)) is None



def test_the_main_subject_after_an_opening_ing_cue_speaks():
    # "Noting that the levy doubled, Okafor reminded voters of her plan." with the participle
    # made the root and the main verb hung on it
    words = "Noting that the levy doubled , Okafor reminded voters of her plan .".split()
    heads = [0, 4, 3, 4, 0, 0, 7, 0, 7, 7, 11, 9, 0]
    deps = ["ROOT", "mark", "det", "nsubj", "ccomp", "punct", "nsubj", "advcl", "dobj", "prep", "poss", "pobj",
            "punct"]
    tags = ["VBG", "IN", "DT", "NN", "VBD", ",", "NNP", "VBD", "NNS", "IN", "PRP$", "NN", "."]
    pos = ["VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT", "PROPN", "VERB", "NOUN", "ADP", "PRON", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              lemmas=[{"Noting": "note", "doubled": "double", "reminded": "remind"}.get(w, w.lower()) for w in words])
    doc.ents = [Span(doc, 6, 7, "PERSON")]
    assert cue_subject(doc[0], [False] * len(doc)).text == "Okafor"
