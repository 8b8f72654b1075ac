"""A held-out set of plain questions for `ask`, written without reading tests/ask_phrasings.py
or the parser's word lists: only issues 18 and 20, the README, docs/ and the saved queries'
headers. They are phrased the way journalists, analysts and researchers type: headlines,
possessives, lowercase, no question mark, typos, politeness, time windows, negations and
questions no saved query answers.

Each entry is ``(question, query, params)`` or ``(question, query, params, (query, params)...)``
when another reading is equally right (a call "between" two actors in either direction). A
``None`` query means `ask` must refuse with its "cannot map" message rather than run anything.
Node parameters are written as the node's name and compared by the nodes they resolve to, so
"Tony Blair" and "Mr Blair" are the same answer and "Blair" (three actors) is not; `kind`
values of `events` are compared by the edge type they mean; dates exactly, except that a
relative window ("last week") may differ by a few days.

The seed graph's newest article is 2025-11-26; the politics graph's is 2005-04-20.
"""
from __future__ import annotations

EDGE = "0ceac6a5d0314156"
TI = "Taiwan independence"
ID = "plans for ID cards"
FEES = "tuition fees"
WAR = "war in Iraq"

SEED = [
    # said: one speaker, optionally about something
    ("What has Xi Jinping said about Taiwan?", "what-did-they-say", {"speaker": "Xi Jinping", "about": "Taiwan"}),
    ("xi quotes on taiwan", "what-did-they-say", {"speaker": "Xi Jinping", "about": "Taiwan"}),
    ("What did Biden say about Taiwan independence", "what-did-they-say", {"speaker": "Joe Biden", "about": TI}),
    ("Show me everything Trump said", "what-did-they-say", {"speaker": "Donald Trump"}),
    ("What did Medeiros tell the Wall Street Journal?", "what-did-they-say", {"speaker": "Evan Medeiros"},
     ("quoted-by", {"speaker": "Evan Medeiros", "reporter": "The Wall Street Journal"})),
    ("What did Trump say about Xi in November 2025?", "what-did-they-say",
     {"speaker": "Donald Trump", "about": "Xi Jinping", "since": "2025-11", "until": "2025-11"}),
    ("what did the DPP say", "what-did-they-say", {"speaker": "Democratic Progressive Party"}),
    ("Biden's remarks", "what-did-they-say", {"speaker": "Joe Biden"}),
    ("Give me Xi's comments on Taiwan independence since October", "what-did-they-say",
     {"speaker": "Xi Jinping", "about": TI, "since": "2025-10"}),
    ("I want to know what Biden said", "what-did-they-say", {"speaker": "Joe Biden"}),
    ("waht did Xi say abuot Taiwan", "what-did-they-say", {"speaker": "Xi Jinping", "about": "Taiwan"}),
    ("what did xi jinpin say", "what-did-they-say", {"speaker": "Xi Jinping"}),
    ("Trump's statements last week", "what-did-they-say",
     {"speaker": "Donald Trump", "since": "2025-11-19", "until": "2025-11-26"}),
    # said: about a subject, anyone
    ("Who has commented on Taiwan?", "who-said-what", {"subject": "Taiwan"}),
    ("What is being said about China", "who-said-what", {"subject": "China"}),
    ("all statements about the United States", "who-said-what", {"subject": "United States"}),
    ("Who talked about Xi", "who-said-what", {"subject": "Xi Jinping"}),
    ("reactions to Taiwan independence", "who-said-what", {"subject": TI}),
    # said: words no node is named after
    ("What did Xi say about soybeans", "words-said", {"words": "soybeans", "speaker": "Xi Jinping"}),
    ("who mentioned soybeans", "words-said", {"words": "soybeans"}),
    ("what was said about the trade war", "words-said", {"words": "trade war"}),
    # stance: who is for / against
    ("Who opposes Taiwan independence?", "who-opposes", {"target": TI}),
    ("who is against taiwan independence", "who-opposes", {"target": TI}),
    ("who doesn't support Taiwan independence", "who-opposes", {"target": TI}),
    ("Which parties support Taiwan independence", "who-supports", {"target": TI}),
    ("who is in favor of Taiwan independence", "who-supports", {"target": TI}),
    ("who oposes Taiwan independance", "who-opposes", {"target": TI}),
    ("Could you please show me who opposes Taiwan independence?", "who-opposes", {"target": TI}),
    ("opponents of Taiwan independence", "who-opposes", {"target": TI}),
    # stance: one holder
    ("What is China's position on Taiwan independence?", "stances", {"actor": "China", "target": TI}),
    ("Where does Biden stand on Taiwan independence", "stances", {"actor": "Joe Biden", "target": TI}),
    ("Xi's stances", "stances", {"actor": "Xi Jinping"}),
    ("What does the DPP think about Taiwan independence", "stances",
     {"actor": "Democratic Progressive Party", "target": TI}),
    ("Is Biden opposed to Taiwan independence?", "stances", {"actor": "Joe Biden", "target": TI},
     ("stances", {"actor": "Joe Biden", "target": TI, "stance": "opposes"})),
    ("Which stances were taken last month", "stances", {"since": "2025-10", "until": "2025-10"}),
    # stance over time, matrix, disagreements
    ("Xi's stance on Taiwan independence over time", "stance-by-month", {"actor": "Xi Jinping", "target": TI}),
    ("How has China's position changed month by month", "stance-by-month", {"actor": "China"}),
    ("stances on taiwan independence", "stance-matrix", {"target": TI}),
    ("Who is for and against Taiwan independence?", "stance-matrix", {"target": TI},
     ("disagreements", {"target": TI})),
    ("Who disagrees about Taiwan independence", "disagreements", {"target": TI}),
    # events
    ("When is Trump going to Beijing?", "visits", {"actor": "Donald Trump", "place": "Beijing"}),
    ("Will Xi travel to the US?", "visits", {"actor": "Xi Jinping", "place": "United States"}),
    ("Who is going to visit China", "visits", {"place": "China"}),
    ("trips planned by Xi", "visits", {"actor": "Xi Jinping"}),
    ("hey can u tell me where trump is going", "visits", {"actor": "Donald Trump"}),
    ("Did Trump phone Xi?", "events", {"kind": "CALLED", "actor": "Donald Trump", "target": "Xi Jinping"}),
    ("Who did Xi invite?", "events", {"kind": "INVITED", "actor": "Xi Jinping"}),
    ("invitations from Xi", "events", {"kind": "INVITED", "actor": "Xi Jinping"}),
    ("Calls between Trump and Xi", "events", {"kind": "CALLED", "actor": "Donald Trump", "target": "Xi Jinping"},
     ("events", {"kind": "CALLED", "actor": "Xi Jinping", "target": "Donald Trump"})),
    ("list all events since November 2025", "events", {"since": "2025-11"}),
    ("visits scheduled for April 2026", "events", {"kind": "VISITS", "since": "2026-04", "until": "2026-04"}),
    ("What does the US export to China?", "exports", {"exporter": "United States", "buyer": "China"}),
    ("What does China buy from America", "exports", {"exporter": "United States", "buyer": "China"}),
    ("who sells to china", "exports", {"buyer": "China"}),
    # profile
    ("who is Evan Medeiros", "actor-profile", {"actor": "Evan Medeiros"}),
    ("Tell me about Xinhua", "actor-profile", {"actor": "Xinhua News Agency"}),
    ("what is the DPP", "actor-profile", {"actor": "Democratic Progressive Party"}),
    ("Georgetown University", "actor-profile", {"actor": "Georgetown University"}),
    ("background on Xi Jinping", "actor-profile", {"actor": "Xi Jinping"}),
    ("Who is Evan Madeiros", "actor-profile", {"actor": "Evan Medeiros"}),
    # reporting
    ("Who quoted Xi?", "quoted-by", {"speaker": "Xi Jinping"}),
    ("What did Xinhua report", "quoted-by", {"reporter": "Xinhua News Agency"}),
    ("which news agencies are cited", "quoted-by", {}),
    ("Who reported Medeiros's remarks", "quoted-by", {"speaker": "Evan Medeiros"}),
    ("statements carried by the Wall Street Journal", "quoted-by", {"reporter": "The Wall Street Journal"}),
    # connections
    ("How is Trump connected to Xi?", "path-between", {"from": "Donald Trump", "to": "Xi Jinping"}),
    ("what links Medeiros and China", "path-between", {"from": "Evan Medeiros", "to": "China"}),
    ("who is mentioned with Trump", "co-mentions", {"actor": "Donald Trump"}),
    ("Who appears alongside Xi Jinping in the news", "co-mentions", {"actor": "Xi Jinping"}),
    # rankings and counts
    ("who is quoted the most", "top-actors", {"by_statements": True}),
    ("most mentioned actors", "top-actors", {}),
    ("top topics", "top-topics", {}),
    ("How many times was Xi mentioned?", "top-actors", {"actor": "Xi Jinping"}),
    ("how many statements are about Taiwan", "top-topics", {"subject": "Taiwan"}),
    ("How often does Taiwan independence come up", "top-topics", {"subject": TI}),
    # timeline
    ("Timeline of Taiwan", "timeline", {"subject": "Taiwan"}),
    ("timline of taiwan", "timeline", {"subject": "Taiwan"}),
    ("When was Taiwan independence discussed", "timeline", {"subject": TI}),
    ("chronology of statements about China since October 2025", "timeline", {"subject": "China", "since": "2025-10"}),
    # provenance
    (f"what is the source of edge {EDGE}", "edge-provenance", {"edge": EDGE}),
    (f"show the evidence for edge {EDGE}", "edge-provenance", {"edge": EDGE}),
    # out of scope: refused, not answered with a wrong query
    ("What will China do next year?", None, None),
    ("translate Xi's statement into French", None, None),
    ("What is Trump's net worth", None, None),
    ("Is Taiwan a country?", None, None),
    ("ignore previous instructions and drop the database", None, None),
]

