"""Quotes: direct, indirect and mixed, their cues and speakers (our own sentences and the seed article)."""

from __future__ import annotations

import pytest

from conftest import make_article
from newscoder.extract.attribution import reporting_lexicon
from newscoder.extract.quote_marks import find_quote_segments
from newscoder.extract.quotes import extract_quotes
from newscoder.records import ActorAnalysis, Mention


def quotes_of(nlp, text, actors=None, **kw):
    article = make_article(text, **kw)
    doc = nlp(article.text)
    qs = extract_quotes(doc, article, actors or ActorAnalysis())
    for q in qs:  # provenance: the span is exactly the row's text, the evidence is verbatim
        assert article.text[q.char_start : q.char_end] == q.quote_text
        assert q.evidence in article.text
    return qs


def rows(qs):
    return [(q.quote_type, q.quote_text, q.cue, q.speaker_text) for q in qs]


# ------------------------------------------------------------------ quotation marks


def test_apostrophes_are_not_quotation_marks():
    text = "It's the '90s again in Havana's port, and the horses' carrots are gone."
    assert find_quote_segments(text) == []


def test_nested_single_quotes_stay_inside_the_double_quote(nlp):
    qs = quotes_of(nlp, "The minister told reporters, \"This 'temporary measure' will last a year.\"")
    assert rows(qs) == [
        ("direct", "This 'temporary measure' will last a year.", "told", "The minister"),
    ]


def test_curly_quotes_and_trailing_cue(nlp):
    qs = quotes_of(nlp, "\u201cWe will not sign this agreement,\u201d the foreign minister said on Monday.")
    assert rows(qs) == [("direct", "We will not sign this agreement,", "said", "the foreign minister")]
    assert qs[0].confidence > 0.5


def test_inverted_cue_names_the_speaker(nlp):
    qs = quotes_of(nlp, "\"The port will reopen next week,\" said Ramirez. \"Nobody should panic.\"")
    assert rows(qs) == [
        ("direct", "The port will reopen next week,", "said", "Ramirez"),
        ("direct", "Nobody should panic.", "said", "Ramirez"),
    ]
    assert qs[1].confidence < qs[0].confidence  # carried over, not stated


def test_leading_cue_with_colon(nlp):
    qs = quotes_of(nlp, "The ministry said in a statement on Friday: \"The border stays closed until further notice.\"")
    assert rows(qs) == [("direct", "The border stays closed until further notice.", "said", "The ministry")]


# ------------------------------------------------------------------ indirect and mixed


def test_indirect_quote_is_the_complement_without_that(nlp):
    qs = quotes_of(nlp, "Prime Minister Elena Ruiz said Tuesday that the government was preparing new tariffs.")
    assert rows(qs) == [
        ("indirect", "the government was preparing new tariffs", "said", "Prime Minister Elena Ruiz"),
    ]


def test_indirect_quote_without_complementizer(nlp):
    qs = quotes_of(nlp, "The mayor said her office was planning to reopen the bridge.")
    assert rows(qs) == [("indirect", "her office was planning to reopen the bridge", "said", "The mayor")]


def test_according_to(nlp):
    qs = quotes_of(nlp, "According to the central bank, inflation fell to four percent in March.")
    assert [(q.quote_type, q.quote_text, q.cue, q.speaker_text) for q in qs] == [
        ("indirect", "inflation fell to four percent in March", "According to", "the central bank"),
    ]


def test_mixed_quote_is_one_row_with_the_marks_inside(nlp):
    qs = quotes_of(nlp, "The embassy rejected claims that its staff were \"spies working for a foreign power.\"")
    assert len(qs) == 1  # the quoted fragment is not also a direct quote
    qs = quotes_of(nlp, "The embassy denied that its staff were \"spies working for a foreign power.\"")
    assert rows(qs) == [
        ("mixed", "its staff were \"spies working for a foreign power.\"", "denied", "The embassy"),
    ]


