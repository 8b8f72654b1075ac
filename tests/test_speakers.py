"""Speakers that are no named mention, on short articles written in the style of the BBC
politics sentences that motivated each rule (issue 17): role nouns ("the chancellor said")
go to the person the article names in that role, pronouns respect gender, and a name the
NER missed in one place ("Mr Balls said") goes to the actor it names elsewhere."""
from __future__ import annotations

import pytest

from stancegraph.graph.model import Actor, Article
from stancegraph.loaders.extract.pipeline import Extractor
from stancegraph.loaders.extract.resolve import Candidate
from stancegraph.loaders.extract.roles import ArticlePeople, Role, role_of
from statement_helpers import one

BROWN, LETWIN, HOWARD = "person:gordon-brown", "person:oliver-letwin", "person:michael-howard"
KENNEDY, BLAIR, CLARKE, KHAN = ("person:charles-kennedy", "person:tony-blair", "person:charles-clarke",
                                "person:irene-khan")


class Said(dict):
    """Statement content -> the actor its speaker resolved to; ``said["every child"]`` finds
    the one statement whose content starts with those words."""

    def __getitem__(self, start: str):
        found = [a for content, a in self.items() if content.startswith(start)]
        assert len(found) == 1, (start, dict(self))
        return found[0]


def speakers(extractor, text: str) -> Said:
    article = Article(id=Article.make_id(text), text=text, published="2005-02-01")
    graph = extractor.extract(article)
    return Said((st.content.text, st.speaker.actor if st.speaker else None) for st in graph.statements)


# ---- role nouns -------------------------------------------------------------------------

def test_the_chancellor_is_the_person_named_chancellor_in_each_apposition(extractor):
    for naming in ("Chancellor Gordon Brown set out plans for schools.",
                   "Gordon Brown, the chancellor, set out plans for schools.",
                   "The chancellor, Gordon Brown, set out plans for schools."):
        said = speakers(extractor, f"Schools plan\n\n{naming} Mr Howard attacked the plans.\n\n"
                                   "The chancellor has demanded that every child gets a place.")
        assert said["every child gets a"] == BROWN, naming


def test_a_role_goes_to_its_holder_not_to_the_person_named_last(extractor):
    # the chancellor was credited to the shadow chancellor named just before, the Lib Dem
    # leader to the Tory leader, the prime minister (never named) to the last person
    said = speakers(extractor, "Brown defends schools budget\n\n"
                    "Chancellor Gordon Brown has set out plans for more spending on schools. Shadow "
                    "chancellor Oliver Letwin said the sums did not add up.\n\n"
                    "The chancellor said every child would benefit. Lib Dem leader Charles Kennedy "
                    "attacked both men. Tory leader Michael Howard called the plans a gimmick.\n\n"
                    "The Lib Dem leader said taxes would rise. The shadow chancellor said the figures "
                    "were wrong. The prime minister said the plans were fair.")
    assert said["every child would benefit"] == BROWN
    assert said["taxes would rise"] == KENNEDY
    assert said["the figures were wrong"] == LETWIN
    # the article never names the prime minister: the office, which the graph names across
    # articles (stancegraph/graph/offices.py), not the person named last
    assert said["the plans were fair"] == "person:prime-minister-office"


def test_multi_word_roles(extractor):
    said = speakers(extractor, "Clarke unveils ID card plans\n\n"
                    "Prime Minister Tony Blair and Home Secretary Charles Clarke met police chiefs on "
                    "Monday.\n\nThe home secretary said the cards would cut fraud. The prime minister said "
                    "the plans were fair.\n\nConservative leader Michael Howard attacked the plans. Amnesty "
                    "secretary-general Irene Khan said the cards were a threat to liberty.\n\n"
                    "The Tory leader said the cards would cost billions. The Amnesty secretary-general "
                    "said the scheme should be dropped.")
    assert said["the cards would cut"] == CLARKE
    assert said["the plans were fair"] == BLAIR
    assert said["the cards would cost"] == HOWARD  # "Tory leader" is "Conservative leader"
    assert said["the scheme should be"] == KHAN


