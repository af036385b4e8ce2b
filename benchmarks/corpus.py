"""A deterministic synthetic corpus of wire-style news articles for benchmarks and scale tests.

    python benchmarks/corpus.py N DIR [--seed 7] [--formats txt,jsonl,json,md,html] [--start-index K]

Writes N invented articles (templates in corpus_templates.py, word lists in corpus_lexicon.json) into DIR in
the input formats newscoder reads. Article i depends only on (seed, i): the same N and seed give
byte-identical files, and `--start-index K` adds articles K.. without touching the first K. No clock, no
global random state.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import string
import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # so corpus_templates imports when run as a script

import corpus_templates as T  # noqa: E402

LEXICON = Path(__file__).resolve().parent / "corpus_lexicon.json"
ALL_FORMATS = ("txt", "jsonl", "json", "md", "html")
JSONL_CHUNK = 1000  # a run's indices are cut into chunks of this size; each chunk's JSONL articles share a file
# Share of articles written as single files when JSONL is requested; the rest go to JSONL.
SINGLE_SHARE = {"txt": 0.01, "md": 0.01, "json": 0.01, "html": 0.002}
FIRST_DAY = dt.date(2024, 1, 1)
DAYS = (dt.date(2026, 12, 31) - FIRST_DAY).days + 1
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


@cache
def lexicon() -> dict:
    return json.loads(LEXICON.read_text(encoding="utf-8"))


@cache
def people(seed: int) -> tuple[dict, ...]:
    """The recurring cast: for every country a head of government or state, foreign and defence ministers and
    two more office holders, with invented names. Depends only on the seed, so actors recur across articles."""
    lex = lexicon()
    rng = random.Random(f"{seed}:cast")
    used: set[str] = set()
    cast = []
    for country in lex["countries"]:
        titles = [country["head"], "Foreign Minister", "Defence Minister", *rng.sample(lex["extra_titles"], 2)]
        for title in titles:
            while True:
                gender = rng.choice(("female", "male"))
                name = f"{rng.choice(lex['first_names'][gender])} {rng.choice(lex['surnames'])}"
                if name not in used and name.split()[1] not in {p["last"] for p in cast if p["country"] is country}:
                    break
            used.add(name)
            cast.append({"name": name, "last": name.split(" ", 1)[1], "gender": gender, "title": title,
                         "country": country})
    return tuple(cast)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _day(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


class _Filler(string.Formatter):
    """Fills a template; a person is named in full on first mention and by surname afterwards."""

    def __init__(self, ctx: dict, persons: dict, seen: set[str], rng: random.Random):
        self.ctx, self.persons, self.seen, self.rng = ctx, persons, seen, rng

    def get_value(self, key, args, kwargs):
        if key in kwargs:  # per-call values (the quote text, a fragment)
            return kwargs[key]
        role, _, form = str(key).partition("_")
        if role in self.persons and form in ("", "full", "full_subj", "he", "He", "cap"):
            p = self.persons[role]
            if form in ("he", "He"):
                pron = "she" if p["gender"] == "female" else "he"
                return pron if form == "he" else _cap(pron)
            if form == "cap":
                return p["country"]["capital"]
            if role in self.seen:
                return p["last"]
            self.seen.add(role)
            return self._full(p, subject=form == "full_subj")
        return self.ctx[key]

    def _full(self, p: dict, *, subject: bool) -> str:
        c, title = p["country"], p["title"]
        forms = [f"{c['demonym']} {title} {p['name']}"]
        if title[0].isupper():
            forms.append(f"{title} {p['name']} of {c['name']}")
        if subject:
            forms.append(f"{p['name']}, {_poss(c['name'])} {title.lower()},")
        return self.rng.choice(forms)


def _dates(rng: random.Random, pub: dt.date) -> dict:
    """Date expressions relative to the publication date (weekdays and month days are consistent with it)."""
    back = pub - dt.timedelta(days=rng.randint(1, 6))
    ahead = pub + dt.timedelta(days=rng.randint(2, 12))
    earlier = pub - dt.timedelta(days=rng.randint(10, 60))
    on = [f"on {WEEKDAYS[back.weekday()]}", f"on {_day(back)}", "yesterday", "last week"]
    if pub.weekday() in (0, 1):
        on.append("over the weekend")
    return {
        "d_on": rng.choice(on),
        "d_day": rng.choice([f"on {WEEKDAYS[back.weekday()]}", "yesterday"]),
        "d_rel": rng.choice(["last week", "yesterday", "earlier this week", f"on {WEEKDAYS[back.weekday()]}"]
                            + (["over the weekend"] if pub.weekday() in (0, 1) else [])),
        "d_next": rng.choice(["next week", f"on {_day(ahead)}", f"on {WEEKDAYS[ahead.weekday()]}", "later this month"
                              if ahead.month == pub.month else "next month"]),
        "d_follow": rng.choice(["The following day", "The next day", "Two days later", "A day later"]),
        "d_deadline": _day(ahead),
        "d_month": f"on {_day(earlier)}",
        "d_month_bare": _day(earlier),
    }


def _country_ctx(prefix: str, c: dict) -> dict:
    return {prefix: c["name"], f"{prefix}_Name": _cap(c["name"]), f"{prefix}_dem": c["demonym"],
            f"{prefix}_cap": c["capital"], f"{prefix}_poss": _poss(c["name"])}


def compose(seed: int, index: int) -> dict:
    """Article `index` of the corpus for `seed`: a dict with id, date, title, publisher, url, text and crosshead."""
    lex = lexicon()
    rng = random.Random(f"{seed}:article:{index}")
    cast = people(seed)
    pub = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    x, y, z = rng.sample(lex["countries"], 3)
    by = {c["name"]: [p for p in cast if p["country"] is c] for c in (x, y, z)}
    persons = {"A": rng.choice(by[x["name"]][:3]), "B": rng.choice(by[y["name"]]), "C": rng.choice(by[z["name"]])}
    topic = rng.choice(lex["topics"])
    straight = rng.random() < 0.7
    ctx = {**_country_ctx("X", x), **_country_ctx("Y", y), **_country_ctx("Z", z), **_dates(rng, pub),
           "topic": topic["noun"], "thing": topic["thing"], "charge": rng.choice(lex["charges"]),
           "aid": rng.choice(lex["aid"]), "agreement": rng.choice(lex["agreements"]),
           "proposal": rng.choice(lex["proposals"]), "demand": rng.choice(lex["demands"]),
           "threat": rng.choice(lex["threats"]), "attack_target": rng.choice(lex["attack_targets"]),
           "n_small": rng.choice(["two", "three", "four", "five", "six", "a dozen", "11", "14", "23"]),
           "party": rng.choice(lex["parties"]), "open": '"' if straight else "\u201c",
           "close": '"' if straight else "\u201d", "comma": ","}
    intl = rng.choice(lex["international"])
    ctx |= {"intl": intl, "intl_Name": _cap(intl)}
    ctx["place"] = rng.choice(lex["places"]).format(capital=rng.choice([x, y, z])["capital"])
    seen: set[str] = set()
    filler = _Filler(ctx, persons, seen, rng)

    def fill(template: str, speaker: str | None = None, **extra) -> str:
        local = dict(extra)
        if speaker:
            # route the generic S keys of quote templates to the speaking person
            template = re.sub(r"\{S(_\w+)?\}", lambda m: "{" + speaker + (m.group(1) or "") + "}", template)
        return filler.vformat(template, (), local)

    quotes = rng.sample(T.QUOTES, len(T.QUOTES))  # drawn without replacement: no quote repeats in an article

    # B speaks for Y, so in B's mouth "{Y}" must name the other side, X
    as_b = ctx | {k.replace("X", "Y", 1): v for k, v in ctx.items() if k.startswith("X")}

    def quote(speaker: str = "A") -> str:
        return quotes.pop().format(**(as_b if speaker == "B" else ctx))

    def frag() -> str:
        return f"{ctx['open']}{rng.choice(T.FRAGMENTS)}{ctx['close']}"

    event = rng.choice(sorted(T.LEADS))
    paras: list[tuple[str, int]] = [(fill(rng.choice(T.LEADS[event])), 1), (fill(rng.choice(T.BACKGROUND)), 1)]
    # the main actor speaks, then a pronoun follow-up
    paras.append((fill(rng.choice(T.DIRECT), "A", q=quote()), 1))
    if rng.random() < 0.7:
        paras.append((fill(rng.choice(T.ADDED), "A", q=quote()), 1))
    blocks = [
        lambda: [(fill(rng.choice(T.STATEMENT), frag_plain=rng.choice(T.PLAIN),
                       frag_plain_concern=rng.choice(T.CONCERN)), 1)],
        lambda: [(fill(rng.choice(T.INDIRECT), "B"), 1)],
        lambda: [(fill(rng.choice(T.MIXED), "C", frag_q=frag()), 1)],
        lambda: [(fill(rng.choice(T.INVERTED), "C", q=quote("C")), 1)],
        lambda: [(fill(part, "B", q=quote("B"), q2=quote("B"), q3=quote("B")), n)
                 for part, n in zip(rng.choice(T.TWO_PARAGRAPH), (2, 1), strict=True)],
        lambda: [(fill(rng.choice(T.FOLLOW_UP)), 1)],
        lambda: [(fill(rng.choice(T.FOLLOW_UP)), 1)],
        lambda: [(fill(rng.choice(T.DIRECT), "C", q=quote("C")), 1)],
    ]
    rng.shuffle(blocks)
    target = rng.randint(6, 15)
    for block in blocks:
        if sum(n for _, n in paras) >= target - 1:
            break
        paras.extend(block())
    paras.append((fill(rng.choice(T.CLOSING)), 1))
    texts = [p for p, _ in paras]
    crosshead = None
    if len(texts) >= 6 and rng.random() < 0.3:
        crosshead = f"- '{topic['crosshead']}' -"
        # never between the two paragraphs of a quote (a paragraph left open has an odd count of marks)
        spots = [k for k in range(3, len(texts)) if not _open_quote(texts[k - 1])]
        texts.insert(spots[len(spots) // 2], crosshead)
    head_filler = _Filler(ctx, persons, set(persons), rng)  # headlines name people by surname only
    title = head_filler.vformat(rng.choice(T.HEADLINES), (), {"event_word": T.EVENT_WORDS[event]})
    art_id = f"syn{seed}-{index:07d}"
    publisher = rng.choice(lex["publishers"])
    slug = "-".join(w.strip(".,'").lower() for w in title.split()[:6])
    return {"id": art_id, "date": pub.isoformat(), "title": title, "publisher": publisher,
            "url": f"https://news.example.org/{pub:%Y/%m}/{slug}-{index}", "text": "\n\n".join(texts),
            "crosshead": crosshead}


def _open_quote(paragraph: str) -> bool:
    return paragraph.count('"') % 2 == 1 or paragraph.count("\u201c") > paragraph.count("\u201d")


def format_for(seed: int, index: int, formats: tuple[str, ...]) -> str:
    """The file format of article `index`: each block of 1,000 starts with one article per format (so small
    runs cover them all), then mostly JSONL with a few single files."""
    if "jsonl" not in formats:
        return formats[index % len(formats)]
    slot = index % JSONL_CHUNK
    if slot < len(formats):
        return formats[slot]
    u = random.Random(f"{seed}:format:{index}").random()
    for fmt in formats:
        share = SINGLE_SHARE.get(fmt, 0.0)
        if u < share:
            return fmt
        u -= share
    return "jsonl"


def render(article: dict, fmt: str) -> str:
    """One article as the text of a single-article file."""
    a = article
    if fmt == "txt":
        return f"date {a['date']}\n{a['text']}\n"
    if fmt == "md":
        front = "\n".join(f"{k}: {json.dumps(a[k], ensure_ascii=False)}" for k in ("id", "title", "publisher"))
        return f"---\n{front}\ndate: {a['date']}\n---\n\n{a['text']}\n"
    if fmt == "json":
        return json.dumps(_record(a), ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        paras = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in a["text"].split("\n\n"))
        title = html.escape(a["title"])
        return (f'<!DOCTYPE html>\n<html lang="en"><head><title>{title} | {html.escape(a["publisher"])}</title>\n'
                f'<meta property="og:title" content="{title}">\n'
                f'<meta property="article:published_time" content="{a["date"]}T08:00:00Z">\n'
                f'<meta property="og:site_name" content="{html.escape(a["publisher"])}">\n'
                f'<meta property="og:url" content="{html.escape(a["url"])}">\n'
                f"</head><body><nav>Home | World | Business</nav>\n<article>\n{paras}\n"
                f"</article><footer>Synthetic test page</footer></body></html>\n")
    raise ValueError(f"unknown format {fmt!r}")


def _record(a: dict) -> dict:
    return {k: a[k] for k in ("id", "date", "title", "publisher", "url", "text")}


def generate(n: int, out_dir: Path, seed: int = 7, formats: tuple[str, ...] | list[str] = ALL_FORMATS,
             start_index: int = 0) -> dict:
    """Write articles start_index .. start_index+n-1 into out_dir; returns counts of articles, files, bytes."""
    formats = tuple(formats)
    bad = [f for f in formats if f not in ALL_FORMATS]
    if bad or not formats:
        raise ValueError(f"unknown formats {bad}; choose from {', '.join(ALL_FORMATS)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    by_format = dict.fromkeys(formats, 0)
    files = total = 0
    for chunk in range(start_index, start_index + n, JSONL_CHUNK):
        lines = []
        for i in range(chunk, min(chunk + JSONL_CHUNK, start_index + n)):
            art, fmt = compose(seed, i), format_for(seed, i, formats)
            by_format[fmt] += 1
            if fmt == "jsonl":
                lines.append(json.dumps(_record(art), ensure_ascii=False) + "\n")
                continue
            data = render(art, fmt).encode("utf-8")
            (out_dir / f"{art['id']}.{fmt}").write_bytes(data)
            files, total = files + 1, total + len(data)
        if lines:
            data = "".join(lines).encode("utf-8")
            (out_dir / f"syn{seed}-wire-{chunk:07d}.jsonl").write_bytes(data)
            files, total = files + 1, total + len(data)
    return {"articles": n, "files": files, "bytes": total, "by_format": by_format}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--formats", default=",".join(ALL_FORMATS),
                    help="comma-separated subset of " + ",".join(ALL_FORMATS))
    ap.add_argument("--start-index", type=int, default=0, help="index of the first article (extends a corpus)")
    args = ap.parse_args(argv)
    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    s = generate(args.n, args.out_dir, seed=args.seed, formats=formats, start_index=args.start_index)
    mix = ", ".join(f"{k} {v}" for k, v in s["by_format"].items())
    print(f"{s['articles']} articles, {s['files']} files, {s['bytes']:,} bytes in {args.out_dir} ({mix})")


if __name__ == "__main__":
    main()
