"""The text of a parsed Doc, computed once.

spaCy's `Doc.text` joins every token's text on each access; extractors that read it per token spent a
third of their time there. The text is kept in the Doc's own `user_data`, so it lives and dies with the Doc.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "newscoder_text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
