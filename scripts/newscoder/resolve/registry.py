"""The curated actor registry (data/registry/actors.csv + aliases.csv), edited by people.

A registered actor keeps its registry `actor_id` in every build; its aliases beat the NER model
(an alias found in an article gives the registry's name, type and country).
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from newscoder.paths import PACKAGE_REPO

ACTOR_TYPES = ("person", "organization", "state", "group", "other")
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|sir)\.?\s+", re.I)
_POSSESSIVE = re.compile(r"'s$")
_LEADING_THE = re.compile(r"^the\s+", re.I)
_PUNCTUATION = re.compile(r"[^\w\s&-]")
# "U.S.", "U.K.": upper-case initials each with its dot (two or more), the dotted spelling of a short form
_DOTTED_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}(?=\s|$)")


@functools.lru_cache(maxsize=1 << 14)  # speed: the same names are normalised again and again
def normalize_name(text: str) -> str:
    """Lookup key for names: accents, case, a leading "the", possessive and punctuation ignored."""
    if not text.isascii():  # ASCII has no accents to strip (NFKD leaves it as it is): speed
        text = unicodedata.normalize("NFKD", text)
        # (and no invisible format character, Unicode category Cf: a zero-width joiner is no part of a name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")
        text = text.replace("’", "'")
    text = _POSSESSIVE.sub("", text.strip())
    text = _LEADING_THE.sub("", text)
    text = _HONORIFIC.sub("", text)
    text = _PUNCTUATION.sub(" ", text)
    return " ".join(text.casefold().split())


@dataclass(frozen=True, slots=True)
class RegistryActor:
    actor_id: str
    name: str
    actor_type: str
    country_iso3: str | None = None
    wikidata_id: str | None = None
    parent_actor_id: str | None = None
    role: str | None = None


@dataclass(slots=True)
class Registry:
    actors: dict[str, RegistryActor] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)  # normalized alias -> actor ids
    upper_only: set[str] = field(default_factory=set)  # keys of short acronyms: "WHO" must not match "who"
    files: tuple[Path, ...] = ()
    # speed: state() looked up by country code, rebuilt when actors are added
    _states: tuple[int, dict[str | None, RegistryActor]] | None = field(default=None, repr=False, compare=False)

    def get(self, actor_id: str | None) -> RegistryActor | None:
        return self.actors.get(actor_id) if actor_id else None

    def lookup(self, text: str, actor_type: str | None = None) -> RegistryActor | None:
        """The registered actor a name or alias stands for (None when unknown or ambiguous)."""
        key = normalize_name(text)
        if key in self.upper_only and not _is_acronym(text.strip()):
            return None
        ids = self.aliases.get(key, [])
        if not ids and "." in text and (undotted := undot_initials(text)) != text:
            # "U.S. Congress": the registered "US Congress" written with dotted initials (the lookup key
            # keeps "u s" apart from "us", so that spaced initials of people, "J. K. Rowling", still match)
            return self.lookup(undotted, actor_type)
        found = [self.actors[i] for i in ids if actor_type is None or self.actors[i].actor_type == actor_type]
        return found[0] if len(found) == 1 else None

    def state(self, iso3: str) -> RegistryActor | None:
        """The registered state actor for a country code (the first registered, if several)."""
        if self._states is None or self._states[0] != len(self.actors):
            states: dict[str | None, RegistryActor] = {}
            for actor in self.actors.values():
                if actor.actor_type == "state":
                    states.setdefault(actor.country_iso3, actor)
            self._states = (len(self.actors), states)
        return self._states[1].get(iso3)

    def fingerprint(self) -> str:
        """sha256 over the registry files (for build caches)."""
        h = hashlib.sha256()
        for path in self.files:
            h.update(path.name.encode())
            h.update(path.read_bytes())
        return h.hexdigest()

    def __hash__(self) -> int:
        return hash(self.fingerprint())


def undot_initials(text: str) -> str:
    """"U.S. Congress" -> "US Congress": dotted upper-case initials written without their dots."""
    return _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)


_ACRONYM_THE = re.compile(r"^the\s+", re.I)  # (speed: compiled once, not looked up per call)
_ACRONYM_POSSESSIVE = re.compile(r"(?:'s|’s)$")


def _is_acronym(text: str) -> bool:
    core = _ACRONYM_POSSESSIVE.sub("", _ACRONYM_THE.sub("", text))
    letters = [c for c in core if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


def default_registry_path() -> Path:
    repo = PACKAGE_REPO / "data" / "registry"
    return repo if repo.is_dir() else Path("data/registry")


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def load_registry(path: Path | None = None) -> Registry:
    """Read actors.csv and aliases.csv from `path` (default: the repository's data/registry)."""
    folder = Path(path) if path is not None else default_registry_path()
    reg = Registry()
    actors_csv, aliases_csv = folder / "actors.csv", folder / "aliases.csv"
    files = []
    if actors_csv.exists():
        files.append(actors_csv)
        with actors_csv.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                actor = RegistryActor(
                    actor_id=row["actor_id"].strip(),
                    name=row["name"].strip(),
                    actor_type=row["actor_type"].strip(),
                    country_iso3=_clean(row.get("country_iso3")),
                    wikidata_id=_clean(row.get("wikidata_id")),
                    parent_actor_id=_clean(row.get("parent_actor_id")),
                    role=_clean(row.get("role")),
                )
                if actor.actor_type not in ACTOR_TYPES:
                    raise ValueError(f"{actors_csv}: {actor.actor_id} has unknown actor_type {actor.actor_type!r}")
                reg.actors[actor.actor_id] = actor
                reg.aliases.setdefault(normalize_name(actor.name), []).append(actor.actor_id)
    if aliases_csv.exists():
        files.append(aliases_csv)
        with aliases_csv.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                actor_id, alias = row["actor_id"].strip(), row["alias"].strip()
                if actor_id not in reg.actors:
                    raise ValueError(f"{aliases_csv}: alias {alias!r} names unknown actor {actor_id!r}")
                ids = reg.aliases.setdefault(normalize_name(alias), [])
                if actor_id not in ids:
                    ids.append(actor_id)
    # a key is case-sensitive only when every spelling registered for it is a short acronym
    spellings: dict[str, list[str]] = {}
    for actor in reg.actors.values():
        spellings.setdefault(normalize_name(actor.name), []).append(actor.name)
    if aliases_csv.exists():
        with aliases_csv.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                spellings.setdefault(normalize_name(row["alias"]), []).append(row["alias"].strip())
    reg.upper_only = {k for k, forms in spellings.items() if all(_is_acronym(f) for f in forms)}
    _full_names(reg, spellings)
    reg.files = tuple(files)
    return reg


_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
# the number words of 1-99 ("seventy-seven"), for the figures of acronyms
NUMBER_WORDS = (*_UNITS[1:], *(t + ("-" + u if u else "") for t in _TENS for u in ("", *_UNITS[1:10])))


def number_word_value(word: str) -> int | None:
    """"Seven" -> 7, "Twenty" -> 20, "Seventy-Seven" -> 77: the value of an English number word (1-99)."""
    low = word.lower()
    if low in _UNITS[1:]:
        return _UNITS.index(low)
    tens, _, unit = low.partition("-")
    if tens in _TENS and (not unit or unit in _UNITS[1:10]):
        return _TENS[tens] + (_UNITS.index(unit) if unit else 0)
    return None


def _initials(name: str) -> str:
    """"North Atlantic Treaty Organization" -> "NATO"; a number word gives its figures, as in the short forms
    of "Group of Seven" ("G7") and "Group of Twenty" ("G20")."""
    out = []
    for word in re.split(r"[\s,]+", name):
        value = number_word_value(word)
        if value is not None and word[:1].isupper():
            out.append(str(value))
            continue
        out.extend(w[0] for w in word.split("-") if w[:1].isupper())
    return "".join(out)


def _full_names(reg: Registry, spellings: dict[str, list[str]]) -> None:
    """A body registered under its acronym ("NATO") is named by the one registered synonym of several words
    whose initials spell it ("North Atlantic Treaty Organization"); the acronym stays a synonym. News outlets
    too ("British Broadcasting Corporation"): the audit rubric's own examples count an outlet's acronym as a
    name cut short; an outlet with no such synonym (CNN) keeps its acronym."""
    synonyms: dict[str, list[str]] = {}
    for key, ids in reg.aliases.items():
        for actor_id in ids:
            synonyms.setdefault(actor_id, []).extend(spellings.get(key, []))
    for actor in list(reg.actors.values()):
        name = actor.name
        # "G7": capitals then figures are an acronym too ("Group of Seven")
        if actor.actor_type != "organization" \
                or not re.fullmatch(r"[A-Z]+[0-9]*", name) or len(name) < 2:
            continue
        full = {s for s in synonyms.get(actor.actor_id, ()) if len(s.split()) >= 2 and _initials(s) == name}
        if len(full) == 1:
            reg.actors[actor.actor_id] = dataclasses.replace(actor, name=full.pop())
