"""Topics: the issues statements are about and stances point at, when they are not actors.

Two sources:

* a small lexicon of issues that recur in political and economic news, each with the
  wordings that safely mean the same thing ("rare earths", "rare-earth minerals",
  "rare earth elements" -> one ``topic:rare-earths``). Only variants that cannot mean
  something else are listed: "chips" is not "semiconductors" (potato chips), "trade" is
  not "trade war";
* the object of a stance ("opposes unilateral changes to the status quo across the Taiwan
  Strait"), named by its noun phrase without determiners and relative clauses, keyed by its
  lemmas so "unilateral change(s) to the status quo" meet in one node. Phrases are never
  merged on meaning beyond that: two different wordings of one issue stay two topics
  rather than risk joining two issues.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from stancegraph.graph import model
from stancegraph.graph.model import Topic
from stancegraph.loaders.extract import stance_lexicon as _lex
from stancegraph.loaders.extract.nlp import text_of

#: canonical name -> wordings (matched case-insensitively on word boundaries, except
#: all-caps abbreviations, matched as written: "AI" but not "ai").
LEXICON: dict[str, tuple[str, ...]] = {
    "Taiwan independence": ("Taiwan independence", "Taiwanese independence", "independence of Taiwan",
                            "Taiwan's independence", "independence for Taiwan"),
    "tariffs": ("tariff", "tariffs", "import duties", "import duty", "import tariffs", "import tariff"),
    "rare earths": ("rare earths", "rare earth", "rare-earth", "rare-earths", "rare earth elements",
                    "rare earth minerals", "rare-earth minerals", "rare earth metals"),
    "fentanyl": ("fentanyl",),
    "soybeans": ("soybeans", "soybean", "soy beans", "soya beans"),
    "sorghum": ("sorghum",),
    "AI": ("AI", "A.I.", "artificial intelligence"),
    "semiconductors": ("semiconductor", "semiconductors", "microchips", "semiconductor chips"),
    "export controls": ("export controls", "export control", "export restrictions"),
    "trade war": ("trade war", "tariff war"),
    "Russia-Ukraine war": ("Ukraine-Russia war", "Russia-Ukraine war", "war in Ukraine", "Ukraine war",
                           "Russia's war in Ukraine", "Russian invasion of Ukraine"),
    "inflation": ("inflation",),
    "immigration": ("immigration",),
    "illegal immigration": ("illegal immigration",),
    "abortion": ("abortion", "abortions"),
    "climate change": ("climate change",),
    "gun control": ("gun control",),
    "Obamacare": ("Obamacare", "Affordable Care Act"),
    "Brexit": ("Brexit",),
    "NAFTA": ("NAFTA", "North American Free Trade Agreement"),
    "Trans-Pacific Partnership": ("Trans-Pacific Partnership", "TPP"),
    "Iran nuclear deal": ("Iran nuclear deal", "Iran deal", "nuclear deal with Iran"),
    "same-sex marriage": ("same-sex marriage", "gay marriage"),
    "minimum wage": ("minimum wage",),
    "Belt and Road Initiative": ("Belt and Road Initiative", "Belt and Road"),
    "ID cards": ("ID cards", "ID card", "identity cards", "identity card", "ID-cards"),
}


def _pattern(variants: Iterable[str]) -> re.Pattern:
    parts = []
    for v in sorted(variants, key=len, reverse=True):
        body = re.escape(v).replace(r"\ ", r"[\s-]+")
        if v.isupper() or "." in v:
            parts.append(r"(?-i:" + body + r")")
        else:
            parts.append(body)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


_PATTERNS = {name: _pattern(variants) for name, variants in LEXICON.items()}
#: the first words of each topic's wordings, lower-cased: an ASCII text holds one of them
#: if the topic's pattern can match it (a cheap test that skips most patterns)
_FIRST_WORDS = {name: tuple({v.split()[0].lower() for v in variants}) for name, variants in LEXICON.items()}
_KEY_TO_NAME = {model.name_key(v): name for name, variants in LEXICON.items() for v in variants}
_KEY_TO_NAME.update({model.name_key(name): name for name in LEXICON})


def canonical(phrase: str) -> Optional[str]:
    """The lexicon name of a phrase that is exactly one of its wordings, else ``None``."""
    return _KEY_TO_NAME.get(model.name_key(phrase))


def find_lexicon_topics(text: str, start: int = 0) -> list[tuple[str, int, int]]:
    """Lexicon topics named in ``text``: ``(name, start, end)``, offsets shifted by ``start``.

    A longer issue hides the shorter one inside it: "illegal immigration" is not also
    "immigration", "tariff war" is "trade war", not also "tariffs".
    """
    hits = []
    low = text.lower() if text.isascii() else None  # outside ASCII, case folding has its own rules
    for name, pat in _PATTERNS.items():
        if low is not None and not any(w in low for w in _FIRST_WORDS[name]):
            continue
        for m in pat.finditer(text):
            hits.append((name, start + m.start(), start + m.end()))
    hits.sort(key=lambda h: (h[1], -(h[2] - h[1])))
    kept: list[tuple[str, int, int]] = []
    for h in hits:
        if any(k[1] <= h[1] and h[2] <= k[2] for k in kept):
            continue
        kept.append(h)
    return kept


def make_topic(name: str, key: Optional[str] = None) -> Topic:
    """A Topic record; its id comes from ``key`` (lemmas) when given, else from the name."""
    return Topic(id=model.topic_id(key or name), name=name, aliases=[name])


# determiners and quantifiers that do not change the issue: "all efforts toward peace"
_DROP_FIRST = {"all", "any", "every", "each", "some", "such", "these", "those", "this", "that", "the", "a",
               "an", "its", "their", "his", "her", "our", "my", "your", "further", "more", "any",
               "only", "sole"}  # "his only strategy": a determiner-like word
#: heads too vague to be an issue on their own ("rejected the proposal", "backs it").
VAGUE_HEADS = frozenset("""
it this that these those them him her one thing things something anything idea move step decision action
plan proposal measure bill effort efforts approach stance position view statement remark remarks
comment comments claim claims call calls report reports way lot part side kind sort notion
suggestion group campaign people strategy tactic tactics
""".split())


#: heads that wrap the issue they are about: "plans for ID cards", "the ID card scheme",
#: "the introduction of identity cards" are all the issue "ID cards"
#: (not "policy": a policy on immigration is not immigration)
WRAPPER_HEADS = frozenset("""
plan plans proposal proposals scheme schemes bill legislation programme program introduction
idea project issue question
""".split())


#: heads that count only what they are "of": "a new round of sanctions" is sanctions (not "an
#: aid package for Ukraine", which is no Ukraine)
PARTITIVE_HEADS = frozenset("round rounds series raft wave batch package".split())
#: heads that wrap only a lexicon issue written before them: "gun control measures", "the ID card
#: law" (not "measures for the unemployed")
ISSUE_WRAPPERS = frozenset("measure measures law laws".split())
#: words before an issue that do not change it: "the new tariffs", "the so-called stealth taxes",
#: "the long-awaited plan to ..." are what a user asks about without them
DESCRIPTORS = frozenset("new latest recent fresh controversial long-awaited so-called much-vaunted own".split())
#: lemmas the small model gets wrong, which would split a topic's key ("taxes" -> "taxis")
_LEMMA_SLIPS = {"taxes": "tax"}

#: issues that are a domain or a problem a plan deals with, not what the plan brings in: "the
#: immigration plan" is a plan on immigration, not immigration ("the ID card scheme" is ID cards)
DOMAIN_ISSUES = frozenset({"immigration", "illegal immigration", "inflation", "climate change", "trade war",
                           "Russia-Ukraine war"})

#: (not "extend": a plan to extend drinking hours is not drinking hours)
_BRING_IN = frozenset("introduce create bring build launch establish".split())


def _unwrap(toks: list) -> list:
    """The issue inside a wrapper head: its "for"/"of"/"on" object, else the words before it."""
    if not toks:
        return toks
    head = min(toks, key=lambda t: sum(1 for _ in t.ancestors))
    lemma = head.lemma_.lower()
    if lemma in PARTITIVE_HEADS:
        preps: tuple = ("of",)
    elif lemma in WRAPPER_HEADS:
        preps = ("for", "of")
    elif lemma in ISSUE_WRAPPERS:
        preps = ()
    else:
        return toks
    ids = {t.i for t in toks}
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.i in ids:
            inner = [t for t in toks if t.i > c.i and any(a.i == c.i for a in t.ancestors)]
            if inner:
                return inner
    for c in head.children:
        # "plans to introduce ID cards" are ID cards (not "plans to scrap ID cards")
        if c.dep_ == "acl" and c.i in ids and c.lemma_.lower() in _BRING_IN:
            obj = next((x for x in c.children if x.dep_ == "dobj" and x.i in ids), None)
            if obj is not None:
                return [t for t in toks if t.i in {x.i for x in obj.subtree}]
    before = [t for t in toks if t.i < head.i and t.head.i == head.i and t.dep_ in ("compound",)]
    # "the ID card scheme" is about ID cards; "the Tory plans" are not about Tories, nor
    # "government plans to introduce ID cards" about the government
    # ... and only for an issue of the lexicon: "the harbour plan" is not the harbour
    if before and before[-1].pos_ == "NOUN" and not any(c.dep_ == "acl" and c.i in ids for c in head.children):
        start = min(x.left_edge.i for x in before)
        inner = [t for t in toks if start <= t.i < head.i]
        doc = head.doc
        issue = canonical(text_of(doc)[inner[0].idx: inner[-1].idx + len(inner[-1].text)])
        if issue and issue not in DOMAIN_ISSUES:
            return inner
    return toks


def phrase_topic(tokens) -> Optional[tuple[str, str]]:
    """``(name, key)`` of a topic named by a noun phrase (a list of spaCy tokens), or None.

    The name is the phrase as written minus leading determiners and trailing punctuation,
    and minus a wrapper head ("plans for ID cards", "the ID card scheme": "ID cards"); the
    key is its lemmas, lower-cased, so singular and plural wordings meet; a lexicon issue
    is named by its lexicon name.
    """
    toks = _drop_descriptors(_unwrap([t for t in tokens if not t.is_space]))
    while toks and (toks[-1].is_punct and toks[-1].text != "%" or toks[-1].dep_ in ("cc", "prep", "case")) \
            and not _hyphen_end(toks[-1]):
        toks.pop()
    toks = [t for t in toks if t.text not in ('"', "“", "”", "'", "‘", "’")]
    if not toks:
        return None
    words = [t for t in toks if not t.is_punct]
    if len(words) == 1 and words[0].lemma_.lower() in VAGUE_HEADS:
        return None
    if all(t.pos_ in ("PRON", "DET", "NUM") for t in words):
        return None
    if words[-1].pos_ == "PRON" and words[-1].dep_ == "pobj" and words[-1].head in toks:
        # "the views of those (who have concerns)", "plans to raise tax for those (earning ...)"
        # (BBC): a pronoun cut from its clause names nothing; the phrase ends before its preposition
        return phrase_topic([t for t in toks if t.i < words[-1].head.i])
    doc = toks[0].doc
    name = text_of(doc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
    name = " ".join(name.replace("“", "").replace("”", "").replace('"', "").split())
    lex = canonical(name)
    if lex:
        return lex, lex
    key = " ".join(_LEMMA_SLIPS.get(t.lower_, t.lemma_.lower()) if t.pos_ == "NOUN" else t.lower_ for t in words)
    return name, key


def _drop_descriptors(toks: list) -> list:
    """Without leading determiners and words that do not change the issue ("the new", "the
    so-called"); not in a name ("the New Deal"), nor before one bare noun ("the new bill", which
    says little without it) unless that is a lexicon issue ("the new tariffs")."""
    while toks:
        t = toks[0]
        if t.is_punct or t.lower_ in _DROP_FIRST or t.dep_ in ("det", "predet"):
            toks = toks[1:]
            continue
        n = 3 if len(toks) > 3 and toks[1].text == "-" else 1  # "so - called" as the tokenizer splits it
        word = "".join(x.text for x in toks[:n])
        rest = toks[n:]
        if not (word.islower() and word in DESCRIPTORS) or not rest:
            break
        if len([x for x in rest if not x.is_punct]) == 1 and not canonical(rest[0].text):
            break
        toks = rest
    return toks


#: nouns of an act or a measure, besides the plan nouns and the endings below
_ACT_NOUNS = frozenset("release sale deal law agenda initiative ban vote bid move rule".split())
_ACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ure")


def issue_objects(verb_lemma: str, objects: list) -> list:
    """The objects of a verb that says something only of issues: what one unveils or outlines
    when it is a plan, what one blocks or halts when it is an act, a measure or a named issue."""
    # "backed e-voting": the parser can make each piece an object; the last piece stands for it
    ids = {c.i for c in objects}
    objects = [c for c in objects if not (c.i + 2 in ids and _joined(c, c.doc[c.i + 1]))]
    if verb_lemma in _lex.PLAN_VERBS:
        return [c for c in objects if c.lemma_.lower() in _lex.PLAN_NOUNS]
    if verb_lemma in _lex.STOP_VERBS:
        return [c for c in objects if c.pos_ == "PROPN" or canonical(c.text) or _is_act(c.lemma_.lower())]
    if verb_lemma in _ADOPT_VERBS:
        return [c for c in objects if c.pos_ in ("PROPN", "PRON") or c.ent_type_ or _embraced_idea(c)]
    if verb_lemma == "prefer":  # a choice of a name or an issue, not of a manner ("prefers a gentler tone")
        return [c for c in objects if c.pos_ in ("PROPN", "PRON") or c.ent_type_ or is_issue_head(c)]
    return objects


#: "UK firms are embracing internet trading", "embracing e-commerce" (BBC): taking up a
#: technology or a practice is adoption; one embraces a position as a plan, an idea, an actor
_ADOPT_VERBS = frozenset(["embrace"])
_IDEA_HEADS = frozenset("""cause agenda vision message values idea ideas principle principles change changes
view views argument arguments path notion theory""".split())


def _embraced_idea(tok) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in _IDEA_HEADS or lemma in _lex.OWNED_HEADS or is_issue_head(tok)


def _is_act(lemma: str) -> bool:
    return lemma in _lex.PLAN_NOUNS or lemma in _ACT_NOUNS or lemma.endswith(_ACT_ENDINGS)


#: heads of a noun phrase that names an issue a statement can judge: "the ID card scheme is a
#: disaster", "the war in Iraq was illegal", "the council tax rise is unfair" (closed: not "the
#: situation", "the weather", "the election")
ISSUE_HEADS = _lex.PLAN_NOUNS | _lex.ANAPHORIC_HEADS | frozenset("""
law laws act war tax taxes deal ban cut cuts rise rises increase increases system treaty budget
agreement order rule rules amendment legislation regulation regulations intervention invasion
action actions sanction sanctions subsidy subsidies tariff tariffs
""".split())


def is_issue_head(tok) -> bool:
    """Whether a noun is the head of an issue's name ("scheme", "war", "tax rise") or an issue of
    the lexicon ("immigration", "Obamacare")."""
    return tok.lemma_.lower() in ISSUE_HEADS or tok.lower_ in ISSUE_HEADS or canonical(tok.text) is not None


def whole_words(toks: list) -> list:
    """The phrase with any word it cuts at a hyphen made whole: the parser can split "e-voting"
    into three objects, and "commerce" alone from "e-commerce" names something else (BBC)."""
    if not toks:
        return toks
    doc, first, last = toks[0].doc, toks[0].i, toks[-1].i
    while first >= 2 and _joined(doc[first - 2], doc[first - 1]):
        first -= 2
    while last + 2 < len(doc) and _joined(doc[last], doc[last + 1]):
        last += 2
    return [doc[i] for i in range(first, toks[0].i)] + toks + [doc[i] for i in range(toks[-1].i + 1, last + 1)]


def _hyphen_end(tok) -> bool:
    """``tok`` ends a hyphenated word ("voting" of "e-voting", whatever the parser made of it)."""
    return tok.i >= 2 and _joined(tok.doc[tok.i - 2], tok.doc[tok.i - 1]) and not tok.is_punct


def _joined(word, hyphen) -> bool:
    """``word`` and the next word are one, joined by ``hyphen`` with no space either side."""
    return hyphen.text == "-" and not word.whitespace_ and not hyphen.whitespace_ and not word.is_punct


def shortened(head, toks: list, most: int) -> list:
    """A long target phrase cut to a name: the head with its first prepositional phrase, and
    when that is still long, without the phrases nested in it ("rejected calls for the
    publication of the legal advice on the war": "calls for the publication", not
    the bare "calls", which names nothing)."""
    def size(xs):
        return len([t for t in xs if not t.is_punct])

    if size(toks) <= most:
        return toks
    # ... or what a plan would do ("proposals to raise the threshold [to £150,000 in February]")
    # (not a clause with its own subject: "the decision that detaining ... breaks", a misparse)
    prep = next((c for c in head.children if c.i > head.i and (c.dep_ == "prep" or c.dep_ == "acl" and not any(
        x.dep_ == "nsubj" for x in c.children))), None)
    end = max((x.i for x in prep.subtree), default=head.i) if prep is not None else head.i
    toks = [t for t in toks if t.i <= end]
    if size(toks) <= most or prep is None:
        return toks if size(toks) <= most else [t for t in toks if t.i <= head.i]
    nested = {x.i for c in prep.subtree if c.dep_ == "prep" and c.i != prep.i for x in c.subtree}
    toks = [t for t in toks if t.i not in nested]
    return toks if size(toks) <= most else [t for t in toks if t.i <= head.i]


#: heads that stand for the place named in their "of" phrase: "sued the state of California"
_PLACE_HEADS = frozenset("state city county province region town".split())


def place_named(head, actor_at) -> Optional[str]:
    """The actor named in the "of" phrase of "the state of California", "the city of Glasgow"
    (``actor_at``: token -> actor id or None); None for other heads and for "the state of the
    economy"."""
    if head.lemma_.lower() not in _PLACE_HEADS or head.pos_ != "NOUN":
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if prep is not None else None
    return actor_at(obj) if obj is not None else None