def test_an_unnamed_role_holder_is_its_office_not_the_person_named_last(extractor):
    # BBC: "The chancellor has demanded ..." was credited to "Mbabane", named just before
    said = speakers(extractor, "King sets out reforms for Swaziland\n\n"
                    "The reforms were announced in Mbabane on Friday by Mr Dlamini.\n\n"
                    "The chancellor has demanded that the aid be released.")
    # not Mr Dlamini: the office, which the graph names across articles (graph/offices.py)
    assert said["the aid be released"] == "person:chancellor-office"


def test_a_spokesman_of_an_organization_speaks_for_it(extractor):
    said = speakers(extractor, "Labour attacks Tory plans\n\nA Labour Party spokesman said the Tory sums did "
                    "not add up. A Home Office spokeswoman said the review would begin soon.")
    assert said["the Tory sums"] == "organization:labour-party"
    assert said["the review would"] == "organization:home-office"


def test_role_words():
    assert role_of("the Tory leader") == Role("leader", frozenset({"conservative"}))
    assert role_of("Conservative leader") == role_of("the Tory leader")
    assert role_of("The Amnesty secretary-general") == Role("secretary-general", frozenset({"amnesty"}))
    assert role_of("Amnesty secretary general") == role_of("The Amnesty secretary-general")
    assert role_of("The GOP nominee") == role_of("Republican nominee")
    assert role_of("Brown ally") is None
    chancellor, shadow = role_of("the chancellor"), role_of("Shadow chancellor")
    assert not chancellor.fits(shadow)  # the chancellor is not the shadow chancellor
    assert role_of("the president").fits(role_of("U.S. President"))


# ---- pronouns ---------------------------------------------------------------------------

def test_she_is_never_a_man_and_he_never_a_woman(extractor):
    said = speakers(extractor, "Health plans attacked\n\n"
                    "Health Secretary Patricia Hewitt set out the plans on Monday. Mr Howard attacked "
                    "them in the Commons.\n\nShe said the changes would cut waiting lists.\n\n"
                    "Ms Hewitt met Michael Howard later. He said he was unconvinced.")
    assert said["the changes would cut"] == "person:patricia-hewitt"
    assert said["he was unconvinced"] == HOWARD


def test_without_honorifics_the_pronouns_after_a_name_give_its_gender(extractor):
    # US news writes no "Mr"/"Mrs": "she" after "Hillary Clinton said" marks her, "he" after
    # "Tim Kaine said" him; "her" as an object is someone else and marks no one
    said = speakers(extractor, "Clinton and Kaine on trade\n\n"
                    "Hillary Clinton said she would renegotiate the trade deals. Tim Kaine said he agreed "
                    "with her.\n\nShe added that workers deserved better. He said the plan was fair.")
    assert said["workers deserved"] == "person:hillary-clinton"
    assert said["the plan was fair"] == "person:tim-kaine"


# ---- names the NER missed in one place -------------------------------------------------

def test_a_name_the_ner_missed_goes_to_the_actor_it_names_elsewhere(extractor):
    said = speakers(extractor, "Blair says Tory terror offer is a stunt\n\n"
                    "Tony Blair has rejected an offer of talks on the new anti-terror laws.\n\n"
                    "Ed Balls, who left the Treasury to stand for Labour, spoke on Sunday. Mr Balls "
                    "said Mr Brown would stay on at the Treasury once the vote was over.\n\n"
                    "Ex-welfare minister Frank Field said the prime minister must move Mr Brown.")
    assert said["Tory terror offer"] == BLAIR  # the headline's "Blair" is no entity
    assert said["Mr Brown would stay"] == "person:ed-balls"
    assert said["the prime minister must"] == "person:frank-field"


def test_an_honorific_of_the_other_gender_is_not_the_same_person(nlp):
    text = "Tory leader Michael Howard spoke. Mr Howard said so. Mrs Howard said so. Mr Howard's wife said so."
    doc = nlp(text)
    start = text.index("Michael Howard")
    mr = text.index("Mr Howard")
    cands = [Candidate(start, start + 14, "Michael Howard", "person", [], "Michael Howard", HOWARD),
             Candidate(mr + 3, mr + 9, "Howard", "person", [], "Howard", HOWARD)]
    people = ArticlePeople(doc, cands, {HOWARD: Actor(HOWARD, "Michael Howard", "person",
                                                      ["Michael Howard", "Howard"], ["leader"])})
    assert people.gender(HOWARD) == "m"
    mrs = text.index("Mrs Howard")
    span = doc.char_span(mrs, mrs + len("Mrs Howard"))
    assert people.by_name(span, mrs) is None
    span = doc.char_span(mr, mr + len("Mr Howard"))
    assert people.by_name(span, mr) == HOWARD
    assert people.holder(role_of("the Tory leader"), len(text)) == HOWARD


