"""The words of stance: hand-written for this project (MIT, like the rest of it).

Three kinds of words, each with its sign (+1 for, -1 against):

* action verbs whose subject takes a stance toward the object: "Kasich endorsed Balderson",
  "Howard attacked Labour", "the minister was criticised by MPs";
* prepositional verbs ("voted against the bill", "sided with Brown", "hit out at") and
  nouns of stance ("support for", "criticism of", "a critic of", "an ally of");
* evaluative words a statement uses about someone or something ("Labour had failed", "the
  plan is a disaster", "a brilliant chancellor").

No published sentiment lexicon is copied: every word below was chosen by hand from the
ordinary vocabulary of political news, so the list ships under the project's licence.
"""
from __future__ import annotations

#: subject -> object. "praise" counts: the issue asks for it, and a praised person is one the
#: speaker is for ("praised the general as a capable commander" is praise too); what one
#: prefers one is for ("prefer Ortiz to Reed"; "prefer to wait" has no object).
POSITIVE_VERBS = frozenset("""
support back endorse favor favour prefer champion embrace welcome approve defend advocate praise applaud
hail commend laud thank congratulate salute celebrate honour honor reward nominate reappoint
recommend vouch compliment admire trust respect propose pledge sponsor unveil outline love
appoint pick tap hire select elect reelect re-elect
""".split())
NEGATIVE_VERBS = frozenset("""
oppose reject condemn denounce criticize criticise decry disavow repudiate veto slam blast accuse
attack blame sue sanction threaten fault assail chide rebuke lambaste berate mock ridicule scold
castigate deride disparage vilify insult smear impeach indict prosecute subpoena censure
undermine sabotage snub shun boycott disown ostracize ostracise lampoon denigrate belittle
demonize demonise scapegoat contradict dispute challenge outlaw ban fire oust sack
dismiss reprimand admonish chastise excoriate pillory savage rubbish trash hammer bash
lambast knock distrust scrap repeal obstruct hate despise loathe detest block halt
defeat beat unseat depose expel topple overthrow suspend taunt heckle jeer humiliate defy rebuff
""".split())
#: only toward an issue, not a person: "welcomed the decision" is for it, "welcomed the
#: Chinese leader" is hospitality; "challenged the ruling", not "challenged Smith to a debate"
#: and what one proposes, pledges or sponsors, one is for: "the Tories proposed a cut in council
#: tax" (not "promised": "promised the most positive campaign" is no stance); one blocks or halts
#: a bill, a plan, a release ("blocked Smith" is no stance word)
ISSUE_ONLY_VERBS = frozenset("""welcome challenge dismiss ban outlaw scrap repeal obstruct propose pledge
sponsor unveil outline block halt""".split())
#: what one unveils or outlines is one's own only when it is a plan: "the Tories unveiled plans
#: to cut council tax", not "unveiled details of the campaign" or "outlined the timetable"
PLAN_VERBS = frozenset("unveil outline".split())
#: what one blocks or halts is an issue only when the object names one: "blocked the bill", "halted
#: the sale of council houses", not "blocking roads with slow-moving convoys" (BBC)
STOP_VERBS = frozenset("block halt".split())
#: acts on a person (issue 18, "stance from actions"): choosing someone is being for them,
#: beating or removing them is being against them, but only when the object names a person or
#: a body: "appointed Straw", "beat Labour"; not "picked a fight", "beat the deadline", "to
#: hire more nurses", "to unseat several ministers"; "choose" is left out: what one chooses is
#: a place or a date as often as a person, and NER takes a city chosen for a conference for a
#: person
ACTOR_ONLY_VERBS = frozenset("""appoint pick tap hire select elect reelect re-elect beat unseat depose expel
topple overthrow suspend""".split())
PLAN_NOUNS = frozenset("""plan plans proposal proposals policy policies pledge pledges scheme reform reforms
measure measures package strategy bill blueprint programme program initiative""".split())

