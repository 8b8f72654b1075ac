"""Cue words that introduce a statement: reporting verbs, belief verbs, stance verbs.

Lemmas, lower case. The lists come from the reporting verbs that carry attributions in
political news (the PolNeAR cue inventory, Newell et al. 2018, and the speech-verb list of
the Gender Gap Tracker, Asr et al. 2021), trimmed to the ones that rarely mean anything else.
"""
from __future__ import annotations

#: Verbs of saying and writing. "X said (that) ...", "...," X said.
SPEECH_VERBS = frozenset("""
say tell add write report announce state declare claim explain note argue insist warn
suggest acknowledge admit confirm deny reply respond answer ask tweet post comment predict
promise vow pledge urge describe mention recall remark reiterate repeat stress emphasize
emphasise contend assert allege charge complain concede conclude disclose reveal indicate
observe testify joke quip boast accuse criticize criticise praise blame maintain estimate
demand propose recommend question wonder speculate caution proclaim recount signal hint
shout scream yell tout lament counter retort rebut dismiss concur attest affirm opine brag
cite continue write muse call acknowledge recommend advise instruct inform assure reassure
threaten announce clarify confide contend decry declare exclaim grumble insist mock
ridicule slam blast tweet retweet email text whisper argue reason theorize theorise
forecast project publish retweete
""".split())

#: Verbs of evidence whose subject is a document or poll: "polls show", "a study found".
EVIDENCE_VERBS = frozenset("show find indicate suggest reveal".split())

#: Verbs of belief and knowledge: PolNeAR annotates them; news uses them for reported views.
BELIEF_VERBS = frozenset("""
believe think feel know expect fear worry doubt consider assume suspect realize realise
figure guess recognize recognise agree disagree see hope wish imagine reckon presume
anticipate foresee envision notice learn view regard
""".split())

#: Verbs of a stance taken in words, with a noun-phrase object: "X condemned the attack",
#: "X rejects the claim", "X welcomed the deal" -- something said.
STANCE_VERBS = frozenset("""
reject condemn denounce welcome applaud defend decry disavow repudiate
""".split())

#: Verbs of holding a stance or acting on it: "Unions oppose the plans", "Cruz backs
#: Trump", "the Prime Minister prefers ...", "refused to say whether ..." are no
#: statements (nothing said or written); :mod:`.stances` reads them as stance edges.
ATTITUDE_VERBS = frozenset("""
back endorse support oppose approve favor favour champion embrace veto prefer refuse decline
""".split())

#: Verbs that PolNeAR annotators mark as attribution cues in most of their uses, found by
#: counting cue lemmas in the PolNeAR *train* split (each kept is a cue in >= ~50% of its
#: verb uses there): "Trump pointed to the polls", "she discussed the plan", "he implied
#: that ...", "the senator echoed the criticism".
COMMUNICATION_VERBS = frozenset("""
point discuss refer express highlight imply list echo apologize apologise remind
congratulate portray rule name nominate talk speak offer thank share challenge cheer hail
reference advocate underscore underline lash rail assail attack condemn reaffirm detail
articulate outline dispute contest downplay acknowledge reiterate tease float
identify brand coin bemoan voice herald quote chant shrug resist encourage pressure implore
beg compare
vouch chide allude credit interject rebuke liken deride characterize characterise plead elaborate
recite dub label utter
deem contemplate
mull preach posit savage insult relish acquiesce balk
""".split())

#: More such verbs by class (session 19, PolNeAR train, ``bench/attribution_cues.py probe``:
#: statements right of those each class made when listed): reproach in words 6 of 9 ("lambasted
#: the board for ...", "scolded officers"), praise and publicity 8 of 9 ("trumpeted the jobs
#: figures", "spotlighted the shortage"), putting on record 4 of 5 ("documented the breaches"),
#: admitting, refuting, restating or explaining 7 of 8 ("refuted the claims", "attributed the
#: loss to ..."), understanding and reading 16 of 21 ("understands the anger of ...",
#: "perceive the toll as a tax"). Not "sense" (0 of 3), "misstate" (1 of 3), nor disparaging
#: ("trash", "bash", "belittle", "disparage", "skewer": 2 of 7), nor "celebrate" (3 of 14).
#: Listed, they add 51 rows to the train record, 40 of them hits (``attribution_misses --compare``).
COMMUNICATION_VERBS |= frozenset("""
lambast lambaste scold castigate chastise berate upbraid excoriate
laud trumpet spotlight publicize publicise extol
document chronicle
confess refute reprise attribute overstate
understand perceive surmise interpret ponder
""".split())


