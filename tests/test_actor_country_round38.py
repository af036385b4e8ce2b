"""Round 38 (country, second pass): a party member placed by a state of the party's country."""

from __future__ import annotations

import pytest

from conftest import actor_country as _country
from conftest import analyse_actors as _analyse


def test_a_party_member_with_a_home_state_is_placed_in_a_foreign_story(nlp):
    an = _analyse(nlp, "Ukraine's president spoke in Kyiv on Monday. Ukrainian officials in Kyiv and Lviv said "
                       "Ukraine needed aid. The U.S. House has opened an inquiry. Since then, a Republican, Mark "
                       "Lindgren, has backed the inquiry, telling the Nevada Courier: \"I want answers.\" Ukraine's "
                       "foreign minister Olena Marchenko thanked him in Kyiv.")
    assert _country(an, "Mark Lindgren") == ("USA", "base")
    assert _country(an, "Olena Marchenko")[0] == "UKR"


@pytest.mark.xfail(strict=True, reason="known: with no home state and the story naming another country more, "
                   "the member still takes the story's country")
def test_a_party_word_without_a_home_state_leaves_a_foreign_story_member_unplaced(nlp):
    an = _analyse(nlp, "Ukraine's president spoke in Kyiv on Monday. Ukrainian officials in Kyiv and Lviv said "
                       "Ukraine needed aid. The U.S. House has opened an inquiry. Since then, a Republican, Mark "
                       "Lindgren, has backed the inquiry, telling reporters: \"I want answers.\" Ukraine's foreign "
                       "minister Olena Marchenko thanked him in Kyiv.")
    assert _country(an, "Mark Lindgren")[0] in (None, "USA")
    assert _country(an, "Olena Marchenko")[0] == "UKR"
