"""The data card: `docs/datacard.md` and its charts (`docs/img/*.svg`), written by every build.

What a reader wants to see before using the data: counts per table, articles per month, the most quoted
speakers and most active actors, quote types, PLOVER event types over time, licences, known limitations,
and the audited precision of each table (`newscoder:audit` in datapackage.json, once an audit exists).

Deterministic: it is computed from the published files only, in a fixed order, and the charts are SVG text
written by `charts_svg` (fixed sizes, rounded coordinates, no date or software metadata), so the same
package gives the same bytes.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

from newscoder.charts_svg import bar_chart, barh_chart, stacked_chart, write_svg

IMG_DIR = "img"
TOP_N = 15
LIMITATIONS = [
    "Rows are read by machine from the article text (spaCy en_core_web_sm and rules): they contain errors. "
    "Check a row against its `evidence` and the article before you report it; the audited precision is "
    "below.",
    "English only. The extractors were written and measured on English wire and Wikinews copy.",
    "Coverage is what the articles cover: 171 Wikinews articles of 2019 and one AFP wire story of 2026 are "
    "not a sample of the news; counts describe this corpus, not the world.",
    "Actors are merged within the corpus by name, aliases and a curated registry; two people with the same "
    "name may be merged, and one actor named in two ways may stay split.",
    "Event dates are resolved against the publication date; a date the article does not give is the "
    "publication date (`date_basis` = `publication`).",
    "Only articles under an open licence have their text in `article_texts`; the spans of the others can "
    "be checked only with the raw articles.",
]


def _read(data_dir: Path, name: str, columns: list[str]) -> list[dict]:
    path = data_dir / f"{name}.parquet"
    if not path.is_file():
        return []
    present = set(pq.read_schema(path).names)  # review columns exist only once reviews are published
    table = pq.read_table(path, columns=[c for c in columns if c in present])
    return table.to_pylist()


def _visible(rows: list[dict]) -> list[dict]:
    """Rows a user sees by default: rejected rows stay in the files but are not counted."""
    return [r for r in rows if r.get("review_status") != "rejected"]


def _md_table(header: list[str], rows: list[list]) -> list[str]:
    def cell(v: object) -> str:
        return str(v).replace("|", "\\|").replace("\n", " ")

    def numeric(i: int) -> bool:  # right-align a column of numbers only
        return bool(rows) and all(isinstance(r[i], int | float) or str(r[i]).replace(",", "").isdigit() for r in rows)

    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" if numeric(i) else "---" for i in range(len(header)))
           + "|"]
    out += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return out


def _bar_months(months: list[str], counts: list[int], path: Path, title: str) -> None:
    write_svg(path, bar_chart(months, counts, title, "articles"))


def _barh(labels: list[str], values: list[int], path: Path, title: str, xlabel: str) -> None:
    write_svg(path, barh_chart(labels, values, title, xlabel))


def _stacked_months(months: list[str], series: dict[str, list[int]], path: Path, title: str) -> None:
    write_svg(path, stacked_chart(months, series, title, "events"))


def _audit_section(package: dict) -> list[str]:
    audit = package.get("newscoder:audit")
    lines = ["## Audited precision", ""]
    if not isinstance(audit, dict) or not audit:
        return lines + ["Not yet audited: no random sample of this release has been judged yet. Until one is, "
                        "the figures measured on development sets (docs/methodology.md) are the only guide.", ""]
    lines += ["How often is a published row fully right? For each table a uniform random sample of rows was drawn "
              "(`newscoder review sample --audit`, the seed recorded in `data/review/samples.json`) and every row was "
              "judged against its article with the project's rubric (the questions below: a quote is fully right "
              "when it is an attribution with a usable span, the right type and the right speaker; an event when it "
              "is a real event with the right CAMEO root, source, target and date; an actor when it is a real entity "
              "with its full name, type, country and mentions right). Precision is the share fully right, with its "
              "95 % Wilson interval; borderline rows were judged once and counted as judged. The answers are in "
              "`data/review/judgements.csv`; rows judged wrong are published as `rejected` where they are not what "
              "they claim to be (no attribution, no event, no entity).", ""]
    rows = []
    for table in sorted(audit):
        a = audit[table] if isinstance(audit[table], dict) else {}

        def pct(v: object) -> str:
            return f"{100 * float(v):.1f} %" if isinstance(v, int | float) else ""

        pops = a.get("populations") or {}
        drawn = ", ".join(f"`{sid}` (of {pop:,} rows)" if isinstance(pop, int) else f"`{sid}`"
                          for sid, pop in sorted(pops.items())) or ", ".join(f"`{s}`" for s in a.get("sample_ids", []))
        rows.append([f"`{table}`", a.get("n", ""), a.get("right", ""), pct(a.get("precision")),
                     f"{pct(a.get('ci_low'))} to {pct(a.get('ci_high'))}", a.get("borderline", ""), drawn])
    lines += _md_table(["table", "rows judged", "fully right", "precision", "95 % interval", "borderline", "sample"],
                       rows) + [""]
    lines += ["Answers to each rubric question:", ""]
    for table in sorted(audit):
        rubric = (audit[table] or {}).get("rubric") or {}
        parts = ["; ".join(f"{q}: " + ", ".join(f"{ans} {n}" for ans, n in sorted(c.items(), key=lambda x: -x[1]))
                           for q, c in rubric.items())]
        lines.append(f"- `{table}`: {parts[0]}")
    stale = sorted(t for t, a in audit.items() if isinstance(a, dict) and a.get("of_this_build") is False)
    if stale:
        lines += ["", f"Not an audit of this build: {', '.join(f'`{t}`' for t in stale)}. The extraction changed since "
                  "the sample was drawn, so the figure describes an earlier build; audit this one with a fresh seed."]
    earlier = [(t, e) for t in sorted(audit) if isinstance(audit[t], dict) for e in audit[t].get("earlier") or []]
    if earlier:
        lines += ["", "Audits of earlier builds (kept for the record, not pooled with the figures above):", ""]
        lines += [f"- `{t}`, drawn {e.get('drawn_date')}: {e.get('right')}/{e.get('n')} fully right "
                  f"({', '.join(e.get('sample_ids', []))})" for t, e in earlier]
    reviewers = sorted({r for t in audit.values() if isinstance(t, dict) for r in t.get("reviewers", [])})
    if reviewers:
        lines += ["", "Judged by: " + "; ".join(reviewers) + "."]
    return lines + [""]


def write_datacard(package_path: str | os.PathLike, docs_dir: str | os.PathLike) -> Path:
    """Write `docs_dir/datacard.md` and `docs_dir/img/*.svg` from a published package; returns the card's path."""
    package_path, docs_dir = Path(package_path), Path(docs_dir)
    package = json.loads(package_path.read_text(encoding="utf-8"))
    base = package_path.parent
    paths = {r["name"]: base / r["path"] for r in package.get("resources", [])}
    data_dir = paths["articles"].parent if "articles" in paths else base / "data"
    img = docs_dir / IMG_DIR
    img.mkdir(parents=True, exist_ok=True)
    rel_img = os.path.relpath(img, docs_dir).replace(os.sep, "/")

    articles = _read(data_dir, "articles", ["article_id", "published_date", "publisher", "license"])
    quotes = _visible(_read(data_dir, "quotes", ["speaker_actor_id", "quote_type", "review_status"]))
    events = _visible(_read(data_dir, "events", ["article_id", "plover_type", "review_status"]))
    mentions = _visible(_read(data_dir, "mentions", ["actor_id", "review_status"]))
    actors = {r["actor_id"]: r for r in _read(data_dir, "actors", ["actor_id", "name", "actor_type", "n_articles"])}
    month_of = {a["article_id"]: a["published_date"].isoformat()[:7] for a in articles if a["published_date"]}

    lines = [f"# Data card: {package.get('title', 'newscoder')}", "",
             f"Version {package.get('version', '')}, built from {len(articles)} articles. Generated by "
             "`newscoder build` from the published files (do not edit by hand).", "",
             package.get("description", ""), "", "## Tables", ""]
    rows = []
    for res in package.get("resources", []):
        path = data_dir / f"{res['name']}.parquet"
        n = pq.ParquetFile(path).metadata.num_rows if path.is_file() else 0
        rows.append([f"`{res['name']}`", f"{n:,}", res.get("description", "")])
    lines += _md_table(["table", "rows", "what a row is"], rows) + [""]

    # articles per month
    per_month = Counter(month_of.values())
    months = sorted(per_month)
    lines += ["## Articles per month", ""]
    if months:
        _bar_months(months, [per_month[m] for m in months], img / "articles_per_month.svg",
                    "Articles per month of publication")
        lines += [f"![Articles per month]({rel_img}/articles_per_month.svg)", ""]
        lines += _md_table(["month", "articles"], [[m, per_month[m]] for m in months]) + [""]
    by_publisher = Counter(a["publisher"] or "(unknown)" for a in articles)
    lines += _md_table(["publisher", "articles"], [[p, n] for p, n in sorted(by_publisher.items(),
                                                                               key=lambda kv: (-kv[1], kv[0]))]) + [""]

    # quotes
    speakers = Counter(q["speaker_actor_id"] for q in quotes if q["speaker_actor_id"])
    top = sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_N]
    lines += ["## Quotes", "", f"{len(quotes):,} quotes; {sum(speakers.values()):,} with a resolved speaker.", ""]
    types = Counter(q["quote_type"] for q in quotes)
    lines += _md_table(["quote type", "quotes"], [[f"`{t}`", types[t]] for t in sorted(types)]) + [""]
    if top:
        names = [actors.get(a, {}).get("name") or a for a, _ in top]
        _barh(names, [n for _, n in top], img / "top_speakers.svg", f"The {len(top)} most quoted speakers", "quotes")
        lines += ["### Most quoted speakers", "", f"![Most quoted speakers]({rel_img}/top_speakers.svg)", ""]
        lines += _md_table(["speaker", "actor_id", "quotes"], [[nm, f"`{a}`", n] for nm, (a, n) in
                                                               zip(names, top, strict=True)]) + [""]

    # actors
    active = Counter(m["actor_id"] for m in mentions if m["actor_id"])
    top_actors = sorted(active.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_N]
    lines += ["## Most active actors", "", "By mentions (every name, title, pronoun and descriptor that refers "
              "to the actor), with the number of articles they appear in.", ""]
    lines += _md_table(["actor", "type", "mentions", "articles"],
                       [[actors.get(a, {}).get("name") or a, actors.get(a, {}).get("actor_type") or "", n,
                         actors.get(a, {}).get("n_articles") or ""] for a, n in top_actors]) + [""]

    # events over time
    lines += ["## Events", "", f"{len(events):,} events.", ""]
    plover = Counter(e["plover_type"] for e in events if e["plover_type"])
    if plover and months:
        kinds = [k for k, _ in sorted(plover.items(), key=lambda kv: (-kv[1], kv[0]))]
        shown, rest = kinds[:8], set(kinds[8:])
        series = {k: [0] * len(months) for k in shown}
        if rest:
            series["other"] = [0] * len(months)
        index = {m: i for i, m in enumerate(months)}
        for e in events:
            m = month_of.get(e["article_id"])
            if m is None or not e["plover_type"]:
                continue
            series[e["plover_type"] if e["plover_type"] in series else "other"][index[m]] += 1
        _stacked_months(months, series, img / "plover_by_month.svg", "PLOVER event types per month of publication")
        lines += [f"![PLOVER event types per month]({rel_img}/plover_by_month.svg)", ""]
        lines += _md_table(["PLOVER type", "events"], [[f"`{k}`", plover[k]] for k in kinds]) + [""]

    # licences
    lines += ["## Licences", "", "The derived tables are published under the dataset's licence; each article's "
              "text stays under its own licence (`articles.license`, credit line in `articles.attribution`). Only "
              "openly licensed texts are published, in `article_texts`.", ""]
    lic = Counter(a["license"] or "unknown (all rights reserved)" for a in articles)
    lines += _md_table(["licence", "articles"], [[k, n] for k, n in sorted(lic.items())]) + [""]
    lines += _md_table(["package licence", "applies to"],
                       [[f"{e.get('name')} ({e.get('title', '')})", e.get("newscoder:scope", "")]
                        for e in package.get("licenses", [])]) + [""]

    lines += _audit_section(package)
    lines += ["## Known limitations", "", *[f"- {item}" for item in LIMITATIONS], ""]
    card = docs_dir / "datacard.md"
    text = "\n".join(lines).rstrip() + "\n"
    if not card.is_file() or card.read_text(encoding="utf-8") != text:
        tmp = card.with_name(card.name + ".tmp")
        tmp.write_text(text, encoding="utf-8", newline="\n")
        os.replace(tmp, card)
    return card