#: Verbs whose content is an infinitive: "seemed to suggest ..." (PolNeAR train: cues in
#: over half their uses with a subject and a complement). "seem" and "appear" only with a
#: person as subject: "the economy appears to be slowing" is nobody's statement. Not
#: "refused to say whether ...": a refusal to speak says nothing (ATTITUDE_VERBS). "claims to
#: be undecided" says its infinitive too (session 17, PolNeAR train).
XCOMP_VERBS = frozenset("seem appear claim profess".split())
PERSON_ONLY_VERBS = frozenset("seem appear".split())

#: Cue verbs whose content is the object of a preposition: "talked about immigration",
#: "pointed to the polls", "called for a ceasefire", "accused Republicans of stalling".
#: Without such a phrase "talk", "speak", "rail" report nothing.
PREP_CONTENT = {
    "talk": ("about", "of"), "speak": ("about", "of"), "point": ("to",), "refer": ("to",),
    "call": ("for",), "comment": ("on", "about"), "rail": ("against",), "lash": ("out",),
    "vote": ("for", "against"), "apologize": ("for",), "apologise": ("for",),
    "accuse": ("of",), "warn": ("of", "about", "against"), "complain": ("about",),
    "joke": ("about",), "argue": ("for", "against"), "advocate": ("for",), "write": ("about",),
    "tweet": ("about",), "testify": ("about",), "boast": ("about", "of"), "brag": ("about",),
    "criticize": ("for",), "criticise": ("for",), "blame": ("for",), "praise": ("for",),
    "thank": ("for",), "congratulate": ("on", "for"),
    "insist": ("on",), "speculate": ("about", "on"), "express": ("for",), "hint": ("at",),
    "weigh": ("in",), "vouch": ("for",), "allude": ("to",), "elaborate": ("on",),
    "balk": ("at",),
    # a view or a hope whose object is what was agreed with or believed in: "agreed with the
    # assessment", "believes in a living wage", "is thinking about running", "hoping for a
    # strong finish" (issue 19, session 17; not "asked for X", "asked about X": PolNeAR train,
    # half of them right)
    "agree": ("with", "on"), "disagree": ("with", "on"), "believe": ("in",),
    "think": ("about",), "hop": ("for",), "hope": ("for",), "worry": ("about",),
    # more verbs of speech and view with a topic or a target (session 18, PolNeAR train: their
    # prepositional objects were missed): "mused about a run", "cautioned against a rate rise",
    # "opined on the ruling", "complained of delays", "acquiesced to the demand"
    "muse": ("about", "on"), "caution": ("against",), "opine": ("on", "about", "against"),
    "acquiesce": ("to", "in"),
    # a topic raised in a speech or an interview: "touched on the delays" (session 19, PolNeAR
    # train: 4 of 5 rows right); not "focused on X" (24 of 55: as often a campaign's or a
    # group's effort as words)
    "touch": ("on", "upon"),
    # pushing or pressing for a policy is asking for it, as "called for" is: "pushed for smaller
    # classes", "pressed for a vote" (session 19, PolNeAR train); "pleaded for understanding"
    "push": ("for",), "press": ("for",), "plead": ("for",),
}
PREP_CONTENT["complain"] += ("of",)
PREP_CONTENT["rail"] += ("about",)
PREP_CONTENT["lash"] += ("at",)  # the parser may read "lashed out at" as "lashed" + "at"

#: Three more classes (session 19, second pass): derision and outbursts in words ("scoffed at
#: ...", "fumed that ...", "vented about ..."), foreseeing ("foreshadowed a fight over ..."),
#: asking ("queried whether ..."). Measured as whole classes with ``attribution_misses --compare``.
DERISION_VERBS = frozenset("scoff sneer jeer taunt lampoon satirize satirise parody gush rave fume vent harangue".split())
FORESIGHT_VERBS = frozenset("foreshadow foretell prophesy presage forewarn".split())
ASKING_VERBS = frozenset("query inquire enquire".split())
COMMUNICATION_VERBS |= DERISION_VERBS | FORESIGHT_VERBS | ASKING_VERBS
PREP_CONTENT.update({"scoff": ("at",), "sneer": ("at",), "jeer": ("at",), "fume": ("about", "over", "at"),
                     "vent": ("about", "over", "at"), "rave": ("about",), "gush": ("about", "over"),
                     "inquire": ("about",), "enquire": ("about",)})

