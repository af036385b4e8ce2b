"""Event targets, round 15 (targets, dates): the beneficiary of a pledge or of aid hangs on what is given ("pledged
20 million for the rebuilding of X's ..."), not on the verb; only an actor found there is taken.
Sentences written for this file (none from a gold set)."""

from __future__ import annotations

from conftest import event_parties as code


def test_the_owner_of_what_a_pledge_rebuilds_is_its_target(nlp, registry):
    rows = code(nlp, registry, "Sweden pledged 40 million kronor for the rebuilding of Ecuador's water network.")
    assert [(r[2], r[3]) for r in rows] == [("Sweden", "Ecuador")]
    rows = code(nlp, registry, "Germany pledged 20 million euros for the reconstruction of Iraq's power grid.")
    assert [(r[2], r[3]) for r in rows] == [("Germany", "Iraq")]


def test_a_pledge_for_something_no_actor_owns_stays_without_target(nlp, registry):
    rows = code(nlp, registry, "Canada promised 5 million dollars for new schools in the region.")
    assert [(r[2], r[3]) for r in rows] == [("Canada", None)]
    rows = code(nlp, registry, "Norway pledged money for the victims of the floods.")
    assert [(r[2], r[3]) for r in rows] == [("Norway", None)]