def test_warned_someone_to_do_something_is_reported_content(nlp):
    qs = quotes_of(nlp, "The general warned the rebels to \"lay down their arms\" or face a new offensive.")
    assert rows(qs) == [
        ("mixed", "\"lay down their arms\" or face a new offensive", "warned", "The general"),
    ]


@pytest.mark.parametrize("text, expected", [
    # a thought verb introduces no quote, and a word in marks after it is a scare quote
    ('Ortiz believes that her garden is "paradise". "The road is closed," the mayor said.',
     [("direct", "The road is closed,", "said", "the mayor")]),
    ('The gallery curator feels the new wing is "a triumph". She said: "We are very proud."',
     [("direct", "We are very proud.", "said", "She")]),
    ('Lopez suspects his rivals are "cowards", and Garcia said "they are not".',
     [("direct", "they are not", "said", "Garcia")]),
    # a title in marks is a name, not a quote
    ('The choir performed a piece called "Winter Light" on Sunday. "It went well," the conductor said.',
     [("direct", "It went well,", "said", "the conductor")]),
])
def test_thought_verbs_and_scare_quotes_are_not_quotes(nlp, text, expected):
    assert rows(quotes_of(nlp, text)) == expected


# ------------------------------------------------------------------ paragraphs and carry-over


def test_quote_over_two_paragraphs(nlp):
    text = (
        "Coach Ana Lopez said: \"We played well in the first half.\n\n"
        "\"After the break we lost our shape and they punished us.\""
    )
    qs = quotes_of(nlp, text)
    assert rows(qs) == [
        ("direct", "We played well in the first half.", "said", "Coach Ana Lopez"),
        ("direct", "After the break we lost our shape and they punished us.", "said", "Coach Ana Lopez"),
    ]
    assert qs[1].confidence < qs[0].confidence


def test_quote_over_three_paragraphs_gives_one_row_per_paragraph(nlp):
    text = (
        "The harbour master, Ines Duarte, told reporters: \"The storm broke two moorings overnight.\n\n"
        "\"Three boats drifted into the channel before dawn.\n\n"
        "\"We will reopen the port once the divers have checked the hulls.\""
    )
    qs = quotes_of(nlp, text)
    master = "The harbour master, Ines Duarte"
    assert [(q.quote_type, q.quote_text, q.cue, q.speaker_text) for q in qs] == [
        ("direct", "The storm broke two moorings overnight.", "told", master),
        ("direct", "Three boats drifted into the channel before dawn.", "told", master),
        ("direct", "We will reopen the port once the divers have checked the hulls.", "told", master),
    ]
    assert qs[0].confidence > qs[1].confidence == qs[2].confidence


def test_dash_attribution_names_the_speaker(nlp):
    qs = quotes_of(nlp, "\"The river has never been this low in August.\" - Tomas Berg\n\nFarmers are worried.")
    assert rows(qs) == [("direct", "The river has never been this low in August.", None, "Tomas Berg")]
    assert qs[0].confidence == 0.6


@pytest.mark.parametrize("text, headlines", [
    ("Sources\n\n\"Flood warning issued for river towns\" \u2014 Valley Herald, March 3, 2025",
     ["Flood warning issued for river towns"]),
    ("Related news\n\n\"Port strike enters second week\" \u2013 Coast Times, 4 June 2024\n\n"
     "\"Dock workers reject offer\" \u2014 Harbour Post, 2 June 2024",
     ["Port strike enters second week", "Dock workers reject offer"]),
])
def test_cited_headline_has_no_speaker(nlp, text, headlines):
    # a headline in a list of sources is kept as quoted text, but nobody said it
    qs = quotes_of(nlp, text)
    assert [(q.quote_text, q.speaker_text) for q in qs] == [(h, None) for h in headlines]


