"""Statements: the attributions in a parsed article, each from a small named extractor.

Every extractor is a generator of :class:`RawStatement` records (a cue, a speaker span and
a content span, before any actor is known) over the parsed Doc:

- :func:`verb_cue_statements`: a cue verb, its subject and what it says ("X said that
  ...", '"...," X said', "X wants to ...");
- the cue-less forms of :mod:`.phrases`: headline colons, "according to X", "X's position
  is that ...", "Trump's claim that ...";
- :func:`floating_quotes`: a quote with no cue of its own ('"X," he said. "Y."', or "Y"
  in a later paragraph), a statement of the previous speaker.

:func:`find_statements` runs them in that order.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator, Optional

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.added_remarks import split_added_remarks
from stancegraph.loaders.extract.agent_nouns import agent_noun_statements
from stancegraph.loaders.extract.clausal_cues import clausal_cue_tokens, in_view_statements, viewpoint_statements
from stancegraph.loaders.extract.content import (
    MAX_SPAN, as_clause_content, clause_chars, clean_content, complement, extend_content, fronted_content,
    misattached_clause, parenthetical, request_content, subtree_end, tail_after, trim,
)
from stancegraph.loaders.extract.content import _NO_NP_CONTENT as NO_NP_CONTENT
from stancegraph.loaders.extract.cue_phrases import PHRASE_VERBS, drawn_from
from stancegraph.loaders.extract.framed_cues import in_frame, portrayal_end
from stancegraph.loaders.extract.infinitives import had_to_say, own_tense, reported_infinitive, under_would
from stancegraph.loaders.extract.nlp import text_of, tokens_with
from stancegraph.loaders.extract.object_content import infinitive_end
from stancegraph.loaders.extract.headings import Headings, in_headings
from stancegraph.loaders.extract.misread_cues import misread_tag_statements, misread_verb_statements
from stancegraph.loaders.extract.set_off_tags import set_off_content
from stancegraph.loaders.extract.signed_quotes import signed_quotes
from stancegraph.loaders.extract.text_reads import read_statements
from stancegraph.loaders.extract.phrases import (
    according_to_statements, adjective_statements, headline_quotes, headline_statements, noun_statements, poll_statements,
    position_statements, put_it_statements, title_case_says,
)
from stancegraph.loaders.extract.quote_tags import tag_verb_statements
from stancegraph.loaders.extract.quoted_titles import is_quoted_title
from stancegraph.loaders.extract.quotes import in_prep_phrase, quote_index, quote_owner
from stancegraph.loaders.extract.raw import RawStatement
from stancegraph.loaders.extract.relative_objects import participle_object_content, relative_object_content
from stancegraph.loaders.extract.relative_reports import relative_object_report, relative_report
from stancegraph.loaders.extract.unsaid import denied_subject, discourse_marker, nothing_said, put_as_question
from stancegraph.loaders.extract.trailing_tags import tag_content
from stancegraph.loaders.extract.span_edges import addressee_start, content_ccomps, scene_after_quote, source_noun_start
from stancegraph.loaders.extract.span_ends import (NAMING_VERBS, attitude_object, coordinated_end, dangling_end,
                                                   named_object_start, object_subject_start, opens_after_colon)
from stancegraph.loaders.extract.span_runs import colon_run_end, named_thing_start, tag_run_end
from stancegraph.loaders.extract.cue_subjects import (agent_participle, cue_subject, may_state, np_span,
                                                       recipient_span)


def find_statements(doc, quotes: list[tuple[int, int]], *, attitudes: bool = False) -> list[RawStatement]:
    """Attributions in a parsed Doc: direct, indirect and mixed, with cue and speaker.

    ``quotes`` are the character spans of :func:`~stancegraph.loaders.extract.quotes.find_quotes`.
    Intention verbs ("wants", "plans") are cues for people and groups; with ``attitudes``,
    for any subject.
    """
    headings = Headings(text_of(doc))
    found = list(verb_cue_statements(doc, quotes, attitudes=attitudes))
    in_quote = quote_index(doc, quotes)
    for extractor in (headline_statements, according_to_statements, poll_statements, position_statements,
                      noun_statements, adjective_statements, put_it_statements, viewpoint_statements,
                      in_view_statements, misread_verb_statements, misread_tag_statements, agent_noun_statements):
        found.extend(extractor(doc, in_quote))
    found.extend(read_statements(doc, quotes, in_quote))
    found.extend(signed_quotes(doc, quotes))
    found.extend(headline_quotes(doc, quotes, headings))
    found.extend(title_case_says(doc, headings))
    found.extend(list(tag_verb_statements(doc, quotes, found, in_quote)))
    claimed = {q for r in found for q in r.quotes}
    floating = list(floating_quotes(doc, quotes, claimed, found)) + list(continued_speech(doc, found, in_quote))
    text = text_of(doc)
    found = [r for r in found + floating if not in_editors_note(text, r.content[0])]
    found = split_added_remarks(doc, found, quotes)
    return [replace(r, content=clean_content(text, *r.content, r.kind)) for r in in_headings(doc, found, headings)]


_EDITORS_NOTE = re.compile(r"\s*editor[’']?s[’']? note\b", re.IGNORECASE)


def in_editors_note(text: str, at: int) -> bool:
    """"Editor's note: X is a serial liar ... who has repeatedly pledged to ...": the
    publisher's note on a line of its own is page furniture, no one's statement in the
    story (PolNeAR train: a note repeated under many stories of one outlet, never annotated)."""
    line_start = text.rfind("\n", 0, at) + 1
    return _EDITORS_NOTE.match(text, line_start) is not None


# --------------------------------------------------------------------------------------
# Cue verbs


def verb_cue_statements(doc, quotes: list[tuple[int, int]], *, attitudes: bool = False) -> Iterator[RawStatement]:
    """Statements of cue verbs: "X said (that) ...", '"...," X said', "X wants to ...".

    Each cue verb with a speaker says the quotes it owns (direct, or mixed with the clause
    around them), else a request with its addressee, else its content clause or object
    (indirect), else the clause it interrupts or trails.
    """
    lemmas = cues.all_cue_lemmas(attitudes=True)
    in_quote = quote_index(doc, quotes)
    cue_tokens = [t for t in tokens_with(doc, lemmas | _CUE_FORMS) if _is_cue(t, lemmas, in_quote)]
    cue_tokens = sorted(cue_tokens + clausal_cue_tokens(doc, in_quote, lemmas | _CUE_FORMS), key=lambda t: t.i)
    cue_quotes = _quotes_by_cue(doc, quotes, cue_tokens, in_quote)
    for t in cue_tokens:
        # "X drew criticism from Y": Y; "X had harsh things to say about Y": X
        had = had_to_say(t)
        speaker_tok = drawn_from(t) or cue_subject(had if had is not None else t, in_quote)
        if speaker_tok is None:
            continue
        lemma = cue_lemma(t)
        if not may_state(lemma, speaker_tok, attitudes):
            continue
        qis = cue_quotes.get(t.i, [])
        if lemma in cues.PREP_ONLY_VERBS or agent_participle(t):
            # 'Speaking to "CBS This Morning"': a show's name, not what was said; 'Asked by
            # Lauer whether ..., she said "..."': the quote is the answer
            qis = []
        elif lemma in ("tell", "inform") and qis:
            qis = _not_told(t, qis, quotes)
        content, kind, claimed = _cue_content(t, lemma, qis, quotes, in_quote, lemmas)
        if kind != "indirect" and agent_participle(t) or kind == "indirect" and nothing_said(t, lemma, lemmas):
            continue  # a quote near "asked by X" is the answer's (PolNeAR train); .unsaid
        if content is None or content[1] - content[0] < 3 and text_of(doc)[content[0]:content[1]] != "no":
            continue  # "said no" is an answer (span_edges.short_answer)
        if kind == "indirect":  # "X would be done, Ms Keller said, by ...": over the tag (.span_runs)
            content = content[0], tag_run_end(t, *content, lemmas)
        if kind != "direct":  # "...what his supporters said: he is ...": over the colon
            content = content[0], colon_run_end(doc, content[1], lemmas, MAX_SPAN - content[1] + content[0])
        content = trim(text_of(doc), content[0], dangling_end(doc, *content), keep_quotes=kind != "indirect")
        if content is None:
            continue
        yield RawStatement(t.idx, cue_end(t), lemma, np_span(speaker_tok), content, kind,
                           cue_token=t.i, recipient=recipient_span(t), quotes=claimed)


def _quotes_by_cue(doc, quotes, cue_tokens, in_quote) -> dict[int, list[int]]:
    """Which quotes hang on which cue: the quote's tokens reach the cue through the parse."""
    cue_set = {t.i for t in cue_tokens}
    cue_quotes: dict[int, list[int]] = {}
    for qi, (qs, qe) in enumerate(quotes):
        owner = quote_owner(doc, qs, qe, cue_set, in_quote)
        if owner is not None and (in_prep_phrase(doc, qs, qe, owner) or is_quoted_title(doc, qs, qe)
                                  or _in_subject(doc[owner], qs)):
            owner = None
        if owner is not None:
            cue_quotes.setdefault(owner, []).append(qi)
    return cue_quotes


