"""A trailing "-ing" participle hung inside the clause a saying verb reports belongs to the
one saying, even when the parser put the sentence's root inside a quote after it (issue 19,
session 20): 'Reid said Bell will have to choose, saying "I think it is time."' -- "saying" is
Reid's, not Bell's. The parse is built by hand (the small parser's shape on a news sentence
like this one), on a sentence written for this test."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from stancegraph.loaders.extract.cue_subjects import cue_subject

WORDS = ["Reid", "said", "Bell", "will", "have", "to", "choose", ",", "saying", "“", "I", "think", "it", "is",
         "time", ".", "”"]
HEADS = [1, 11, 4, 4, 1, 6, 4, 6, 6, 8, 11, 11, 13, 11, 13, 11, 11]
DEPS = ["nsubj", "ccomp", "nsubj", "aux", "ccomp", "aux", "xcomp", "punct", "advcl", "punct", "nsubj", "ROOT",
        "nsubj", "ccomp", "attr", "punct", "punct"]
TAGS = ["NNP", "VBD", "NNP", "MD", "VB", "TO", "VB", ",", "VBG", "``", "PRP", "VBP", "PRP", "VBZ", "NN", ".", "''"]
POS = ["PROPN", "VERB", "PROPN", "AUX", "VERB", "PART", "VERB", "PUNCT", "VERB", "PUNCT", "PRON", "VERB", "PRON",
       "AUX", "NOUN", "PUNCT", "PUNCT"]
LEMMAS = ["Reid", "say", "Bell", "will", "have", "to", "choose", ",", "say", "“", "I", "think", "it", "be", "time",
          ".", "”"]

def test_the_sayer_above_the_reported_clause_says_the_participle():
    doc = Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS, tags=TAGS, pos=POS, lemmas=LEMMAS)
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 2, 3, "PERSON")]
    in_quote = [9 <= i <= 16 for i in range(len(doc))]
    assert cue_subject(doc[8], in_quote).text == "Reid"
