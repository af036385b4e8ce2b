"""Folder-level metadata: the files beside the articles that are not articles.

- `_defaults.yaml` sets default article fields for the files of its folder (not its subfolders), for
  example the licence of a corpus:

      license: CC-BY-2.5
      publisher: Wikinews
      attribution: "Wikinews, CC BY 2.5, {url}"

  Allowed keys: `license`, `attribution`, `publisher`, `language`, `byline`. A value applies only to the
  articles that do not set the field themselves; `{url}`, `{title}` and `{external_id}` in `attribution`
  are filled from each article.
- Licence, source and read-me notes (`LICENSE`, `LICENCE`, `COPYING`, `NOTICE`, `SOURCE`, `README`, with
  any extension, any case) are documentation for a human, never read as articles.

Both kinds are listed in the build report as notes, so nothing in the raw folder is skipped unsaid.
"""

from __future__ import annotations

import dataclasses
import string
from dataclasses import dataclass
from pathlib import Path

import yaml

from newscoder.ingest.fields import InputError
from newscoder.licenses import normalize_license
from newscoder.records import Article

DEFAULTS_FILE = "_defaults.yaml"
NOTE_STEMS = {"license", "licence", "copying", "notice", "source", "sources", "readme"}
DEFAULT_KEYS = ("license", "attribution", "publisher", "language", "byline")
PLACEHOLDERS = {"url", "title", "external_id"}


@dataclass(frozen=True, slots=True)
class FolderDefaults:
    license: str | None = None
    attribution: str | None = None
    publisher: str | None = None
    language: str | None = None
    byline: str | None = None


def is_folder_file(path: Path) -> str | None:
    """"folder-defaults", "folder-note" or None (an input to read)."""
    if path.name == DEFAULTS_FILE:
        return "folder-defaults"
    stem = path.name.split(".", 1)[0].lower()
    return "folder-note" if stem in NOTE_STEMS else None


def read_defaults(folder: Path) -> FolderDefaults | InputError:
    """The defaults of one folder (empty when it has no `_defaults.yaml`), or why they cannot be read."""
    path = folder / DEFAULTS_FILE
    if not path.is_file():
        return FolderDefaults()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return InputError("bad-defaults", f"the folder defaults do not parse: {exc}")
    if not isinstance(data, dict):
        return InputError("bad-defaults", "the folder defaults must be a mapping of fields")
    unknown = sorted(str(k) for k in data if k not in DEFAULT_KEYS)
    if unknown:
        return InputError("bad-defaults", f"unknown keys {', '.join(unknown)}; allowed: {', '.join(DEFAULT_KEYS)}")
    values = {k: (None if data.get(k) in (None, "") else str(data[k]).strip()) for k in DEFAULT_KEYS}
    if values["attribution"]:
        names = {f[1] for f in string.Formatter().parse(values["attribution"]) if f[1] is not None}
        if names - PLACEHOLDERS:
            return InputError("bad-defaults", f"attribution uses unknown placeholders {sorted(names - PLACEHOLDERS)}; "
                              f"allowed: {', '.join(sorted(PLACEHOLDERS))}")
    values["license"] = normalize_license(values["license"])
    return FolderDefaults(**values)


def apply_defaults(article: Article, defaults: FolderDefaults) -> Article:
    """The article with the folder's defaults in the fields it left empty."""
    if defaults == FolderDefaults():
        return article
    changes = {}
    for key in ("license", "publisher", "byline"):
        if getattr(defaults, key) and not getattr(article, key):
            changes[key] = getattr(defaults, key)
    if defaults.language and article.language == "en" and defaults.language != "en":
        changes["language"] = defaults.language  # "en" is the readers' own fallback, not the input's word
    if defaults.attribution and not article.attribution:
        changes["attribution"] = defaults.attribution.format(
            url=article.url or "", title=article.title or "", external_id=article.external_id or "").strip(" ,")
    return dataclasses.replace(article, **changes) if changes else article
