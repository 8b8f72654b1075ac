"""Small hand-built article graphs for store, query and export tests (no spaCy needed)."""
from __future__ import annotations

from stancegraph.graph.model import (Actor, Article, ArticleGraph, Mention, Relation, Span, Statement, Topic,
                                     actor_id, stable_id, topic_id)

BIDEN = actor_id("person", "Joe Biden")
XI = actor_id("person", "Xi Jinping")
TAIWAN = actor_id("place", "Taiwan")
XINHUA = actor_id("organization", "Xinhua News Agency")
TAIWAN_INDEPENDENCE = topic_id("Taiwan independence")


def _span(text: str, part: str, start_at: int = 0) -> Span:
    start = text.index(part, start_at)
    return Span(start, start + len(part), part)


def _mention(text: str, part: str, actor: str) -> Mention:
    s = _span(text, part)
    return Mention(s.start, s.end, s.text, actor)


def biden_article(published: str = "2025-11-25") -> ArticleGraph:
    text = ('Former U.S. President Joe Biden said, "I do not support Taiwan independence." '
            'Xinhua reported that Xi said "Taiwan\'s return to China is an important part of the order."')
    art = Article(id=Article.make_id(text), text=text, title="Biden and Xi on Taiwan", published=published,
                  outlet="Test Daily", url="https://example.org/biden-xi")
    q1 = _span(text, "I do not support Taiwan independence")
    q2 = _span(text, "Taiwan's return to China is an important part of the order")
    s1 = Statement(stable_id(art.id, q1.start, q1.end), _mention(text, "Joe Biden", BIDEN),
                   _span(text, "said"), q1, kind="direct", about=[TAIWAN, TAIWAN_INDEPENDENCE],
                   sentence=_span(text, text[: text.index("Xinhua") - 1]))
    s2 = Statement(stable_id(art.id, q2.start, q2.end), _mention(text, "Xi", XI),
                   _span(text, "said", text.index("Xi said")), q2, kind="direct",
                   reported_by=XINHUA, about=[TAIWAN])
    rel = Relation("DOES_NOT_SUPPORT", BIDEN, TAIWAN_INDEPENDENCE, art.id, statement=s1.id,
                   sentence=s1.sentence, cue="do not support", polarity=0.0, confidence=0.9,
                   date=published)
    return ArticleGraph(
        article=art,
        actors=[Actor(BIDEN, "Joe Biden", "person", ["Biden", "Joe Biden"], ["president"]),
                Actor(XI, "Xi Jinping", "person", ["Xi"]),
                Actor(TAIWAN, "Taiwan", "place"),
                Actor(XINHUA, "Xinhua News Agency", "organization", ["Xinhua"])],
        topics=[Topic(TAIWAN_INDEPENDENCE, "Taiwan independence")],
        mentions=[_mention(text, "Joe Biden", BIDEN), _mention(text, "Xinhua", XINHUA),
                  _mention(text, "Xi", XI), _mention(text, "Taiwan", TAIWAN)],
        statements=[s1, s2],
        relations=[rel],
    )


def xi_visit_article() -> ArticleGraph:
    """A second article that shares actors with the first (cross-article merging)."""
    text = "Xi Jinping will make a state visit to the United States next year, Xi told reporters."
    art = Article(id=Article.make_id(text), text=text, title="Xi to visit", published="2025-11-26")
    us = actor_id("country", "United States")
    content = _span(text, "Xi Jinping will make a state visit to the United States next year")
    speaker = Mention(text.rindex("Xi"), text.rindex("Xi") + 2, "Xi", XI)
    st = Statement(stable_id(art.id, content.start, content.end), speaker, _span(text, "told"), content,
                   kind="indirect", about=[us])
    return ArticleGraph(
        article=art,
        actors=[Actor(XI, "Xi Jinping", "person", ["Xi Jinping", "President Xi"], ["president"]),
                Actor(us, "United States", "country", ["U.S.", "US", "America"])],
        mentions=[_mention(text, "Xi Jinping", XI), _mention(text, "United States", us)],
        statements=[st],
        relations=[Relation("VISITS", XI, us, art.id, statement=st.id, status="planned", date_text="next year",
                            detail="state visit")],
    )
