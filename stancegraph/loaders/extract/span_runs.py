"""Where a content runs on past the piece the parser hung on its cue: a second reported
clause coordinated with the cue verb ("said the town needs a bridge and the state has no
money"), used by :func:`.content.extend_content`. PolNeAR train decided each run (session 18,
``bench/attribution_misses.py --compare``).
"""
from __future__ import annotations

from stancegraph.loaders.extract.nlp import first_subject, text_of
from stancegraph.loaders.extract.span_ends import NAMING_VERBS

#: Subjects that are the writer's own voice outside a quote: "..., and I think ...".
_WRITER = frozenset("i we me us".split())


def reported_conjunct(c, lemmas, in_quote) -> bool:
    """"Ms Keller said the town needs a new bridge and the state has no money left": the
    parser coordinates the second clause with the cue verb, though the speaker said both
    (PolNeAR train: the first clause alone was too short). A clause with its own subject
    joined without a comma (after ", and" or ", but" the writer resumes as often as not:
    train, 104 rows (57 right) added against 103 (63 right) removed), not a cue verb of
    its own ("and Tom Bell said ..." is another statement), not the writer's "I"/"we"."""
    if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or c.lemma_.lower() in lemmas or in_quote[c.i]:
        return False
    cc = c.doc[c.left_edge.i - 1]
    if cc.dep_ != "cc" or cc.i == 0 or c.doc[cc.i - 1].is_punct:
        return False
    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subj is not None and subj.lower_ not in _WRITER


def words_end(c) -> int:
    """The end of ``c``'s phrase without the sentence's closing mark the parser hung on it."""
    last = c.right_edge
    while last.i > c.i and last.is_punct and not last.is_quote:
        last = last.doc[last.i - 1]
    return last.idx + len(last.text)


def glued_clause(c, comp, lemmas) -> bool:
    """'Officials said the prisoners freed by the state were close to ...': the parser splits
    one reported clause into two complements of the cue, the first ending where the second
    begins with no word or mark between them; both are what was said (PolNeAR train: the
    first alone was too short). Not a second clause opened by a mark or a conjunction, nor one
    with a cue verb of its own."""
    first = c.left_edge
    return (c.dep_ == "ccomp" and comp.dep_ == "ccomp" and first.i == comp.right_edge.i + 1
            and not (first.is_punct or comp.right_edge.is_punct) and first.dep_ != "cc"  # ", and ..."
            and c.lemma_.lower() not in lemmas)


def tag_run_end(t, start: int, end: int, lemmas) -> int:
    """'The budget would be balanced, Ms Keller said, by cuts to the road programme': a
    speech tag set off by commas inside the reported sentence, the parser giving the cue
    only the clause before it; the words after the tag are said too, and the content runs
    to the sentence's end over the tag, one span as for "The plan, she said, is dead"
    (PolNeAR train). Not over a quote, nor over a second cue (", adding that ...")."""
    doc, sent = t.doc, t.sent
    subj = first_subject(t)
    if not (sent.start_char <= start and end <= t.idx) or subj is None or subj.i > t.i or any(
            c.dep_ == "mark" for c in t.children):
        return end  # "..., said Ann Bell, the director of ...": the comma ends her title; "as X reported"
    between = [x for x in doc[sent.start:t.i] if x.idx >= end]
    if not between or between[0].text != "," or any(
            x.i < t.left_edge.i or x.is_quote for x in between[1:]):
        return end  # the tag opens right after the content: ", Ms Keller said"
    comma = next((x for x in doc[t.i + 1:sent.end] if x.text == ","), None)
    if comma is None or any(x.is_quote or x.i > t.right_edge.i for x in doc[t.i + 1:comma.i]):
        return end
    rest = [x for x in doc[comma.i + 1:sent.end] if not (x.is_punct or x.is_space)]
    if len(rest) < 2 or any(x.is_quote for x in doc[comma.i + 1:sent.end]) or any(
            x.lemma_.lower() in lemmas and x.pos_ == "VERB" for x in rest):
        return end
    if rest[0].ent_type_ in ("DATE", "TIME") or rest[0].tag_ == "VBG" and rest[0].lower_ != "including":
        return end  # "..., two days after ...", "..., wiping his brow": the writer's scene
    return max(end, rest[-1].idx + len(rest[-1].text))