# ---- session 13: the BBC statement audit's speaker errors ----------------------------------

def test_a_role_in_apposition_to_a_name_the_ner_missed_is_that_person(extractor):
    # BBC shape: "The Shadow <role>, <Name>, said: ..." had no actor
    # (the NER tags no person in "Theresa May")
    text = ("Labour targets women voters\n\nLabour unveiled new plans for working parents on Monday. "
            "The Shadow Secretary of State for the Environment, Theresa May, said: \"The same plans came out "
            "last spring and they are simply being recycled.\"")
    graph = Extractor(extractor.nlp).extract(Article(id=Article.make_id(text), text=text))
    st = next(s for s in graph.statements if "being recycled" in s.content.text)
    assert st.speaker.actor == "person:theresa-may"
    assert "person:theresa-may" in {a.id for a in graph.actors}


def test_it_is_the_organisation_named_just_before(extractor):
    # BBC: "..., it said" after a sentence naming the Sentencing Guidelines Council had no actor
    said = speakers(extractor, "Guilty plea rules\n\nJudges will have to follow revised proposals from the "
                    "Sentencing Guidelines Council on Monday. Where a plea was entered early, the maximum "
                    "reduction would be one sixth, it said.")
    assert said["Where a plea was entered early"] == "organization:sentencing-guidelines-council"


def test_it_with_two_organisations_before_it_is_no_one(extractor):
    said = speakers(extractor, "Rail fares\n\nThe Rail Regulator met Network Rail on Monday. Fares would "
                    "rise by three percent in January, it said.")
    assert said["Fares would rise"] is None


def test_she_is_not_a_man_known_only_by_his_given_name(extractor):
    # BBC shape: a quote then "she told <Name>" went to a James named as the subject just before
    said = speakers(extractor, "Labour fears low turnout\n\nJames Humphreys says the party must get out its vote. "
                    "He must remember his clash with Sharron Storer, who harangued him over her local "
                    "hospital in 2001. \"You never lift a finger for people like me,\" she told Mr Blair.")
    assert said["You never lift a finger"] == "person:sharron-storer"


# ---- issue 19: relative "who", fronted phrases, a spokeswoman's "she" -----------------

def test_who_as_a_speaker_is_the_noun_it_relates_to(extractor):
    # BBC shape: "<ruling> was reversed by <a court> who said ..." left "who"
    # with no actor; the speaker text stays "who" (PolNeAR annotates the relative pronoun)
    article = Article(id="a", text="Detainees ruling\n\nThe tribunal ruled that the law was unlawful. But that "
                      "decision was then reversed by the High Court who said the danger to the public "
                      "was grave.", published="2005-02-01")
    graph = extractor.extract(article)
    [st] = [s for s in graph.statements if s.content.text.startswith("the danger to the public")]
    assert st.speaker.text == "who"
    court = next(a for a in graph.actors if a.id == st.speaker.actor)
    assert court.name == "High Court"


def test_a_named_lawyer_after_a_fronted_phrase_is_the_speaker(extractor):
    # BBC shape: "Following <Name>'s announcement, lawyer <Name>, who represents ...,
    # said ..." gave the speaker "Following <Name>'s"
    # the parser makes "announcement" the subject with the name in apposition, or leaves
    # "said" without a subject and hangs the name on "announcement"; either way the lawyer
    for lawyer in ("Louise Barton", "Sarah Whitfield"):
        said = speakers(extractor, "Detainees freed\n\nThe four men were released on Tuesday. \"It is so deeply "
                        f"distressing.\" Following Mr Hoon's announcement, lawyer {lawyer}, who represents "
                        "Mr Patel and Mr Khan, said the government should have acted sooner.")
        assert said["the government should have"] == "person:" + lawyer.lower().replace(" ", "-")