def _in_subject(t, qs: int) -> bool:
    """"Ann Keller, the producer of ''Morning Live,'' reminded ...": a quote inside the cue's
    subject phrase (a title in its apposition) is never what the subject said (PolNeAR train).
    Not a quote that opens the phrase: the parser's slip on '"...," Keller, 69, told ...'."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.idx < qs < subtree_end(c) for c in t.children)


def _not_told(t, qis: list[int], quotes) -> list[int]:
    """'"We have to increase the bombings," the nominee told "Fox and Friends"': a quote
    that is whom the words were told to is a show's name, not what was said (PolNeAR train)."""
    told = [c.idx for c in t.children if c.dep_ in ("dobj", "dative")]
    return [q for q in qis if not any(quotes[q][0] <= at < quotes[q][1] for at in told)]


def _cue_content(t, lemma, qis, quotes, in_quote, lemmas):
    """What one cue says: (content chars or None, kind, the quotes it claims)."""
    if (relative := relative_report(t) or relative_object_report(t)) is not None:
        return relative, "indirect", ()  # "which he argued wastes money", "whom she calls ..." (.relative_reports)
    comp = complement(t, lemma)
    comp = attitude_object(t, comp) or comp  # "expressed unease with X": X
    directive = request_content(t, lemma) if not content_ccomps(t) else None
    if directive is not None:
        inside = tuple(q for q in qis if directive[0] <= quotes[q][0] and quotes[q][1] <= directive[1] + 2)
        return directive, "mixed" if inside else "indirect", inside
    if qis and comp is None and parenthetical(t) and (fronted := fronted_content(t)) is not None and all(
            fronted[0] <= quotes[q][0] and quotes[q][1] <= fronted[1] + 2 for q in qis):
        # 'Running the shop, Ms Lee said, taught her to "listen ...": the
        # quote is a piece of the clause the cue interrupts (PolNeAR train)
        return fronted, "mixed", tuple(qis)
    if qis and (named := _named_as(t, lemma, qis, quotes)) is not None:
        return named, "mixed", tuple(qis)
    if qis:
        content, kind = _quoted_content(t, comp, qis, quotes, in_quote)
        return content, kind, tuple(qis)
    if comp is not None:
        content = clause_chars(comp, in_quote)
        kind = "mixed" if any(in_quote[tok.i] for tok in comp.subtree) else "indirect"
        # "accused the council of ...", "pointed to the IFS' forecast that ..."
        start = (addressee_start(t, comp) or source_noun_start(t, comp) or object_subject_start(t, comp)
                 or named_thing_start(t, comp) or content[0])
        end = portrayal_end(t, lemma, coordinated_end(t, comp, extend_content(t, comp, content[1], in_quote, lemmas)))
        return (start, infinitive_end(comp, end) if comp.dep_ == "xcomp" else end), kind, ()
    if (subj := _passive_content(t, lemma)) is not None:
        return (subj.left_edge.idx, subtree_end(subj)), "indirect", ()
    if lemma in cues.SPEECH_VERBS and (before := quote_before(t, quotes)) is not None:
        return quotes[before], "direct", (before,)
    if lemma in ("say", "tell") and (clause := misattached_clause(t)) is not None:
        kind = "mixed" if any(in_quote[x.i] for x in t.doc.char_span(*clause, alignment_mode="expand")) else "indirect"
        return clause, kind, ()
    return relative_object_content(t) or participle_object_content(t) or fronted_content(t) or as_clause_content(t) or tag_content(t) \
        or set_off_content(t), "indirect", ()


