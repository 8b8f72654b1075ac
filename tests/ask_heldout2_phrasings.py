"""A second held-out set of plain questions for `ask`, written before reading the parser, the
project's phrasing set or the first held-out set: only from issue 20, README.md, the intents
of docs/queries.md, the saved queries' headers and the test graphs' content
(tests/graphs.py, tests/ask_graphs.py). They are typed the way a journalist or an analyst
would: tenses, word order, possessives, typos, lower case, politeness, time words.

Each entry is ``(question, query, params, *other_readings)``: the saved query and parameters
the question must map to (node parameters compared by the nodes they mean, a shared name by
the actor a reader means; dates by the days they cover), any other reading that answers it
equally well as a further ``(query, params)``, or query ``None`` when no saved query answers it
and `ask` must refuse with a helpful message.

The seed graph's newest article is 2025-11-26 ("last month" is 2025-10, "last year" 2024); the
politics graph's is 2005-04-20 ("this year" is 2005, "last year" 2004).
"""
from __future__ import annotations

TI = "Taiwan independence"
XI, TRUMP, BIDEN, MED = "Xi Jinping", "Donald Trump", "Joe Biden", "Evan Medeiros"
US, DPP, WSJ = "United States", "Democratic Progressive Party", "The Wall Street Journal"
WSW, WDTS, WORDS, TL = "who-said-what", "what-did-they-say", "words-said", "timeline"


def _visit(actor=None, place=None, **dates):
    """A visit question: `visits`, or `events` of kind visits (the same edges, with dates)."""
    v = {k: x for k, x in (("actor", actor), ("place", place)) if x}
    e = {"kind": "visits", **{k: x for k, x in (("actor", actor), ("target", place)) if x}, **dates}
    return ("events", e, ("events", e)) if dates else ("visits", v, ("events", e))


def _exports(exporter=None, buyer=None):
    v = {k: x for k, x in (("exporter", exporter), ("buyer", buyer)) if x}
    e = {"kind": "exports", **{k: x for k, x in (("actor", exporter), ("target", buyer)) if x}}
    return "exports", v, ("events", e)


