"""extract_people on literal strings: roles, linking, honorifics, non-persons."""

from articles.entities import PersonMention, extract_people


def names(headline, paragraphs):
    return [p.name for p in extract_people(headline, paragraphs)]


def test_full_name_with_role_and_later_title_surname_is_one_person():
    people = extract_people(
        "Allies agree on next steps: ministry",
        [
            "US Defense Secretary Ashton Carter met his French counterpart on Sunday.",
            '"Secretary Carter reiterated the firm commitment of the alliance," he said.',
        ],
    )
    assert people == [PersonMention("Ashton Carter", "US Defense Secretary")]


def test_particles_and_hyphens_kept_in_fullest_name():
    people = extract_people(
        "",
        ["French Defense Minister Jean-Yves le Drian discussed the attacks with aides."],
    )
    assert people == [PersonMention("Jean-Yves le Drian", "French Defense Minister")]


def test_surname_only_mentions_link_to_full_name():
    assert names(
        "Volcker warns on dollar",
        [
            "Federal Reserve Board Chairman Paul Volcker said the dollar had fallen enough.",
            "Volcker told the committee that rates would stay put. Mr Volcker declined to say more.",
        ],
    ) == ["Paul Volcker"]


def test_honorifics_are_stripped_and_titled_surname_alone_is_kept():
    assert names("", ["A spokesman for Mr Blair said the talks went well."]) == ["Blair"]
    assert names("", ["Secretary Baker told reporters the plan would work."]) == ["Baker"]
    assert names("", ["Dr Jane Hollis, a virologist, said tests were under way."]) == [
        "Jane Hollis"
    ]


def test_lowercase_role_before_name_is_recorded():
    people = extract_people("", ["White House spokesman Marlin Fitzwater said no decision was made."])
    assert people == [PersonMention("Marlin Fitzwater", "White House spokesman")]


def test_companies_named_after_people_are_not_people():
    text = [
        "Analysts at Morgan Stanley and Salomon Brothers said the bid was fair.",
        "Merrill Lynch and Co, Dean Witter and Goldman Sachs were advisers, with Smith Barney.",
        "Drexel Burnham Lambert Inc declined comment.",
    ]
    assert names("", text) == []


def test_places_months_agencies_and_titles_are_not_people():
    text = [
        "The talks in Santa Barbara ended on Friday, Afp reported.",
        "The Prime Minister and the Home Secretary met in Downing Street in Novemer.",
        'He starred in "Hey Ya" and the programme Go Digital.',
    ]
    assert names("", text) == []


def test_all_caps_headline_is_not_mined_blindly():
    assert names("BAKER SAYS DOLLAR DECLINE HAS GONE FAR ENOUGH", ["Shares rose."]) == []


def test_fragment_is_linked_not_returned():
    assert names(
        "",
        ["Jean-Yves le Drian arrived.", "Officials said Jean-Yves would stay a day."],
    ) == ["Jean-Yves le Drian"]


def test_initial_and_appositive():
    assert names("", ["C. David Finch, an Australian, told the board he would resign."]) == [
        "C. David Finch"
    ]


def test_empty_story():
    assert extract_people("", []) == []
