"""A small graph of British politics for the `ask` tests, written for them (no corpus text).

It has what made plain questions hard on a real BBC politics graph: three Blairs (Tony, far
more mentioned, Cherie and Ian), a surname shared by two actors (Brown), topics named by
phrases ("tuition fees", "plans for ID cards"), an election that is an organisation, criticism
and praise between politicians, visits, calls and meetings, and articles over two years.
"""
from __future__ import annotations

from stancegraph.graph.model import (Actor, Article, ArticleGraph, Mention, Relation, Span, Statement, Topic,
                                     actor_id, stable_id, topic_id)

P = "person"
ACTORS = {
    "blair": Actor(actor_id(P, "Tony Blair"), "Tony Blair", P, ["Blair", "Mr Blair", "Tony Blair"], ["prime minister"]),
    "cherie": Actor(actor_id(P, "Cherie Blair"), "Cherie Blair", P, ["Blair", "Mrs Blair"], ["lawyer"]),
    "ian": Actor(actor_id(P, "Ian Blair"), "Ian Blair", P, ["Blair", "Sir Ian Blair"], ["police commissioner"]),
    "brown": Actor(actor_id(P, "Gordon Brown"), "Gordon Brown", P, ["Brown", "Mr Brown"], ["chancellor"]),
    "nick": Actor(actor_id(P, "Nick Brown"), "Nick Brown", P, ["Brown"], ["MP"]),
    "howard": Actor(actor_id(P, "Michael Howard"), "Michael Howard", P, ["Howard", "Mr Howard"], ["Tory leader"]),
    "kennedy": Actor(actor_id(P, "Charles Kennedy"), "Charles Kennedy", P, ["Kennedy"], ["Lib Dem leader"]),
    "clarke": Actor(actor_id(P, "Charles Clarke"), "Charles Clarke", P, ["Clarke"], ["home secretary"]),
    "bush": Actor(actor_id(P, "George W Bush"), "George W Bush", P, ["Bush", "President Bush"], ["president"]),
    "labour": Actor(actor_id("organization", "Labour Party"), "Labour Party", "organization", ["Labour"]),
    "tories": Actor(actor_id("organization", "Conservative Party"), "Conservative Party", "organization",
                    ["Conservatives", "Tories", "Tory"]),
    "libdems": Actor(actor_id("organization", "Liberal Democrats"), "Liberal Democrats", "organization",
                     ["Lib Dems"]),
    "election": Actor(actor_id("organization", "General Election"), "General Election", "organization"),
    "bbc": Actor(actor_id("organization", "BBC"), "BBC", "organization", ["BBC News"]),
    "pa": Actor(actor_id("organization", "Press Association"), "Press Association", "organization", ["PA"]),
    "uk": Actor(actor_id("country", "United Kingdom"), "United Kingdom", "country", ["UK", "Britain"]),
    "us": Actor(actor_id("country", "United States"), "United States", "country", ["US", "U.S.", "America"]),
    "iraq": Actor(actor_id("country", "Iraq"), "Iraq", "country"),
    "washington": Actor(actor_id("place", "Washington"), "Washington", "place"),
    "brussels": Actor(actor_id("place", "Brussels"), "Brussels", "place"),
    "india": Actor(actor_id("country", "India"), "India", "country"),
}
TOPICS = {
    "fees": Topic(topic_id("tuition fees"), "tuition fees", ["top-up fees"]),
    "idcards": Topic(topic_id("plans for ID cards"), "plans for ID cards"),
    "immigration": Topic(topic_id("immigration"), "immigration"),
    "war": Topic(topic_id("war in Iraq"), "war in Iraq"),
}


def _id(key: str) -> str:
    return (ACTORS.get(key) or TOPICS[key]).id


def _article(text: str, title: str, published: str, outlet: str, cast: str, items: list[tuple]) -> ArticleGraph:
    """An article from its sentences' parts: ("say", speaker, cue, content, about, reporter, date)
    and ("rel", type, source, target, cue, extra) items, each found in ``text`` in order;
    ``cast`` names the actors mentioned (each at the first of its names in the text)."""
    art = Article(id=Article.make_id(text), text=text, title=title, published=published, outlet=outlet,
                  url=f"https://example.org/{stable_id(title)}")
    graph = ArticleGraph(article=art, actors=[], topics=[], mentions=[], statements=[], relations=[])
    used: set[str] = set()
    at = 0
    for item in items:
        if item[0] == "say":
            at = _say(graph, item[1:], at, used)
        else:
            _rel(graph, item[1:], used)
    for key in cast.split():
        actor = ACTORS[key]
        for alias in sorted({actor.name, *actor.aliases}, key=len, reverse=True):
            i = text.find(alias)
            if i >= 0 and not any(m.start <= i < m.end for m in graph.mentions):
                graph.mentions.append(Mention(i, i + len(alias), alias, actor.id))
                used.add(key)
                break
    graph.actors = [a for k, a in ACTORS.items() if k in used]
    graph.topics = [t for k, t in TOPICS.items() if k in used]
    return graph