#: verb + preposition -> sign: "voted against the bill", "sided with Brown"
PREP_VERBS: dict[tuple[str, str], int] = {
    ("vote", "against"): -1, ("vote", "for"): +1, ("side", "with"): +1, ("stand", "with"): +1,
    ("stand", "by"): +1, ("stand", "behind"): +1, ("campaign", "against"): -1,
    ("campaign", "for"): +1, ("rail", "against"): -1, ("lash", "at"): -1, ("hit", "at"): -1,
    ("speak", "against"): -1, ("turn", "on"): -1, ("break", "with"): -1, ("fight", "against"): -1,
    ("protest", "against"): -1, ("warn", "against"): -1, ("argue", "against"): -1,
    ("push", "for"): +1, ("lobby", "for"): +1, ("lobby", "against"): -1, ("rally", "behind"): +1,
    ("round", "on"): -1, ("vote", "with"): +1, ("go", "after"): -1, ("take", "aim"): -1,
    ("clash", "with"): -1, ("spar", "with"): -1, ("feud", "with"): -1, ("quarrel", "with"): -1,
    ("row", "with"): -1, ("fall", "out"): -1, ("call", "for"): +1, ("argue", "for"): +1,
    ("press", "for"): +1, ("fight", "for"): +1, ("rebel", "against"): -1, ("revolt", "against"): -1,
    ("object", "to"): -1, ("disagree", "with"): -1, ("agree", "with"): +1,
    # competing and siding (issue 18): "ran against Howard", "allied with Brown", "teamed up with"
    ("run", "against"): -1, ("ally", "with"): +1, ("team", "with"): +1, ("align", "with"): +1,
    ("side", "against"): -1, ("sneer", "at"): -1, ("scoff", "at"): -1, ("jeer", "at"): -1,
}
#: only toward an issue: "called for an inquiry" is for the inquiry, "called for Straw to go"
#: is no support for Straw (:mod:`.stance_described` reads that as a call to resign)
#: and "agreed with the Italian minister to push forward with plans" is an arrangement, not
#: support ("agreed with the government's plans" is)
ISSUE_PREP_VERBS = frozenset({("agree", "with"), ("call", "for"), ("argue", "for"), ("press", "for"), ("push", "for"),
                              ("fight", "for"), ("lobby", "for"), ("campaign", "for")})
#: "X and Y clashed (over Z)": each is against the other
MUTUAL_VERBS = frozenset("clash spar feud quarrel row bicker".split())

#: nouns of a held stance: "his support for", "their criticism of", "Trump's attacks on"
POSITIVE_NOUNS = frozenset("support backing endorsement approval praise admiration tribute loyalty embrace".split())
NEGATIVE_NOUNS = frozenset("""
opposition criticism condemnation rejection attack attacks denunciation rebuke censure
lawsuit suit swipe dig jibe broadside onslaught tirade assault accusation accusations objection
objections complaint complaints demonisation demonization vilification disapproval hostility contempt
distrust mistrust scepticism skepticism
""".split())
#: "X is critical of Y", "X was supportive of Y", "loyal to"
POSITIVE_ADJECTIVES = {"supportive": "of", "loyal": "to", "sympathetic": "to", "appreciative": "of",
                       "keen": "on", "enthusiastic": "about", "pleased": "with"}
NEGATIVE_ADJECTIVES = {"critical": "of", "scathing": "about", "dismissive": "of", "hostile": "to",
                       "contemptuous": "of", "scornful": "of", "opposed": "to", "sceptical": "about",
                       "skeptical": "about", "worried": "about", "unhappy": "with", "angry": "at",
                       "furious": "at", "wary": "of"}
#: nouns of a person by their stance: "a critic of Y", "Y's critics", "an ally of Y"
POSITIVE_AGENTS = frozenset("supporter backer ally champion defender admirer loyalist".split())
NEGATIVE_AGENTS = frozenset("critic opponent foe enemy adversary detractor rival".split())
#: of these, the ones that go both ways: "X is an ally of Y" is Y for X too
MUTUAL_AGENTS = frozenset("ally foe enemy adversary rival".split())

#: "urged X to resign", "called on X to quit": against X
RESIGN_VERBS = frozenset("resign quit step go leave".split())

