"""Places, organisations, agencies, Reuters codes and normalise_key."""

import pytest

from articles.entities import (
    AgencyInfo,
    StoryEntities,
    TagSpec,
    canonical_agency,
    extract_entities,
    normalise_key,
    reuters_code_tag,
    reuters_person_name,
)
from articles.entities.story_entities import extract_tags
from articles.parsing.story import ParsedStory


def place_names(headline, paragraphs, dateline=""):
    return [t.name for t in extract_tags(headline, paragraphs, dateline) if t.kind == "place"]


@pytest.mark.parametrize("written", ["US", "U.S.", "United States", "America"])
def test_united_states_aliases(written):
    assert place_names(f"{written} acts", [f"{written} officials met.", "No more."]) == [
        "United States"
    ]


@pytest.mark.parametrize("written", ["UK", "Britain"])
def test_united_kingdom_aliases(written):
    assert place_names(f"{written} acts", ["Nothing else."]) == ["United Kingdom"]


def test_city_tags_its_country_and_dateline_counts():
    assert place_names("Talks open", ["Ministers met."], dateline="TOKYO, March 3 -") == [
        "Tokyo",
        "Japan",
    ]
    assert "United States" in place_names("Net up", ["Profit rose."], "KOKOMO, Ind., Feb 26 -")


def test_passing_mentions_are_not_tags_but_lead_mentions_are():
    paragraphs = ["The company sells cars.", "It also has an office in Brazil."]
    assert place_names("Car sales rise", paragraphs) == []
    assert place_names("Car sales rise in Brazil", paragraphs) == ["Brazil"]


def test_short_aliases_are_case_sensitive_whole_words():
    tags = extract_tags("IS claims attack", ["The group is known as ISIL.", "This is un-news."])
    assert TagSpec("Islamic State", "organisation") in tags
    assert all(t.name != "United Nations" for t in tags)
    assert extract_tags("WHAT IS NEXT FOR THE FED", ["Nothing."]) == []


@pytest.mark.parametrize(
    "written,name",
    [("EU", "European Union"), ("Nato", "NATO"), ("IMF", "International Monetary Fund"),
     ("Fed", "Federal Reserve"), ("UN", "United Nations"), ("Opec", "OPEC"), ("ISIS", "Islamic State")],
)
def test_organisation_aliases(written, name):
    assert TagSpec(name, "organisation") in extract_tags("", [f"The {written} said so."])


@pytest.mark.parametrize(
    "raw,name",
    [("AFP", "AFP"), ("Afp", "AFP"), ("Agence France-Presse", "AFP"), ("Agence France Presse", "AFP"),
     ("Reuters", "Reuters"), ("Reuter", "Reuters"), ("REUTERS", "Reuters"),
     ("AP", "AP"), ("Associated Press", "AP"), ("Xinhua", "Xinhua"), ("dpa", "DPA"),
     ("Kyodo", "Kyodo"), ("AFP/Getty Images", "AFP")],
)
def test_agency_aliases(raw, name):
    assert canonical_agency(raw).name == name


def test_unknown_agency_is_none():
    assert canonical_agency("Bob's Wire Service") is None
    assert canonical_agency("") is None
    assert canonical_agency("AFP") == AgencyInfo("AFP", "Agence France-Presse")


def test_reuters_code_mapping():
    assert reuters_code_tag("places", "usa") == TagSpec("United States", "place")
    assert reuters_code_tag("places", "uk") == TagSpec("United Kingdom", "place")
    assert reuters_code_tag("places", "west-germany") == TagSpec("West Germany", "place")
    assert reuters_code_tag("places", "hong-kong") == TagSpec("Hong Kong", "place")
    assert reuters_code_tag("places", "ussr") == TagSpec("Soviet Union", "place")
    assert reuters_code_tag("places", "france") == TagSpec("France", "place")
    assert reuters_code_tag("topics", "money-fx") == TagSpec("Money & Foreign Exchange", "topic")
    assert reuters_code_tag("topics", "grain") == TagSpec("Grain", "topic")
    assert reuters_code_tag("orgs", "ec") == TagSpec("European Community", "organisation")
    assert reuters_person_name("james-baker") == "James Baker"
    assert reuters_person_name("de-la-madrid") == "Miguel de la Madrid"
    assert reuters_person_name("someone-new") == "Someone New"


def test_normalise_key_rules():
    assert normalise_key("U.S.") == "us"
    assert normalise_key("  Mr   Betts-Green ") == "betts green"
    assert normalise_key("Reagan's") == normalise_key("reagan")
    assert normalise_key("Délors") == "delors"
    assert normalise_key("Bruce & Terry") == "bruce and terry"
    assert normalise_key(normalise_key("Dr. O\u2019Malley")) == normalise_key("Dr. O\u2019Malley")


def test_extract_entities_merges_text_and_codes():
    story = ParsedStory(
        key="1",
        headline="Treasury chief sees stable dollar",
        layout="reuters-sgml",
        dateline="WASHINGTON",
        paragraphs=["Treasury Secretary James Baker said the U.S. dollar was stable.",
                    "Baker spoke to the IMF committee."],
        codes={"places": ["usa"], "topics": ["money-fx"], "orgs": ["imf"],
               "people": ["james-baker", "volcker"]},
    )
    result = extract_entities(story)
    assert isinstance(result, StoryEntities)
    assert [p.name for p in result.people] == ["James Baker", "Paul Volcker"]
    assert result.people[0].role == "Treasury Secretary"
    names = [(t.name, t.kind) for t in result.tags]
    assert ("Washington", "place") in names and ("United States", "place") in names
    assert ("International Monetary Fund", "organisation") in names
    assert ("Money & Foreign Exchange", "topic") in names
    assert len(names) == len(set(names))


def test_the_dateline_place_is_never_a_person():
    # A place the gazetteer does not know, written like a name ("Santa" is a
    # first name), is still no person when it is the story's own dateline.
    story = ParsedStory(
        key="1",
        headline="Dock workers extend strike",
        layout="seed",
        dateline="SANTA MIRELLA, Calif.",
        paragraphs=["Union leader Tomas Ferreira said the strike in Santa Mirella would go on.",
                    "Santa Mirella port officials declined to comment."],
    )
    names = [p.name for p in extract_entities(story).people]
    assert "Tomas Ferreira" in names
    assert "Santa Mirella" not in names
