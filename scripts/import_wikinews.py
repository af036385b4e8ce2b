"""Copy the 2019 English Wikinews corpus into data/raw/wikinews/, with its licence, a source note and the
folder defaults that give every article its licence and credit line.

Usage: python scripts/import_wikinews.py SOURCE_FOLDER [--dest data/raw/wikinews]

SOURCE_FOLDER holds `wikinews_2019.csv` (columns url, date, title, text) and `LICENSE.md`. The files are
copied byte for byte (their SHA-256 is written in SOURCE.md), so a rebuild reads exactly what was checked
in. Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import shutil
import sys
from pathlib import Path

CSV_NAME = "wikinews_2019.csv"
DEFAULTS = """\
# Folder defaults for the articles of this folder (see docs/inputs.md): every Wikinews article is
# published under Creative Commons Attribution 2.5, credited to Wikinews with a link to the article.
license: CC-BY-2.5
publisher: Wikinews
attribution: "Wikinews, CC BY 2.5, {url}"
"""
SOURCE = """\
# Source: English Wikinews, 2019

- File: `{csv}` ({n} articles, {first} to {last}), SHA-256 `{sha}`.
- Columns: `url`, `date` (YYYY-MM-DD), `title`, `text`. The text of each article begins with its
  dateline ("Friday, January 4, 2019"), which newscoder reads as a heading, never as prose.
- Publisher: Wikinews (https://en.wikinews.org), a collaborative news site of the Wikimedia Foundation.
- Licence: Creative Commons Attribution 2.5 (CC BY 2.5), see `LICENSE.md` beside this file. A re-user
  must credit Wikinews and link to the article; `articles.attribution` holds that credit line per article.
- Copied unchanged by `scripts/import_wikinews.py`; the article id is derived from the `url` (the CSV has
  no id column), so it is the same on every build.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--dest", type=Path, default=Path("data/raw/wikinews"))
    args = parser.parse_args(argv)
    src_csv, src_license = args.source / CSV_NAME, args.source / "LICENSE.md"
    for path in (src_csv, src_license):
        if not path.is_file():
            print(f"error: {path} does not exist", file=sys.stderr)
            return 1
    args.dest.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src_csv, args.dest / CSV_NAME)
    shutil.copyfile(src_license, args.dest / "LICENSE.md")
    data = (args.dest / CSV_NAME).read_bytes()
    with (args.dest / CSV_NAME).open(encoding="utf-8", newline="") as fh:
        dates = [row["date"] for row in csv.DictReader(fh)]
    (args.dest / "SOURCE.md").write_text(SOURCE.format(csv=CSV_NAME, n=len(dates), first=min(dates),
                                                       last=max(dates), sha=hashlib.sha256(data).hexdigest()),
                                         encoding="utf-8")
    (args.dest / "_defaults.yaml").write_text(DEFAULTS, encoding="utf-8")
    print(f"copied {len(dates)} articles into {args.dest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