def _say(graph: ArticleGraph, spec: tuple, at: int, used: set[str]) -> int:
    speaker, cue, content, about, reporter, date = spec
    text = graph.article.text
    c_start = text.index(content, at)
    sent_start = text.rfind(". ", 0, c_start) + 2 if text.rfind(". ", 0, c_start) >= 0 else 0
    sent_end = text.find(". ", c_start + len(content))
    sent_end = len(text) if sent_end < 0 else sent_end + 1
    sentence = Span(sent_start, sent_end, text[sent_start:sent_end])
    name = ACTORS[speaker].aliases[0]
    s_start = text.find(name, sent_start)
    s_start = s_start if 0 <= s_start < sent_end else sent_start
    cue_start = text.index(cue, sent_start)
    content_span = Span(c_start, c_start + len(content), content)
    st = Statement(stable_id(graph.article.id, c_start, c_start + len(content)),
                   Mention(s_start, s_start + len(name), name, ACTORS[speaker].id),
                   Span(cue_start, cue_start + len(cue), cue), content_span, kind="indirect",
                   reported_by=ACTORS[reporter].id if reporter else None, about=[_id(a) for a in about],
                   sentence=sentence, date=date)
    graph.statements.append(st)
    used |= {speaker, *about, *([reporter] if reporter else [])}
    return c_start + len(content)


def _rel(graph: ArticleGraph, spec: tuple, used: set[str]) -> None:
    rtype, source, target, cue, extra = spec
    text = graph.article.text
    i = text.index(cue)
    start = text.rfind(". ", 0, i) + 2 if text.rfind(". ", 0, i) >= 0 else 0
    end = text.find(". ", i)
    end = len(text) if end < 0 else end + 1
    statement = next((s.id for s in graph.statements if s.sentence and s.sentence.start == start), None)
    polarity = {"SUPPORTS": 1.0, "OPPOSES": -1.0, "DOES_NOT_SUPPORT": 0.0}.get(rtype)
    graph.relations.append(Relation(rtype, _id(source), _id(target), graph.article.id, statement=statement,
                                    sentence=Span(start, end, text[start:end]), cue=cue, polarity=polarity,
                                    confidence=0.8, date=extra.get("date", graph.article.published),
                                    date_text=extra.get("date_text"), status=extra.get("status"),
                                    detail=extra.get("detail")))
    used |= {source, target}