SEED = [
    # said: one speaker
    ("What has Xi Jinping said about Taiwan?", WDTS, {"speaker": XI, "about": "Taiwan"}),
    ("what did biden say on taiwan independence", WDTS, {"speaker": BIDEN, "about": TI}),
    ("Show me Trump's statements", WDTS, {"speaker": TRUMP}),
    ("Give me every quote by Medeiros", WDTS, {"speaker": MED}),
    ("What has the DPP been saying?", WDTS, {"speaker": DPP}),
    ("what did xi say last month", WDTS, {"speaker": XI, "since": "2025-10", "until": "2025-10"}),
    ("Did Trump say anything about Beijing?", WDTS, {"speaker": TRUMP, "about": "Beijing"}),
    ("Quotes by President Xi on the United States", WDTS, {"speaker": XI, "about": US}),
    ("What was Biden's comment on Taiwan?", WDTS, {"speaker": BIDEN, "about": "Taiwan"}),
    ("Xi's remarks about Taiwan independence in November", WDTS,
     {"speaker": XI, "about": TI, "since": "2025-11", "until": "2025-11"}),
    ("could you please show me what Evan Medeiros told reporters about China", WDTS, {"speaker": MED, "about": "China"}),
    ("What did Donald Trump say in 2025?", WDTS, {"speaker": TRUMP, "since": "2025", "until": "2025"}),
    ("what did the democratic progressive party say about taiwan independance", WDTS, {"speaker": DPP, "about": TI}),
    ("Trumps quotes about Xi", WDTS, {"speaker": TRUMP, "about": XI}),
    # said: about a subject
    ("Who has commented on Taiwan independence?", WSW, {"subject": TI}),
    ("who is talking about china", WSW, {"subject": "China"}),
    ("What are people saying about the United States?", WSW, {"subject": US}),
    ("all statements about Xi Jinping", WSW, {"subject": XI}),
    ("Who said something about Beijing since October?", WSW, {"subject": "Beijing", "since": "2025-10"},
     (TL, {"subject": "Beijing", "since": "2025-10"})),
    ("comments on taiwan in 2025", WSW, {"subject": "Taiwan", "since": "2025", "until": "2025"},
     (TL, {"subject": "Taiwan", "since": "2025", "until": "2025"})),
    ("Who's been quoted on Taiwan?", WSW, {"subject": "Taiwan"}),
    ("What was said about America last week?", WSW, {"subject": US, "since": "2025-11-19"},
     (WSW, {"subject": US, "since": "2025-11-17", "until": "2025-11-23"}),
     (TL, {"subject": US, "since": "2025-11-19"})),
    ("Any reactions to Taiwan independence?", WSW, {"subject": TI}),
    # said: words no node is named after
    ("Did anyone mention soybeans?", WORDS, {"words": "soybeans"}),
    ("Who used the phrase 'firmly opposes'?", WORDS, {"words": "firmly opposes"}),
    ("what did trump say about his call with Xi", WDTS, {"speaker": TRUMP, "about": XI}),
    # timeline
    ("Timeline for Taiwan independence", TL, {"subject": TI}),
    ("When did people talk about the United States?", TL, {"subject": US}),
    ("How has coverage of Taiwan evolved over time?", TL, {"subject": "Taiwan"}),
    ("chronology of statements on china", TL, {"subject": "China"}),
    ("Taiwan: statements in date order", TL, {"subject": "Taiwan"}),
    # stance: who supports / opposes
    ("Who is in favour of Taiwan independence?", "who-supports", {"target": TI}),
    ("Who is against Taiwan independence?", "who-opposes", {"target": TI}),
    ("Which countries oppose Taiwan independence", "who-opposes", {"target": TI}),
    ("Who rejects Taiwan independence?", "who-opposes", {"target": TI}),
    ("who endorses taiwan independence", "who-supports", {"target": TI}),
    ("Which parties support Taiwanese independence?", "who-supports", {"target": TI}),
    ("Who objects to Taiwan independence", "who-opposes", {"target": TI}),
    # stance: one holder
    ("What is Biden's position on Taiwan independence?", "stances", {"actor": BIDEN, "target": TI}),
    ("Where does Xi stand on Taiwan independence?", "stances", {"actor": XI, "target": TI}),
    ("What stances has China taken?", "stances", {"actor": "China"}),
    ("Does the DPP support Taiwan independence?", "stances", {"actor": DPP, "target": TI},
     ("stances", {"actor": DPP, "target": TI, "stance": "supports"})),
    ("What is Xi against?", "stances", {"actor": XI, "stance": "opposes"}),
    ("What does the DPP support?", "stances", {"actor": DPP, "stance": "supports"}),
    ("what's Joe Biden's view on Taiwan independence", "stances", {"actor": BIDEN, "target": TI}),
    ("Which stances were taken in November 2025?", "stances", {"since": "2025-11", "until": "2025-11"}),
    ("list all opposition to Taiwan independence since October", "stances",
     {"target": TI, "stance": "opposes", "since": "2025-10"}),
    ("Who supported Taiwan independence last month?", "stances",
     {"target": TI, "stance": "supports", "since": "2025-10", "until": "2025-10"}),
    # stance: over time, matrix, disagreements
    ("How has Xi's stance on Taiwan independence changed over time?", "stance-by-month", {"actor": XI, "target": TI}),
    ("Biden's stance per month", "stance-by-month", {"actor": BIDEN}),
    ("Has Biden's view of Taiwan independence shifted?", "stance-by-month", {"actor": BIDEN, "target": TI}),
    ("show the stance matrix for Taiwan independence", "stance-matrix", {"target": TI}),
    ("Who is for and who is against Taiwan independence?", "stance-matrix", {"target": TI},
     ("disagreements", {"target": TI})),
    ("Who disagrees about Taiwan independence?", "disagreements", {"target": TI}),
    ("Who does Xi disagree with?", "disagreements", {"actor": XI},
     ("stances", {"actor": XI, "stance": "opposes"})),
    ("where do actors clash", "disagreements", {}),
    # events: visits
    ("When is Trump going to Beijing?", *_visit(TRUMP, "Beijing")),
    ("Which trips is Xi planning?", *_visit(XI)),
    ("who is going to visit beijing", *_visit(place="Beijing")),
    ("Has Xi been to the US?", *_visit(XI, US)),
    ("list all visits", *_visit()),
    ("Will Xi Jinping travel to America?", *_visit(XI, US)),
    ("Where is Donald Trump headed next April?", *_visit(TRUMP, since="2026-04", until="2026-04"),
     ("visits", {"actor": TRUMP})),
    # events: calls, invitations, meetings
    ("Who did Trump phone?", "events", {"kind": "calls", "actor": TRUMP}),
    ("Who rang Xi?", "events", {"kind": "calls", "target": XI}),
    ("Did Xi invite anyone?", "events", {"kind": "invitations", "actor": XI}),
    ("Who has Xi invited?", "events", {"kind": "invitations", "actor": XI}),
    ("Who invited Donald Trump?", "events", {"kind": "invitations", "target": TRUMP}),
    ("Show me all the events since November", "events", {"since": "2025-11"}),
    ("Which meetings took place in 2025?", "events", {"kind": "meetings", "since": "2025", "until": "2025"}),
    ("Did Trump and Xi speak on the phone?", "events", {"kind": "calls", "actor": TRUMP, "target": XI}),
    ("phone calls", "events", {"kind": "calls"}),
    # events: exports
    ("Who does the US export to?", *_exports(US)),
    ("What does China import from the United States?", *_exports(US, "China")),
    ("Who sells to China?", *_exports(buyer="China")),
    ("exports from the U.S.", *_exports(US)),
    ("what goods are shipped to china", *_exports(buyer="China")),
    # profile
    ("Who is Evan Medeiros?", "actor-profile", {"actor": MED}),
    ("tell me about xinhua", "actor-profile", {"actor": "Xinhua News Agency"}),
    ("Give me a profile of Georgetown", "actor-profile", {"actor": "Georgetown University"}),
    ("what is the DPP?", "actor-profile", {"actor": DPP}),
    ("Background on Joe Biden please", "actor-profile", {"actor": BIDEN}),
    ("Xi Jinping", "actor-profile", {"actor": XI}),
    ("Everything about Trump", "actor-profile", {"actor": TRUMP}, (WSW, {"subject": TRUMP})),
    ("and Biden?", "actor-profile", {"actor": BIDEN}),
    ("who's medeiros", "actor-profile", {"actor": MED}),
    ("What do you have on the Wall Street Journal?", "actor-profile", {"actor": WSJ}),
    # reporting
    ("Which outlets quoted Xi?", "quoted-by", {"speaker": XI}),
    ("Who has the Wall Street Journal quoted?", "quoted-by", {"reporter": WSJ}),
    ("What did Xinhua report?", "quoted-by", {"reporter": "Xinhua News Agency"}),
    ("Which news agencies are cited?", "quoted-by", {}),
    ("Who reported Medeiros's comments?", "quoted-by", {"speaker": MED}),
    ("sources quoted by Xinhua", "quoted-by", {"reporter": "Xinhua News Agency"}),
    ("Who carried Xi Jinping's statements?", "quoted-by", {"speaker": XI}),
    ("which media quote whom", "quoted-by", {}),
    # connections
    ("What links Trump to Taiwan?", "path-between", {"from": TRUMP, "to": "Taiwan"}),
    ("How is Medeiros connected to Xi?", "path-between", {"from": MED, "to": XI}),
    ("Is there a connection between the DPP and China?", "path-between", {"from": DPP, "to": "China"}),
    ("Who gets mentioned alongside Trump?", "co-mentions", {"actor": TRUMP}),
    ("Which actors appear in the same articles as Biden?", "co-mentions", {"actor": BIDEN}),
    ("who co-occurs with Xinhua", "co-mentions", {"actor": "Xinhua News Agency"}),
    # rankings and counts
    ("Who is quoted most often?", "top-actors", {"by_statements": True}),
    ("Who gets mentioned the most?", "top-actors", {}),
    ("top 5 actors", "top-actors", {"limit": 5}),
    ("Which subjects get the most attention?", "top-topics", {}),
    ("How many articles mention Xi?", "top-actors", {"actor": XI}),
    ("How many statements has Trump made?", "top-actors", {"actor": TRUMP}),
    ("How much has been said about Taiwan?", "top-topics", {"subject": "Taiwan"}),
    ("How many times was Taiwan independence discussed?", "top-topics", {"subject": TI}),
    ("most talked about topics", "top-topics", {}),
    ("who speaks the most", "top-actors", {"by_statements": True}),
    ("biggest talkers", "top-actors", {"by_statements": True}),
    # provenance
    ("Where does edge 9f1c2e3d4b5a6978 come from?", "edge-provenance", {"edge": "9f1c2e3d4b5a6978"}),
    ("show the source of edge 9f1c2e3d4b5a6978", "edge-provenance", {"edge": "9f1c2e3d4b5a6978"}),
    ("What is the evidence that Xi opposes Taiwan independence?", "edge-provenance",
     {"source": XI, "target": TI, "type": "OPPOSES"},
     ("stances", {"actor": XI, "target": TI, "stance": "opposes"}), ("stances", {"actor": XI, "target": TI})),
    # no saved query answers these
    ("What will the weather be in Beijing tomorrow?", None, {}),
    ("Who won the election?", None, {}),
    ("Translate this into Chinese", None, {}),
    ("Who did not comment on Taiwan?", None, {}),
    ("hello", None, {}),
    ("what about the other one?", None, {}),
    ("Delete everything about Trump", None, {}),
]