def colon_run_end(doc, end: int, lemmas, limit: int) -> int:
    """'hopes the vote will show what her allies have long argued: she is the strongest
    candidate', 'boasts about them on the trail: the war, the bailout and the tax cut': a
    reported clause that stops at a colon goes on after it, to the end of its sentence
    (PolNeAR train: 22 of 33 such contents with a gold span ran on). Not over a quote (said
    on its own), a question, a second cue ("...: a poll found ...") or a paragraph break,
    nor past ``limit`` characters."""
    text = text_of(doc)  # Doc.text is rebuilt from every token on each access
    colon = end
    while colon < len(text) and text[colon] in " ”\"'":
        colon += 1
    colon -= end
    if text[end + colon:end + colon + 1] != ":":
        return end
    after = doc.char_span(end + colon, end + colon + 1, alignment_mode="expand")
    if after is None or after.end >= len(doc):
        return end
    first = doc[after.end]
    words = [x for x in first.sent if x.i >= first.i and not x.is_space]
    if not words or first.is_quote or first.is_space or "\n" in text[end:first.idx] or any(
            x.text == "?" or x.is_quote or x.lemma_.lower() in lemmas and x.pos_ == "VERB" for x in words):
        return end
    while words and words[-1].is_punct:
        words.pop()
    if not words or any("\n" in x.text for x in doc[first.i:words[-1].i + 1]):
        return end
    stop = words[-1].idx + len(words[-1].text)
    return stop if stop - end < limit else end


def named_thing_start(t, comp):
    """'He called the payments lawful', 'called himself a moderate': what was called so is
    said with what it was called (PolNeAR train: the name alone was too short at the start),
    as for a quoted name (:func:`.span_ends.named_object_start`). The start of the object
    before the name, or None."""
    if comp is None or comp.dep_ != "oprd" or t.lemma_.lower() not in NAMING_VERBS:
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj" and t.i < c.i < comp.i), None)
    return obj.left_edge.idx if obj is not None else None


def purpose_clause(c) -> bool:
    """'praised the efforts of the donors to attack the plan', 'announced a website to
    explain the rules': an infinitive the parser hung on the cue right after its object
    says what the object is for; it stays with the object though its verb is a cue word
    (PolNeAR train). Not after a comma."""
    doc = c.doc
    return (c.dep_ == "advcl" and c.tag_ == "VB" and c.left_edge.text.lower() == "to"
            and c.left_edge.i > 0 and not doc[c.left_edge.i - 1].is_punct)


def coordinated_phrase(c) -> bool:
    """"see the mayor as a reformer and as someone who will ...": the parser hangs the second
    of two coordinated phrases on the cue verb instead of on the first, and a content ended
    before it; both are what was said. A conjunct that is no verb (a preposition, a noun),
    right after "and"/"or" with no comma before it (PolNeAR train: the first alone was too
    short)."""
    if c.dep_ != "conj" or c.pos_ in ("VERB", "AUX") or c.left_edge.i < 2:
        return False
    cc = c.doc[c.left_edge.i - 1]
    return cc.dep_ == "cc" and cc.lower_ in ("and", "or") and not c.doc[cc.i - 1].is_punct


_WHEN = ("DATE", "TIME")


def when_or_through(c) -> bool:
    """A phrase hung on the cue after an object content that tells when it was said or
    through whom, not what: "on Saturday", "declared victory Tuesday night", "denied the
    charges through her lawyer" (PolNeAR train: the object alone). Not "during ...": the
    occasion is kept about as often as dropped (train: 3 misses turned into hits, 4 hits lost)."""
    if c.dep_ == "npadvmod":
        return c.ent_type_ in _WHEN
    return c.dep_ == "prep" and (c.lower_ == "through" or any(p.ent_type_ in _WHEN for p in c.children))