#: Attacks and replies in words named by a verb and its preposition: "pounced on the remark",
#: "ripped into the board", "hit back at critics" / "hit out at the unions", "spoke out against
#: the tariffs", "chimed in on the debate" (session 19, second pass, PolNeAR train).
PREP_CONTENT.update({"pounce": ("on",), "rip": ("into",), "hit": ("at",), "chime": ("on",)})
PREP_CONTENT["speak"] += ("against",)

#: Verbs that report only with a prepositional content (see PREP_CONTENT).
PREP_ONLY_VERBS = frozenset("talk speak rail lash vote weigh touch push press pounce rip hit chime".split())

#: Verbs of commitment whose content is an infinitive: "vowed to focus on being a better
#: father", "has pledged to make him secretary", "offered to cover the cost" (PolNeAR train:
#: their infinitives were read as no content at all).
COMMIT_VERBS = frozenset("vow pledge promise offer threaten agree swear".split())

#: Verbs of portraying, cues only with "X as Y" (session 20): "cast the tax cut as a gift to
#: landlords", "painted his rival as ...", "framed the review as a test of nerve", "pitched the
#: rail link as a lifeline"; not "cast her ballot", "painted a mural", "presented the award"
#: (:func:`.framed_cues.in_frame`).
PORTRAY_VERBS = frozenset("cast paint frame depict present pitch position style".split())
COMMUNICATION_VERBS |= PORTRAY_VERBS

#: Verbs of recollection (session 20): "remembers the old harbour as the heart of the town",
#: "remembered that the mill closed in 1982", "remembers when the chapel had a choir",
#: "reminisced about the campaign"; a plain object is no recollection told ("could not remember
#: his password": :data:`.content._NO_NP_CONTENT`).
RECALL_VERBS = frozenset("remember reminisce recollect".split())
COMMUNICATION_VERBS |= RECALL_VERBS
PREP_CONTENT["reminisce"] = ("about",)

#: "put X at <a figure>": an estimate, as "estimated X at" is (session 21, PolNeAR train): "the
#: poll puts her support at 44 percent"; a cue only in that frame (:mod:`.estimates`).
ESTIMATE_VERBS = frozenset(["put"])
COMMUNICATION_VERBS |= ESTIMATE_VERBS

#: "address X": taking up a topic in words, "the minister addressed the delays at the port"
#: (session 21, PolNeAR train); not a speech to an audience, "addressed a rally"
#: (:mod:`.addressed_topics`).
TOPIC_VERBS = frozenset(["address"])
COMMUNICATION_VERBS |= TOPIC_VERBS

#: Verbs of intention: "X wants Y to ...". By default only a person's intentions are
#: statements ("Clinton wants to bring back the 1990s", as PolNeAR annotates them); with
#: Extractor(attitudes=True) anyone's: "China wants the United States to go further" is a
#: goal ascribed by the writer, not something China said. "hop" is the small model's
#: lemma of "hoping"/"hopes".
INTENTION_VERBS = frozenset("want plan intend seek aim wish hope hop like".split())
#: "look" as seeking, anticipating or viewing (session 21, PolNeAR train): "is looking to unseat
#: the mayor", "looking for a candidate who listens", "looks forward to the debates", "look at
#: us as the enemy"; a person's aim or view, as "seek" is. Only in those frames
#: (:func:`.looking_cues.look_frame`): "looked at the data", "looks tired" report nothing.
LOOK_VERBS = frozenset(["look"])
INTENTION_VERBS |= LOOK_VERBS
#: Of these, a cue only under "would" and with an infinitive: "would like to see ...", "she'd
#: like to hold a vote" (session 19, PolNeAR train); "voters like the mayor" is no statement.
WOULD_ONLY_VERBS = frozenset(["like"])

#: Speech verbs that take the *content* as a noun-phrase object, not only as a clause:
#: "announced a plan", "denied the report", "called the call 'a follow-up ...'".
NP_CONTENT_VERBS = frozenset("""
announce deny confirm describe call predict promise pledge propose reveal disclose
acknowledge admit criticize criticise praise blame dismiss demand accuse question
""".split())

