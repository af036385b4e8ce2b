"""Actor mentions, round 65 (our own sentences): a person's name inside a band's name ("X and His Orchestra"),
a work's title ("The X Show", after "titled" or a noun of a work) is no mention of the person; the person's own
mentions elsewhere stay. Pronouns: a clause before a semicolon is a main clause, a possessive's clause subject
named in apposition, a reflexive after "who", an object pronoun after an unnamed person object."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors


def _mention_texts(an, name: str) -> list[str]:
    key = next(a.key for a in an.actors if a.name == name)
    return [m.text for m in an.mentions if m.actor_key == key]


def test_band_named_after_a_person_is_no_mention_of_him(nlp):
    an = analyse_actors(nlp, "Singer Marla Quint toured with big bands, such as Otto Brenner and His Orchestra "
                             "of Tomorrow. Quint later recorded alone.")
    actors = actors_by_name(an)
    assert "Otto Brenner" not in actors
    assert "His" not in [m.text for m in an.mentions]
    assert "Marla Quint" in _mention_texts(an, "Marla Quint")
    assert "Quint" in _mention_texts(an, "Marla Quint")


def test_show_named_after_a_person_is_no_mention_of_her(nlp):
    an = analyse_actors(nlp, "Actress Marla Quint hosted The Marla Quint Show until 1981. She later founded the "
                             "Marla Quint Animal Foundation. Quint died on Monday.")
    texts = _mention_texts(an, "Marla Quint")
    # the host and the foundation named after her (the dev sets count a name nested in a body's name as the
    # person's), not the show's title
    assert texts.count("Marla Quint") == 2
    assert "Quint" in texts
    assert "She" in texts


def test_title_after_titled_is_no_mention(nlp):
    an = analyse_actors(nlp, "Former engineer Ralf Oster said he had seen the craft in 1989. A documentary film "
                             "titled Ralf Oster: The Hidden Hangar may have spurred interest, police said. Oster "
                             "declined to comment.")
    texts = _mention_texts(an, "Ralf Oster")
    assert texts.count("Ralf Oster") == 1
    assert "Oster" in texts


def test_a_possessive_and_a_lower_case_noun_stay_mentions(nlp):
    an = analyse_actors(nlp, "Curators quoted the Marla Quint remark about art. Marla Quint's studio opened.")
    assert _mention_texts(an, "Marla Quint").count("Marla Quint") == 2


def test_object_pronoun_after_a_semicolon_is_the_subject_before_it(nlp):
    an = analyse_actors(nlp, "Only two governors have been recalled: Arno Velk and Bram Tisdale. Velk was recalled "
                             "over a tax, which a court later ruled to be unlawful. The vote to remove him from "
                             "office failed by one vote. In 1990, Tisdale was recalled for lying to auditors; the "
                             "vote to remove him also failed.")
    assert _mention_texts(an, "Arno Velk").count("him") == 1
    assert "him" in _mention_texts(an, "Bram Tisdale")
    assert "Tisdale" in _mention_texts(an, "Bram Tisdale")


def test_possessive_is_the_subject_named_in_apposition(nlp):
    an = analyse_actors(nlp, "Radio host Nolan Freyer died on Friday. He was 80. Freyer hosted a morning show for "
                             "decades. As of today, former coworker and long time rival shock jock Bart Wexley, "
                             "with whom Freyer feuded, has not commented on the death on his Twitter account.")
    assert "his" in _mention_texts(an, "Bart Wexley")
    assert "his" not in _mention_texts(an, "Nolan Freyer")
    assert "He" in _mention_texts(an, "Nolan Freyer")


def test_reflexive_after_who_is_the_name_before_who(nlp):
    an = analyse_actors(nlp, "Arlo Venn was the brother of former governor Tobias Venn, who had himself been shot "
                             "in 1971. Arlo was killed in May.")
    assert "himself" in _mention_texts(an, "Tobias Venn")
    assert "himself" not in _mention_texts(an, "Arlo Venn")
    assert "Arlo Venn" in _mention_texts(an, "Arlo Venn")


def test_object_pronoun_after_an_unnamed_object_of_its_gender(nlp):
    an = analyse_actors(nlp, "In an interview with Carl Fenwick, singer Mira Talbot said her husband had threatened "
                             "her. Talbot fled to a shelter with her son but later returned the boy to her husband "
                             "when she could not support him.")
    assert "him" not in _mention_texts(an, "Carl Fenwick")
    assert "Carl Fenwick" in _mention_texts(an, "Carl Fenwick")
    assert "she" in _mention_texts(an, "Mira Talbot")


def test_title_right_after_a_noun_of_a_work(nlp):
    an = analyse_actors(nlp, "Presenter Gus Hallam died on Monday. Hallam's radio show Hallam in the Morning aired "
                             "for years on several networks.")
    texts = _mention_texts(an, "Gus Hallam")
    assert "Gus Hallam" in texts
    assert texts.count("Hallam") == 1  # the possessive owner, not the show's title