def _named_as(t, lemma, qis, quotes) -> Optional[tuple[int, int]]:
    """'Sanders called the party's suspension "arbitrary."': what was called so and what it
    was called, one span (PolNeAR train: the quoted word alone was taken)."""
    if lemma not in NAMING_VERBS:
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
    qs, qe = min(quotes[q][0] for q in qis), max(quotes[q][1] for q in qis)
    text = text_of(t.doc)
    if obj is not None and lemma == "call" and t.idx < obj.left_edge.idx < qs and subtree_end(obj) <= qs:
        # 'calls the budget a "blueprint" for how ...': the name's own phrase runs on
        name = next((c for c in t.children if c.i > obj.i and qs <= c.idx < qe and c.dep_ in ("oprd", "attr", "ccomp")
                     and len(qis) == 1 and text[qe - 2:qe - 1] != ","), None)
        end = _name_end(text, qe, subtree_end(name) if name is not None else qe)
        return obj.left_edge.idx, qe if " and " in text[qe:end] else end  # 'and called on ...': its own
    # the quoted name parsed inside the object's phrase: 'called the plan "a disaster"'
    start = named_object_start(t, lemma, qs, qe)
    return None if start is None else (start, _name_end(text, qe, subtree_end(obj)))


def _name_end(text: str, qe: int, end: int) -> int:
    """A phrase of a quoted name after it ('"a priority" for women') is said; where and when it
    was said ('"rigged" in a tweet'), or a comment after a dash or comma, are not."""
    if end <= qe or scene_after_quote(text, qe, end) or any(m in text[qe:end] for m in ",;–—-("):
        return qe
    return end