def test_she_after_a_spokeswoman_for_an_office_is_that_office(extractor):
    # BBC shape: 'A spokeswoman for <an office> said ... "...," she said.' left "she"
    # unresolved
    text = ("Calls complaint\n\nThe Liberal Democrats said Labour had broken the rules. A spokeswoman for the "
            "Data Protection Commissioner's Office said it was looking into a single grievance over the calls. "
            "\"We have asked the party for its side of the story,\" she said.")
    article = Article(id="b", text=text, published="2005-02-01")
    graph = extractor.extract(article)
    office = {st.content.text[:12]: st.speaker.actor for st in graph.statements}
    names = {a.id: a.name for a in graph.actors}
    assert "Commissioner's Office" in names.get(office["it was looki"], "")
    assert office["We have aske"] == office["it was looki"]


def test_the_party_spokesman_named_before_keeps_his_he(extractor):
    # BBC shape: "Shadow <role> <Name> ... The Tory spokesman also criticised <X>.
    # '...,' he said." -- a definite spokesman is the named man, and his
    # "he" stays his, not the party's
    said = speakers(extractor, "Tories attack EU leaflet\n\nShadow foreign secretary Oliver Letwin condemned the "
                    "document. The Tory spokesman also criticised ministers for their claims. \"Ministers "
                    "needed a guide of 400 pages just to explain this treaty,\" he said.")
    assert said["Ministers needed a guide"] == LETWIN


def test_a_spokesman_for_a_named_person_is_no_organization(extractor):
    # BBC shape: "a spokesman for <European title> and Home Affairs Commissioner <Name> said"
    # went to a "Home Affairs" organization; a spokesman for a European office with no
    # entity went to a group "European"
    said = speakers(extractor, "Asylum plans\n\nMr Howard set out the plans on Monday. The spokesman for European "
                    "Justice and Home Affairs Commissioner Luca Moretti said the plans would break EU asylum "
                    "policy. A spokeswoman for the European Anti-Fraud Office said its staff accepted "
                    "the findings.")
    assert said["the plans would break"] is None or said["the plans would break"].startswith("person:")
    assert said["its staff accepted"] is None


def test_who_after_a_named_secretary_is_that_person(extractor):
    # BBC shape: "<X> had the backing of <ministry> Secretary <Name> who said:"
    # gave "who" the place "Culture"; "which" never stands for a person
    said = speakers(extractor, "Games ratings\n\nThe minister called for clearer labels. Her plea was backed by "
                    "Culture, Media and Sport Secretary Helen Jackson who said: \"You would not let your child "
                    "watch that film.\"")
    assert said["You would not let"] == "person:helen-jackson"


def test_who_after_a_list_of_firms_is_not_its_last_name(extractor):
    # BBC shape: "Shares in <firm>, <firm> and <firm>, who had ..." gave "who" the last firm (tagged a person),
    # and then the minister's following "he" went to it too
    said = speakers(extractor, "Casino plans cut\n\nSport minister Richard Caborn defended the bill on Monday. "
                    "Shares in casino groups Grand Clubs International, Rank Group and Stanley Leisure, "
                    "who had expected the bill to bring many more casinos, fell. \"Limiting the "
                    "number of casinos is right,\" he said.")
    assert said["Limiting the number"] == "person:richard-caborn"


@pytest.mark.parametrize("speaker", ["The government", "The committee", "The group"])
def test_the_government_is_not_the_party_or_body_named_last(extractor, speaker):
    # BBC: "the government said" went to the Labour Party, "The government has suggested" to
    # the Electoral Commission, "The group believes" (an all-party group of MPs) to the UK
    # Parliament -- the organization named last, which is none of those
    said = speakers(extractor, "Postal votes row\n\n"
                    "The Labour Party has defended its record on postal voting. The Electoral "
                    "Commission called for tighter checks on applications.\n\n"
                    f"{speaker} said the current rules were adequate.")
    assert said["the current rules"] is None


def test_the_government_is_an_organization_named_a_government(extractor):
    said = speakers(extractor, "Water dispute\n\n"
                    "The Scottish Government has rejected calls for a new inquiry.\n\n"
                    "The government said the figures would be published next month.")
    assert said["the figures would be"] is not None


def test_the_committee_is_a_committee_named_before(extractor):
    said = speakers(extractor, "Asylum report\n\n"
                    "The Home Affairs Committee has published its report on asylum. The Home "
                    "Office rejected its findings.\n\n"
                    "The committee said the backlog of cases was still too large.")
    assert said["the backlog of cases"] is not None


