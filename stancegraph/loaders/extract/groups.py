"""Groups of people named by a common noun: "civil liberties groups", "critics", "MPs".

News gives many stances to people it does not name: "Civil liberties groups have condemned
the plans", "Campaigners said the ban was a disaster", "Ministers do not support a lower
limit" (BBC). Such a plural noun of people (or "the public") is a ``group`` actor named by the
phrase without its determiners and quantifiers ("some Labour MPs" -> "Labour MPs", "many
critics" -> "critics"), lower-cased but for names and acronyms, so the same group is one node
across articles (its id is ``group:<name>``: never a person or an organization).

Pronouns and vague words are no groups ("they", "others", "people", "members", "those"), nor
is a singular "the group" or "the union" (one body named elsewhere: a guess).
"""
from __future__ import annotations

from typing import Optional

from stancegraph.graph import model
from stancegraph.graph.model import Actor, Mention
from stancegraph.loaders.extract.nlp import text_of

#: plural nouns of people or of bodies of people (lemmas), whose plural is a group
GROUP_HEADS = frozenset("""
mp mep msp minister peer backbencher frontbencher politician councillor senator lord
campaigner activist critic opponent supporter protester protestor demonstrator rebel
party union unionist group charity council organisation organization body association lobby
business firm company employer boss leader chief executive director manager
teacher doctor nurse surgeon gp worker employee farmer parent pupil student resident
voter taxpayer pensioner consumer shareholder landowner homeowner tenant motorist
official expert economist analyst academic scientist lawyer judge magistrate bishop
officer police commander general soldier family victim commentator diplomat
environmentalist eurosceptic
lawmaker legislator delegate superdelegate donor governor mayor
evangelical millennial independent conservative liberal moderate progressive
""".split())
#: singular nouns that are a group of people: "the public backs the ban"
COLLECTIVE_HEADS = frozenset("public electorate".split())
#: a singular noun whose "of" phrase is the group: "a group of MPs", "a coalition of charities"
_GROUP_OF = frozenset("group coalition alliance number handful majority minority".split())
#: modifiers that count or judge a group, not name it: "some", "many", "senior", "angry"
_NOT_NAMING = frozenset("""
some many several few more most all both other others various numerous certain such own
senior leading prominent top key angry furious concerned worried disgruntled shocked
unhappy
""".split())
#: heads that name no group without a word saying which: "other parties", "the groups"
#: ("opposition parties", "human rights groups" do)
_NEED_A_NAME = frozenset("party group body organisation organization association".split())
#: same group, other words: "trade unions" are "unions" in British news
_SAME = {"trade unions": "unions", "trades unions": "unions", "members of parliament": "MPs"}


def _acronyms(tok) -> bool:
    """"MPs", "MEPs", "MSPs": an acronym's plural, which the tagger calls a singular name."""
    return len(tok.text) > 2 and tok.text.endswith("s") and tok.text[:-1].isupper()


def _plural(tok) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or _acronyms(tok) or tok.lower_ != tok.lemma_.lower() and tok.lower_.endswith("s")


def _head_lemma(tok) -> str:
    return tok.text[:-1].lower() if _acronyms(tok) else tok.lemma_.lower()


def is_group_head(tok) -> bool:
    """A noun that names a group of people by itself: "critics", "MPs", "the public"."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
        return False
    low = _head_lemma(tok)
    if low in COLLECTIVE_HEADS:
        return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return low in GROUP_HEADS and _plural(tok)


def group_head(tok):
    """The token naming the group a holder head stands for: itself, or "MPs" of "a group of
    MPs"; None when it names no group."""
    if tok.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
        return None  # "his leaders", "their members": people named before, no group
    if tok.lemma_.lower() in _GROUP_OF and not _plural(tok):
        of = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"), None)
        return of if of is not None and is_group_head(of) else None
    return tok if is_group_head(tok) else None


#: heads named by what they are for or against: "critics of the Gambling Bill"
_RELATIONAL = frozenset("critic opponent supporter".split())
_MAX_OF_WORDS = 6


def _of_phrase(head) -> list:
    """"critics of the Gambling Bill", "opponents of same-sex marriage": the short "of" phrase
    of a relational head, which says which critics they are."""
    if _head_lemma(head) not in _RELATIONAL:
        return []
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "against")), None)
    words = list(prep.subtree) if prep is not None else []
    if not 1 < len(words) <= _MAX_OF_WORDS or any(t.dep_ in ("relcl", "acl", "cc") or t.is_punct and t.text != "-" for t in words):
        return []
    return words