def _passive_content(t, lemma):
    """"The meeting was first reported by a local paper", "the plan was announced by the
    mayor", "The mayor's levy was derided by ...": with an agent, the passive subject is what
    the agent said, for saying verbs and the verbs whose object is content (PolNeAR train)."""
    if not any(c.dep_ == "agent" for c in t.children):
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma in cues.SPEECH_VERBS:
        return subj
    # other cues only as a bare passive clause of a plain noun phrase: not "isn't shared by",
    # "are considered unsafe by", "was portrayed by X as ...", "Her plan for scrapping ...",
    # nor a participle ("the kindness being shown by voters": BBC politics)
    if lemma in NO_NP_CONTENT or t.dep_ in ("acl", "relcl", "amod", "advcl", "pcomp") or any(
            c.dep_ in ("neg", "oprd", "acomp", "xcomp", "ccomp") or c.lower_ == "as" for c in t.children) or any(
            x.pos_ == "VERB" for x in subj.subtree):
        return None
    return subj


def quote_before(t, quotes) -> Optional[int]:
    """'... it is finally here."' + line break + 'Rep. Anna Keller (D-Ohio) said.': a
    sentence that is only a speaker and a saying verb owns the quote that ends right
    before it, across a line break (PolNeAR train: web copy breaks lines there)."""
    sent = t.sent
    if t.left_edge.i != sent.start or any(not (x.is_punct or x.is_space) for x in t.doc[t.right_edge.i + 1:sent.end]):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in t.children):
        return None
    text = text_of(t.doc)
    for qi in range(len(quotes) - 1, -1, -1):
        qs, qe = quotes[qi]
        if qe <= sent.start_char:
            gap = text[qe:sent.start_char]
            return qi if not gap.strip() and qe - qs > 3 else None
    return None