#: evaluative words: what a statement says of the thing they are said of. Verbs here are
#: said of their subject ("Labour had failed"); adjectives and nouns of what they describe.
NEGATIVE_EVAL = frozenset("""
fail failure disaster disastrous catastrophe catastrophic shambles fiasco mess chaos chaotic
wrong mistake mistaken error incompetent incompetence dishonest lie liar lying mislead
misleading deceive deceitful betray betrayal hypocrite hypocritical hypocrisy arrogant
arrogance reckless irresponsible dangerous outrageous outrage shameful disgrace disgraceful
scandal scandalous corrupt corruption unacceptable absurd ridiculous nonsense pathetic weak
weakness useless pointless flawed unfair unjust illegal unlawful racist sexist extreme
extremist divisive toxic cynical cynicism sham bogus fraud fraudulent crook scam appalling
dreadful terrible awful horrible deplorable despicable vile damaging harmful waste wasteful
mismanage mismanagement bungle botch chaos complacent complacency cowardly coward bully
stupid foolish naive inept inadequate insult insulting offensive unworthy unfit dishonesty
desperate desperation panic u-turn broken abuse abusive lawless threat menace sleaze
sleazy spin smear hysterical inexcusable indefensible unconstitutional overreach heartless
careless reckless troubling disappointing shameless dishonourable dishonorable partisan
irresponsibility crooked phony rigged lies
bad worse worst lousy dismal abysmal shoddy sloppy secretive sinister cruel callous petty
vindictive ignorant clueless crazy unhinged erratic unstable incoherent inconsistent
irrational senseless horrendous horrific nasty embarrassing embarrassment shame
joke laughable debacle farce travesty blunder gaffe negligent negligence obstructionist
obstruction politicized politicised biased untrustworthy unreliable unpatriotic treasonous
treason traitor fake hoax cover-up unqualified unprepared
worthless uncosted corrosive opportunism opportunist opportunistic inappropriate unjustified
faltering scurrilous abhorrent authoritarian dodgy outdated contrived bossy interfering stunt gimmick misjudgement misjudgment
untrue disturbing guilty false
""".split())
POSITIVE_EVAL = frozenset("""
success successful excellent brilliant outstanding honest decent courageous brave wise
sensible effective competent capable impressive remarkable tremendous fantastic wonderful
superb admirable principled trustworthy reliable dedicated visionary hero heroic achievement
triumph credible terrific qualified honourable honorable tireless thoughtful
good great decent smart talented skilled sincere genuine respected distinguished
exceptional extraordinary patriot patriotic statesmanlike dependable right correct
straight straightforward strong justified moral
""".split())
#: of those, words that evaluate only as a predicate: "Brown is right", not "the right wing",
#: "Kennedy was good", not "good news for the Tories" nor "the Great Recession"
#: (session 16: "straight", "strong", "justified" too: "were not being straight about their plans",
#: "not strong enough to", not "a third straight victory", "a strong economy")
#: and "guilty", "false", "moral": "was guilty of", "the claims were false", not "pleaded guilty",
#: "a false picture", "moral questions")
PREDICATE_ONLY_EVAL = frozenset("""right correct wrong good great bad straight straightforward strong justified
guilty false moral""".split())
#: evaluative verbs said of their subject ("the government has failed", "they lied")
POSITIVE_SUBJECT_VERBS = frozenset("succeed excel triumph".split())
SUBJECT_EVAL_VERBS = POSITIVE_SUBJECT_VERBS | frozenset("""
fail lie mislead deceive betray mismanage bungle botch panic dither flounder waffle cheat
wreck ruin squander neglect abandon sabotage smear scaremonger renege overstep obstruct
undermine hurt harm damage endanger jeopardize jeopardise weaken stonewall politicize politicise
exploit distort exaggerate pander grandstand hide meddle
""".split())

#: credits whose denial is a verdict on the subject: "their figures did not add up", "the Tories
#: could not be trusted" (the particle they need, or "passive"); granted, they say nothing ("should make his
#: budgets add up" is a challenge, "can be trusted to ..." as often a question)
CREDIT_VERBS: dict[str, str] = {"add": "up", "trust": "passive"}

#: heads that "the ..." refers back with: "the plans" are the plans for ID cards named before
ANAPHORIC_HEADS = frozenset("""plan plans proposal proposals bill legislation measure measures scheme
reform reforms idea policy package""".split())

#: things an actor has that stand for its position: "Tory plans", "Labour's record"
OWNED_HEADS = frozenset("""
plan plans proposal proposals policy policies manifesto record government leadership campaign
budget bill idea scheme pledge promise claim claims attack attacks strategy approach position
stance reform reforms decision move handling tactics spending cuts measure measures deal ruling
report release
""".split())

#: verbs that name a fault only with their object (or particle), said of their subject:
#: "had broken his promise", "abused the public's trust", "let down the pensioners",
#: "have learned nothing", "turned their back on" ("broke the news", "let the Tories in",
#: "turned back the boats" are no faults: a particle counts only if it is in FAULT_PARTICLES)
FAULT_OBJECTS: dict[str, frozenset] = {
    "break": frozenset("promise promises pledge pledges word law laws rule rules commitment vow".split()),
    "abuse": frozenset("trust power powers position generosity privilege office".split()),
    "let": frozenset(["down"]),
    "learn": frozenset(["nothing"]),
    "forget": frozenset("interest interests".split()),
    "ignore": frozenset("need needs concern concerns interest interests wish wishes warning warnings advice".split()),
    "waste": frozenset("money billions millions opportunity chance".split()),
    "miss": frozenset("opportunity chance".split()),
    "lose": frozenset("control touch grip nerve credibility trust confidence way".split()),
    "dodge": frozenset("question questions issue issues debate scrutiny".split()),
    "duck": frozenset("question questions issue issues debate scrutiny".split()),
    "shirk": frozenset("responsibility responsibilities".split()),
    "flout": frozenset("rule rules law laws".split()),
    "breach": frozenset("rule rules law laws code".split()),
    "insult": frozenset(["intelligence"]),
    "turn": frozenset("eye back".split()),
    "sex": frozenset(["up"]),
    "misrepresent": frozenset("word words view views record position facts".split()),
    "take": frozenset(["eye"]),  # "had taken his eye off the ball"
    # a political asset given away, not a gunman giving himself up (SEESAW train)
    "surrender": frozenset("veto vetoes sovereignty power powers control rebate independence".split()),
    "lack": frozenset("courage vision strategy credibility leadership idea ideas direction conviction judgement "
                      "backbone competence guts".split()),
}
FAULT_PARTICLES = frozenset("down up".split())

#: stance nouns read only in a phrase on a clause: "resigned in protest at", "in defiance of"
PHRASE_NOUNS = frozenset("protest defiance".split())