#: Adjectives that say their subject's view after "be" (or "remain", "seem"): "was critical of
#: the deal", "is confident that the bridge will open", "remained adamant that ..." --
#: adjective -> the prepositions (or "that" for a clause) whose object is the view
#: (PolNeAR train: each a gold cue in most of its uses with a subject).
CUE_ADJECTIVES = {
    "critical": ("of",), "confident": ("that", "of", "about"), "adamant": ("that",),
    "optimistic": ("that", "about"), "skeptical": ("of", "about", "that"), "sceptical": ("of", "about", "that"),
    "worried": ("about", "that"), "concerned": ("about", "that"), "convinced": ("that",), "certain": ("that",),
    "hopeful": ("that",), "dismissive": ("of",), "glad": ("that",),
}
CUE_ADJECTIVES["confident"] += ("in",)
CUE_ADJECTIVES["aware"] = ("that",)  # "Cruz is aware that the contest ...": 3 right, 0 wrong on train

#: Adjectives of a feeling about what the preposition or clause names: "were upset that the
#: council ...", "are wary of any deal that ...", "was frustrated with the slow count" (session
#: 19, PolNeAR train: 9 rows added, 8 hits). Not "proud" (2 of 5: "proud of his record" is
#: often the writer's account), nor "happy" (mostly "happy to" + a deed).
CUE_ADJECTIVES.update({
    "wary": ("of",), "upbeat": ("about",),
    "upset": ("that", "about", "with", "over", "by"), "angry": ("that", "about", "at", "with", "over"),
    "furious": ("that", "about", "at", "with", "over"), "pleased": ("that", "with", "by", "about"),
    "unhappy": ("that", "with", "about"), "frustrated": ("that", "with", "by", "about"),
    "disappointed": ("that", "in", "with", "by"), "excited": ("about", "by"), "enthusiastic": ("about",),
})

#: Adjectives of conviction, doubt and outspokenness about what the clause or preposition names:
#: "is doubtful that the deal will pass", "was pessimistic about the talks", "has been vocal
#: about the cuts", "was emphatic that ..." (session 19, second pass; one class, measured whole).
CUE_ADJECTIVES.update({
    "doubtful": ("that", "about", "of"), "unsure": ("that", "about"), "uncertain": ("about",),
    "pessimistic": ("that", "about"), "bullish": ("on", "about"), "bearish": ("on", "about"),
    "insistent": ("that", "on"), "emphatic": ("that", "about"), "positive": ("that",),
    "vocal": ("about", "on", "in"), "outspoken": ("about", "on", "in"), "candid": ("about",), "blunt": ("about",),
})

#: Adjectives of eagerness whose infinitive their subject says: "was quick to point out that
#: ..." (a cue infinitive: its statement, said by the adjective's subject), "is eager to show
#: that ...", "were eager to hear the governor's answer" (with "eager" the infinitive itself is
#: what the subject made known). PolNeAR train (session 19): "eager to" + infinitive 7 of 8
#: rows right; "quick to" + a verb that is no cue 0 of 4 ("quick to cast the attacks as ...":
#: the writer's account of what was done), "reluctant", "inclined" 1 of 2 and 2 of 4, "keen",
#: "hesitant" 0 of 1: not listed.
EAGER_ADJECTIVES = frozenset("quick swift eager".split())
CUE_ADJECTIVES["eager"] = ("to",)

#: Nouns that report a stance when they are the subject of "is that ...":
#: "The official U.S. position is that it opposes ...".
POSITION_NOUNS = frozenset("position view stance policy line belief argument claim assessment "
                           "conclusion message contention".split())

#: Nouns that report a statement as the subject of "is that ..." only with a possessor who
#: may hold a view: "Keller's answer was that ...", "his point is that ...", "the governor's
#: advice is that ..." (issue 19, session 16: PolNeAR train, 9 of 11 such uses gold cues).
POSSESSED_POSITION_NOUNS = frozenset("answer response reply point advice suggestion slogan fear warning "
                                     "prediction promise".split())

#: Nouns of statements that take "that"-clauses or quotes: "Trump's claim that ...",
#: "a statement saying", "in a statement: ...".
STATEMENT_NOUNS = frozenset("statement claim remark remarks comment comments announcement "
                            "assertion allegation warning promise pledge argument".split())