def _quoted_content(t, comp, qis, quotes, in_quote) -> tuple[tuple[int, int], str]:
    """The quotes a cue owns, with the words of its clause around them (then mixed)."""
    doc = t.doc
    text = text_of(doc)
    qs = min(quotes[q][0] for q in qis)
    qe = max(quotes[q][1] for q in qis)
    kind = "direct"
    if comp is not None and comp.dep_ == "ccomp" and not comp.left_edge.idx <= qs < subtree_end(comp):
        # 'explained why being described that way is a "backhanded compliment."': the
        # parser split the reported clause into two ccomps; the quote's is the content
        split = [c for c in t.children if c.dep_ == "ccomp" and c.i > t.i]
        inner = next((c for c in split if c.left_edge.idx <= qs < subtree_end(c)), None)
        if inner is not None and split[0].i < inner.i:
            content = clause_chars(split[0], in_quote)[0], max(qe, subtree_end(inner))
            return trim(text, *content, keep_quotes=False) or content, "mixed"
    # the opening mark may hang on the cue, outside the clause: 'has said repeatedly "the
    # next council" should decide' (PolNeAR train: the quote alone was taken)
    if comp is not None and _first_word(doc, qs) >= comp.left_edge.idx and (
            qe <= subtree_end(comp) or text[subtree_end(comp):qe].strip(" .,!?\"”'") == ""):
        cs, ce = clause_chars(comp, in_quote)
        cs = min(cs, object_subject_start(t, comp) or cs)  # 'argued the plan, which ..., "would ..."'
        # 'that it "opposes ..."', 'that "we need more information" about how ...':
        # words of the reported clause outside the quote make it mixed
        before = cs < qs and text[cs:qs].strip(" ,:\"“'") not in ("", "that") and not opens_after_colon(text, cs, qs)
        # a quote that opens the content: where and when after it are not said ('said "we
        # will win" in a statement on Monday'); after words of the clause they are
        after = ce > qe and text[qe:ce].strip(" ,.\"”'") != "" and (before or not scene_after_quote(text, qe, ce))
        if before or after:
            kind = "mixed"
            qs, qe = min(cs, qs), ce if after else qe
    if qs > t.idx and kind == "direct":
        # '<Name> says "we have the momentum" despite his loss in <state>': the
        # quote is the head of a longer content (PolNeAR train)
        rest = tail_after(doc, qe, t)
        if rest is not None:
            qe = rest
            kind = "mixed"
    return (qs, qe), kind


def _first_word(doc, qs: int) -> int:
    """Where the first word of the quote starting at ``qs`` starts, past its opening mark."""
    span = doc.char_span(qs, qs + 1, alignment_mode="expand")
    i = span.start if span is not None else 0
    while i < len(doc) - 1 and (doc[i].is_quote or doc[i].is_space):
        i += 1
    return doc[i].idx