def test_a_minister_for_a_brief_named_after_it_is_that_person(extractor):
    # BBC shape: "<Party>'s deputy minister for <brief> <Name> accused ..." stayed "deputy minister"
    # (the parser hangs the name on "for women")
    said = speakers(extractor, "Women's vote\n\n"
                    "Labour's deputy minister for women Jacqui Smith said the Lib Dem childcare plans were uncosted.")
    assert said["the Lib Dem childcare"] == "person:jacqui-smith"


def test_a_subject_inside_the_quote_is_not_the_speaker(extractor):
    # PolNeAR train shape: a quote of two sentences whose second names a city, then "X said";
    # the parser gives "said" two subjects, the quoted name and the speaker after the quote
    text = ("Crime figures\n\nMayor Tom Walsh spoke to reporters on Monday. \u201cLike Denver. Or Boston,\u201d "
            "Walsh said. \u201cThe numbers are worse here.\u201d")
    article = Article(id=Article.make_id(text), text=text, published="2016-05-01")
    graph = extractor.extract(article)
    [st] = [s for s in graph.statements if "Or Boston" in s.content.text]
    assert st.speaker.text == "Walsh"
    assert st.speaker.actor == "person:tom-walsh"


def test_a_second_said_coordinated_inside_the_first_clause_is_the_same_speaker(extractor):
    # PolNeAR train shape: "He said his attacks on X have helped him and said that ..." -- the
    # parser hangs the second "said" on the reported verb, whose subject ("his attacks") then spoke
    said = speakers(extractor, "Campaign trail\n\nSenator Mark Ellison spoke in Ohio. Ellison said his recent "
                    "attacks on the governor have lifted his campaign and said that the governor did not "
                    "represent the party.")
    assert said["the governor did not represent"] == "person:mark-ellison"


def test_he_after_a_sentence_with_no_person_subject_is_its_object(extractor):
    """'Her speech did not impress Tory spokesman Tim Collins. "...," he said.' (BBC style): a
    sentence whose subject is no person hands "he" its person object, not a man named as a
    subject further back (s16 audit: the quote went to the author of a report)."""
    said = speakers(extractor, "Exams shake-up\n\nMike Tomlinson wrote the report on exams last year. "
                    "Ruth Kelly said the reforms should build on GCSEs. Her speech did not impress "
                    "Tory spokesman Tim Collins. \"She cannot tell us what would replace them,\" he said.")
    assert said["She cannot tell us"] == "person:tim-collins"


def test_he_after_a_role_object_of_a_sentence_with_no_person_subject(extractor):
    """'The pressure prompted the prime minister to say ... He told MPs: "..."': the prime
    minister (the article's Tony Blair), not the police chief named as a subject before."""
    said = speakers(extractor, "Burglars law review\n\nPrime Minister Tony Blair spoke in the morning. "
                    "Police chief Sir John Stevens last month backed a change in the law. The pressure "
                    "prompted the prime minister to say police chiefs would be consulted. He told MPs: "
                    "\"We will of course support new powers if the police ask for them.\"")
    assert said["We will of course"] == BLAIR


def test_he_after_an_unnamed_role_object_is_no_one_further_back(extractor):
    """The same with a prime minister the article names only as "Mr Blair": "He" is the prime
    minister, whom no name gives; no speaker is better than the police chief named before."""
    said = speakers(extractor, "Burglars law review\n\nMr Blair spoke in the morning. "
                    "Police chief Sir John Stevens last month backed a change in the law. The pressure "
                    "prompted the prime minister to say police chiefs would be consulted. He told MPs: "
                    "\"We will of course support new powers if the police ask for them.\"")
    assert said["We will of course"] is None


def test_he_after_a_reported_clause_is_not_its_subject(extractor):
    # BBC shape: "<X> has failed to ..., he claimed" after another man's words
    # went to Mr Blair, the subject of what "he" said (session 18)
    said = speakers(extractor, "Howard attacks record\n\nTory leader Michael Howard spoke in Leeds on Friday. "
                    "Mr Blair has failed to tackle crime, he claimed.")
    assert said["Mr Blair has failed"] == HOWARD


def test_she_after_a_person_named_only_in_apposition_to_a_role_is_that_person(extractor):
    # BBC shape: "The Shadow <role>, <Name>, said: ... She said ..."
    # (the NER missed the name) went to the health secretary named before (session 18)
    said = speakers(extractor, "Family plans\n\nHealth Secretary Patricia Hewitt set out the plans on Monday. "
                    "The Shadow Secretary of State for the Environment, Theresa May, said: \"These plans are a "
                    "stunt.\"\n\nShe said the Conservatives would set out their own plans soon.")
    assert said["the Conservatives would set out"] == said["These plans are a stunt."]
    assert said["the Conservatives would set out"] != "person:patricia-hewitt"