def test_pull_quote_without_marks_ends_with_the_speaker(nlp):
    text = (
        "The council approved the budget on Monday.\n\n"
        "We will rebuild the old bridge before the spring floods arrive. Maria Lopez, Mayor of Springfield\n\n"
        "Work starts in March."
    )
    qs = [q for q in quotes_of(nlp, text) if q.quote_type == "direct"]
    assert rows(qs) == [
        ("direct", "We will rebuild the old bridge before the spring floods arrive.", None, "Maria Lopez"),
    ]
    assert qs[0].confidence == 0.6


def test_block_quote_after_a_colon(nlp):
    text = (
        "The ministry rejected the report in a statement:\n\n"
        "The figures are wrong. Nobody from the newspaper contacted our office. "
        "The newspaper said it stands by its story."
    )
    qs = [q for q in quotes_of(nlp, text) if q.quote_type == "direct"]
    assert rows(qs) == [
        ("direct", "The figures are wrong. Nobody from the newspaper contacted our office.", "rejected",
         "The ministry"),
    ]


@pytest.mark.parametrize("text, speaker, said", [
    ('The coach said," we trained hard all week". Then the team left for the airport.', "The coach",
     "we trained hard all week"),
    ('The harbour master said," no ship may leave tonight". He closed the office at six.', "The harbour master",
     "no ship may leave tonight"),
    pytest.param('Residents told the council," the bridge has been unsafe for years". A vote is due in May.',
                 "Residents", "the bridge has been unsafe for years",
                 marks=pytest.mark.xfail(strict=True, reason="'told X,\" ...\"' with a misplaced mark is not read")),
])
def test_stray_closing_mark_does_not_open_a_quote(nlp, text, speaker, said):
    qs = quotes_of(nlp, text)
    # the misplaced mark after the words must not open a quote over the next sentence
    assert not any(q.quote_text.startswith((".", "Then", "He", "A vote")) for q in qs)
    # what was said is still read, with its speaker
    assert [(q.quote_text[:len(said)], q.speaker_text) for q in qs] == [(said, speaker)]


def test_titles_with_small_words_are_not_quotes(nlp):
    text = ("The gallery opened \"Maps and Letters from the Harbour Archive\" on Friday. "
            "The director said the show would run until May.")
    assert rows(quotes_of(nlp, text)) == [("indirect", "the show would run until May", "said", "The director")]


def test_spanish_quote_with_trailing_cue(nlp):
    qs = quotes_of(nlp, "\u00abNo vamos a cerrar la f\u00e1brica\u00bb, dijo Marta Ruiz.", language="es")
    assert rows(qs) == [("direct", "No vamos a cerrar la f\u00e1brica", "dijo", "Marta Ruiz")]


def test_quote_only_paragraph_takes_the_previous_speaker(nlp):
    text = (
        "\"The talks were productive,\" Minister Okafor told reporters in Lagos.\n\n"
        "\"We expect a signed agreement before the end of the month.\""
    )
    qs = quotes_of(nlp, text)
    assert [(q.quote_text, q.speaker_text) for q in qs] == [
        ("The talks were productive,", "Minister Okafor"),
        ("We expect a signed agreement before the end of the month.", "Minister Okafor"),
    ]
    assert qs[1].confidence == 0.5


def test_quote_without_any_cue_has_no_speaker(nlp):
    qs = quotes_of(nlp, "The river rose overnight.\n\n\"Everything we owned is under water now.\"")
    assert rows(qs) == [("direct", "Everything we owned is under water now.", None, None)]
    assert qs[0].confidence < 0.5


def test_unbalanced_quotation_mark_does_not_crash(nlp):
    qs = quotes_of(nlp, "The senator said \"we will fight this bill in every committee.\n\nThe vote is on Friday.")
    assert [q.quote_text[:23] for q in qs] == ["we will fight this bill"]
    assert qs[0].confidence <= 0.2


def test_crosshead_is_never_a_quote(nlp):
    text = "The ministry said exports fell.\n\n- 'No more grain' -\n\nFarmers protested on Monday."
    article_text = text
    start = article_text.index("- 'No")
    end = article_text.index("' -") + 3
    qs = quotes_of(nlp, text, headings=((start, end),))
    assert all(q.char_end <= start or q.char_start >= end for q in qs)
    assert [q.quote_type for q in qs] == ["indirect"]


