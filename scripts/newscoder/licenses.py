"""Article licences: SPDX-style ids, and the one allow-list of licences whose texts may be republished.

An article's `license` decides whether its body goes into the published `article_texts` table. The
allow-list is explicit (no prefix matching): a licence that is not listed here is treated as "all rights
reserved" for the text, while the derived rows (quotes, events, actors) are still published under the
dataset's own licence.
"""

from __future__ import annotations

import re

# id -> (title, URL). Every one of these allows copying and redistributing the text with attribution.
OPEN_LICENSES: dict[str, tuple[str, str]] = {
    **{f"CC-BY-{v}": (f"Creative Commons Attribution {v}", f"https://creativecommons.org/licenses/by/{v}/")
       for v in ("1.0", "2.0", "2.5", "3.0", "4.0")},
    **{f"CC-BY-SA-{v}": (f"Creative Commons Attribution-ShareAlike {v}",
                         f"https://creativecommons.org/licenses/by-sa/{v}/")
       for v in ("1.0", "2.0", "2.5", "3.0", "4.0")},
    "CC0-1.0": ("Creative Commons Zero 1.0 (public domain dedication)",
                "https://creativecommons.org/publicdomain/zero/1.0/"),
    "PDDL-1.0": ("Open Data Commons Public Domain Dedication and License 1.0",
                 "https://opendatacommons.org/licenses/pddl/1-0/"),
    "public-domain": ("Public domain", "https://creativecommons.org/publicdomain/mark/1.0/"),
}

_ALIASES = {"cc0": "CC0-1.0", "cc-zero": "CC0-1.0", "pd": "public-domain", "public domain": "public-domain",
            "publicdomain": "public-domain", "pddl": "PDDL-1.0"}


def normalize_license(value: object) -> str | None:
    """An SPDX-style id from what an input wrote: "CC BY 2.5", "cc-by-sa-4.0", "CC0" -> "CC-BY-2.5",
    "CC-BY-SA-4.0", "CC0-1.0". Anything else is kept as written (trimmed); empty -> None."""
    if value is None or str(value).strip() == "":
        return None
    text = " ".join(str(value).split())
    low = text.lower()
    if low in _ALIASES:
        return _ALIASES[low]
    m = re.fullmatch(r"cc[ -]?(by(?:[ -]sa)?)[ -]?(\d\.\d)", low)
    if m:
        return f"CC-{m.group(1).upper().replace(' ', '-')}-{m.group(2)}"
    for known in OPEN_LICENSES:
        if known.lower() == low:
            return known
    return text


def allows_redistribution(license_id: str | None) -> bool:
    """Whether an article under `license_id` may have its text published in `article_texts`."""
    return license_id in OPEN_LICENSES


# The licence of the derived tables (everything but the article texts).
DATASET_LICENSE = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                   "path": "https://creativecommons.org/licenses/by/4.0/"}


def package_licenses(article_licenses: dict[str | None, int]) -> list[dict]:
    """The package's `licenses`: the derived tables under the dataset's licence, then each licence of the
    article texts with the number of articles under it (no licence: all rights reserved, text not published)."""
    out = [{**DATASET_LICENSE, "newscoder:scope": "the derived tables (every table but article_texts)"}]
    for lic in sorted(k for k in article_licenses if k):
        n = article_licenses[lic]
        where = "published in article_texts" if allows_redistribution(lic) else "not published (not an open licence)"
        out.append({**license_entry(lic), "newscoder:scope": f"the text of {n} article{'s' * (n != 1)}, {where}"})
    if article_licenses.get(None):
        n = article_licenses[None]
        out.append({"name": "LicenseRef-all-rights-reserved", "title": "All rights reserved (licence unknown)",
                    "newscoder:scope": f"the text of {n} article{'s' * (n != 1)}, not published"})
    return out


def license_entry(license_id: str) -> dict:
    """A Frictionless `licenses` entry for one licence id (name, title and path when known)."""
    title, url = OPEN_LICENSES.get(license_id, (license_id, None))
    entry = {"name": license_id, "title": title}
    if url:
        entry["path"] = url
    return entry
