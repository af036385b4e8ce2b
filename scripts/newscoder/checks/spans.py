"""Check 4: every span of the dataset is exactly the article text at its offsets.

With no raw folder, the published texts (`article_texts`, the openly licensed articles) stand in for the
raw articles: `published_texts` reads them, `check_published_texts` checks each against its articles
row's text_sha256 (an edited text is article-changed), and the spans of those articles are checked.

The raw articles are read again with the same reader as the build (`newscoder.ingest.read_inputs`), and
for each row `text[char_start:char_end]` must equal the row's span text (span-mismatch); its evidence must
appear verbatim in the article (evidence-mismatch); the articles row's text_sha256 must be the hash of the
raw text (article-changed); and every articles row must have its raw article (article-missing).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from newscoder.checks.base import MAX_ROW_ERRORS, ValidationError

# table -> (span text column, start column, end column), per span the table carries
SPANS: dict[str, list[tuple[str, str, str]]] = {
    "mentions": [("text", "char_start", "char_end")],
    "quotes": [("quote_text", "char_start", "char_end"),
               ("speaker_text", "speaker_char_start", "speaker_char_end"),
               ("cue", "cue_char_start", "cue_char_end")],
    "events": [("trigger", "trigger_char_start", "trigger_char_end")],
}
# table -> (text column without offsets, the id column it names): the text must be verbatim in the row's
# evidence, and an id needs its text (quotes.via_text names the second-hand source via_actor_id links)
EVIDENCE_TEXTS: dict[str, list[tuple[str, str]]] = {"quotes": [("via_text", "via_actor_id")]}


def read_raw_texts(raw_dir: Path) -> tuple[dict[str, str], list[dict]]:
    """{article_id: text} of the raw articles, and the inputs the reader rejected (for the stats)."""
    from newscoder.ingest import Rejection, read_inputs  # the lead's reader, only needed for this check

    texts, rejected = {}, []
    for item in read_inputs([raw_dir], max_chars=None):  # any length the build was allowed
        if isinstance(item, Rejection):
            rejected.append(item.as_dict())
        else:
            texts[item.article_id] = item.text
    return texts, rejected


def _column(table: pa.Table, name: str) -> list:
    if name not in table.column_names:
        return [None] * table.num_rows
    col = table.column(name)
    if pa.types.is_dictionary(col.type):
        col = pc.cast(col, col.type.value_type)
    return col.to_pylist()


class _Limited:
    def __init__(self) -> None:
        self.errors: list[ValidationError] = []
        self.counts: dict[tuple, int] = {}

    def add(self, e: ValidationError) -> None:
        key = (e.type, e.table, e.field)
        self.counts[key] = self.counts.get(key, 0) + 1
        if self.counts[key] <= MAX_ROW_ERRORS:
            self.errors.append(e)

    def finish(self) -> list[ValidationError]:
        for (type_, table, field), n in self.counts.items():
            if n > MAX_ROW_ERRORS:
                message = f"{n - MAX_ROW_ERRORS} more rows with the same problem ({type_})"
                self.errors.append(ValidationError(type_, table, None, field, message))
        return self.errors


def check_articles(articles: pa.Table, texts: dict[str, str], file: str | None = None
                   ) -> list[ValidationError]:
    """article-missing and article-changed for the rows of the articles table."""
    out = _Limited()
    ids, hashes = _column(articles, "article_id"), _column(articles, "text_sha256")
    for i, (aid, sha) in enumerate(zip(ids, hashes, strict=True)):
        if aid not in texts:
            out.add(ValidationError("article-missing", "articles", i + 1, "article_id",
                                    f"no raw article {aid!r} in the raw folder", file))
            continue
        actual = hashlib.sha256(texts[aid].encode("utf-8")).hexdigest()
        if sha != actual:
            message = f"article {aid!r}: the raw text's SHA-256 is {actual}, the table says {sha}"
            out.add(ValidationError("article-changed", "articles", i + 1, "text_sha256", message, file))
    return out.finish()


def check_spans(name: str, table: pa.Table, texts: dict[str, str], file: str | None = None
                ) -> list[ValidationError]:
    """span-mismatch and evidence-mismatch for one table; rows of articles not in `texts` are skipped
    (their article is reported by check_articles)."""
    out = _Limited()
    article_ids = _column(table, "article_id")
    specs = SPANS.get(name, [])
    columns = {c: _column(table, c) for spec in specs for c in spec}
    evidence = _column(table, "evidence")
    in_evidence = {c: _column(table, c) for spec in EVIDENCE_TEXTS.get(name, []) for c in spec}
    for i, aid in enumerate(article_ids):
        text = texts.get(aid)
        if text is None:
            continue
        for span_col, start_col, end_col in specs:
            span, start, end = columns[span_col][i], columns[start_col][i], columns[end_col][i]
            span = span or None  # an empty cell is a missing value, as in the CSV
            if span is None and start is None and end is None:
                continue
            if span is None or start is None or end is None:
                problem = f"{span_col}, {start_col} and {end_col} must be all filled or all empty"
            elif not (isinstance(start, int) and isinstance(end, int)):
                problem = f"offsets {start!r}:{end!r} are not whole numbers"
            elif not (0 <= start <= end <= len(text)):
                problem = f"offsets {start}:{end} are outside the article (length {len(text)})"
            elif text[start:end] != span:
                problem = f"{span_col} is {span!r} but the article has {text[start:end]!r} at {start}:{end}"
            else:
                continue
            out.add(ValidationError("span-mismatch", name, i + 1, span_col, f"row {i + 1}: {problem}", file))
        if evidence[i] and str(evidence[i]) not in text:
            out.add(ValidationError("evidence-mismatch", name, i + 1, "evidence",
                                    f"row {i + 1}: the evidence is not verbatim in article {aid!r}", file))
        for text_col, id_col in EVIDENCE_TEXTS.get(name, []):
            words, linked = in_evidence[text_col][i] or None, in_evidence[id_col][i] or None
            if words is None and linked is not None:
                problem = f"{id_col} is {linked!r} but {text_col} is empty"
            elif words is not None and words not in str(evidence[i] or ""):
                problem = f"{text_col} {words!r} is not in the row's evidence"
            else:
                continue
            out.add(ValidationError("span-mismatch", name, i + 1, text_col, f"row {i + 1}: {problem}", file))
    return out.finish()


def published_texts(article_texts: pa.Table) -> dict[str, str]:
    """{article_id: text} of the `article_texts` table."""
    return dict(zip(_column(article_texts, "article_id"), _column(article_texts, "text"), strict=True))


def check_published_texts(articles: pa.Table, texts: dict[str, str], file: str | None = None,
                          raw: dict[str, str] | None = None) -> list[ValidationError]:
    """Each published text must hash to its articles row's text_sha256 (article-changed otherwise), belong
    to an article (article-missing), and, when the raw articles are at hand, be their text exactly."""
    out = _Limited()
    sha_of = dict(zip(_column(articles, "article_id"), _column(articles, "text_sha256"), strict=True))
    for i, (aid, text) in enumerate(texts.items()):
        if aid not in sha_of:
            out.add(ValidationError("article-missing", "article_texts", i + 1, "article_id",
                                    f"published text of {aid!r} has no articles row", file))
            continue
        actual = hashlib.sha256((text or "").encode("utf-8")).hexdigest()
        if actual != sha_of[aid]:
            out.add(ValidationError("article-changed", "article_texts", i + 1, "text",
                                    f"the published text of article {aid!r} was changed: its SHA-256 is {actual}, "
                                    f"articles.text_sha256 says {sha_of[aid]}", file))
        elif raw is not None and aid in raw and raw[aid] != text:
            out.add(ValidationError("article-changed", "article_texts", i + 1, "text",
                                    f"the published text of article {aid!r} differs from the raw article", file))
    return out.finish()
