"""Plain questions mapped onto saved queries, with no external service.

Each phrasing is a regular expression over the whole question whose named groups become
the saved query's parameters (``{speaker}`` is a lazy name group), plus fixed parameters.
The first phrasing that matches wins, so specific phrasings come before general ones. When
none matches, the closest example questions are suggested.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from stancegraph.errors import QueryError

_GROUP = re.compile(r"\{(\w+)\}")
_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"


@dataclass(frozen=True)
class Phrasing:
    example: str
    pattern: str
    query: str
    fixed: dict = field(default_factory=dict)

    def match(self, question: str):
        return re.fullmatch(self.pattern, question, flags=re.I)


def _p(example: str, pattern: str, query: str, **fixed: str) -> Phrasing:
    def group(m: re.Match) -> str:
        name = m.group(1)
        return f"(?P<{name}>{_DATE})" if name in ("since", "until") else f"(?P<{name}>.+?)"

    return Phrasing(example, _GROUP.sub(group, pattern), query, dict(fixed))


_ABOUT = r"(?:about|on|regarding|concerning|of)"
_SAY = r"(?:say|said|says|state|stated|tell \w+|told \w+|claim|claimed)"

PHRASINGS = [
    # what one actor said / thinks
    _p("what did Xi say about Taiwan",
       rf"what (?:did|does|has|have|had) {{speaker}} {_SAY} {_ABOUT} {{about}}", "what-did-they-say"),
    _p("what does Medeiros think about China",
       rf"what (?:does|did|do) {{speaker}} (?:think|believe|feel) {_ABOUT} {{about}}", "what-did-they-say"),
    _p("what is Xi's position on Taiwan",
       rf"what (?:is|was|are|were) {{speaker}}(?:'s|’s) (?:position|view|views|stance|opinion|line) {_ABOUT} {{about}}",
       "what-did-they-say"),
    _p("what did Xi say", rf"what (?:did|does|has|have|had) {{speaker}} {_SAY}", "what-did-they-say"),
    _p("what does Medeiros think", r"what (?:does|did|do) {speaker} (?:think|believe|feel)", "what-did-they-say"),
    _p("what are Xi's views",
       r"what (?:is|was|are|were) {speaker}(?:'s|’s) (?:position|positions|view|views|stance|opinion|opinions)",
       "what-did-they-say"),
    _p("statements by Xi", r"(?:show |list )?(?:all )?(?:statements|quotes|quotations) (?:by|from) {speaker}",
       "what-did-they-say"),
    # who said what about a subject
    _p("who said what about Taiwan",
       rf"who (?:said|says|has said|is saying) (?:what |anything |something )?{_ABOUT} {{subject}}", "who-said-what"),
    _p("what was said about Taiwan",
       rf"what (?:was|has been|is being|is|were|have been) (?:said|written|reported) {_ABOUT} {{subject}}",
       "who-said-what"),
    _p("what are people saying about Taiwan",
       rf"what (?:are|were|do|did) (?:people|they|actors|others) (?:say|saying|said) {_ABOUT} {{subject}}",
       "who-said-what"),
    _p("statements about Taiwan", rf"(?:show |list )?(?:all )?(?:statements|quotes|quotations) {_ABOUT} {{subject}}",
       "who-said-what"),
    # timeline
    _p("timeline of Taiwan between 2025-01 and 2025-12",
       r"(?:show )?(?:the )?timeline (?:of|for|about|on) {subject} (?:between|from) {since} (?:and|to|until) {until}",
       "timeline"),
    _p("timeline of Taiwan since 2025-11",
       r"(?:show )?(?:the )?timeline (?:of|for|about|on) {subject} (?:since|from|after) {since}", "timeline"),
    _p("timeline of Taiwan until 2025-11",
       r"(?:show )?(?:the )?timeline (?:of|for|about|on) {subject} (?:until|before|up to) {until}", "timeline"),
    _p("timeline of Taiwan", r"(?:show )?(?:the )?timeline (?:of|for|about|on) {subject}", "timeline"),
    _p("when was Taiwan discussed", r"when (?:was|were|is|are) {subject} (?:discussed|mentioned|talked about)",
       "timeline"),
    # stances
    _p("who opposes Taiwan independence",
       r"who (?:opposes|opposed|is against|are against|was against|rejects|rejected|objects to|does not support|"
       r"doesn't support|do not support|don't support) {target}", "who-opposes"),
    _p("who supports Taiwan independence",
       r"who (?:supports|supported|backs|backed|is for|are for|is in favou?r of|are in favou?r of|endorses|"
       r"endorsed) {target}", "who-supports"),
    _p("who disagrees about Taiwan independence",
       r"(?:who disagrees?|who is divided|(?:show |list )?(?:the )?disagreements?) (?:about|on|over|regarding) {target}",
       "disagreements"),
    _p("who disagrees", r"(?:who disagrees?|(?:show |list )?(?:the )?disagreements?)", "disagreements"),
    _p("who stands where on Taiwan independence",
       rf"(?:who stands where|what are the stances|(?:show |list )?(?:the )?stances?(?: matrix)?) {_ABOUT} {{target}}",
       "stance-matrix"),
    _p("stance matrix", r"(?:show |list )?(?:the )?(?:stance matrix|stances|who stands where)", "stance-matrix"),
    # events
    _p("where will Trump visit",
       r"where (?:will|would|did|does|is|was|has|might|could) {actor} (?:visit|go|travel|be going|going|visited|"
       r"gone|travelled|traveled|be visiting|visiting)(?: to)?(?: next)?", "visits"),
    _p("who will visit Beijing",
       r"who (?:will visit|would visit|visits|visited|is visiting|has visited|is going to|will go to|went to) {place}",
       "visits"),
    _p("visits by Trump", r"(?:show |list )?(?:the )?(?:visits|trips|travels) (?:by|of) {actor}", "visits"),
    _p("what does the United States export to China",
       r"what (?:does|did|do) {exporter} (?:export|sell|ship)(?: to {buyer})?", "exports"),
    _p("who exports to China", r"who (?:exports|exported|sells|sold|ships|shipped)(?: \w+)? to {buyer}", "exports"),
    _p("who did Xi meet", r"who (?:did|does|will|has) {actor} (?:meet|met)", "events", kind="met"),
    _p("who did Trump call", r"who (?:did|does|will|has) {actor} (?:call|called|phone)", "events", kind="called"),
    _p("who did Xi invite", r"who (?:did|does|will|has) {actor} (?:invite|invited)", "events", kind="invited"),
    _p("who called Xi", r"who (?:called|phoned|rang) {target}", "events", kind="called"),
    _p("who met Xi", r"who (?:met|meets|met with|will meet) {target}", "events", kind="met"),
    _p("who invited Trump", r"who (?:invited|invites) {target}", "events", kind="invited"),
    _p("exports", r"(?:show |list )?(?:all )?(?:the )?exports", "exports"),
    _p("visits", r"(?:show |list )?(?:all )?(?:the )?visits", "visits"),
    _p("events", r"(?:show |list )?(?:all )?(?:the )?events", "events"),
    # reporting
    _p("who reported Xi's statements",
       r"who (?:reported|reports|quoted|quotes|carried|carries|cited|cites|published|covered) "
       r"(?:the )?{speaker}(?:'s|’s)? (?:statements?|words|remarks|comments|quotes)", "quoted-by"),
    _p("who quoted Xi", r"who (?:quoted|quotes|cited|cites) {speaker}", "quoted-by"),
    _p("what did Xinhua report", r"what (?:did|does|has) {reporter} (?:report|reported|carry|publish|quote)",
       "quoted-by"),
    _p("which outlets quote whom", r"(?:which|what) (?:outlets|agencies|media|sources).*", "quoted-by"),
    # connections
    _p("how are Trump and Xi connected",
       r"how (?:are|is|were|was) {from} (?:and|connected to|linked to|related to|tied to) {to}"
       r"(?: connected| linked| related| tied)?(?: to each other)?", "path-between"),
    _p("what links Trump and Xi", r"what (?:links|connects|ties) {from} (?:and|to|with) {to}", "path-between"),
    _p("path between Trump and Xi",
       r"(?:show )?(?:the )?(?:path|paths|connection|connections|link|links|relationship) "
       r"(?:between|from) {from} (?:and|to) {to}", "path-between"),
    _p("who is mentioned with Trump",
       r"who (?:is|are|was|were|gets|get) (?:mentioned|named|cited|appearing|appears?) (?:with|alongside|together with) {actor}",
       "co-mentions"),
    _p("who appears with Trump", r"who (?:appears|appeared|shows up) (?:with|alongside) {actor}", "co-mentions"),
    _p("co-mentions of Trump", r"(?:show )?(?:the )?co-?mentions? (?:of|for|with) {actor}", "co-mentions"),
    # where did an edge come from
    _p("where does edge 0ceac6a5d0314156 come from", r"where (?:does|did) (?:the )?edge {edge} come from",
       "edge-provenance"),
    _p("provenance of edge 0ceac6a5d0314156", r"(?:show )?(?:the )?(?:provenance|source) of (?:the )?edge {edge}",
       "edge-provenance"),
    # rankings
    _p("top actors", r"(?:who are |list |show )?(?:the )?(?:top|most mentioned|main|key|most important) "
                     r"(?:actors|people|players|names)", "top-actors"),
    _p("top topics", r"(?:what are |list |show )?(?:the )?(?:top|main|most discussed|key|most common) "
                     r"(?:topics|subjects|issues|themes)", "top-topics"),
    _p("what is discussed most", r"what (?:is|was|gets) (?:discussed|talked about|mentioned) (?:the )?most", "top-topics"),
    # profile last: "who is X" would otherwise swallow "who is against X"
    _p("who is Medeiros", r"(?:who|what) (?:is|are|was|were) {actor}", "actor-profile"),
    _p("tell me about Medeiros", r"(?:tell me about|profile of|profile for|describe|show me) {actor}", "actor-profile"),
]


@dataclass
class Interpretation:
    query: str
    params: dict[str, str]
    phrasing: Phrasing


def interpret(question: str) -> Interpretation:
    """Map a question onto a saved query and its parameters, or raise QueryError with hints."""
    q = re.sub(r"\s+", " ", question.strip()).rstrip("?!. ")
    for phrasing in PHRASINGS:
        m = phrasing.match(q)
        if m:
            params = dict(phrasing.fixed)
            params.update({k: _clean(v) for k, v in m.groupdict().items() if v})
            return Interpretation(phrasing.query, params, phrasing)
    hint = "; try: " + " | ".join(suggest(q))
    raise QueryError(f"cannot map {question!r} onto a saved query{hint} (or run 'stancegraph queries')")


def suggest(question: str, n: int = 3) -> list[str]:
    """Example questions closest to ``question``: shared words first, then spelling."""
    words = set(re.findall(r"[a-z']+", question.lower()))

    def score(p: Phrasing) -> float:
        ex_words = set(re.findall(r"[a-z']+", p.example.lower()))
        overlap = len(words & ex_words) / max(len(ex_words), 1)
        return overlap + 0.5 * SequenceMatcher(None, question.lower(), p.example.lower()).ratio()

    ranked = sorted(PHRASINGS, key=score, reverse=True)
    seen: list[str] = []
    for p in ranked:
        if p.example not in seen:
            seen.append(p.example)
        if len(seen) == n:
            break
    return seen


def _clean(name: str) -> str:
    """Possessives, quotes and leading articles are not part of a name: "the WSJ's" -> "WSJ"."""
    name = name.strip().strip("\"'“”‘’")
    name = re.sub(r"(?:'s|’s)$", "", name).strip()
    # "the United States" is stored as "United States"; a name that keeps its article
    # ("The Wall Street Journal") is also found by its other aliases.
    name = re.sub(r"^(?:the|a|an) (?=\S)", "", name, flags=re.I)
    return name.strip("\"'“”‘’ ")
