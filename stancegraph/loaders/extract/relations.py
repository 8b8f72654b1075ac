"""Stances, topics and events: the edges between actors (and topics) of one article.

Entry point::

    topics, relations = extract_relations(doc, graph)

``doc`` is the parsed spaCy Doc of ``graph.article.text`` (the attribution extractor's, so
sentence breaks at line ends are the same); ``graph`` the ArticleGraph it produced. The
function returns the new :class:`~stancegraph.graph.model.Topic` records and the stance and
event :class:`~stancegraph.graph.model.Relation` edges, and **appends topic ids to
``statement.about`` in place** for the issues a statement names ("fentanyl", "tariffs") or
takes a stance on, and **appends the group actors** that stance edges hold or target ("civil
liberties groups", :mod:`.groups`) to ``graph.actors`` and ``graph.mentions``. It never
changes ``graph.relations`` and returns only new edges (the AFFILIATED_WITH edges of the
attribution extractor are left to it).

Every edge's source is an actor of ``graph.actors``; its target an actor of
``graph.actors`` or one of the returned topics. Each carries its provenance: article id,
statement id when the edge was read inside a statement, the sentence span, the cue words,
the date (ISO, of the precision the words give) and the words it came from, status
(``planned`` | ``done``), polarity (stances) and a confidence.

The rules live in :mod:`.stances` (SUPPORTS / OPPOSES / DOES_NOT_SUPPORT) and
:mod:`.events` (VISITS, CALLED, MET, INVITED, EXPORTS_TO, LEADS); this module holds what
they share: which actor a token stands for, which statement it is in, which date phrase
belongs to a clause; the article-level merge of the same fact told several times is in
:mod:`.relation_merge`.
See docs/stances.md.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from stancegraph.graph import model
from stancegraph.graph.model import Actor, ArticleGraph, Mention, Relation, Span, Statement, Topic
from stancegraph.graph.offices import is_placeholder
from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract import dates as _dates
from stancegraph.loaders.extract import topics as _topics
from stancegraph.loaders.extract import pronouns
from stancegraph.loaders.extract import groups
from stancegraph.loaders.extract.nlp import ents_of, first_object, first_subject, text_of, tokens_with
from stancegraph.loaders.extract.pronouns import reported as _reported
from stancegraph.loaders.extract.quotes import find_quotes
from stancegraph.loaders.extract.relation_merge import merge_relations
from stancegraph.loaders.extract import stance_evidence as _evidence
from stancegraph.loaders.extract.stance_blocks import party_subset

#: dependency labels that open a new clause: a date inside one dates that clause, not ours
_CLAUSE_DEPS = {"ccomp", "relcl", "advcl", "acl", "xcomp", "conj", "parataxis", "csubj", "pcomp"}
#: verbs whose "to"-infinitive is the subject's purpose, not a task for the object
_PURPOSE_VERBS = frozenset("visit meet join see accompany contact approach phone address lobby".split())
_SPOKES = frozenset("spokesman spokeswoman spokesperson".split())
_MEMBERS = frozenset("mp member lawmaker senator congressman peer councillor activist backbencher".split())
#: "is likely to back", "was quick to condemn": the subject's act; "a motion opposing": its author's
_READY = frozenset("likely certain sure set due poised ready willing keen eager quick happy prepared right".split())
_TEXT_NOUNS = frozenset("""speech letter motion petition statement report billboard poster advert advertisement
leaflet article column editorial amendment e-mail email memo resolution broadcast message""".split())
_PERIOD_PREPS = {"since", "until", "till", "for", "over", "within", "through", "throughout"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "going"}
_PLAN_VERBS = {"plan", "intend", "expect", "schedule", "set", "agree", "accept", "invite", "due", "hope", "aim",
               "prepare", "announce", "vow", "pledge", "promise", "want", "seek"}


class Context:
    """What the rules ask about an article: actors of tokens, statements, dates, topics."""

    def __init__(self, doc, graph: ArticleGraph, speakers=None):
        if doc.text != graph.article.text:  # once an article: the real parse, not what was kept
            raise ValueError("doc is not the parse of graph.article.text (offsets would not match)")
        self.doc = doc
        self.graph = graph
        self.article_id = graph.article.id
        self.published = graph.article.published
        self.actors = {a.id: a for a in graph.actors}
        # token -> actor ids ("U.S.-China" is one token and two actors); most tokens name none
        self.actors_at: dict[int, list[str]] = defaultdict(list)
        for m in graph.mentions:
            if not m.actor or m.actor not in self.actors:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):  # positions: no Token object per word
                if m.actor not in self.actors_at[i]:
                    self.actors_at[i].append(m.actor)
        self.in_quote = [False] * len(doc)
        for qs, qe in find_quotes(text_of(doc)):
            span = doc.char_span(qs, qe, alignment_mode="expand")
            if span is not None:
                self.in_quote[span.start:span.end] = [True] * len(span)
        self.statements: list[Statement] = list(graph.statements)
        self.speakers = speakers  # the article's SpeakerResolver, when the extractor passes it
        self.topics: dict[str, Topic] = {}
        #: group actors stance holders named ("civil liberties groups"), with their mentions
        self.groups: dict[str, tuple[Actor, Mention]] = {}
        self._date_phrases: Optional[dict[int, tuple[int, int]]] = None

    # ---- actors ---------------------------------------------------------------------

    def kind(self, actor: str) -> str:
        return self.actors[actor].kind

    def actor(self, tok) -> Optional[str]:
        """The actor a token names (its own mention), no pronoun resolution."""
        found = self.actors_at[tok.i]
        return found[0] if len(found) == 1 else None

    def actor_of(self, tok, kinds: Optional[tuple[str, ...]] = None) -> tuple[Optional[str], float]:
        """The actor a noun-phrase head stands for, with a confidence; pronouns resolved."""
        a = self.actor(tok)
        if a is not None:
            return (a, 1.0) if kinds is None or self.kind(a) in kinds else (None, 0.0)
        if tok.pos_ == "PRON" or tok.tag_ == "PRP$":
            a, conf = self.pronoun(tok)
            if a is not None and (kinds is None or self.kind(a) in kinds):
                return a, conf
        a = self.described(tok)
        if a is not None and (kinds is None or self.kind(a) in kinds):
            return a, 0.7
        a = self.speaking_for(tok)
        if a is not None and (kinds is None or self.kind(a) in kinds):
            return a, 0.7
        return None, 0.0

    def holder_of(self, tok, trigger) -> tuple[Optional[str], float]:
        """A stance holder: the actor the head stands for, else the group of people it names
        when the parse ties it to the stance word ``trigger`` ("Civil liberties groups have
        condemned ...": :mod:`.groups`)."""
        a, conf = self.actor_of(tok)
        if a is not None and self.actor(tok) is None and party_subset(tok):
            # "Up to 30 Labour MPs", "Labour backbenchers": some of a party's members, often
            # against its own government, are not the party; they are a group
            a, conf = None, 0.0
        if a is not None or not groups.tied(tok, trigger):
            return a, conf
        whole = groups.majority_whole(tok)
        if whole is not None:  # "two-thirds of Republican voters": the group's stance
            a, conf = self.actor_of(whole, ("group",))
            g = a or self.group_of(whole)
            return (g, 0.8 if a is None else 0.8 * conf) if g is not None else (None, 0.0)
        g = self.group_of(tok)
        return (g, 0.9) if g is not None else (None, 0.0)

    def group_of(self, tok) -> Optional[str]:
        """The group actor a noun names ("critics", "Tory backbenchers": :mod:`.groups`), kept
        with its mention for the graph when an edge uses it."""
        found = groups.group_actor(tok) if tok.pos_ in ("NOUN", "PROPN") else None
        if found is None:
            return None
        self.actors.setdefault(found[0].id, found[0])
        self.groups.setdefault(found[0].id, found)
        return found[0].id

    def speaking_for(self, tok) -> Optional[str]:
        """The party or body a nameless holder stands for: "a spokesman for UKIP", "Labour
        MPs", "Tory peers", "Republican senators" (members in the plural, not "a Labour MP")."""
        low = tok.lemma_.lower()
        if low in _SPOKES:
            found = [self.actor(p) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
                     for p in c.children if p.dep_ == "pobj"]
        elif (low in _MEMBERS or low[:-1] in _MEMBERS) and tok.lower_.endswith("s"):  # "MPs" keeps its s
            found = [self.actor(c) for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        else:
            return None
        found = [a for a in found if a is not None and self.kind(a) in ("organization", "group")]
        return found[0] if len(found) == 1 else None

    def guessed(self, words: str, actor: Optional[str]) -> bool:
        """Whether "the government", "the party" stands for an actor only by a guess (the
        organization named last): BBC "the government refused to back Lord Dubs' bill" had
        become the Crown's stance. A description that names its actor ("the Labour party") is
        no guess."""
        last = words.lower().split()[-1] if words.strip() else ""
        if actor is None or actor not in self.actors or last not in cues.DESCRIPTION_KINDS:
            return False
        if self.kind(actor) == "group":
            return False  # "a group of MPs": the group it names, no guess
        return last not in self.actors[actor].name.lower()

    def tokens_with(self, words: frozenset) -> list:
        """The tokens whose lemma or lower-cased form is one of ``words`` (:func:`.nlp.tokens_with`)."""
        return tokens_with(self.doc, words)

    def described(self, tok) -> Optional[str]:
        """"The chancellor", "the Tory leader", "Mr Balls" the NER missed: the actor the article
        names in that role, resolved as a speaker would be (:class:`.speakers.SpeakerResolver`)."""
        if self.speakers is None or tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in ("who", "which"):
            return None
        if tok.lemma_.lower() in cues.DESCRIPTION_KINDS:
            return None  # "the government had failed" is not the organization named last
        from stancegraph.loaders.extract.cue_subjects import np_span
        from stancegraph.loaders.extract.speakers import after_possessive

        s, e = np_span(tok)
        a = self.speakers.resolve(tok, after_possessive(self.doc[s:e]))  # not "the union's" (session 21)
        office = self.speakers.unnamed.get(a) if a is not None and a not in self.actors else None
        if office is not None and is_placeholder(office):
            # "the chancellor" the article names no holder for: the office's placeholder,
            # kept with its mention like a group when an edge uses it (:mod:`.offices`)
            span = self.doc[s:e]
            self.groups.setdefault(a, (office, Mention(span.start_char, span.end_char, span.text, a)))
            self.actors[a] = office
        return a if a in self.actors else None

    def target_actor(self, tok) -> tuple[Optional[str], float]:
        """The actor an object stands for: its name, a role ("the prime minister"), or "him" /
        "her" as the person the pronoun continues (gender-checked), "them" the group that was
        the subject just before (:func:`.pronouns.as_target`); never "it", as often the bill as
        the party."""
        a = self.actor(tok)
        if a is not None:
            return a, 1.0
        if tok.pos_ == "PRON":
            return pronouns.as_target(self, tok)
        a = self.described(tok)
        return (a, 0.7) if a is not None else (None, 0.0)

    def pronoun(self, tok, exclude: frozenset = frozenset()) -> tuple[Optional[str], float]:
        """The actor a pronoun stands for, with a confidence (:func:`.pronouns.resolve`)."""
        return pronouns.resolve(self, tok, exclude)

    def subject(self, verb, depth: int = 0):
        """The token that is the subject of a verb, inherited through control and coordination."""
        for c in verb.children:
            if c.dep_ == "nsubj":
                # "Cruz, who pointedly refused to endorse Trump" (PolNeAR dev): the relative
                # pronoun stands for the noun the clause hangs on
                if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                    return verb.head
                return c
            if c.dep_ == "nsubjpass":
                return None
        if depth > 3:
            return None
        head = verb.head
        if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.lemma_.lower() in _READY and head.head.i != head.i:
            return self.subject(head.head, depth + 1)  # "Mr Howard is likely to defend ..."
        if (maker := self._maker(verb)) is not None:
            return maker
        if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
            # "invited me to visit Beijing": the object of the governing verb does the visiting
            # (not "councils visited Ms Essex to lobby for funds": the visitors lobby)
            for c in head.children:
                if c.dep_ in ("dobj", "dative") and head.lemma_.lower() not in _PURPOSE_VERBS:
                    return c
            return self.subject(head, depth + 1)
        left = self._name_before(verb)
        if left is not None:
            return left
        if verb.dep_ in ("conj", "advcl") and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            return self.subject(head, depth + 1)
        # "Trump said ... after speaking with Chinese President Xi Jinping" (seed)
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            # but "Republicans slammed Obama for vetoing the bill", "accused Blair of misleading
            # MPs": the one blamed or praised did it
            if head.lower_ in ("for", "of"):
                obj = first_object(head.head)
                if obj is not None and (obj.pos_ in ("PROPN", "PRON") or self.actor(obj) is not None
                                        or groups.group_head(obj) is not None):  # "slammed politicians for"
                    return obj
            return self.subject(head.head, depth + 1)
        # "officials who back ..." only: an -ing clause on a noun ("sent a letter to Mr.
        # Castro criticizing the mortgage sales", PolNeAR train) is not done by that noun
        if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN"):
            return head
        return None

    def _maker(self, verb):
        """"tabled a motion opposing the bill", "a speech criticising Blair": its author holds it."""
        head = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.lemma_.lower() not in _TEXT_NOUNS:
            return None
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
        gov = head.head if head.dep_ == "dobj" else (head.head.head if head.dep_ == "pobj" else None)
        if gov is None or gov.pos_ not in ("VERB", "AUX") or any(c.dep_ == "nsubjpass" for c in gov.children):
            return None
        return first_subject(gov)

    def _name_before(self, verb):
        """Headlines and brackets leave a verb without a subject in the parse: "Trump to visit
        China in April", "(President Xi) will make a state visit" (seed). The name right
        before the verb, past auxiliaries and brackets only, is its subject."""
        doc = self.doc
        if verb.tag_ in ("VBG", "VBN"):
            return None  # "a letter to the mayor criticizing the land deals" (PolNeAR train shape)
        for k in range(verb.i - 1, max(verb.sent.start, verb.i - 6) - 1, -1):
            t = doc[k]
            if self.actor(t) is not None and t.pos_ in ("PROPN", "NOUN"):
                return t
            if t.dep_ in ("aux", "auxpass", "neg", "advmod") or t.text in ("(", ")", "to"):
                continue
            break
        return None

    # ---- statements -----------------------------------------------------------------

    def statement_at(self, tok) -> Optional[Statement]:
        """The innermost statement whose content holds the token, or whose cue is the token."""
        best = None
        for st in self.statements:
            if st.cue is not None and st.cue.start <= tok.idx < st.cue.end:
                return st
            if _reported(st)[0] <= tok.idx < st.content.end:
                if best is None or st.content.end - st.content.start < best.content.end - best.content.start:
                    best = st
        return best

    def statement_with_cue(self, tok) -> Optional[Statement]:
        for st in self.statements:
            if st.cue is not None and st.cue.start <= tok.idx < st.cue.end:
                return st
        return None

    # ---- provenance -----------------------------------------------------------------

    def sentence(self, tok) -> Span:
        s = tok.sent
        text = s.text.rstrip()
        return Span(s.start_char, s.start_char + len(text), text)

    def relation(self, type_: str, source: str, target: str, trigger, *, cue: str, confidence: float,
                 date: tuple[Optional[str], Optional[str]] = (None, None), status: Optional[str] = None,
                 polarity: Optional[float] = None, detail: Optional[str] = None, evidence: Optional[tuple] = None
                 ) -> Relation:
        """``evidence``: (holder token, target head) of a stance read from a cue word; the edge
        then carries its cue, holder and target spans (:mod:`.stance_evidence`)."""
        st = self.statement_at(trigger)
        spans = _evidence.evidence(self, trigger, cue, *evidence) if evidence is not None else {}
        return Relation(type=type_, source=source, target=target, article=self.article_id,
                        statement=st.id if st is not None else None, sentence=self.sentence(trigger),
                        cue=cue, date=date[0], date_text=date[1], status=status, polarity=polarity,
                        confidence=round(max(0.05, min(1.0, confidence)), 2), detail=detail, **spans)

    def topic(self, name: str, key: Optional[str] = None) -> str:
        t = _topics.make_topic(name, key)
        if t.id in self.topics:
            if name not in self.topics[t.id].aliases:
                self.topics[t.id].aliases.append(name)
        else:
            self.topics[t.id] = t
        return t.id

    # ---- dates ----------------------------------------------------------------------

    def date_phrases(self) -> dict[int, tuple[int, int]]:
        """Root token -> (start, end) token span of each date phrase in the article."""
        if self._date_phrases is None:
            found: dict[int, tuple[int, int]] = {}
            for ent in ents_of(self.doc):
                if ent.label_ == "DATE":
                    found[ent.root.i] = (ent.start, ent.end)
            # "said on the 24th": the small English model does not tag it DATE (seed)
            for m in _dates.ORDINAL_DAY_PHRASE.finditer(text_of(self.doc)):
                span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None and not any(span.start <= r < span.end for r in found):
                    found[span.root.i] = (span.start, span.end)
            self._date_phrases = found
        return self._date_phrases

    def _in_clause(self, tok, head) -> bool:
        x = tok
        while x.i != head.i:
            if x.dep_ in _CLAUSE_DEPS and x.pos_ in ("VERB", "AUX") or x.head.i == x.i:
                return False
            x = x.head
        return True

    def date_of(self, trigger, *, prefer: str = "past", climb: bool = True) -> tuple[Optional[str], Optional[str]]:
        """The date phrase of the trigger's own clause (then of the clause governing it, across
        "after speaking with" or "make a visit", never across "said that"), resolved."""
        phrases = self.date_phrases()
        sent = trigger.sent
        roots = [r for r in phrases if sent.start <= r < sent.end]
        if not roots:
            return None, None
        node = trigger
        for _ in range(4):
            for r in sorted(roots, key=lambda r: abs(r - trigger.i)):
                tok = self.doc[r]
                if tok.head.dep_ == "prep" and tok.head.lower_ in _PERIOD_PREPS:
                    continue
                if r == node.i or (any(a.i == node.i for a in tok.ancestors) and self._in_clause(tok, node)):
                    s, e = phrases[r]
                    text = self.doc[s:e].text
                    # "on the 24th": keep the preposition in the words shown to the user
                    if s > 0 and self.doc[s - 1].lower_ in ("on", "in") and self.doc[s - 1].head.i != s - 1:
                        text = self.doc[s - 1].text + " " + text
                    iso = _dates.resolve_date(text, self.published, prefer=prefer)
                    if iso is None and not any(ch.isdigit() for ch in text) and "year" not in text \
                            and "month" not in text:
                        continue
                    text = text.strip(" (")
                    if text.count("(") > text.count(")"):
                        text += ")"  # "in April (next year)"
                    return iso, text
            if not climb or node.dep_ in ("ccomp", "ROOT", "parataxis") or node.head.i == node.i:
                break
            node = node.head
        return None, None

    def status_of(self, verb, date: Optional[str]) -> Optional[str]:
        """planned or done: future auxiliaries, "to"-infinitives of plans, or the date itself."""
        chain = [verb]
        x = verb
        for _ in range(3):
            if x.dep_ in ("xcomp", "advcl", "relcl", "acl", "conj") and x.head.i != x.i:
                x = x.head
                chain.append(x)
            else:
                break
        for v in chain:
            for c in v.children:
                if c.dep_ == "aux" and c.lower_ in _FUTURE_AUX:
                    return "planned"
            if v.lemma_.lower() in _PLAN_VERBS and v is not verb:
                return "planned"
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            return "planned"  # "Trump to visit China" (headline), "invited me to visit"
        base = self.published
        if date and base:
            if date[:len(base)] > base[:len(date)]:
                return "planned"
            if date[:len(base)] < base[:len(date)]:
                return "done"
        if verb.tag_ in ("VBD", "VBN"):
            return "done"
        return None


def extract_relations(doc, graph: ArticleGraph, speakers=None) -> tuple[list[Topic], list[Relation]]:
    """Topics and stance/event relations of one article (see the module docstring).

    ``speakers``: the article's :class:`.speakers.SpeakerResolver` (the extractor passes it),
    so "the chancellor" or "him" as holder or target is the person the article names.
    Side effects: topic ids are appended to ``statement.about`` of ``graph.statements``; the
    group actors edges use ("critics", :mod:`.groups`) to ``graph.actors`` with a mention.
    """
    from stancegraph.loaders.extract.events import find_events
    from stancegraph.loaders.extract.stance_described import find_described
    from stancegraph.loaders.extract.stance_nominal import find_nominal
    from stancegraph.loaders.extract.stance_participles import find_participles
    from stancegraph.loaders.extract.stance_statements import find_evaluations
    from stancegraph.loaders.extract.stances import find_stances

    ctx = Context(doc, graph, speakers)
    rels = (list(find_stances(ctx)) + list(find_described(ctx)) + list(find_nominal(ctx))
            + list(find_participles(ctx))
            + list(find_evaluations(ctx)) + list(find_events(ctx)))
    rels = merge_relations(rels)
    # the store refuses dangling references: keep only edges whose ends exist
    known_topics = {t.id for t in graph.topics}
    rels = [r for r in rels if r.source in ctx.actors and r.source != r.target
            and (r.target in ctx.actors or r.target in ctx.topics or r.target in known_topics)]
    existing = {(r.type, r.source, r.target) for r in graph.relations}
    rels = [r for r in rels if (r.type, r.source, r.target) not in existing]
    _link_topics(ctx, rels)
    _add_groups(ctx, rels)
    used = {r.target for r in rels} | {a for st in graph.statements for a in st.about}
    topics = [t for tid, t in ctx.topics.items() if tid in used and tid not in known_topics]
    return topics, rels


def _add_groups(ctx: Context, rels: list[Relation]) -> None:
    """The group actors some edge holds or targets, appended to ``graph.actors`` with their mentions."""
    have = {a.id for a in ctx.graph.actors}
    for gid, (actor, mention) in ctx.groups.items():
        if gid not in have and any(gid in (r.source, r.target) for r in rels):
            ctx.graph.actors.append(actor)
            ctx.graph.mentions.append(mention)


def _link_topics(ctx: Context, rels: list[Relation]) -> None:
    """Statement -> topic ABOUT links: lexicon issues named in the content, stance targets."""
    by_id = {st.id: st for st in ctx.statements}
    for st in ctx.statements:
        for name, _, _ in _topics.find_lexicon_topics(st.content.text):
            tid = ctx.topic(name, name)
            if tid not in st.about:
                st.about.append(tid)
    for r in rels:
        if r.statement and r.target.startswith(model.TOPIC_PREFIX) and r.statement in by_id:
            st = by_id[r.statement]
            if r.target not in st.about:
                st.about.append(r.target)

