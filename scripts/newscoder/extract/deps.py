"""Dependency labels of the spaCy English models (ClearNLP style) that several extractors test for.

One home for a set of labels with one meaning, so that a change to what counts as a subject is made once.
Sets used by one module only stay in that module.
"""

from __future__ import annotations

# nominal subjects, active and passive ("the minister said", "the talks were held")
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
# any subject, a clause included ("what they found surprised them")
ANY_SUBJECT_DEPS: frozenset[str] = SUBJECT_DEPS | {"csubj"}
# modifiers before a noun that can name its owner or country ("Iraqi", "the ministry's", "US", "state")
PREMODIFIER_DEPS: frozenset[str] = frozenset({"amod", "compound", "nmod", "poss"})