TB, GB, CB, IB, NB = "Tony Blair", "Gordon Brown", "Cherie Blair", "Ian Blair", "Nick Brown"
MH, CK, CC, GWB = "Michael Howard", "Charles Kennedy", "Charles Clarke", "George W Bush"
FEES, IDC, IMM, WAR = "tuition fees", "plans for ID cards", "immigration", "war in Iraq"
TORIES, LAB, LD, UK = "Conservative Party", "Labour Party", "Liberal Democrats", "United Kingdom"

POLITICS = [
    # said: one speaker
    ("What did Blair say about the war in Iraq?", WDTS, {"speaker": TB, "about": WAR}),
    ("what has gordon brown said on tuition fees", WDTS, {"speaker": GB, "about": FEES}),
    ("Cherie Blair's comments on the general election", WDTS, {"speaker": CB, "about": "General Election"}),
    ("Did Howard say anything about immigration last year?", WDTS,
     {"speaker": MH, "about": IMM, "since": "2004", "until": "2004"}),
    ("What did Charles Clarke say about ID cards?", WDTS, {"speaker": CC, "about": IDC}),
    ("What did the Tories say about ID cards?", WDTS, {"speaker": TORIES, "about": IDC}),
    ("Kennedy's quotes on top-up fees", WDTS, {"speaker": CK, "about": FEES}),
    ("What did Michael Howard say in April 2005?", WDTS, {"speaker": MH, "since": "2005-04", "until": "2005-04"}),
    ("what did nick brown say", WDTS, {"speaker": NB}),
    ("What did Mr Brown say about the economy?", WORDS, {"words": "economy", "speaker": GB}),
    ("What has the chancellor said?", WDTS, {"speaker": GB}),
    ("What did the prime minister say about Iraq?", WDTS, {"speaker": TB, "about": "Iraq"}),
    ("What did the police commissioner say?", WDTS, {"speaker": IB}),
    ("What has Tony Blair said since February?", WDTS, {"speaker": TB, "since": "2005-02"}),
    ("Blair statements before 2005", WDTS, {"speaker": TB, "until": "2004"}),
    ("What did Kennedy say between January and March?", WDTS,
     {"speaker": CK, "since": "2005-01", "until": "2005-03"}),
    ("what did howrad say about imigration", WDTS, {"speaker": MH, "about": IMM}),
    ("Give me Labour's statements", WDTS, {"speaker": LAB}),
    ("Has Charles Kennedy said anything about Tony Blair?", WDTS, {"speaker": CK, "about": TB}),
    ("Mrs Blair's quotes", WDTS, {"speaker": CB}),
    ("what were Sir Ian Blair's words", WDTS, {"speaker": IB}),
    ("Tell me what Michael Howard said about tuition fees in 2005", WDTS,
     {"speaker": MH, "about": FEES, "since": "2005", "until": "2005"}),
    # said: about a subject
    ("Who spoke about immigration?", WSW, {"subject": IMM}),
    ("What has been said about tuition fees this year?", WSW, {"subject": FEES, "since": "2005", "until": "2005"},
     (TL, {"subject": FEES, "since": "2005", "until": "2005"})),
    ("Who commented on the ID card plans?", WSW, {"subject": IDC}),
    ("Who said what about Gordon Brown?", WSW, {"subject": GB}),
    ("who talked about iraq war", WSW, {"subject": WAR}),
    ("What do politicians say about the Labour Party?", WSW, {"subject": LAB}),
    ("Comments on Tony Blair in 2005", WSW, {"subject": TB, "since": "2005", "until": "2005"},
     (TL, {"subject": TB, "since": "2005", "until": "2005"})),
    ("Who has discussed immigration since January?", WSW, {"subject": IMM, "since": "2005-01"},
     (TL, {"subject": IMM, "since": "2005-01"})),
    ("what's being said about the lib dems", WSW, {"subject": LD}),
    ("Statements on the general election", WSW, {"subject": "General Election"}),
    ("Reactions to the plans for ID cards", WSW, {"subject": IDC}),
    # said: words no node is named after
    ("What are people saying about police numbers?", WORDS, {"words": "police numbers"}),
    ("Who said anything about the budget?", WORDS, {"words": "budget"}),
    ("Who mentioned students?", WORDS, {"words": "students"}),
    ("Which statements mention whisky?", WORDS, {"words": "whisky"}),
    ("What did Nick Brown say about immigration rules?", WDTS, {"speaker": NB, "about": IMM},
     (WORDS, {"words": "immigration rules", "speaker": NB})),
    # timeline
    ("Timeline of the war in Iraq", TL, {"subject": WAR}),
    ("When did people talk about ID cards?", TL, {"subject": IDC}),
    ("show how the debate on tuition fees developed over time", TL, {"subject": FEES}),
    ("tuition fees timeline since 2005", TL, {"subject": FEES, "since": "2005"}),
    ("How did talk of immigration evolve month by month?", TL, {"subject": IMM}),
    ("chronological list of statements about Gordon Brown", TL, {"subject": GB}),
    # stance: who supports / opposes
    ("Who backs the ID card plans?", "who-supports", {"target": IDC}),
    ("Who has praised Gordon Brown?", "who-supports", {"target": GB}),
    ("Who is opposed to the war in Iraq?", "who-opposes", {"target": WAR}),
    ("who slammed Tony Blair", "who-opposes", {"target": TB}),
    ("Which politicians are against top-up fees?", "who-opposes", {"target": FEES}),
    ("Who has come out against ID cards?", "who-opposes", {"target": IDC}),
    ("Who is in favour of tuition fees?", "who-supports", {"target": FEES}),
    ("who has a problem with gordon brown", "who-opposes", {"target": GB}),
    ("Who defended the plans for ID cards?", "who-supports", {"target": IDC}),
    ("Who condemned the Liberal Democrats?", "who-opposes", {"target": LD}),
    ("Who doesn't support tuition fees?", "who-opposes", {"target": FEES}),
    ("Who sided with Blair?", "who-supports", {"target": TB}),
    ("who criticized Howard", "who-opposes", {"target": MH}),
    ("Which MPs welcomed the ID cards scheme?", "who-supports", {"target": IDC}),
    ("Who are Blair's critics?", "who-opposes", {"target": TB}),
    ("Who are Gordon Brown's supporters?", "who-supports", {"target": GB}),
    # stance: dated, one holder
    ("Who criticised Blair last year?", "stances", {"target": TB, "stance": "opposes", "since": "2004", "until": "2004"}),
    ("Who opposed tuition fees in 2005?", "stances", {"target": FEES, "stance": "opposes", "since": "2005", "until": "2005"}),
    ("What is Michael Howard's stance on tuition fees?", "stances", {"actor": MH, "target": FEES}),
    ("What does Kennedy think about ID cards?", "stances", {"actor": CK, "target": IDC}),
    ("Is Howard for or against ID cards?", "stances", {"actor": MH, "target": IDC}),
    ("Who has Charles Kennedy attacked?", "stances", {"actor": CK, "stance": "opposes"}),
    ("Whom does Blair support?", "stances", {"actor": TB, "stance": "supports"}),
    ("What are the Conservatives' positions?", "stances", {"actor": TORIES}),
    ("Kennedy's views", "stances", {"actor": CK}, (WDTS, {"speaker": CK})),
    ("Does Kennedy support tuition fees?", "stances", {"actor": CK, "target": FEES},
     ("stances", {"actor": CK, "target": FEES, "stance": "supports"})),
    ("Did the United States back the war in Iraq?", "stances", {"actor": US, "target": WAR},
     ("stances", {"actor": US, "target": WAR, "stance": "supports"})),
    ("What did Howard oppose in 2004?", "stances", {"actor": MH, "stance": "opposes", "since": "2004", "until": "2004"}),
    ("all stances taken since March", "stances", {"since": "2005-03"}),
    ("what is gordon browns position on tuition fees", "stances", {"actor": GB, "target": FEES}),
    # stance: over time, matrix, disagreements
    ("Has Blair's stance on the Lib Dems changed?", "stance-by-month", {"actor": TB, "target": LD}),
    ("Howard's stances by month", "stance-by-month", {"actor": MH}),
    ("How has Kennedy's attitude to Gordon Brown evolved?", "stance-by-month", {"actor": CK, "target": GB}),
    ("Stance matrix for ID cards", "stance-matrix", {"target": IDC}),
    ("Where does everyone stand on the Iraq war?", "stance-matrix", {"target": WAR}),
    ("Supporters and opponents of tuition fees", "stance-matrix", {"target": FEES},
     ("disagreements", {"target": FEES})),
    ("Show me all the stances", "stances", {}, ("stance-matrix", {})),
    ("Which disputes are there over ID cards?", "disagreements", {"target": IDC}),
    ("Who is at odds with Howard?", "disagreements", {"actor": MH}, ("who-opposes", {"target": MH})),
    ("Where do politicians disagree?", "disagreements", {}),
    ("Kennedy's stance matrix", "stance-matrix", {"actor": CK}),
    # events: visits
    ("Is Tony Blair visiting Washington?", *_visit(TB, "Washington")),
    ("Where is Gordon Brown going in April?", *_visit(GB, since="2005-04", until="2005-04"),
     ("visits", {"actor": GB})),
    ("Who has been to Brussels?", *_visit(place="Brussels")),
    ("Which trips has Blair made?", *_visit(TB)),
    ("Who travelled to India?", *_visit(place="India")),
    ("Where did the prime minister go?", *_visit(TB)),
    # events: meetings, calls, invitations
    ("Who did Tony Blair meet with?", "events", {"kind": "meetings", "actor": TB}),
    ("Did Blair meet Bush?", "events", {"kind": "meetings", "actor": TB, "target": GWB}),
    ("Who called Tony Blair?", "events", {"kind": "calls", "target": TB}),
    ("Who phoned whom in January?", "events", {"kind": "calls", "since": "2005-01", "until": "2005-01"}),
    ("Who did Blair invite to Downing Street?", "events", {"kind": "invitations", "actor": TB}),
    ("Was Kennedy invited by anyone?", "events", {"kind": "invitations", "target": CK}),
    ("list the meetings", "events", {"kind": "meetings"}),
    ("events in March 2005", "events", {"since": "2005-03", "until": "2005-03"}),
    ("Did George Bush call Blair?", "events", {"kind": "calls", "actor": GWB, "target": TB}),
    ("Has Kennedy met Blair?", "events", {"kind": "meetings", "actor": CK, "target": TB},
     ("events", {"kind": "meetings", "actor": TB, "target": CK})),
    ("What happened between Blair and Bush?", "events", {"actor": TB, "target": GWB},
     ("path-between", {"from": TB, "to": GWB})),
    # events: exports
    ("What did Britain sell to India?", *_exports(UK, "India")),
    ("What does India import?", *_exports(buyer="India")),
    ("UK exports", *_exports(UK)),
    ("Which countries does the United Kingdom export to?", *_exports(UK)),
    # profile
    ("Who is Charles Clarke?", "actor-profile", {"actor": CC}),
    ("Tell me about the Tories", "actor-profile", {"actor": TORIES}),
    ("who is the home secretary", "actor-profile", {"actor": CC}),
    ("Give me a rundown on Nick Brown", "actor-profile", {"actor": NB}),
    ("Profile of Cherie Blair", "actor-profile", {"actor": CB}),
    ("What is known about Michael Howard?", "actor-profile", {"actor": MH}),
    ("Gordon Brown", "actor-profile", {"actor": GB}),
    ("Who is Blair?", "actor-profile", {"actor": TB}),
    ("what is the press association", "actor-profile", {"actor": "Press Association"}),
    ("and Brown?", "actor-profile", {"actor": GB}),
    ("Tell me more about Charles Kennedy, please.", "actor-profile", {"actor": CK}),
    ("who is george bush", "actor-profile", {"actor": GWB}),
    # reporting
    ("Who did the BBC quote?", "quoted-by", {"reporter": "BBC"}),
    ("Which outlets carried Kennedy's remarks?", "quoted-by", {"speaker": CK}),
    ("Which news organisations reported Howard's statements?", "quoted-by", {"speaker": MH}),
    ("What did the Press Association report?", "quoted-by", {"reporter": "Press Association"}),
    ("which outlets are quoted most", "quoted-by", {}),
    ("What has BBC News reported?", "quoted-by", {"reporter": "BBC"}),
    ("Who quotes Gordon Brown?", "quoted-by", {"speaker": GB}),
    # connections
    ("How is Kennedy connected to Brown?", "path-between", {"from": CK, "to": GB}),
    ("What's the link between Howard and tuition fees?", "path-between", {"from": MH, "to": FEES}),
    ("How are Blair and Bush related?", "path-between", {"from": TB, "to": GWB}),
    ("Who is often mentioned with Michael Howard?", "co-mentions", {"actor": MH}),
    ("Who shares articles with Tony Blair?", "co-mentions", {"actor": TB}),
    ("Who appears alongside Charles Kennedy in at least 2 articles?", "co-mentions", {"actor": CK, "min": 2}),
    ("connection between Cherie Blair and the general election", "path-between",
     {"from": CB, "to": "General Election"}),
    # rankings and counts
    ("Who are the most quoted politicians?", "top-actors", {"by_statements": True}),
    ("Which actors are mentioned most often?", "top-actors", {}),
    ("Who speaks most?", "top-actors", {"by_statements": True}),
    ("top 3 topics", "top-topics", {"limit": 3}),
    ("What are the most discussed issues?", "top-topics", {}),
    ("How many articles mention Gordon Brown?", "top-actors", {"actor": GB}),
    ("how often is kennedy mentioned", "top-actors", {"actor": CK}),
    ("How many statements are about tuition fees?", "top-topics", {"subject": FEES}),
    ("How many times did Michael Howard speak?", "top-actors", {"actor": MH}),
    ("How often was the war in Iraq discussed?", "top-topics", {"subject": WAR}),
    ("top ten most mentioned people", "top-actors", {"limit": 10}),
    ("Who is the most talkative politician?", "top-actors", {"by_statements": True}),
    ("how many articles mention cherie blair", "top-actors", {"actor": CB}),
    # provenance
    ("Where does edge 5a6b7c8d9e0f1a2b come from?", "edge-provenance", {"edge": "5a6b7c8d9e0f1a2b"}),
    ("What's the source for Howard opposing tuition fees?", "edge-provenance",
     {"source": MH, "target": FEES, "type": "OPPOSES"},
     ("stances", {"actor": MH, "target": FEES, "stance": "opposes"}), ("stances", {"actor": MH, "target": FEES})),
    # no saved query answers these
    ("Who will win the next election?", None, {}),
    ("Who never criticised Blair?", None, {}),
    ("What is the capital of France?", None, {}),
    ("thanks!", None, {}),
    ("Who didn't talk about immigration?", None, {}),
    ("How old is Tony Blair?", None, {}),
    ("Please add the role 'foreign secretary' to Jack Straw", None, {}),
]

