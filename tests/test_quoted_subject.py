"""A subject the parser took from the quote before a speech tag never speaks for the verb
after the quote; the name it set in apposition outside the quote does (issue 19, session 20):
'"A fine reporter, this one," Ann Reid, the chair of the board, said.' The parse is built by
hand (the small parser's slip on news sentences of this shape), on a sentence written for
this test."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from stancegraph.loaders.extract.cue_subjects import cue_subject

WORDS = ["“", "A", "fine", "reporter", ",", "this", "one", ",", "”", "Ann", "Reid", ",", "the", "chair", ",", "said",
         "."]
HEADS = [15, 3, 3, 15, 3, 6, 3, 3, 3, 10, 3, 10, 13, 10, 10, 15, 15]
DEPS = ["punct", "det", "amod", "nsubj", "punct", "det", "appos", "punct", "punct", "compound", "appos", "punct",
        "det", "appos", "punct", "ROOT", "punct"]
TAGS = ["``", "DT", "JJ", "NN", ",", "DT", "NN", ",", "''", "NNP", "NNP", ",", "DT", "NN", ",", "VBD", "."]
POS = ["PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET",
       "NOUN", "PUNCT", "VERB", "PUNCT"]


def test_the_name_outside_the_quote_speaks_not_the_quotes_noun():
    lemmas = ["say" if w == "said" else w.lower() for w in WORDS]
    doc = Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS, tags=TAGS, pos=POS, lemmas=lemmas)
    doc.ents = [Span(doc, 9, 11, "PERSON")]
    in_quote = [i <= 8 for i in range(len(doc))]
    assert cue_subject(doc[15], in_quote).text == "Reid"
