"""Actor mentions, round 65 (our own sentences): a person's name inside another entity's proper name (a band
"X and His Orchestra", "the X Foundation", "The X Show") or a work's title after "titled" is no mention of the
person; the person's own mentions elsewhere stay."""

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


def test_foundation_and_show_named_after_a_person(nlp):
    an = analyse_actors(nlp, "Actress Marla Quint hosted The Marla Quint Show until 1981. She later founded the "
                             "Marla Quint Animal Foundation. Quint died on Monday.")
    texts = _mention_texts(an, "Marla Quint")
    assert texts.count("Marla Quint") == 1  # the first, as the host; not the show's nor the foundation's
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
