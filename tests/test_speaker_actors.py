"""The actor a speaker mention is linked to in the graph: shapes from hand audits of the BBC
politics graph (session 20), each in sentences written for the test."""
from __future__ import annotations

from stancegraph.graph.model import Article


def _graph(extractor, text: str):
    return extractor.extract(Article(id=Article.make_id(text), text=text))


def _said(graph, cue: str):
    found = [st for st in graph.statements if st.cue is not None and st.cue.text == cue]
    assert len(found) == 1, [(st.cue and st.cue.text, st.content.text) for st in graph.statements]
    return found[0]


def test_a_plural_demonym_is_no_person_and_takes_no_he(extractor):
    # the small model tags a plural demonym PERSON; as the subject of a quoted relative
    # clause it became the person a later "he" continued
    g = _graph(extractor, 'In a new year message, the Tory leader praised party members. He then '
                          'turned to the virtues that "most Britons treasure". Turning to the coming '
                          'poll, he promised to "put those virtues at the heart of government".')
    assert not [a for a in g.actors if a.name == "Britons" and a.kind == "person"]
    assert _said(g, "promised").speaker.actor != "person:britons"
