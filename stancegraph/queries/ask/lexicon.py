"""The words a question's intent is read from: verbs by what they ask, in all their forms,
nouns that name what is wanted, prepositions that give a name its role, and the function
words that are never names. Data tables, written once; ``word_class`` reads them.
"""
from __future__ import annotations

import re

#: Verbs by the kind of question they make (base forms; inflections are generated).
VERBS = {
    "say": "say tell state claim argue speak talk comment remark declare insist warn announce suggest respond "
           "reply admit promise pledge explain note add stress write blog tweet voice react",
    "think": "think believe feel reckon view consider",
    "stand": "stand compare contrast",
    "discuss": "discuss cover debate address raise",
    "mention": "mention name",
    "support": "support back endorse favour favor praise welcome champion defend applaud approve advocate hail "
               "commend laud embrace promote agree side thank congratulate salute extol admire trust cheer rally",
    "oppose": "oppose reject criticise criticize attack condemn slam blast denounce object resist fight dismiss "
              "accuse blame rubbish lambast deride mock challenge dispute hit oppose veto scorn ridicule "
              "disagree disapprove hate dislike target divide split clash differ sue sanction threaten undermine snub "
              "slag lambaste savage berate rebuke censure bash hammer decry deplore denigrate disparage assail "
              "scold chide reprimand castigate scrap abolish axe ditch repeal",
    "visit": "visit go travel fly head tour come return",
    "call": "call phone ring telephone",
    "meet": "meet see host",
    "invite": "invite",
    "export": "export sell ship supply",
    "import": "import buy purchase",
    "report": "report quote cite carry publish run interview",
    "connect": "connect link relate tie associate",
    "appear": "appear feature share close",
    "profile": "know describe work affiliate employ",
    "happen": "happen occur",
}

#: Forms the rules of ``_inflect`` get wrong or cannot make.
IRREGULAR = {
    "say": "said", "tell": "told", "think": "thought", "speak": "spoke spoken", "meet": "met", "sell": "sold",
    "go": "went gone goes", "come": "came", "fly": "flew flown flies", "fight": "fought", "ring": "rang rung",
    "buy": "bought", "write": "wrote written", "run": "ran", "stand": "stood", "feel": "felt", "know": "knew known",
    "hit": "hit", "see": "saw seen", "lead": "led", "split": "split", "share": "shared", "tie": "tying",
    "lie": "lying", "rubbish": "rubbished",
}

#: Nouns that name what the question wants.
NOUNS = {
    "say": "statement statements quote quotes quotation quotations remark remarks comment comments words claim "
           "claims speech speeches reaction reactions response responses",
    "stance": "stance stances position positions view views opinion opinions line take attitude attitudes "
              "thoughts verdict side",
    "support": "support backing praise endorsement supportive sympathetic favourable favorable",
    "oppose": "opposition criticism attack attacks objection objections critical hostile sceptical skeptical "
              "problem problems quarrel quarrels "
              "grievance grievances beef complaint complaints hostility",
    "disagree": "disagreement disagreements dispute disputes split splits clash clashes division divisions row "
                "rows feud feuds rift sides opposite odds",
    "matrix": "matrix",
    "visit": "visit visits trip trips travel travels tour tours",
    "call": "call calls phone telephone",
    "meet": "meeting meetings talks summit summits",
    "invite": "invitation invitations",
    "export": "export exports sale sales",
    "events": "event events happenings planned upcoming scheduled",
    "outlets": "outlet outlets media newspaper newspapers paper papers agency agencies source sources "
               "publication publications press broadcaster broadcasters",
    "articles": "article articles story stories piece pieces coverage",
    "connect": "connection connections link links relationship relationships relation relations path paths "
               "tie ties network networks associates",
    "timeline": "timeline chronology history chronological chronologically",
    "order": "order date dates oldest earliest",  # "in date order", "by date", "oldest first": a timeline
    "topics": "topic topics issue issues subject subjects theme themes matter matters",
    "actors": "actor actors people person persons politician politicians player players name names figure "
              "figures individual individuals speaker speakers voices parties country countries nation nations "
              "organisation organisations organization organizations group groups",
    "profile": "profile background bio biography information info everything rundown overview summary lowdown "
               "dossier portrait backgrounder role roles job jobs title titles",
    "times": "times",
    #: Adjectives of speaking: "the most talkative politician", "who is most vocal".
    "talkative": "talkative vocal outspoken chatty chattiest quotable voluble talker talkers commenter commenters "
                 "commentator commentators",
    #: What a ranking measures when it is not said outright: "which subjects get the most attention".
    "attention": "attention airtime headlines prominence publicity exposure",
    "places": "city cities place places town towns capital capitals destination destinations",
    "critics": "critic critics opponent opponents detractor detractors enemy enemies",
    "supporters": "supporter supporters backer backers ally allies fan fans defender defenders",
}