def test_a_bare_spokesman_speaks_for_the_body_that_is_the_subject_just_before(extractor):
    # BBC shape: a department defends its plans, then "A spokesman said: ..." left the
    # spokesman unlinked (session 18)
    said = speakers(extractor, "Terror rules\n\nCritics attacked the detention rules. The Home Office defended the "
                    "new rules on Monday. A spokesman said the measures were needed to protect the public.")
    assert said["the measures were needed"] == "organization:home-office"
    # with no body as the subject before, no one
    said = speakers(extractor, "Terror rules\n\nCritics attacked the detention rules on Monday. A spokesman said "
                    "the measures were needed to protect the public.")
    assert said["the measures were needed"] is None


def test_a_persons_spokesman_speaks_for_that_person(extractor):
    # BBC shape: "<Name>'s official spokesman said", "the <office>'s official spokesman said"
    # were left unlinked, as "a spokesman for Mr X" is not (session 18)
    said = speakers(extractor, "Ruling studied\n\nPrime Minister Tony Blair set out his plans on Monday.\n\n"
                    "Mr Blair's official spokesman said the government would study the ruling.\n\nLater the "
                    "prime minister's official spokesman said the talks would go on.")
    assert said["the government would study"] == BLAIR
    assert said["the talks would go on"] == BLAIR


def test_they_goes_on_with_the_body_that_is_the_subject_before(extractor):
    # BBC shape: "<party> say they would ... They say <rival>'s policy
    # would ..." left "They" unlinked (session 18)
    said = speakers(extractor, "Fees row\n\nThe Conservatives say they would scrap the cap on student loans.\n\n"
                    "They say the Liberal Democrat policy would leave universities short of money.")
    tories = said["they would scrap"]
    assert tories is not None and "conservative" in tories
    assert said["the Liberal Democrat policy"] == tories
    # a plural noun for no one named before stays no one
    said = speakers(extractor, "Fees row\n\nOpponents say the fees are unfair.\n\n"
                    "They say the policy would leave universities short of money.")
    assert said["the policy would leave"] is None


def test_he_goes_on_with_the_main_subject_not_a_speaker_noted_inside_its_clause(extractor):
    # BBC shape: "<A> said ... He doubted <B> intended to ... But he warned
    # ..." went to Mr Howard, whose "intended" was resolved after the main "He" (session 18)
    said = speakers(extractor, "Race row\n\nCommission chairman Trevor Phillips said asylum claims were down. "
                    "He doubted that Michael Howard intended to stir up fear. But he warned that some "
                    "activists might misuse the policy.")
    assert said["some activists might misuse"] == "person:trevor-phillips"


def test_a_verb_coordinated_after_an_aside_clause_is_spoken_by_the_main_subject(extractor):
    # PolNeAR train shape: "<Name> <verb> ... (although he ...) and promised that ...": the
    # parser hangs "promised" on the aside clause; the record wrote the aside's "he", the
    # annotators mark the name that heads the sentence (session 19). The actor is the same.
    st = one(extractor, "Governor Alan Pratt praised the new budget (although he admitted that some cuts "
             "would hurt) and promised that the state would hire more teachers.", "hire more teachers")
    assert st.speaker.text == "Governor Alan Pratt" or st.speaker.text == "Alan Pratt"
    assert st.speaker.actor == "person:alan-pratt"


def test_a_verb_coordinated_on_the_reported_clause_in_the_saying_verbs_tense_is_the_sayers(extractor):
    # PolNeAR train shape: "She said she <present verb> ... and <past verb> ...": the parser
    # hangs the past verb on the reported clause; its speaker span is the sayer's "She",
    # not the reported clause's "she" (session 19). The actor is the same.
    text = ("Senator Ruth Vance toured a clinic in Dayton on Monday. She said she admires the governor's "
            "resolve and highlighted their shared work on rural hospitals.")
    st = one(extractor, text, "rural hospitals")
    assert st.speaker.start == text.index("She said")
    assert st.speaker.actor == "person:ruth-vance"
