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


TRUMP = actor_id("person", "Donald Trump")
CHINA = actor_id("country", "China")
UNITED_STATES = actor_id("country", "United States")
BEIJING = actor_id("place", "Beijing")
MEDEIROS = actor_id("person", "Evan Medeiros")
GEORGETOWN = actor_id("organization", "Georgetown University")
WSJ = actor_id("organization", "The Wall Street Journal")
DPP = actor_id("organization", "Democratic Progressive Party")


def call_article() -> ArticleGraph:
    """Stances, events and reported statements around the Trump-Xi call (for the query library)."""
    text = ("Trump said he had a very good call with President Xi on Monday. "
            "Xi invited Trump to visit Beijing in April, and Trump said he would go. "
            'Xi said, "China firmly opposes Taiwan independence," Xinhua reported. '
            "The Democratic Progressive Party supports Taiwan independence, its spokesman said. "
            "Evan Medeiros, a professor at Georgetown University, told The Wall Street Journal that "
            "Xi is trying to draw the United States closer to China. "
            "The United States exported soybeans to China last week.")
    art = Article(id=Article.make_id(text), text=text, title="Trump and Xi talk by phone", published="2025-11-25",
                  outlet="Korea Economic Daily", url="https://example.org/trump-xi-call")

    def sentence(start_word: str, end_word: str) -> Span:
        start = text.index(start_word)
        end = text.index(end_word, start) + len(end_word)
        return Span(start, end, text[start:end])

    s_call, s_invite, s_xi, s_dpp, s_medeiros, s_exports = (
        sentence("Trump said he had", "on Monday."), sentence("Xi invited", "he would go."),
        sentence('Xi said, "', "Xinhua reported."), sentence("The Democratic", "spokesman said."),
        sentence("Evan Medeiros,", "closer to China."), sentence("The United States exported", "last week."))

    def stmt(speaker: Mention, cue: str, content: str, about: list[str], *, kind="indirect", reported_by=None,
             sent: Span, date: str = "2025-11-25") -> Statement:
        c = _span(text, content, sent.start)
        return Statement(stable_id(art.id, c.start, c.end), speaker, _span(text, cue, sent.start), c, kind=kind,
                         reported_by=reported_by, about=about, sentence=sent, date=date)

    trump = Mention(0, 5, "Trump", TRUMP)
    st_call = stmt(trump, "said", "he had a very good call with President Xi on Monday", [XI], sent=s_call,
                   date="2025-11-24")
    st_go = stmt(Mention(text.index("Trump said he would"), text.index("Trump said he would") + 5, "Trump", TRUMP),
                 "said", "he would go", [BEIJING], sent=s_invite)
    st_xi = stmt(_mention(text, 'Xi said', XI), "said", "China firmly opposes Taiwan independence",
                 [TAIWAN_INDEPENDENCE, TAIWAN], kind="direct", reported_by=XINHUA, sent=s_xi)
    st_xi.speaker = Mention(s_xi.start, s_xi.start + 2, "Xi", XI)
    st_dpp = stmt(Mention(s_dpp.start + text[s_dpp.start:].index("its spokesman"),
                          s_dpp.start + text[s_dpp.start:].index("its spokesman") + 13, "its spokesman", DPP),
                  "said", "The Democratic Progressive Party supports Taiwan independence", [TAIWAN_INDEPENDENCE],
                  sent=s_dpp, date="2025-10-30")
    st_med = stmt(_mention(text, "Evan Medeiros", MEDEIROS), "told",
                  "Xi is trying to draw the United States closer to China", [XI, UNITED_STATES, CHINA],
                  reported_by=WSJ, sent=s_medeiros)

    def rel(rtype: str, source: str, target: str, sent: Span, **kw) -> Relation:
        return Relation(rtype, source, target, art.id, sentence=sent, **kw)

    relations = [
        rel("CALLED", TRUMP, XI, s_call, statement=st_call.id, cue="call", date="2025-11-24", date_text="on Monday",
            status="done", confidence=0.9),
        rel("INVITED", XI, TRUMP, s_invite, cue="invited", detail="visit Beijing in April", confidence=0.8),
        rel("VISITS", TRUMP, BEIJING, s_invite, statement=st_go.id, cue="visit", date="2026-04",
            date_text="in April", status="planned", confidence=0.7),
        rel("OPPOSES", XI, TAIWAN_INDEPENDENCE, s_xi, statement=st_xi.id, cue="opposes", polarity=-1.0,
            confidence=0.9),
        rel("OPPOSES", CHINA, TAIWAN_INDEPENDENCE, s_xi, statement=st_xi.id, cue="opposes", polarity=-1.0,
            confidence=0.9),
        rel("SUPPORTS", DPP, TAIWAN_INDEPENDENCE, s_dpp, statement=st_dpp.id, cue="supports", polarity=1.0,
            confidence=0.8, date="2025-10-30"),
        rel("AFFILIATED_WITH", MEDEIROS, GEORGETOWN, s_medeiros, detail="professor", confidence=0.9),
        rel("EXPORTS_TO", UNITED_STATES, CHINA, s_exports, cue="exported", detail="soybeans", date="2025-11-18",
            date_text="last week", status="done", confidence=0.8),
    ]
    actors = [Actor(TRUMP, "Donald Trump", "person", ["Trump", "Donald Trump"], ["president"]),
              Actor(XI, "Xi Jinping", "person", ["Xi", "President Xi"], ["president"]),
              Actor(CHINA, "China", "country", ["China", "Chinese"]),
              Actor(UNITED_STATES, "United States", "country", ["U.S.", "United States"]),
              Actor(BEIJING, "Beijing", "place"),
              Actor(TAIWAN, "Taiwan", "place"),
              Actor(XINHUA, "Xinhua News Agency", "organization", ["Xinhua"]),
              Actor(DPP, "Democratic Progressive Party", "organization", ["DPP"]),
              Actor(MEDEIROS, "Evan Medeiros", "person", ["Medeiros"], ["professor"]),
              Actor(GEORGETOWN, "Georgetown University", "organization", ["Georgetown"]),
              Actor(WSJ, "The Wall Street Journal", "organization", ["WSJ", "Wall Street Journal"])]
    names = [("Trump", TRUMP), ("Xi", XI), ("Beijing", BEIJING), ("China", CHINA), ("Xinhua", XINHUA),
             ("Democratic Progressive Party", DPP), ("Evan Medeiros", MEDEIROS),
             ("Georgetown University", GEORGETOWN), ("The Wall Street Journal", WSJ), ("United States", UNITED_STATES)]
    mentions = [_mention(text, part, actor) for part, actor in names]
    mentions += [Mention(i, i + 5, "Trump", TRUMP) for i in (text.index("Trump to visit"), text.index("Trump said he would"))]
    return ArticleGraph(article=art, actors=actors, topics=[Topic(TAIWAN_INDEPENDENCE, "Taiwan independence")],
                        mentions=mentions, statements=[st_call, st_go, st_xi, st_dpp, st_med], relations=relations)