#: Nouns that carry a statement of their possessor, with a that-clause, an infinitive or a
#: content preposition: "Trump's claim that ...", "her warning about ...", "his
#: announcement of new actions", "Baker's call for a prosecutor" (PolNeAR train).
CUE_NOUNS = {
    "claim": ("of",), "argument": ("for", "against"), "assertion": (), "allegation": ("of",),
    "statement": (), "warning": ("of", "about", "against"), "promise": ("of",), "pledge": ("of",),
    "vow": (), "threat": (), "announcement": ("of",), "call": ("for",), "demand": ("for",),
    "proposal": ("for",), "suggestion": (), "insistence": ("on",),
    "belief": ("in",), "view": ("of", "on"), "criticism": ("of",), "acknowledgement": ("of",), "acknowledgment": ("of",),
    "denial": ("of",), "admission": (), "prediction": (), "request": ("for",), "accusation": ("of",),
    "defense": ("of",), "praise": ("for",), "attack": ("on",), "comment": ("on", "about"),
    "comments": ("on", "about"), "remarks": ("on", "about"), "description": ("of",),
}

#: Nouns of a choice or wish, read with their infinitive as "wants/decided to" are: "the
#: governor's decision to close the bridge", "her desire to ..." (issue 19, session 19:
#: PolNeAR train, 12 of 17 such rows hits). Not "plan": mostly a policy the writer names
#: ("his plan to cut taxes", 4 of 14).
INTENTION_NOUNS = frozenset("decision decisions intention intentions desire".split())

#: Not "refusal", "reluctance", "unwillingness" + infinitive: a refusal is no statement (issue 19;
#: "refused to" gives none either), though PolNeAR annotates 8 of 10 such rows.


#: Nouns of a judgement put in words, whose "of" names what was judged, read as "criticism
#: of X" is: "Ms Okafor's blunt assessment of the budget", "his critique of the plan"
#: (issue 19, session 21: PolNeAR train, with a possessor, 13 of 21 such rows hits).
JUDGEMENT_NOUNS = frozenset("""
assessment assessments critique critiques criticisms condemnation condemnations denunciation
denunciations rejection interpretation interpretations characterization characterisation
portrayal portrayals diagnosis explanation explanations repudiation dismissal appraisal
evaluation disapproval
""".split())
CUE_NOUNS.update({w: ("of",) for w in JUDGEMENT_NOUNS})
#: Plural statement nouns read as the singular: "the mayor's repeated calls for a tax",
#: "her promises to rebuild the pier" (session 21: PolNeAR train, 6 of 9 rows hits, none lost
#: once a pronoun's plural noun under a verb is left to the verb: :func:`.phrases.noun_statements`).
CUE_NOUNS.update({w + "s": CUE_NOUNS[w] for w in "attack call claim warning promise pledge vow threat demand accusation allegation denial prediction assertion".split()})

#: Descriptions that stand for an actor of a known kind when used as a speaker:
#: "the newspaper said", "the agency reported", "the president added".
DESCRIPTION_KINDS = {
    "newspaper": "organization", "paper": "organization", "agency": "organization",
    "outlet": "organization", "broadcaster": "organization", "network": "organization",
    "company": "organization", "firm": "organization", "ministry": "organization",
    "department": "organization", "campaign": "organization", "committee": "organization",
    "group": "organization", "organization": "organization", "organisation": "organization",
    "party": "organization", "government": "organization", "administration": "organization",
    "country": "country", "nation": "country",
}

#: Roles that, used as "the <role>", name the most recent person holding that role.
PERSON_ROLES = frozenset("""
president senator governor minister chancellor premier leader candidate nominee secretary
spokesman spokeswoman spokesperson professor chairman chairwoman chair ambassador
ceo director mayor congressman congresswoman representative judge general adviser advisor
official analyst economist billionaire businessman king queen prince pope
expert researcher scholar fellow lawmaker diplomat reporter correspondent columnist editor
author strategist pollster historian lawyer attorney commentator host anchor
vice-president premier emperor
""".split())


def all_cue_lemmas(*, attitudes: bool = False) -> frozenset:
    """Every verb lemma that may introduce a statement."""
    base = (SPEECH_VERBS | EVIDENCE_VERBS | BELIEF_VERBS | STANCE_VERBS | COMMUNICATION_VERBS | PREP_ONLY_VERBS
            | XCOMP_VERBS | COMMIT_VERBS)
    base = base - ATTITUDE_VERBS
    return base | INTENTION_VERBS if attitudes else base