# Written AFTER reading the parser, while fixing it (not part of the blind score above): more
# phrasings of the classes the fixes cover, so each rule keeps a test with the question that
# motivated it.
SEED_AFTER = [
    ("Who did Xi invite to Beijing?", "events", {"kind": "invitations", "actor": XI}),
    ("How many statements mention Taiwan?", "top-topics", {"subject": "Taiwan"}),
    ("What are the main disagreements?", "disagreements", {}),
    ("Tell me what happened in Beijing", "events", {"target": "Beijing"}),
    ("What's planned for April?", "events", {"since": "2026-04", "until": "2026-04"}),
    ("Who's against Taiwan independence?", "who-opposes", {"target": TI}),
    ("who's for taiwan independence", "who-supports", {"target": TI}),
    ("Which statements use the words 'important part'?", WORDS, {"words": "important part"}),
    ("Did Xi say 'firmly opposes' in November?", WORDS,
     {"words": "firmly opposes", "speaker": XI, "since": "2025-11", "until": "2025-11"}),
    ("What did Biden say about 'Taiwan independence'?", WDTS, {"speaker": BIDEN, "about": TI}),
    ("What's the latest from Trump?", WDTS, {"speaker": TRUMP}),
    ("Anything from Medeiros?", WDTS, {"speaker": MED}),
    ("Did Trump talk to Xi on the phone?", "events", {"kind": "calls", "actor": TRUMP, "target": XI}),
    ("who is the most vocal", "top-actors", {"by_statements": True}),
    ("Which commentators are quoted most?", "top-actors", {"by_statements": True}),
    ("Who gets the most attention?", "top-actors", {}),
    ("Give me an overview of Xinhua", "actor-profile", {"actor": "Xinhua News Agency"}),
    ("Trump's statements in date order", WDTS, {"speaker": TRUMP}),
    ("statements about China by date", TL, {"subject": "China"}),
    ("ok", None, {}),
]
POLITICS_AFTER = [
    ("who is supportive of tuition fees", "who-supports", {"target": FEES}),
    ("Who is critical of Tony Blair?", "who-opposes", {"target": TB}),
    ("Who slagged off Gordon Brown?", "who-opposes", {"target": GB}),
    ("Who has lambasted the Tories?", "who-opposes", {"target": TORIES}),
    ("Where has Tony Blair been?", *_visit(TB)),
    ("Anything from Charles Clarke?", WDTS, {"speaker": CC}),
    ("Who came out in favour of ID cards?", "who-supports", {"target": IDC}),
    ("Who has a quarrel with Howard?", "who-opposes", {"target": MH}),
    ("Which politicians are at odds over tuition fees?", "disagreements", {"target": FEES}),
    ("The Conservatives' stance matrix", "stance-matrix", {"actor": TORIES}),
    ("Stance matrix with at least 2 stances", "stance-matrix", {"min": 2}),
    ("Who is mentioned with Blair in 2 or more articles?", "co-mentions", {"actor": TB, "min": 2}),
    ("what did gordn brown say", WDTS, {"speaker": GB}),
    ("what has kenendy said about tuition fees", WDTS, {"speaker": CK, "about": FEES}),
    ("What did george bush say?", WDTS, {"speaker": GWB}),
    ("profile of the liberal democrats", "actor-profile", {"actor": LD}),
    ("What has the press association reported?", "quoted-by", {"reporter": "Press Association"}),
    ("Who said 'a waste of money'?", WORDS, {"words": "a waste of money"}),
    ("Which MPs used the word 'unfair'?", WORDS, {"words": "unfair"}),
    ("Any evidence of Kennedy attacking Brown?", "stances", {"actor": CK, "target": GB, "stance": "opposes"}),
    ("tuition fees in chronological order", TL, {"subject": FEES}),
    ("who is the chattiest politician", "top-actors", {"by_statements": True}),
    ("Who are the biggest talkers?", "top-actors", {"by_statements": True}),
    ("Who is the most talkative?", "top-actors", {"by_statements": True}),
    ("Please give me a summary of Michael Howard", "actor-profile", {"actor": MH}),
    ("How tall is Gordon Brown?", None, {}),
    ("thank you", None, {}),
]

# Questions `ask` still reads wrongly, each with why (tests/test_ask_heldout2.py checks they still fail).
KNOWN_FAILURES: dict[str, str] = {}
