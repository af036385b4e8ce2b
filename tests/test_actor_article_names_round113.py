"""Round 113 (our own sentences): names the article itself writes in full. A university's part named with
its university ("at the X University") has it for its parent; a generic body's name cut by a bracketed other
name before "of <country>" takes the country back; a name that is the tail of one other organisation's name
of the article (a body's) joins that organisation once the cut name has its country back."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors


def test_faculty_at_a_university_has_the_university_for_parent(nlp):
    an = analyse_actors(nlp, "Professor Tom Reed, who teaches in the Faculty of Marine Studies at the Varosk "
                             "University, said the reef was dying.")
    actors = actors_by_name(an)
    faculty, university = actors["Faculty of Marine Studies"], actors["Varosk University"]
    assert faculty.parent_key == university.key
    assert actors["Tom Reed"].actor_type == "person"


def test_a_faculty_named_alone_has_no_parent(nlp):
    an = analyse_actors(nlp, "The Faculty of Marine Studies opened a new laboratory, said Tom Reed.")
    actors = actors_by_name(an)
    assert actors["Faculty of Marine Studies"].parent_key is None


def test_bracketed_native_name_keeps_the_country(nlp):
    an = analyse_actors(nlp, "A Polish politician sued a website. As a result, the Supreme Court of Justice (Sad "
                             "Najwyzszy) of Poland brought the case before the European Court of Human Rights.")
    actors = actors_by_name(an)
    assert "Supreme Court of Justice" not in actors
    assert actors["Supreme Court of Justice of Poland"].country_iso3 == "POL"
    assert "European Court of Human Rights" in actors


def test_an_acronym_in_brackets_ends_the_name(nlp):
    an = analyse_actors(nlp, "The National Disaster Relief Council (NDRC) of Kenya said 40 people had died.")
    assert "National Disaster Relief Council" in actors_by_name(an)


def test_a_shortened_court_name_joins_the_one_court_left_ending_in_it(nlp):
    an = analyse_actors(nlp, "A Polish politician sued a website. The Supreme Court of Justice (Sad Najwyzszy) of "
                             "Poland asked the European Court of Justice for advice. By its judgment, the Court of "
                             "Justice answers the Polish court.")
    actors = actors_by_name(an)
    assert "Court of Justice" not in actors
    assert "Supreme Court of Justice of Poland" in actors
    assert "European Court of Justice" in actors

