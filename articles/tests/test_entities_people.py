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


# --- Rules added for recall that generalises (fictional literal strings) ---


def test_titled_surname_that_is_also_a_noun_or_a_place():
    assert names("", ["Jack Law, of the drinks council, spoke first. Mr Law said prices must rise."]) == [
        "Jack Law"
    ]
    assert names("", ["The treaty was signed under President Clinton in a quiet ceremony."]) == [
        "Clinton"
    ]


def test_lowercase_context_role_names_an_unknown_first_name():
    assert names("", ["The try came from hooker Kervin Delacour in the last minute."]) == [
        "Kervin Delacour"
    ]
    assert names("", ["Officials confirmed that his wife Joan was safe."]) == ["Joan"]


def test_a_role_that_firms_share_does_not_make_one_word_a_person():
    assert names("", ["Maps were drawn by its imaging partner Zentrix within hours."]) == []
    assert names("", ["A statement came from the billionaire Zentrix owner on Friday."]) == []


def test_appositive_job_or_age_makes_an_unknown_name_a_person():
    assert names("", ["Quorin Baxendale, chief executive of the Widget Trade Association, spoke."]) == [
        "Quorin Baxendale"
    ]
    assert names("", ["Tavish Pellow, 34, was fined on Monday."]) == ["Tavish Pellow"]


def test_appositive_role_of_the_next_name_is_not_the_runs():
    assert names("", ["Glass Orchard, author Ian Fleming's first book, is to be filmed."]) == ["Ian Fleming"]


def test_groups_written_with_the_are_not_people():
    assert names("", ["Critics praised The Velvet Hounds, who toured with Sarah Quinn."]) == ["Sarah Quinn"]
    assert names("", ["She supported the Rattling Keys."]) == []


def test_named_venues_regions_and_contractions_are_not_people():
    assert names("", ["Fans gathered at the Corran Vale arena on Friday."]) == []
    assert names("", ["Exports to Latin America and Sub-Saharan Africa rose."]) == []
    assert names("", ['"I\'ve never seen anything like it," she said.']) == []


def test_compass_places_bills_and_foreign_titles_are_not_people():
    text = ["The Terrorism Bill passed as voters in West Sussex watched La Traviata."]
    assert names("", text) == []


def test_one_word_names_in_a_list_of_people_are_people():
    people = names("", ["The nominees were Justin Hale, Zorba, Kirrin and Robert Doyle."])
    assert people == ["Justin Hale", "Robert Doyle", "Zorba", "Kirrin"]


def test_a_list_with_a_group_needs_a_person_on_both_sides():
    assert names("", ["Prizes went to the Night Owls, Brinley and Sarah Quinn."]) == ["Sarah Quinn"]
    assert names("", ["Prizes went to Jo Dace, Brinley and Sarah Quinn, not the Night Owls."]) == [
        "Jo Dace", "Sarah Quinn", "Brinley"
    ]


def test_a_list_of_works_names_no_people():
    assert names("", ["Her films include Gabriel Stone, Winter Hill and Lost Harbour."]) == []


def test_a_list_ends_after_its_and_item():
    people = names("", ["Featuring Ewan Clarke, Halle Mist and Mel Brooke, Automata follows a robot."])
    assert "Automata" not in people


def test_one_word_group_with_a_plural_verb_is_not_listed_as_a_person():
    text = ["Fans cheered Kestrels, Maria Dace and Jo Dace.", "Kestrels were the night's big winners."]
    assert "Kestrels" not in names("", text)


def test_surname_written_alone_later_confirms_a_weak_full_name():
    text = ["The cup went to Olly Pemberton-Vance.", "Later Pemberton-Vance thanked the fans."]
    assert names("", text) == ["Olly Pemberton-Vance"]