def _articles() -> list[ArticleGraph]:
    s, r = "say", "rel"
    return [
        _article("Tony Blair said the plans for ID cards would make Britain safer. Michael Howard attacked the plans "
                 "for ID cards as a waste of money. Mr Howard also criticised Tony Blair over immigration, the BBC "
                 "reported.", "Blair defends ID cards", "2004-11-18", "BBC News", "blair howard uk bbc",
                 [(s, "blair", "said", "the plans for ID cards would make Britain safer", ["idcards"], None, None),
                  (s, "howard", "attacked", "the plans for ID cards as a waste of money", ["idcards"], None, None),
                  (s, "howard", "criticised", "Tony Blair over immigration", ["blair", "immigration"], "bbc", None),
                  (r, "SUPPORTS", "blair", "idcards", "would make Britain safer", {}),
                  (r, "OPPOSES", "howard", "idcards", "attacked", {}),
                  (r, "OPPOSES", "howard", "blair", "criticised", {})]),
        _article("Charles Kennedy said tuition fees were unfair on students. Gordon Brown praised the Labour Party "
                 "for its record on the economy. Kennedy opposes tuition fees, the Press Association reported.",
                 "Kennedy on fees", "2005-01-20", "The Guardian", "kennedy brown labour pa",
                 [(s, "kennedy", "said", "tuition fees were unfair on students", ["fees"], "pa", None),
                  (s, "brown", "praised", "the Labour Party for its record on the economy", ["labour"], None, None),
                  (r, "OPPOSES", "kennedy", "fees", "opposes", {}),
                  (r, "SUPPORTS", "brown", "labour", "praised", {})]),
        _article("Tony Blair will visit Washington next month, Downing Street said. Mr Blair met George W Bush in "
                 "Washington last year and said the war in Iraq was right. Bush called Blair on Monday. The United "
                 "States backed the war in Iraq.", "Blair to visit Washington", "2005-02-03", "BBC News",
                 "blair bush washington iraq us",
                 [(s, "blair", "said", "the war in Iraq was right", ["war", "iraq"], None, "2005-02-01"),
                  (r, "VISITS", "blair", "washington", "visit", {"status": "planned", "date": "2005-03",
                                                                 "date_text": "next month"}),
                  (r, "MET", "blair", "bush", "met", {"status": "done", "date": "2004-11"}),
                  (r, "CALLED", "bush", "blair", "called", {"status": "done", "date": "2005-01-31"}),
                  (r, "SUPPORTS", "us", "war", "backed the war", {})]),
        _article("Michael Howard said immigration must be controlled. Charles Kennedy attacked Gordon Brown over "
                 "tuition fees. Mr Kennedy backed the plans for ID cards. Cherie Blair said the General Election "
                 "would be close.", "Howard on immigration", "2005-02-14", "The Guardian",
                 "howard kennedy brown cherie election",
                 [(s, "howard", "said", "immigration must be controlled", ["immigration"], None, None),
                  (s, "kennedy", "attacked", "Gordon Brown over tuition fees", ["brown", "fees"], None, None),
                  (s, "cherie", "said", "the General Election would be close", ["election"], None, None),
                  (r, "OPPOSES", "kennedy", "brown", "attacked", {}),
                  (r, "SUPPORTS", "kennedy", "idcards", "backed", {})]),
        _article("Gordon Brown said the economy was strong and backed tuition fees. Tony Blair praised Gordon Brown "
                 "for the budget. Brown will travel to India in April and said the UK exports whisky to India. "
                 "Blair invited Kennedy to Downing Street.", "Brown on the economy", "2005-03-10", "BBC News",
                 "brown blair india uk kennedy",
                 [(s, "brown", "said", "the economy was strong and backed tuition fees", ["fees"], "bbc", None),
                  (s, "blair", "praised", "Gordon Brown for the budget", ["brown"], None, None),
                  (s, "brown", "said", "the UK exports whisky to India", ["uk", "india"], None, None),
                  (r, "SUPPORTS", "brown", "fees", "backed tuition fees", {}),
                  (r, "SUPPORTS", "blair", "brown", "praised", {}),
                  (r, "VISITS", "brown", "india", "travel", {"status": "planned", "date": "2005-04"}),
                  (r, "EXPORTS_TO", "uk", "india", "exports", {"detail": "whisky"}),
                  (r, "INVITED", "blair", "kennedy", "invited", {"detail": "Downing Street"})]),
        _article("Sir Ian Blair said police numbers would rise. Charles Clarke said the plans for ID cards would "
                 "cut crime. Nick Brown said immigration rules were fair. The Conservative Party opposes the plans "
                 "for ID cards, Tories said. Michael Howard said tuition fees should go.",
                 "Police chief on crime", "2005-04-05", "The Guardian", "ian clarke nick tories howard",
                 [(s, "ian", "said", "police numbers would rise", [], None, None),
                  (s, "clarke", "said", "the plans for ID cards would cut crime", ["idcards"], None, None),
                  (s, "nick", "said", "immigration rules were fair", ["immigration"], None, None),
                  (s, "tories", "said", "The Conservative Party opposes the plans for ID cards", ["idcards"], None,
                   None),
                  (s, "howard", "said", "tuition fees should go", ["fees"], None, None),
                  (r, "SUPPORTS", "clarke", "idcards", "would cut crime", {}),
                  (r, "OPPOSES", "tories", "idcards", "opposes", {}),
                  (r, "OPPOSES", "howard", "fees", "should go", {})]),
        _article("Tony Blair said the Liberal Democrats were wrong on Iraq. Tony Blair met Charles Kennedy in "
                 "Brussels. Charles Kennedy criticised Tony Blair over the war in Iraq, the BBC reported.",
                 "Blair and Kennedy clash", "2005-04-20", "BBC News", "blair libdems iraq kennedy brussels bbc",
                 [(s, "blair", "said", "the Liberal Democrats were wrong on Iraq", ["libdems", "iraq"], None, None),
                  (s, "kennedy", "criticised", "Tony Blair over the war in Iraq", ["blair", "war"], "bbc", None),
                  (r, "OPPOSES", "blair", "libdems", "were wrong", {}),
                  (r, "MET", "blair", "kennedy", "met", {"status": "done"}),
                  (r, "OPPOSES", "kennedy", "blair", "criticised", {}),
                  (r, "VISITS", "blair", "brussels", "met", {"status": "done"})]),
    ]


def politics_articles() -> list[ArticleGraph]:
    """Seven articles, 2004-11-18 to 2005-04-20 (the newest: "last year" is 2004)."""
    return _articles()