def _is_cue(t, lemmas, in_quote) -> bool:
    if t.pos_ != "VERB" or in_quote[t.i]:
        return False
    lemma = cue_lemma(t)
    # a phrase cue ("take issue with") passes the checks below as a one-word cue does (BBC:
    # "too new in the post to take issue with a ruling" is no statement)
    if lemma in PHRASE_VERBS:
        if complement(t, lemma) is None:
            return False
    elif lemma not in lemmas or lemma in cues.WOULD_ONLY_VERBS and not under_would(t) or not in_frame(t, lemma):
        return False
    # "reluctant to explicitly say whether ...", "refused to say": a hypothetical saying,
    # not a statement (seed article, Trump on Taiwan).
    # "wants the United States to go further and state that ...": the infinitive, or a verb
    # coordinated with one, is a wish, not a statement (seed, China on Taiwan).
    v = t
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children) and not (own_tense(t) or reported_infinitive(v)):
        return False
    if put_as_question(v) or discourse_marker(t):  # "pressed on whether ..." (session 17), "That said, ..."
        return False
    # "did not say": nothing was said. Stances keep negation ("does not support").
    if lemma in cues.SPEECH_VERBS and (any(c.dep_ == "neg" for c in t.children) or denied_subject(t)):
        return False
    # "The government should consider ...", "Ministers must recognise that ...": a belief its
    # subject is told to hold, not one it states (BBC: a review's recommendations); so is
    # "Voters should remember that ..." (session 20)
    if (lemma in cues.BELIEF_VERBS or lemma in cues.RECALL_VERBS) and any(c.dep_ == "aux" and c.lower_ in _OUGHT for c in t.children):
        return False
    # "The poll shows Lopez ten points ahead": "point" reports only as "point to", "point out"
    if lemma == "point" and not any(c.dep_ in ("prt", "prep") and c.lower_ in ("out", "to") for c in t.children):
        return False
    # modifiers ("the so-called deal", "a reported visit") are not reports
    if t.dep_ in ("amod", "compound"):
        return False
    return True


def cue_lemma(t) -> str:
    """The lemma of a cue verb; "Says" in a title-cased title keeps its capital as lemma."""
    lemma = t.lemma_.lower()
    return _TITLE_LEMMAS.get(lemma, lemma)


_TITLE_LEMMAS = {"says": "say", "said": "say", "tells": "tell", "told": "tell", "warns": "warn", "claims": "claim",
                 "insists": "insist", "admits": "admit", "denies": "deny", "vows": "vow", "urges": "urge"}
#: Lemmas besides the cue lemmas that may make a cue: a title's "Says", "make clear".
_CUE_FORMS = frozenset(_TITLE_LEMMAS) | PHRASE_VERBS
_OUGHT = frozenset(["should", "must", "ought"])


def cue_end(t) -> int:
    end = t.idx + len(t.text)
    for c in t.rights:  # "point out", "called for"
        if c.dep_ == "prt" and c.i == t.i + 1:
            end = c.idx + len(c.text)
    return end


# --------------------------------------------------------------------------------------
# Quotes no cue claimed


def floating_quotes(doc, quotes, claimed, found: list[RawStatement]) -> Iterator[RawStatement]:
    """A quote with no cue of its own after a direct or mixed statement of ``found``: a
    statement of its own by the same speaker. ``claimed`` are the quotes a cue owns
    (:attr:`RawStatement.quotes`).

    - '"X," Teske said. "Y."' in one paragraph: the second piece of one quote. The graph
      keeps the two pieces, each without the speech tag between them (BBC audit: one span
      '"A," she said. "B"' read as what was said); the evaluation record joins them into
      one attribution, as PolNeAR annotates it (:func:`.jsonl._join_pieces`).
    - '"X," he said.' and, in the next paragraph, '"Y."' (seed): Y is his too, unless Y's
      paragraph has narration of its own around it (:func:`_narrated`).
    """
    text = text_of(doc)
    for k, span, _ in _quote_sequels(doc, quotes, claimed, found):
        if not _narrated(text, found[k].content[1], span):
            yield RawStatement(None, None, None, found[k].speaker, span, "direct", floating=True)


def _narrated(text: str, before: int, span: tuple[int, int]) -> bool:
    """'"They only came for the food," Bennett shot back with a grin.': a quote in a
    later paragraph with words of narration around it in its own paragraph has a speaker of
    its own there, found or not -- not the previous paragraph's (PolNeAR train: of 111 such
    quotes given the previous speaker, 18 were right)."""
    if "\n" not in text[before:span[0]]:
        return False
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    end = len(text) if end < 0 else end
    return bool(text[start:span[0]].strip(" \t\"“”'‘’") or text[span[1]:end].strip(" \t.,!?\"“”'‘’"))