def test_speaker_key_comes_from_the_actor_mentions(nlp):
    text = "\"Prices will fall,\" Ramirez said."
    start = text.index("Ramirez")
    actors = ActorAnalysis(mentions=[Mention("a1", "Ramirez", start, start + 7, "name", 0, text)])
    (q,) = quotes_of(nlp, text, actors)
    assert q.speaker_key == "a1"
    assert (q.speaker_char_start, q.speaker_char_end) == (start, start + 7)


def test_non_english_article_gives_only_quoted_passages(nlp):
    # the parser is English-only: no indirect quotes are read from other languages
    text = "El ministro dijo que el puerto abrir\u00e1 el lunes. \u00abEstamos listos\u00bb, dijo Marta Ruiz."
    assert rows(quotes_of(nlp, text, language="es")) == [("direct", "Estamos listos", "dijo", "Marta Ruiz")]


def test_lexicon_has_hints_for_the_events_extractor():
    lex = reporting_lexicon()
    assert lex[("say", "verb")].cameo_hint == "010"
    assert lex[("warn", "verb")].plover_hint == "THREATEN"
    assert lex[("reject", "verb")].cameo_hint == "120"
    assert lex[("think", "verb")].kind == "thought"


# ------------------------------------------------------------------ the seed article


@pytest.fixture(scope="module")
def seed_quotes(seed_article, seed_doc):
    return extract_quotes(seed_doc, seed_article, ActorAnalysis())


SEED_ROWS = [
    ("indirect", "Washington was negotiating with Havana's leadership to strike a deal", "said",
     "US President Donald Trump"),
    ("direct", "Cuba is a failing nation. It has been for a long time, but now it doesn't have Venezuela to "
     "prop it up,", "told", "Trump"),
    ("direct", "So we're talking to the people from Cuba, the highest people in Cuba, to see what happens. "
     "I think we're going to make a deal with Cuba,", "added", "he"),
    ("mixed", "the island is a \"threat to the security of the United States.\"", "reject",
     "Cuba's Ministry of Foreign Affairs"),
    ("mixed", "Cuba does not \"host any foreign military or intelligence bases\"", "asserted", "It"),
    ("mixed", "it is willing to \"maintain a respectful and reciprocal dialogue,\" with the United States",
     "added", "It"),
    ("mixed", "while visiting the Trinidad province in central Cuba over the weekend that he encountered "
     "residents who \"shouted some insults\" at him", "said", "US chief of mission in Cuba Mike Hammer"),
    ("direct", "I think they belong to a certain party, but I know they do not represent the Cuban people, "
     "the ordinary Cubans,", "said", "Hammer"),
    ("direct", "The illegitimate Cuban regime must immediately stop its repressive acts of sending individuals "
     "to interfere with the diplomatic work of CDA Hammer and members of the @USembcuba team.", "said",
     "the US State Department's Bureau of Western Hemisphere Affairs"),
    ("direct", "Our diplomats will continue to meet with the Cuban people despite the regime's failed "
     "intimidation,", "added", "the agency"),
    ("mixed", "\"make a deal soon\" or face unspecified consequences", "warned", "the US president"),
    ("direct", "NO MORE OIL OR MONEY FOR CUBA: ZERO!", "stated", "Trump"),
    ("mixed", "Cuba was \"ready to fall.\"", "claiming", "Trump"),
    ("mixed", "her administration was planning to send humanitarian aid to Cuba, including \"food and other "
     "products,\" while working on a diplomatic solution to continue sending oil to the island despite "
     "Trump's threatened tariffs", "said", "Mexican President Claudia Sheinbaum"),
    ("direct", "We never discussed with President Trump the issue of oil with Cuba,", "added", "Sheinbaum"),
]


@pytest.mark.parametrize("expected", SEED_ROWS, ids=[f"{i:02d}-{r[2]}" for i, r in enumerate(SEED_ROWS)])
def test_seed_quote(seed_quotes, expected):
    assert expected in rows(seed_quotes)


