"""The people of one article as a reader keeps track of them: their names, roles and gender.

Built once per article from the named mentions (:class:`~.resolve.Candidate`) and the parse,
:class:`ArticlePeople` answers three questions a speaker that is no named mention raises:

* :meth:`~ArticlePeople.by_name` — "Mr Balls", "Blair", "Gen Musharraf", "Frank Field MP":
  a name the NER did not tag here but tagged elsewhere in the article (the article's own
  name chain: full name, alias, surname; a title or honorific stripped first);
* :meth:`~ArticlePeople.holder` — "the chancellor", "the Tory leader", "the Amnesty
  secretary-general": the person the article names in that role, by apposition
  ("Chancellor Gordon Brown", "Gordon Brown, the chancellor", "the chancellor, Gordon
  Brown"); no holder named, no actor (a wrong speaker is worse than none);
* :meth:`~ArticlePeople.gender` — "m"/"f" from honorifics on the person's mentions ("Mr",
  "Lord", "Sir" / "Mrs", "Ms", "Lady", "Baroness"), else from the pronouns after the only
  person a sentence names ("Clinton said she ..."), so that "she" never goes to a man.
  Conflicting evidence gives no gender.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from stancegraph.graph.model import name_key
from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.aliases import PRONOUN_GENDER, given_name_gender

MALE_HONORIFICS = frozenset("mr mr. lord sir king prince baron duke earl father brother".split())
FEMALE_HONORIFICS = frozenset("mrs mrs. ms ms. miss lady dame baroness queen princess duchess countess "
                              "sister".split())
_GENDERED_ROLES = {"spokesman": "m", "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f",
                   "congressman": "m", "businessman": "m", "businesswoman": "f",
                   # kin before a name: "his wife Glenys" (BBC: a later "he" had gone to her)
                   "wife": "f", "widow": "f", "mother": "f", "daughter": "f", "sister": "f",
                   "husband": "m", "widower": "m", "father": "m", "son": "m", "brother": "m"}
#: Words before a name that are titles, not part of it ("Gen Musharraf", "Baroness Boothroyd").
TITLES = (MALE_HONORIFICS | FEMALE_HONORIFICS | cues.PERSON_ROLES | frozenset("""
dr dr. gen gen. general sen sen. rep rep. gov gov. prof prof. rev rev. reverend cardinal archbishop bishop
deputy vice prime foreign home shadow former then chief speaker commissioner colonel col col. captain
sheikh president chancellor secretary minister mayor judge justice lt lt. sgt admiral
""".split()))
#: Post-nominal letters: "Frank Field MP", "Tom McCabe MSP".
POST_NOMINALS = frozenset("mp msp mep am qc kc mla td obe mbe cbe".split())
#: Nouns that name an office held by a person: cue roles plus the offices of British politics.
ROLE_HEADS = cues.PERSON_ROLES | frozenset("""
secretary-general general-secretary whip speaker commissioner mp msp mep peer frontbencher
backbencher spokesperson chief head envoy cardinal archbishop bishop
""".split())
_ROLE_ABBREVIATIONS = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
                       "prof": "professor", "pres": "president", "pm": "prime-minister"}
#: Spellings of one party in a role ("the Tory leader" is "Conservative leader Michael Howard").
_MODIFIER_SYNONYMS = {"tory": "conservative", "tories": "conservative", "conservatives": "conservative",
                      "lib": "liberal", "dem": "democrat", "dems": "democrat", "democrats": "democrat",
                      "democratic": "democrat", "gop": "republican", "republicans": "republican",
                      "us": "u.s.", "american": "u.s."}
#: Modifiers that make another office: "the chancellor" is not the shadow (nor the Lord) chancellor.
_OFFICE_CHANGING = frozenset("shadow deputy vice former then junior assistant acting ex under lord".split())
_DROP = frozenset("the a an his her their its and of & 's".split())


@dataclass(frozen=True)
class Role:
    """An office as a set of words: "the Tory leader" -> leader, {conservative}."""

    head: str
    modifiers: frozenset

    def fits(self, held: "Role") -> bool:
        """Does a role said without its holder name the office ``held``? Equal words, or fewer
        words that leave no office-changing one out ("the president" fits "U.S. President")."""
        if self.head != held.head:
            return False
        if self.modifiers == held.modifiers:
            return True
        return self.modifiers < held.modifiers and not (held.modifiers - self.modifiers) & _OFFICE_CHANGING


@functools.lru_cache(maxsize=1 << 12)
def role_of(phrase: str) -> Optional[Role]:
    """The role a phrase names, or None when its last word is no office ("Brown ally")."""
    phrase = re.sub(r"\s*-\s*", "-", phrase.lower())
    phrase = re.sub(r"\b(ex|then|former)-", r"\1 ", phrase)  # "ex-Conservative chancellor"
    toks = [w for w in (re.sub(r"(?:'s|’s)$", "", w.strip(",")) for w in phrase.split()) if w and w not in _DROP]
    if len(toks) >= 2 and toks[-2:] == ["secretary", "general"]:
        toks[-2:] = ["secretary-general"]
    if len(toks) >= 2 and toks[-2:] == ["prime", "minister"]:
        toks[-2:] = ["prime-minister"]
    if not toks:
        return None
    head = _ROLE_ABBREVIATIONS.get(toks[-1].rstrip("."), toks[-1])
    if head not in ROLE_HEADS and head != "prime-minister":
        return None
    mods = frozenset(_MODIFIER_SYNONYMS.get(w, w) for w in toks[:-1])
    return Role(head, mods)


@dataclass
class _Held:
    role: Role
    actor: str
    at: int  # character offset of the mention that names the role


class ArticlePeople:
    """Names, roles and gender of the persons one article names (see the module doc)."""

    def __init__(self, doc, cands, actors: dict):
        self.doc = doc
        self.cands = sorted((c for c in cands if c.actor), key=lambda c: c.start)
        self.actors = actors
        self.roles: list[_Held] = []
        votes: dict[str, set[str]] = {}
        spans = []
        for c in self.cands:
            if c.kind != "person":
                continue
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is None:
                continue
            spans.append((span, c.actor))
            for g in self._gender_marks(c, span):
                votes.setdefault(c.actor, set()).add(g)
            for role in self._roles_at(span):
                self.roles.append(_Held(role, c.actor, c.start))
        self.genders = {a: next(iter(g)) for a, g in votes.items() if len(g) == 1}
        # no honorific: a common given name ("James Humphreys"; BBC: '"...," she told Mr Blair'
        # went to a James named just before), else the pronouns of the one person a sentence
        # names ("Clinton said she ...")
        for _, a in spans:
            words = self.actors[a].name.split() if a in self.actors else []
            if a not in votes and len(words) > 1 and (g := given_name_gender(words[0])) is not None:
                self.genders[a] = g
        by_pronoun = self._pronoun_marks(spans)
        for a, g in by_pronoun.items():
            if a not in votes and a not in self.genders and len(g) == 1:
                self.genders[a] = next(iter(g))

    # ---- gender ---------------------------------------------------------------------------

    def _gender_marks(self, c, span) -> Iterator[str]:
        words = [w.lower() for w in c.text.split()[:-1]]
        before = self.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ not in words:
            words.append(before.lower_)
        for w in words:
            if w in MALE_HONORIFICS:
                yield "m"
            elif w in FEMALE_HONORIFICS:
                yield "f"
            elif w in _GENDERED_ROLES:
                yield _GENDERED_ROLES[w]

    def _pronoun_marks(self, spans) -> dict[str, set[str]]:
        """Gender from "he"/"his" or "she"/"her" after the only person a sentence names, as
        its subject ("Hillary Clinton said she would ..."): US news writes no "Mr"/"Mrs"."""
        marks: dict[str, set[str]] = {}
        by_sent: dict[int, list] = {}
        for span, actor in spans:
            by_sent.setdefault(span.sent.start, []).append((span, actor))
        for start, named in by_sent.items():
            if len({a for _, a in named}) != 1 or not any(sp.root.dep_ in ("nsubj", "nsubjpass") for sp, _ in named):
                continue
            first, actor = named[0]
            for t in first.sent:
                g = PRONOUN_GENDER.get(t.lower_)
                # subjects and possessives only: in "Kaine said he agreed with her", "her" is
                # someone else
                if g and t.i >= first.end and t.dep_ in ("nsubj", "nsubjpass", "poss"):
                    marks.setdefault(actor, set()).add(g)
        return marks

    def gender(self, actor: Optional[str]) -> Optional[str]:
        return self.genders.get(actor) if actor else None

    def fits_pronoun(self, actor: Optional[str], pronoun: str) -> bool:
        """"she" is never a person the article marks male, "he" never one it marks female."""
        want = PRONOUN_GENDER.get(pronoun.lower())
        g = self.gender(actor)
        return want is None or g is None or g == want

    # ---- roles ----------------------------------------------------------------------------

    def _roles_at(self, span) -> list[Role]:
        """Roles a name is given in apposition: "Chancellor Gordon Brown", "Gordon Brown, the
        chancellor", "the chancellor, Gordon Brown"."""
        found = []
        title = self._title_before(span)
        if title is not None:
            found.append(title)
        root = span.root
        for c in root.rights:
            if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_ == "PERSON":
                r = role_of("".join(t.text_with_ws for t in _phrase(c)))
                if r is not None:
                    found.append(r)
        if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.ent_type_ != "PERSON":
            r = role_of("".join(t.text_with_ws for t in _phrase(root.head)))
            if r is not None:
                found.append(r)
        return found

    def _title_before(self, span) -> Optional[Role]:
        """The words before a name that name an office, on its line: "Trade and Industry
        Secretary Patricia Hewitt", "Tory leader Michael Howard", "Shadow chancellor ..."."""
        doc = self.doc
        k = span.start
        while k < span.end - 1 and doc[k].lower_.rstrip(".") in TITLES | {"the"}:
            k += 1  # titles the NER took into the name: "Chancellor Gordon Brown"
        words: list[str] = []
        j = k - 1
        while j >= 0 and k - j <= 6:
            t = doc[j]
            if "\n" in t.text_with_ws and j != k - 1 or t.is_space:
                break
            if t.lower_.rstrip(".") in (MALE_HONORIFICS | FEMALE_HONORIFICS) and not words:
                j -= 1  # "Chancellor Mr Brown"
                continue
            if t.pos_ in ("VERB", "AUX", "ADP", "PRON", "NUM", "SCONJ") or t.dep_ == "det" or t.tag_ == "POS" or (
                    t.is_punct and t.text != "-") or (t.pos_ == "CCONJ" and not (
                    0 < j < k - 1 and _capitalised(doc[j - 1]) and _capitalised(doc[j + 1]))):
                # "Trade and Industry Secretary", not "Labour MP and former minister" nor "The
                # Queen and Duke of Edinburgh"
                break
            words.insert(0, t.text)
            j -= 1
        # the office word must touch the name: "Brown ally Ed Balls" names no office
        return role_of(" ".join(words)) if words else None

    def holder(self, role: Role, at: int) -> Optional[str]:
        """The person the article names in ``role``: the one named nearest before ``at`` (else
        the first after it); None when no one is, or when the words fit two people equally."""
        held = self.holding(role, at)
        return held.actor if held is not None else None

    def holding(self, role: Role, at: int) -> Optional[_Held]:
        """:meth:`holder` with where the article names it in that role."""
        exact = [h for h in self.roles if h.role == role]
        fitting = exact or [h for h in self.roles if role.fits(h.role)]
        if not exact and len({h.actor for h in fitting}) > 1:
            return None  # "the leader" in an article with a Tory and a Lib Dem leader
        before = [h for h in fitting if h.at < at]
        if before:
            return max(before, key=lambda h: h.at)
        return min(fitting, key=lambda h: h.at) if fitting else None

    # ---- names ----------------------------------------------------------------------------

    def by_name(self, toks, at: int) -> Optional[str]:
        """The actor a speaker span names when the NER gave no mention there: "Mr Balls",
        "Blair" (a headline), "Former welfare minister Frank Field MP"."""
        words = [t for t in toks if not t.is_space]
        post_nominal = len(words) > 1 and words[-1].lower_.rstrip(".") in POST_NOMINALS
        if post_nominal:
            words.pop()
        if not words:
            return None
        if not _capitalised(words[-1]):
            # "the government": only a name the article gives that word as ("Government");
            # "Brown ally": the speaker is the ally, not Brown
            key = name_key(words[-1].text)
            found = [a.id for a in self.actors.values() if len(words) == 1 and a.kind != "person"
                     and name_key(a.name) == key]
            return found[0] if len(found) == 1 else None
        run = []
        for t in reversed(words):
            if not _capitalised(t) and t.text not in ("-", "'") or t.tag_ == "POS":
                break
            run.insert(0, t)
        honorific = None
        while len(run) > 1 and run[0].lower_.rstrip(".") in TITLES | {"the"}:
            w = run.pop(0).lower_
            honorific = "m" if w in MALE_HONORIFICS else "f" if w in FEMALE_HONORIFICS else honorific
        if not run:
            return None
        core = name_key("".join(t.text_with_ws for t in run))
        said = name_key("".join(t.text_with_ws for t in words if t.dep_ != "det"))
        found = self._named(core, honorific, said)
        if post_nominal:  # "Frank Field MP" is a person; "Veteran Labour MP" is not Labour
            found = [a for a in found if self.actors[a].kind == "person"]
        if not found:
            return None
        # two people of that surname: the one named last before the speaker
        return max(found, key=lambda a: self._last_before(a, at))

    def _named(self, core: str, honorific: Optional[str], said: str) -> list[str]:
        exact, surname, other = [], [], []
        for a in self.actors.values():
            if a.kind != "person":
                # "The Lib Dems believe", "Labour said": an organization's own name; an honorific
                # only where the name carries it too ("Mr Cable" that the NER took for one),
                # never a place ("Mr Hague" is not the Netherlands)
                keys = {name_key(s) for s in [a.name, *a.aliases]}
                if (said in keys or core in keys and not honorific) and (
                        not honorific or a.kind in ("organization", "group")):
                    other.append(a.id)
                continue
            if honorific and self.genders.get(a.id, honorific) != honorific:
                continue  # "Mrs Howard" is not Michael Howard
            keys = {_bare(s) for s in [a.name, *a.aliases]}
            if core in keys:
                exact.append(a.id)
            elif " " not in core and any(
                    len(k.split()) > 1 and core in (k.split()[-1], k.split()[0]) for k in keys):
                surname.append(a.id)
        # a person's surname before an organization of that word: "Straw said" is Jack Straw
        return exact or surname or other

    def _last_before(self, actor: str, at: int) -> int:
        return max((c.start for c in self.cands if c.actor == actor and c.start < at), default=-1)


def _phrase(tok) -> list:
    """A role noun with the words before it: "the Lib Dem leader", "Amnesty's secretary-general"."""
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "compound", "amod", "nmod", "poss"):
            start = min(start, c.left_edge.i)
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].text == "-" and end + 1 < len(tok.doc):
        end += 2  # "secretary-general"
    return list(tok.doc[start:end])


def _capitalised(t) -> bool:
    return t.text[:1].isupper()


def _bare(surface: str) -> str:
    """An alias without its titles: "Mr Balls" -> "balls", "Chancellor Gordon Brown" -> "gordon brown"."""
    words = name_key(re.sub(r"(?:'s|’s)$", "", surface.strip())).split()
    while len(words) > 1 and words[0] in TITLES | {"the"}:
        words.pop(0)
    return " ".join(words)