def _words(head) -> list:
    """The head with the modifiers that name the group: compounds and adjectives before it
    (with their own modifiers: "civil liberties groups"), from the first naming word on, and
    a relational head's "of" phrase."""
    mods = [c for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod", "nmod")]
    words = [x for c in mods for x in c.subtree if x.dep_ not in ("det", "predet", "nummod", "poss", "case")
             and (not x.is_punct or x.text == "-")]  # "gun-rights activists"
    words = sorted({t.i: t for t in words + [head]}.values(), key=lambda t: t.i)
    # only a contiguous run up to the head: "MPs from all parties" stays "MPs"
    run = [head]
    for t in reversed(words[:-1]):
        if t.i != run[0].i - 1:
            break
        run.insert(0, t)
    while run[:-1] and run[0].lower_ in _NOT_NAMING:
        run = run[1:]
    return run + _of_phrase(head)


def _shown(tok) -> str:
    """A word as the name shows it: names and acronyms as written, other words lower-cased."""
    if tok.pos_ == "PROPN" and not is_group_head(tok) or tok.ent_type_ or tok.text.isupper() \
            or any(ch.isupper() for ch in tok.text[1:]):
        return tok.text
    return tok.text.lower()


def group_name(tok) -> Optional[str]:
    """The name of the group the noun-phrase head ``tok`` stands for, or None."""
    head = group_head(tok)
    if head is None:
        return None
    words = _words(head)
    if len(words) == 1 and _head_lemma(head) in _NEED_A_NAME:
        return None
    name = "".join(_shown(t) + (t.whitespace_ and " ") for t in words[:-1]) + _shown(words[-1])  # "pro-hunt"
    return _SAME.get(name.lower(), name)


def group_actor(tok) -> Optional[tuple[Actor, Mention]]:
    """The group actor a holder head names and its mention (the phrase's own words), or None."""
    name = group_name(tok)
    if name is None:
        return None
    head = group_head(tok)
    words = _words(head)
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    actor = Actor(model.actor_id("group", name), name, "group", [name], [])
    return actor, Mention(start, end, text_of(tok.doc)[start:end], actor.id)


#: how a holder hangs on the word it holds: its subject, owner, or "by" / "from" phrase
_HOLDER_DEPS = frozenset("nsubj poss compound amod nmod".split())
#: links from a stance word up to the word whose subject holds it: "refused to back",
#: "expressed support for", "is against", "in favour of"
_UP_DEPS = frozenset("xcomp acomp dobj prep pobj".split())


def tied(holder, trigger) -> bool:
    """Is the group the stance word's own holder in the parse? Its subject (through "to"
    infinitives and coordinated verbs of the same form), its owner, or its "by" or "from"
    phrase. A group noun near a verb is often no holder: "allow officers to intervene ... as
    well as outlawing" is the bill's act, "Mr Kennedy stressing politicians should not ...
    and attacking" Mr Kennedy's (BBC). Nor does a group hold what a "who" clause says of some
    of it: "a third of the voters who back the mayor" (SEESAW train) are not all voters."""
    by = holder.dep_ == "pobj" and holder.head.lower_ in ("by", "from")
    x = trigger
    for _ in range(5):
        if holder.head.i == x.i and holder.dep_ in _HOLDER_DEPS or by and holder.head.head.i == x.i:
            return True
        if x.dep_ in _UP_DEPS or x.dep_ == "conj" and x.tag_ == x.head.tag_:
            x = x.head
        else:
            return False
    return False


#: the share words that are more than half by themselves: "a majority of", "most of", "all of"
_MAJORITY = frozenset("majority most all".split())
#: the fraction nouns and their denominators: "two-thirds", "three-quarters"
_FRACTIONS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourths": 4, "fifths": 5}
_COUNTS = {"two": 2, "three": 3, "four": 4}


def _number(tok) -> Optional[float]:
    try:
        return float(tok.text.replace(",", ""))
    except ValueError:
        return _COUNTS.get(tok.lower_)


def _more_than_half(tok) -> bool:
    """"a majority", "most", "two-thirds", "60 percent", "more than half": a share over half."""
    low = tok.lower_
    nums = [n for c in tok.children if c.dep_ in ("nummod", "compound") and (n := _number(c)) is not None]
    if low in _MAJORITY:
        return True
    if low == "half":
        return any(c.lower_ in ("more", "over") for c in tok.subtree if c.i < tok.i)
    if low in ("percent", "%"):
        return bool(nums) and nums[0] > 50
    return low in _FRACTIONS and bool(nums) and nums[0] / _FRACTIONS[low] > 0.5


def majority_whole(tok):
    """The whole a share of more than half is of: "Republican voters" of "two-thirds of
    Republican voters", "Democrats" of "a majority of Democrats"; None for a smaller share
    ("half of", "30 percent of"), which is not the group's stance."""
    whole = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"), None)
    return whole if whole is not None and _more_than_half(tok) else None