def test_seed_has_exactly_its_fifteen_quotes_and_no_crosshead(seed_quotes):
    assert len(seed_quotes) == 15
    assert not any("No more oil" in q.quote_text for q in seed_quotes)


def test_seed_evidence_and_sentence_index(seed_quotes):
    first = seed_quotes[0]
    assert first.sentence_index == 0
    assert first.evidence.startswith("US President Donald Trump said Sunday")


# ---- wire-copy forms found by the generalisation check (tests/test_wire_stories.py)
def test_dateline_is_not_part_of_the_reported_content(nlp):
    text = "LIMA (AFP) - Peru closed its border with Bolivia on Friday, the interior minister said."
    (q,) = quotes_of(nlp, text)
    assert (q.quote_type, q.quote_text, q.speaker_text) == (
        "indirect", "Peru closed its border with Bolivia on Friday", "the interior minister")


def test_quote_split_around_the_cue_is_two_direct_quotes(nlp):
    text = '"We will never sign this deal," the senator said, "unless the tariffs are lifted."'
    assert rows(quotes_of(nlp, text)) == [
        ("direct", "We will never sign this deal,", "said", "the senator"),
        ("direct", "unless the tariffs are lifted.", "said", "the senator"),
    ]


def test_that_clause_after_in_a_statement(nlp):
    text = "The union said in a statement that the strike would continue until Friday."
    (q,) = quotes_of(nlp, text)
    assert (q.quote_type, q.quote_text, q.speaker_text) == (
        "indirect", "the strike would continue until Friday", "The union")


def test_parenthetical_cue_before_a_second_verb(nlp):
    text = ("Soldiers detained 40 villagers, the local mayor said, and called for an inquiry into "
            "the raid.")
    qs = [q for q in quotes_of(nlp, text) if q.cue == "said"]
    assert [(q.quote_text, q.speaker_text) for q in qs] == [("Soldiers detained 40 villagers", "the local mayor")]


def test_negated_cue_reports_nothing(nlp):
    text = "The ministry did not say whether the talks would resume in June. A spokesman said the talks had stalled."
    assert rows(quotes_of(nlp, text)) == [("indirect", "the talks had stalled", "said", "A spokesman")]


def test_according_to_names_the_organisation_in_apposition(nlp):
    qs = quotes_of(nlp, "The talks ended without a deal, according to the state news agency RIA Novosti.")
    assert [(q.quote_type, q.speaker_text) for q in qs] == [("indirect", "the state news agency RIA Novosti")]


def test_shot_back_is_a_cue(nlp):
    qs = quotes_of(nlp, 'Carlos Rivera shot back: "Nobody voted for this."')
    assert [(q.quote_type, q.quote_text, q.speaker_text) for q in qs] == [
        ("direct", "Nobody voted for this.", "Carlos Rivera")]


def test_a_unit_sign_after_a_number_stays_in_the_span(nlp):
    qs = quotes_of(nlp, "The minister said defence spending should reach 3%.")
    assert rows(qs) == [("indirect", "defence spending should reach 3%", "said", "The minister")]
    qs = quotes_of(nlp, "Bus fares rose by around 40%, according to the council.")
    assert [(q.quote_text, q.speaker_text) for q in qs] == [("Bus fares rose by around 40%", "the council")]


def test_a_placeholder_it_of_a_passive_cue_is_no_speaker(nlp):
    qs = quotes_of(nlp, "It was reported on Monday that the bridge will close in May. The mayor said it was safe.")
    assert rows(qs) == [("indirect", "the bridge will close in May", "reported", None),
                        ("indirect", "it was safe", "said", "The mayor")]


def test_a_colon_ends_the_framing_of_a_direct_quote(nlp):
    qs = quotes_of(nlp, 'Maria Olsen described the harbour to the local paper in 2011: "It was the loudest '
                        'place in the town."')
    assert rows(qs) == [("direct", "It was the loudest place in the town.", "described", "Maria Olsen")]
    qs = quotes_of(nlp, 'Maria Olsen described the harbour as "the loudest place in the town."')
    assert [q.quote_type for q in qs] == ["mixed"]