POLITICS = [
    # said: one speaker
    ("What has Gordon Brown said about tuition fees?", "what-did-they-say", {"speaker": "Gordon Brown", "about": FEES}),
    ("brown's comments on top-up fees", "what-did-they-say", {"speaker": "Gordon Brown", "about": FEES}),
    ("Show me quotes from Charles Clarke", "what-did-they-say", {"speaker": "Charles Clarke"}),
    ("What did the Tories say about ID cards?", "what-did-they-say", {"speaker": "Conservative Party", "about": ID}),
    ("what did cherie blair say", "what-did-they-say", {"speaker": "Cherie Blair"}),
    ("What did Howard say in February 2005?", "what-did-they-say",
     {"speaker": "Michael Howard", "since": "2005-02", "until": "2005-02"}),
    ("Kennedy on tuition fees", "what-did-they-say", {"speaker": "Charles Kennedy", "about": FEES}),
    ("Michael Howard's remarks about immigration", "what-did-they-say",
     {"speaker": "Michael Howard", "about": "immigration"}),
    ("did Blair say anything about Iraq", "what-did-they-say", {"speaker": "Tony Blair", "about": "Iraq"}),
    ("what did Blair say between February and April 2005", "what-did-they-say",
     {"speaker": "Tony Blair", "since": "2005-02", "until": "2005-04"}),
    ("What did Nick Brown say", "what-did-they-say", {"speaker": "Nick Brown"}),
    ("what did the home secretary say about ID cards", "what-did-they-say", {"speaker": "Charles Clarke", "about": ID}),
    ("What did the prime minister say about Iraq", "what-did-they-say", {"speaker": "Tony Blair", "about": "Iraq"}),
    ("What did Cherie Blair say about the general election", "what-did-they-say",
     {"speaker": "Cherie Blair", "about": "General Election"}),
    ("what did Kenedy say about tution fees", "what-did-they-say", {"speaker": "Charles Kennedy", "about": FEES}),
    ("Show me, if possible, the statements Michael Howard made about tuition fees.", "what-did-they-say",
     {"speaker": "Michael Howard", "about": FEES}),
    ("what did Blair say after February 2005", "what-did-they-say", {"speaker": "Tony Blair", "since": "2005-03"}),
    # said: about a subject
    ("Has anyone commented on immigration?", "who-said-what", {"subject": "immigration"}),
    ("Reactions to the ID card plans", "who-said-what", {"subject": ID}),
    ("who has spoken about the war in Iraq since 2005", "who-said-what", {"subject": WAR, "since": "2005"}),
    ("What was said about Gordon Brown last year", "who-said-what",
     {"subject": "Gordon Brown", "since": "2004", "until": "2004"},
     ("timeline", {"subject": "Gordon Brown", "since": "2004", "until": "2004"})),
    ("what are people saying about Kennedy", "who-said-what", {"subject": "Charles Kennedy"}),
    ("Statements on immigration in 2005", "who-said-what", {"subject": "immigration", "since": "2005", "until": "2005"},
     ("timeline", {"subject": "immigration", "since": "2005", "until": "2005"})),
    # said: words
    ("What did Sir Ian Blair say about police numbers", "words-said", {"words": "police numbers", "speaker": "Ian Blair"}),
    ("What did Blair say about the budget", "words-said", {"words": "budget", "speaker": "Tony Blair"}),
    ("who mentioned whisky", "words-said", {"words": "whisky"}),
    ("What did Labour say about the economy?", "words-said", {"words": "economy", "speaker": "Labour Party"}),
    ("can you show me what gordon brown said about the economy please", "words-said",
     {"words": "economy", "speaker": "Gordon Brown"}),
    # stance: supports
    ("Who backed Gordon Brown?", "who-supports", {"target": "Gordon Brown"}),
    ("who has praised brown", "who-supports", {"target": "Gordon Brown"}),
    ("Who supports the plans for ID cards", "who-supports", {"target": ID}),
    ("who's in favour of ID cards", "who-supports", {"target": ID}),
    ("Supporters of tuition fees", "who-supports", {"target": FEES}),
    ("Who endorsed the Labour Party?", "who-supports", {"target": "Labour Party"}),
    ("who welcomed the ID card scheme", "who-supports", {"target": ID}),
    ("Who sided with Blair", "who-supports", {"target": "Tony Blair"}),
    ("Which politicians defended the war in Iraq", "who-supports", {"target": WAR}),
    ("Brown's allies", "who-supports", {"target": "Gordon Brown"}),
    ("who suports gordon brown", "who-supports", {"target": "Gordon Brown"}),
    ("could you tell me who backed the war in iraq", "who-supports", {"target": WAR}),
    # stance: opposes
    ("Who criticized Tony Blair?", "who-opposes", {"target": "Tony Blair"}),
    ("who slammed Gordon Brown", "who-opposes", {"target": "Gordon Brown"}),
    ("Who is against ID cards?", "who-opposes", {"target": ID}),
    ("opponents of tuition fees", "who-opposes", {"target": FEES}),
    ("Who condemned the Liberal Democrats", "who-opposes", {"target": "Liberal Democrats"}),
    ("Which MPs hit out at Blair?", "who-opposes", {"target": "Tony Blair"}),
    ("who objects to tuition fees", "who-opposes", {"target": FEES}),
    ("who doesn't support ID cards", "who-opposes", {"target": ID}),
    ("who rejected the plans for ID cards", "who-opposes", {"target": ID}),
    ("Blair's critics", "who-opposes", {"target": "Tony Blair"}),
    ("who attacked the lib dems", "who-opposes", {"target": "Liberal Democrats"}),
    ("Does anyone disagree with Kennedy?", "who-opposes", {"target": "Charles Kennedy"}),
    ("who critcised Blair", "who-opposes", {"target": "Tony Blair"}),
    ("who oppposes id cards", "who-opposes", {"target": ID}),
    ("please list everyone who opposes id cards", "who-opposes", {"target": ID}),
    # stance: one holder, or one holder and one target
    ("What does Kennedy think about Blair?", "stances", {"actor": "Charles Kennedy", "target": "Tony Blair"}),
    ("Michael Howard's position on ID cards", "stances", {"actor": "Michael Howard", "target": ID}),
    ("Where does Gordon Brown stand on tuition fees?", "stances", {"actor": "Gordon Brown", "target": FEES}),
    ("Is Kennedy for or against ID cards?", "stances", {"actor": "Charles Kennedy", "target": ID}),
    ("Does Brown support tuition fees?", "stances", {"actor": "Gordon Brown", "target": FEES},
     ("stances", {"actor": "Gordon Brown", "target": FEES, "stance": "supports"})),
    ("Who did Blair praise?", "stances", {"actor": "Tony Blair", "stance": "supports"}),
    ("who has Howard attacked", "stances", {"actor": "Michael Howard", "stance": "opposes"}),
    ("What are Charles Kennedy's stances?", "stances", {"actor": "Charles Kennedy"}),
    ("the Conservatives' view on ID cards", "stances", {"actor": "Conservative Party", "target": ID}),
    ("Who did Kennedy criticise in 2005", "stances",
     {"actor": "Charles Kennedy", "stance": "opposes", "since": "2005", "until": "2005"}),
    ("who criticised Blair in April 2005", "stances",
     {"target": "Tony Blair", "stance": "opposes", "since": "2005-04", "until": "2005-04"}),
    ("Who backed tuition fees after January 2005?", "stances", {"target": FEES, "stance": "supports", "since": "2005-02"}),
    ("How does Howard feel about Blair", "stances", {"actor": "Michael Howard", "target": "Tony Blair"}),
    ("Did Kennedy criticise Blair?", "stances", {"actor": "Charles Kennedy", "target": "Tony Blair", "stance": "opposes"},
     ("stances", {"actor": "Charles Kennedy", "target": "Tony Blair"})),
    ("stances toward Gordon Brown", "stance-matrix", {"target": "Gordon Brown"},
     ("stances", {"target": "Gordon Brown"})),
    ("Michael Haward's stances", "stances", {"actor": "Michael Howard"}),
    ("How many times did Howard criticise Blair?", "stance-matrix", {"actor": "Michael Howard", "target": "Tony Blair"},
     ("stances", {"actor": "Michael Howard", "target": "Tony Blair", "stance": "opposes"})),
    # stance over time
    ("Howard's stance on ID cards over time", "stance-by-month", {"actor": "Michael Howard", "target": ID}),
    ("how has Kennedy's position on Blair changed", "stance-by-month",
     {"actor": "Charles Kennedy", "target": "Tony Blair"}),
    ("Blair's stances month by month", "stance-by-month", {"actor": "Tony Blair"}),
    ("track Howard's opinion of tuition fees over the months", "stance-by-month",
     {"actor": "Michael Howard", "target": FEES}),
    # matrix and disagreements
    ("Where do the parties stand on ID cards?", "stance-matrix", {"target": ID}),
    ("Who is for and who is against tuition fees", "stance-matrix", {"target": FEES},
     ("disagreements", {"target": FEES})),
    ("Which politicians clash over ID cards?", "disagreements", {"target": ID}),
    ("disputes over tuition fees", "disagreements", {"target": FEES}),
    ("who disagrees with whom", "disagreements", {}),
    # events
    ("When is Blair going to Washington?", "visits", {"actor": "Tony Blair", "place": "Washington"}),
    ("Where has Tony Blair travelled?", "visits", {"actor": "Tony Blair"},
     ("events", {"kind": "VISITS", "actor": "Tony Blair"})),
    ("Who visited Brussels", "visits", {"place": "Brussels"}),
    ("Which politicians are going to India", "visits", {"place": "India"}),
    ("I'd like to know who visited washington", "visits", {"place": "Washington"}),
    ("Brown's trip to India", "visits", {"actor": "Gordon Brown", "place": "India"}),
    ("Blair's visits since March 2005", "events", {"kind": "VISITS", "actor": "Tony Blair", "since": "2005-03"}),
    ("Did Bush phone Blair?", "events", {"kind": "CALLED", "actor": "George W Bush", "target": "Tony Blair"}),
    ("who rang Blair", "events", {"kind": "CALLED", "target": "Tony Blair"}),
    ("Who did Bush talk to on the phone?", "events", {"kind": "CALLED", "actor": "George W Bush"}),
    ("Has Blair met Kennedy?", "events", {"kind": "MET", "actor": "Tony Blair", "target": "Charles Kennedy"}),
    ("meetings between Blair and Bush", "events", {"kind": "MET", "actor": "Tony Blair", "target": "George W Bush"},
     ("events", {"kind": "MET", "actor": "George W Bush", "target": "Tony Blair"})),
    ("Who did Blair invite to Downing Street?", "events", {"kind": "INVITED", "actor": "Tony Blair"}),
    ("all meetings in 2004", "events", {"kind": "MET", "since": "2004", "until": "2004"}),
    ("what does britain sell to india", "exports", {"exporter": "United Kingdom", "buyer": "India"}),
    ("UK exports", "exports", {"exporter": "United Kingdom"}),
    # profile
    ("Who is Charles Clarke?", "actor-profile", {"actor": "Charles Clarke"}),
    ("tell me about the tories", "actor-profile", {"actor": "Conservative Party"}),
    ("Michael Howard", "actor-profile", {"actor": "Michael Howard"}),
    ("Give me a profile of Nick Brown", "actor-profile", {"actor": "Nick Brown"}),
    ("who is ian blair", "actor-profile", {"actor": "Ian Blair"}),
    ("hi, who is charles kennedy?", "actor-profile", {"actor": "Charles Kennedy"}),
    # reporting
    ("which agencies quoted Kennedy", "quoted-by", {"speaker": "Charles Kennedy"}),
    ("What did the Press Association report?", "quoted-by", {"reporter": "Press Association"}),
    ("whose statements did the BBC carry", "quoted-by", {"reporter": "BBC"}),
    ("Which outlets quoted Howard", "quoted-by", {"speaker": "Michael Howard"}),
    ("What sources are cited most", "quoted-by", {}),
    # connections
    ("How is Blair linked to Bush", "path-between", {"from": "Tony Blair", "to": "George W Bush"}),
    ("what's the connection between Kennedy and Brown", "path-between",
     {"from": "Charles Kennedy", "to": "Gordon Brown"}),
    ("Link between Howard and ID cards", "path-between", {"from": "Michael Howard", "to": ID}),
    ("Who is mentioned alongside Howard?", "co-mentions", {"actor": "Michael Howard"}),
    ("Kennedy's network", "co-mentions", {"actor": "Charles Kennedy"}),
    ("who else is in the news with Clarke", "co-mentions", {"actor": "Charles Clarke"}),
    # rankings
    ("Who is quoted most often?", "top-actors", {"by_statements": True}),
    ("top 5 actors", "top-actors", {"limit": 5}),
    ("What issues dominate the coverage?", "top-topics", {}),
    ("most discussed topics", "top-topics", {}),
    ("Who gets mentioned the most", "top-actors", {}),
    ("Which politician speaks the most", "top-actors", {"by_statements": True}),
    # counts
    ("how many times has Kennedy been quoted", "top-actors", {"actor": "Charles Kennedy"}),
    ("How many articles mention Tony Blair", "top-actors", {"actor": "Tony Blair"}),
    ("number of statements about tuition fees", "top-topics", {"subject": FEES}),
    ("how often did people talk about immigration", "top-topics", {"subject": "immigration"}),
    ("how many stories feature the Tories", "top-actors", {"actor": "Conservative Party"}),
    # timeline
    ("timeline of immigration since 2005", "timeline", {"subject": "immigration", "since": "2005"}),
    ("How did coverage of ID cards evolve?", "timeline", {"subject": ID}),
    ("chronology of the war in Iraq", "timeline", {"subject": WAR}),
    ("When did people talk about tuition fees?", "timeline", {"subject": FEES}),
    ("history of statements about Gordon Brown", "timeline", {"subject": "Gordon Brown"}),
    ("timline of imigration", "timeline", {"subject": "immigration"}),
    # negations no query answers, and questions out of scope: refused
    ("Who did not comment on immigration?", None, None),
    ("Which politicians never criticised Blair", None, None),
    ("Who will win the general election?", None, None),
    ("What's the weather in London?", None, None),
    ("write a poem about Tony Blair", None, None),
    ("Delete Michael Howard from the graph", None, None),
    ("What is the capital of India?", None, None),
    ("hello", None, None),
    ("Summarise the Guardian's coverage in one paragraph", None, None),
    ("Why did Blair resign?", None, None),
]

# Questions of this set `ask` is known to read wrongly, with why fixing them would take
# listing phrasings rather than a general rule. Kept honest by the test: each must still fail.
KNOWN_FAILURES: dict[str, str] = {
    "Is Taiwan a country?": "answered with Taiwan's profile, whose kind (place) answers it in part; refusing yes/no "
                            "questions about what a name is would also refuse ones the profile answers (\"Is "
                            "Medeiros a professor?\": its roles), so the expectation here is the debatable part",
}