#: Words that say "the most": rankings.
RANK = set("most top biggest main key leading busiest frequently often loudest prominent important major popular "
           "largest highest best dominate dominates dominated dominant dominating".split())
#: Words that ask "how many".
COUNT = set("many much count number often".split())
NEGATION = set("not no never n't don't doesn't didn't isn't aren't wasn't weren't won't wouldn't hasn't haven't "
               "hadn't cannot can't".split())
WH = set("who whom whose what which where when why how".split())
BE = set("is are was were be been being am 's".split())
AUX = set("do does did done doing has have had having will would shall should can could may might must "
          "going".split()) | BE

#: Prepositions and the role they give the name after them.
PREPOSITIONS = {
    "about": "about", "on": "about", "regarding": "about", "concerning": "about", "over": "about", "re": "about",
    "around": "about", "toward": "about", "towards": "about", "of": "of", "to": "to", "into": "to", "at": "to",
    "in": "in", "with": "with", "alongside": "with", "beside": "with", "together": "with", "by": "by",
    "from": "from", "between": "between", "for": "for", "against": "against", "and": "and", "&": "and",
    "or": "and", "versus": "between", "vs": "between", "v": "between", "involving": "with", "including": "with",
}

#: Titles before a name: "Mr Kennedy" is Kennedy when no actor is called "Mr Kennedy".
HONORIFICS = set("mr mrs ms miss dr sir dame lord lady".split())
#: Words that carry no intent and are never a name on their own (lower case as typed).
FUNCTION = set("""
the a an this that these those there here it its it's he she they them his her their hers theirs him i me my we us
our you your yourself one ones any some all every each anything something everything nothing anyone someone
everyone anybody somebody nobody whoever whatever more less least very really also just only ever still yet
already ago now then so than as if whether please show list give find get let look tell me display see
else other others another such same own kind sort lot lots up out off again further once please thanks
yes ok okay like is are was were be been being am do does did done doing has have had having will would shall
should can could may might must going gonna want wants wanted need needs wondering wonder curious interested
exactly actually currently recently lately latest newest recent new far much well way
news gets got getting make makes made making hold holds held holding takes took taken taking gives gave given
involve involves
involved mean means meant said-to anyone's everybody people's today's
hi hey hello dear kindly u ur pls plz thx cheers possible possibly pro anti
""".split()) | WH | set(PREPOSITIONS) | NEGATION | HONORIFICS
#: Words that ask how something went over time: a stance by month, a timeline.
TREND = set("time changed change changes changing evolve evolved evolves evolving evolution shift shifted "
            "shifts shifting trend trends monthly month months track tracked tracking developed mind".split())


def _inflect(base: str) -> set[str]:
    """Regular forms of an English verb: support -> supports, supported, supporting."""
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", base):
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif re.search(r"(s|sh|ch|x|z)$", base):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", base) and len(base) <= 4:  # stop -> stopped
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
        if base.endswith("l") and len(base) > 4:  # travel -> travelled (British) and traveled
            forms |= {base + "led", base + "ling"}
    return forms


def _verb_forms() -> dict[str, tuple[str, str]]:
    """Every form of every verb -> (class, base form)."""
    out: dict[str, tuple[str, str]] = {}
    for cls, bases in VERBS.items():
        for base in bases.split():
            base = base.split("-")[0]
            for form in _inflect(base) | set(IRREGULAR.get(base, "").split()):
                out.setdefault(form, (cls, base))
    return out


VERB_FORMS = _verb_forms()
NOUN_CLASS = {word: cls for cls, words in NOUNS.items() for word in words.split()}

#: Past participles of the verbs above: "was criticised", "were invited" read as passive.
PARTICIPLES = {form for form, (_, base) in VERB_FORMS.items()
               if form.endswith(("ed", "en", "wn", "ne")) or form in ("said", "told", "met", "sold", "thought",
                                                                       "bought", "hit", "seen", "known", "run",
                                                                       "led", "felt", "stood", "rung", "written")}


def is_intent_word(low: str) -> bool:
    """A word ask reads meaning from (or a function word): never a name alone."""
    return low in FUNCTION or low in VERB_FORMS or low in NOUN_CLASS or low in RANK or low in COUNT or low in TREND

#: Words that turn support for what follows into opposition: "called for an end to X", "a ban on X".
REVERSAL = set("end ending ban banning abolition abolishing scrapping repeal withdrawal".split())
#: Verbs asking where actors take opposite sides, rather than who opposes whom.
DISAGREE = {"disagree", "divide", "split", "clash", "differ"}
#: The words a misspelt question word may be (only these are guessed at).
KNOWN_WORDS = sorted(w for w in set(VERB_FORMS) | set(NOUN_CLASS) if len(w) >= 5)
