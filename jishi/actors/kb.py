"""The actor knowledge base: countries, organisations, people with dated roles, titles.

Loaded from the TSV files of `jishi/data/` (see docs/data-formats.md) plus the
CLDR country names that Babel ships, so that every ISO 3166 region is known in
simplified and traditional Chinese.  A `KnowledgeBase` is immutable once built.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from jishi.data import data_files, read_tsv, read_yaml, split_list
from jishi.errors import DataError

ORG_CODES = {"UNO", "NAT", "EUR", "ASN", "SCO", "AFR", "ARL", "G7", "G20", "BRC", "IGO", "IMG"}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "REB", "BUS", "MED", "NGO", "CVL",
           "ELI", "OPP", "EDU", "REL", "LAB", "HLH", "REF", "IGO", "UAF", "AGR", "CRM"}


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    name_en: str
    names: tuple[str, ...]
    abbr: tuple[str, ...]
    capitals: tuple[str, ...]
    start: str = ""
    end: str = ""


@dataclass(frozen=True)
class Organisation:
    name: str
    name_en: str
    names: tuple[str, ...]
    country: str
    sector: str
    kind: str


@dataclass(frozen=True)
class Place:
    """A place that is no state: a province, city, region or venue (places.tsv)."""
    name: str
    country: str  # ISO alpha-3, or "" for regions across borders and disputed places
    kind: str  # province|city|region|landmark


@dataclass(frozen=True)
class Role:
    country: str
    sector: str
    role: str
    title: str
    start: str
    end: str

    def holds_on(self, day: Optional[str]) -> bool:
        """day: YYYYMMDD (or a prefix YYYY / YYYYMM, taken as its first day)."""
        if not day:
            return not self.end
        day = day.ljust(8, "0")
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)


@dataclass(frozen=True)
class Person:
    name: str
    name_en: str
    names: tuple[str, ...]
    roles: tuple[Role, ...]

    def role_on(self, day: Optional[str]) -> Optional[Role]:
        held = [r for r in self.roles if r.holds_on(day)]
        if not held:
            return None
        # The most senior role first: head of state/government before party or ministry roles.
        return min(held, key=lambda r: ROLE_RANK.get(r.role, 50))

    def country(self) -> str:
        return self.roles[0].country if self.roles else ""

    def active_between(self, day: Optional[str], slack_years: int = 0) -> bool:
        if not day:
            return True
        year = int(day[:4])
        for r in self.roles:
            start = int(r.start[:4]) if r.start else 0
            end = int(r.end[:4]) if r.end else 9999
            if start - slack_years <= year <= end + slack_years:
                return True
        return False


ROLE_RANK = {"head of state": 0, "general secretary": 1, "head of government": 2,
             "legislature speaker": 3, "vice president": 4, "vice premier": 5,
             "foreign minister": 6, "defence minister": 7}


@dataclass(frozen=True)
class Title:
    title: str
    sector: str
    role: str


@dataclass
class KnowledgeBase:
    countries: dict[str, Country] = field(default_factory=dict)
    organisations: list[Organisation] = field(default_factory=list)
    people: dict[str, list[Person]] = field(default_factory=dict)  # every surface form → people
    titles: dict[str, Title] = field(default_factory=dict)
    suffixes: dict[str, tuple[str, str]] = field(default_factory=dict)  # suffix → (sector, kind)
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 波罗的海三国 → (EST, LVA, LTU)
    places: dict[str, Place] = field(default_factory=dict)  # every surface form → place

    def country_names(self) -> dict[str, str]:
        """surface form → iso3 (full names, not one-character abbreviations)."""
        out: dict[str, str] = {}
        for c in self.countries.values():
            for n in (c.name,) + c.names:
                out.setdefault(n, c.iso3)
        return out

    def abbreviations(self) -> dict[str, list[str]]:
        """abbreviation → countries, the default reading first (abbreviations.yaml)."""
        out: dict[str, list[str]] = {}
        for c in self.countries.values():
            for a in c.abbr:
                out.setdefault(a, []).append(c.iso3)
        for abbr, iso in abbreviation_defaults().items():
            if iso in out.get(abbr, []):
                out[abbr].remove(iso)
                out[abbr].insert(0, iso)
        return out

    def capitals(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for c in self.countries.values():
            for cap in c.capitals:
                out.setdefault(cap, c.iso3)
        return out

    def organisation_for_code(self, code: str) -> Optional[Organisation]:
        """The body an organisation code stands for (ASN → 东盟): the first row with that code."""
        return next((o for o in self.organisations if o.country == code), None)

    def organisation_names(self) -> dict[str, Organisation]:
        out: dict[str, Organisation] = {}
        for o in self.organisations:
            for n in (o.name,) + o.names:
                out.setdefault(n, o)
        return out


@lru_cache(maxsize=1)
def abbreviation_defaults() -> dict[str, str]:
    data = read_yaml("abbreviations.yaml") or {}
    return {str(k): str(v) for k, v in (data.get("defaults") or {}).items()}


def _check_date(value: str, where: str) -> str:
    if value and (len(value) != 8 or not value.isdigit()):
        raise DataError(f"{where}: date {value!r} is not YYYYMMDD")
    return value


# Taiwan forms that, in simplified characters, are also names of people or common words
# (马利 Mali, 查德 Chad, 尼日 Niger): left to the other forms of those countries.
AMBIGUOUS_TAIWAN_FORMS = {"马利", "查德", "尼日", "东加", "根息"}


def _babel_names() -> dict[str, list[str]]:
    """iso2 → CLDR names in simplified and traditional Chinese, and the traditional (Taiwan) names
    written in simplified characters, as AFP and Zaobao print them (南韩, 纽西兰, 沙乌地阿拉伯)."""
    try:
        from babel import Locale
    except ImportError:  # Babel is a dependency; stay usable without it
        return {}
    from jishi.normalise.chars import simplified_name
    out: dict[str, list[str]] = {}
    for loc in ("zh", "zh_Hant"):
        for code, name in Locale.parse(loc).territories.items():
            if len(code) == 2 and code.isalpha():
                names = out.setdefault(code, [])
                forms = [name] + ([simplified_name(name)] if loc == "zh_Hant" else [])
                names.extend(f for f in forms if f not in names and f not in AMBIGUOUS_TAIWAN_FORMS)
    return out


def load_countries() -> dict[str, Country]:
    babel = _babel_names()
    out: dict[str, Country] = {}
    for lineno, row in read_tsv("countries.tsv", ("iso3", "iso2", "name")):
        where = f"countries.tsv:{lineno}"
        names = split_list(row.get("aliases", ""))
        for extra in babel.get(row["iso2"], []):
            # CLDR adds forms like 中国香港特别行政区; keep them all, they are full names.
            if extra not in names and extra != row["name"]:
                names.append(extra)
        previous = out.get(row["iso3"])
        if previous is not None:  # one code, several eras (YUG): one entry knows every name
            names = list(previous.names) + [row["name"]] + [n for n in names if n not in previous.names]
            row = {**row, "name": previous.name}
        out[row["iso3"]] = Country(
            iso3=row["iso3"], iso2=row["iso2"], name=row["name"], name_en=row.get("name_en", ""),
            names=tuple(names), abbr=tuple(split_list(row.get("abbr", ""))),
            capitals=tuple(split_list(row.get("capital", ""))),
            start=_check_date(row.get("start", ""), where), end=_check_date(row.get("end", ""), where))
    return out


def load_organisations() -> list[Organisation]:
    out = []
    for lineno, row in read_tsv("organisations.tsv", ("name", "country", "sector")):
        out.append(Organisation(row["name"], row.get("name_en", ""), tuple(split_list(row.get("aliases", ""))),
                                row["country"], row["sector"], row.get("kind") or "organisation"))
    return out


def load_people() -> dict[str, list[Person]]:
    rows: dict[tuple[str, str], dict] = {}
    for path in data_files("people*.tsv"):
        for lineno, row in read_tsv(path, ("name", "country", "sector", "start")):
            where = f"{path.rsplit('/', 1)[-1]}:{lineno}"
            key = (row["name"], row.get("name_en", ""))
            entry = rows.setdefault(key, {"aliases": [], "roles": []})
            for a in split_list(row.get("aliases", "")):
                if a not in entry["aliases"]:
                    entry["aliases"].append(a)
            entry["roles"].append(Role(row["country"], row["sector"], row.get("role", ""), row.get("title", ""),
                                       _check_date(row["start"], where), _check_date(row.get("end", ""), where)))
    people: dict[str, list[Person]] = {}
    for (name, name_en), entry in rows.items():
        p = Person(name, name_en, tuple(entry["aliases"]), tuple(sorted(entry["roles"], key=lambda r: r.start)))
        for surface in {name, *entry["aliases"]}:
            people.setdefault(surface, []).append(p)
    return people


def load_titles() -> dict[str, Title]:
    return {row["title"]: Title(row["title"], row.get("sector") or "GOV", row.get("role", ""))
            for _, row in read_tsv("titles.tsv", ("title", "sector"))}


def load_suffixes() -> dict[str, tuple[str, str]]:
    return {row["suffix"]: (row.get("sector") or "GOV", row.get("kind") or "organisation")
            for _, row in read_tsv("org_suffixes.tsv", ("suffix", "sector"))}


def load_groups() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for lineno, row in read_tsv("country_groups.tsv", ("name", "members")):
        members = tuple(split_list(row["members"]))
        if len(members) < 2:
            raise DataError(f"country_groups.tsv:{lineno}: a group needs two members or more")
        for surface in [row["name"], *split_list(row.get("aliases", ""))]:
            out[surface] = members
    return out


PLACE_KINDS = {"province", "city", "region", "landmark"}


def load_places() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for lineno, row in read_tsv("places.tsv", ("name", "kind")):
        if row["kind"] not in PLACE_KINDS:
            raise DataError(f"places.tsv:{lineno}: kind {row['kind']!r} is none of {sorted(PLACE_KINDS)}")
        place = Place(row["name"], row.get("country", ""), row["kind"])
        for surface in [row["name"], *split_list(row.get("aliases", ""))]:
            out.setdefault(surface, place)
    return out


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The knowledge base of the shipped data files (built once, never mutated)."""
    return KnowledgeBase(load_countries(), load_organisations(), load_people(), load_titles(), load_suffixes(),
                         load_groups(), load_places())
