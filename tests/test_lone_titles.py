"""A title alone is a role, not a name (issue 18, BBC hand draws of sessions 12-15): "the Lord
Chancellor" was an actor called "Chancellor" (read as the Chancellor of the Exchequer), "the
Home Secretary" an organization called "Home". A lone title goes to the one person the article
names with that very title, or to no actor; "Lord Chancellor" is not "Chancellor"."""
from __future__ import annotations

from stance_helpers import graph_of, triples


def _names_and_triples(extractor, text):
    g = graph_of(extractor, text)
    names = {a.id: a.name for a in g.actors}
    names.update({t.id: t.name for t in g.topics})
    return ({a.name for a in g.actors},
            {(typ, names.get(s, s), names.get(t, t)) for typ, s, t in triples(extractor, text)})


def test_the_lord_chancellor_is_no_actor_called_chancellor(extractor):
    text = ("Jury plans defended\n\nThe Lord Chancellor has defended government plans to curb jury trials "
            "in fraud cases. Lord Hartwell insists the proposals strike a fair balance.")
    names, found = _names_and_triples(extractor, text)
    assert not names & {"Chancellor", "Lord Chancellor"}, names
    assert not any(holder in ("Chancellor", "Lord Chancellor") for _, holder, _ in found), found


def test_the_lord_chancellor_is_not_the_chancellor_the_article_names(extractor):
    text = ("Chancellor Gordon Brown unveiled his budget on Wednesday. The Lord Chancellor attacked "
            "plans to curb jury trials.")
    names, found = _names_and_triples(extractor, text)
    assert not any(holder == "Gordon Brown" and "jury" in target for _, holder, target in found), found


def test_a_lone_home_secretary_is_no_organization_called_home(extractor):
    text = "The Home Secretary has backed plans for identity cards. Critics say the scheme is too costly."
    names, _ = _names_and_triples(extractor, text)
    assert not names & {"Home", "Home Secretary"}, names


def test_a_lone_title_still_goes_to_the_person_named_with_it(extractor):
    text = ("Home Secretary Charles Clarke unveiled the bill on Monday. The Home Secretary has backed "
            "plans for identity cards.")
    names, found = _names_and_triples(extractor, text)
    assert "Home" not in names and "Charles Clarke" in names, names
    assert any(holder == "Charles Clarke" for _, holder, _ in found), found