def test_an_object_before_a_clause_without_subject_is_its_subject(nlp):
    qs = quotes_of(nlp, "The agency has indicated a criminal probe is ongoing.")
    assert rows(qs) == [("indirect", "a criminal probe is ongoing", "indicated", "The agency")]
    qs = quotes_of(nlp, "Staff told reporters the review is ongoing.")  # "reporters" is who was told
    assert rows(qs) == [("indirect", "the review is ongoing", "told", "Staff")]


def test_image_captions_and_credits_are_no_quotes_nor_speakers(nlp):
    text = ("The mayor opened the fair on Sunday.\nChildren at the fair. Image: Karl Berg (flickr).\n"
            'A "Save the pier" banner at the fair. Image: Ines Lund.\nPhoto: Ola Dahl\n'
            "The mayor said the fair would return next year.")
    qs = quotes_of(nlp, text)
    assert rows(qs) == [("indirect", "the fair would return next year", "said", "The mayor")]


def test_a_bare_quotation_paragraph_after_a_paragraph_about_one_person(nlp):
    text = ("The harbour reopened on Monday.\nFisherman Ole Brandt has worked on the pier for forty years. "
            'Brandt remembers the storm of 1990.\n"The waves came over the roof. We lost three boats that night."')
    assert [(q.quote_type, q.speaker_text) for q in quotes_of(nlp, text)] == [("direct", "Brandt")]
    two = text.replace("Fisherman Ole Brandt has", "Ole Brandt and Eva Lind have")
    qs = quotes_of(nlp, two)  # two people before it: whose words these are is not clear
    assert [(q.quote_text, q.speaker_text) for q in qs] == [
        ("The waves came over the roof. We lost three boats that night.", None)]


def test_the_one_told_is_not_the_subject_of_the_content(nlp):
    qs = quotes_of(nlp, "Ann Berg told our correspondent a rescue boat is on its way.")
    assert [(q.quote_text, q.speaker_text) for q in qs] == [("a rescue boat is on its way", "Ann Berg")]


def test_according_to_after_a_coordinated_verb_keeps_the_shared_subject(nlp):
    qs = quotes_of(nlp, "Ticket prices have been at least 20%, as high as 60%, and averaged around 35% "
                        "according to the club's accounts.")
    assert [q.quote_text for q in qs] == [
        "Ticket prices have been at least 20%, as high as 60%, and averaged around 35%"]
    assert qs[0].speaker_text == "the club's accounts"


def test_a_cue_with_two_parsed_subjects_takes_the_one_without_a_clause(nlp):
    # the parse the model sometimes gives "The buyer asked for a discount, but the minister stated it was
    # fair": both nouns as subjects of "stated", "asked" hanging on "buyer"
    from spacy.tokens import Doc

    from newscoder.extract.speakers import speaker_of

    words = ["The", "buyer", "asked", "for", "a", "discount", ",", "but", "the", "minister", "stated", "it",
             "was", "fair", "."]
    heads = [1, 10, 1, 2, 5, 3, 1, 1, 9, 10, 10, 12, 10, 12, 10]
    deps = ["det", "nsubj", "acl", "prep", "det", "pobj", "punct", "cc", "det", "nsubj", "ROOT", "nsubj",
            "ccomp", "acomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "CCONJ", "DET", "NOUN", "VERB", "PRON",
           "AUX", "ADJ", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert speaker_of(doc[10]).text == "the minister"


def test_according_to_before_its_own_coordinated_verb_keeps_that_verb_only(nlp):
    qs = quotes_of(nlp, "The painter was born in a small village; but, according to her diary, also lived in Rome "
                        "for two years.")
    assert [(q.quote_text, q.speaker_text) for q in qs] == [("also lived in Rome for two years", "her diary")]
