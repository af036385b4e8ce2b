"""Citations for the dataset (from CITATION.cff) and for one quote, event or actor with its article."""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from newscoder.loader import find_data_dir
from newscoder.paths import repo_root

# registered actors keep their registry id (reg_...), the others get act_...
ROW_TABLES = {"quo": "quotes", "evt": "events", "act": "actors", "reg": "actors", "men": "mentions"}


def citation_metadata() -> dict:
    path = repo_root() / "CITATION.cff"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: run from a newscoder checkout")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _authors(meta: dict) -> list[str]:
    names = []
    for a in meta.get("authors", []):
        names.append(a.get("name") or " ".join(x for x in (a.get("given-names"), a.get("family-names")) if x))
    return names


def _bibtex(key: str, fields: list[tuple[str, str]]) -> str:
    """A @misc entry, one `name = {value}` line per field."""
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{key},\n{body}\n}}"


def cite_dataset(fmt: str = "apa") -> str:
    meta = citation_metadata()
    if fmt == "cff":
        return (repo_root() / "CITATION.cff").read_text(encoding="utf-8").rstrip("\n")
    year = str(meta.get("date-released", ""))[:4]
    authors = _authors(meta)
    url = meta.get("repository-code", "")
    if fmt == "bibtex":
        return _bibtex(f"newscoder_{year}", [
            ("title", f"{{{meta['title']}}}"),
            ("author", " and ".join("{" + a + "}" for a in authors)),
            ("year", year),
            ("version", meta["version"]),
            ("howpublished", f"Dataset, {meta.get('license', '')}"),
            ("url", url),
        ])
    return f"{', '.join(authors)}. ({year}). {meta['title']} (Version {meta['version']}) [Data set]. {url}"


def _find_row(row_id: str, data_dir: Path) -> tuple[str, dict]:
    import pandas as pd

    table = ROW_TABLES.get(row_id.split("_", 1)[0])
    if table is None:
        raise ValueError(f"{row_id} is not a quote (quo_), event (evt_), actor (act_, reg_) or mention (men_) id")
    path = data_dir / f"{table}.csv"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: build the dataset first (newscoder build)")
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    key = df.columns[0]
    hit = df[df[key] == row_id]
    if hit.empty:
        raise KeyError(f"no row {row_id} in {path}")
    return table, hit.iloc[0].to_dict()


def _lookup(data_dir: Path, table: str, key: str, value: str) -> dict:
    import pandas as pd

    if not value:
        return {}
    df = pd.read_csv(data_dir / f"{table}.csv", dtype=str, keep_default_na=False)
    hit = df[df[key] == value]
    return hit.iloc[0].to_dict() if not hit.empty else {}


def cite_row(row_id: str, fmt: str = "apa", data_dir: str | os.PathLike | None = None) -> str:
    """Cite one row with the article it was read from and the dataset version."""
    data = Path(data_dir) if data_dir else find_data_dir()
    table, row = _find_row(row_id, data)
    meta = citation_metadata()
    if table == "actors":
        # an actor is cited with the first article it appears in
        mentions = _lookup(data, "mentions", "actor_id", row_id)
        article = _lookup(data, "articles", "article_id", mentions.get("article_id", ""))
        what = f"Actor {row['name']} ({row['actor_type']}{', ' + row['country_iso3'] if row['country_iso3'] else ''})"
    else:
        article = _lookup(data, "articles", "article_id", row["article_id"])
        if table == "quotes":
            speaker = _lookup(data, "actors", "actor_id", row.get("speaker_actor_id", "")).get("name")
            who = speaker or row.get("speaker_text") or "unattributed"
            what = f"{who}, {row['quote_type']} quote: \u201c{row['quote_text']}\u201d"
        elif table == "events":
            src = _lookup(data, "actors", "actor_id", row.get("source_actor_id", "")).get("name", "?")
            tgt = _lookup(data, "actors", "actor_id", row.get("target_actor_id", "")).get("name", "?")
            what = (f"Event {row['plover_type']} (CAMEO {row['cameo_code']}): {src} -> {tgt}, "
                    f"{row.get('event_date') or 'undated'}")
        else:
            what = f"Mention \u201c{row['text']}\u201d"
    # an article with no title is named by its own id, so that the source can still be found
    name = f"\u201c{article['title']}\u201d" if article.get("title") else f"article {article.get('external_id', '')}"
    source = ", ".join(x for x in (article.get("publisher"), name, article.get("published_date"), article.get("url"))
                       if x)
    dataset = f"newscoder dataset v{meta['version']}, row {row_id}"
    if fmt == "bibtex":
        return _bibtex(row_id, [
            ("title", what),
            ("note", f"Source article: {source}. Extracted in {dataset}."),
            ("year", str(article.get("published_date", ""))[:4]),
            ("url", article.get("url") or meta.get("repository-code", "")),
        ])
    if fmt == "cff":
        return yaml.safe_dump({
            "cff-version": "1.2.0",
            "type": "dataset",
            "title": meta["title"],
            "version": meta["version"],
            "message": what,
            "references": [{"type": "article", "title": article.get("title") or article.get("external_id"),
                            "publisher": {"name": article.get("publisher") or ""},
                            "date-published": article.get("published_date") or "",
                            "url": article.get("url") or ""}],
            "identifiers": [{"type": "other", "value": row_id, "description": f"{table} row"}],
        }, sort_keys=False, allow_unicode=True).rstrip("\n")
    return f"{what}. Source: {source}. In: {cite_dataset('apa')} ({row_id})."