def _quote_sequels(doc, quotes, claimed, found: list[RawStatement]) -> Iterator[tuple[int, tuple[int, int], bool]]:
    """Each unclaimed all-quote sentence after a direct or mixed statement of ``found``:
    (that statement's index, the quote's trimmed span, whether it joins the statement)."""
    if not found:
        return
    order = sorted(range(len(found)), key=lambda k: found[k].content[0])
    ends = [r.content[1] for r in found]  # a joined quote moves its statement's end
    for qi, (qs, qe) in enumerate(quotes):
        if qi in claimed or any(r.content[0] < qe and qs < r.content[1] for r in found):
            continue  # 'South Carolina, he said, was "where ..."': the quote is in a content
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None or len(span) < 4:
            continue
        # the opening mark may hang on the sentence before ('... officials. ''Now they're ...'')
        sent = next((t for t in span if not (t.is_punct or t.is_space)), span[0]).sent
        sent_chars = len(sent.text.strip())
        if (qe - qs) < 0.8 * min(sent_chars, qe - sent.start_char) and not (qs <= sent.start_char + 1 and qe >= sent.end_char - 2):
            continue
        prev = [k for k in order if ends[k] <= qs and qs - ends[k] < 400 and found[k].kind != "indirect"]
        if not prev:
            continue
        k = prev[-1]
        between = text_of(doc)[ends[k]:qs]
        if between.count("\n") > 2:
            continue
        trimmed = trim(text_of(doc), qs, qe, keep_quotes=True)
        if not trimmed:
            continue
        start = found[k].content[0]
        said = (ends[k] - start) + (trimmed[1] - trimmed[0])
        # one span of at most MAX_SPAN characters: a longer run of quotes is several statements
        # of the same speaker (BBC: a quote running on over the narration after it)
        joins = "\n" not in between and said >= 0.5 * (trimmed[1] - start) and trimmed[1] - start <= MAX_SPAN
        if joins:
            ends[k] = trimmed[1]
        yield k, trimmed, joins


_GOES_ON = frozenset("and but also moreover furthermore".split())
_BACKSHIFT = frozenset("would could should might must had".split())


def continued_speech(doc, found: list[RawStatement], in_quote) -> Iterator[RawStatement]:
    """"He said the party had to change. And it had to fight poverty ...": a sentence that
    goes on ("And", "But", "Also") in the backshifted tense of reported speech, right after
    a reported clause that ends its sentence, is still the same speaker's (BBC)."""
    text = text_of(doc)
    taken = [r.content for r in found]
    for r in found:
        if r.kind != "indirect" or r.cue_token is None or r.speaker is None or r.floating:
            continue
        sent = doc[r.cue_token].sent
        if text[r.content[1]:sent.end_char].strip(" .\"”") or sent.end >= len(doc):
            continue
        nxt = doc[sent.end].sent
        first = next((t for t in nxt if not t.is_space), None)
        if first is None or "\n" in text[sent.end_char:first.idx] or first.lower_ not in _GOES_ON:
            continue
        root = nxt.root
        # a backshifting auxiliary, or "had to"; not "had" of possession ("And he had a price")
        if any(in_quote[t.i] for t in nxt) or not any(c.dep_ == "aux" and c.lower_ in _BACKSHIFT for c in root.children) \
                and not (root.lower_ == "had" and any(c.dep_ == "xcomp" for c in root.children)):
            continue
        if any(s < nxt.end_char and nxt.start_char < e for s, e in taken):
            continue  # a statement of its own
        last = next(t for t in reversed(nxt) if not (t.is_punct or t.is_space))
        span = trim(text, first.idx, last.idx + len(last.text), keep_quotes=False)
        if span is not None:
            taken.append(span)
            yield RawStatement(None, None, None, r.speaker, span, "indirect", floating=True)
