"""Actors and their mentions inside one article: the entry point kept under its old import path.

The passes live in `newscoder.extract.actors` (one concern per module) and the pronoun, descriptor and
title links in `newscoder.extract.coref`; this module re-exports what other modules import from here.
"""

from newscoder.extract.actors.analysis import extract_actors
from newscoder.extract.actors.builder import EXTRACTOR
from newscoder.extract.actors.context import article_country
from newscoder.extract.actors.untagged import resolve_country_word

__all__ = ["EXTRACTOR", "article_country", "extract_actors", "resolve_country_word"]
