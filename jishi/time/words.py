"""The time-word tables of jishi/data/time_words.yaml, loaded once, read-only."""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping, Optional

from jishi.data import read_yaml
from jishi.errors import DataError

UNITS = ("day", "week", "month", "year")
SEASONS = ("SP", "SU", "AU", "WI")


@dataclass(frozen=True)
class RelativeWord:
    word: str
    unit: str
    offset: int
    alone: bool = False
    part: Optional[str] = None
    season: Optional[str] = None
    not_after: str = ""
    not_before: tuple[str, ...] = ()


@dataclass(frozen=True)
class Holiday:
    word: str
    month_day: Optional[tuple[int, int]]  # fixed date, or None for a table
    table: Mapping[int, dt.date]


@dataclass(frozen=True)
class TimeWords:
    relative: Mapping[str, RelativeWord]
    seasons: Mapping[str, str]
    season_not_before: tuple[str, ...]
    year_parts: Mapping[str, str]
    month_parts: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    weekday_names: tuple[str, ...]
    weekdays: Mapping[str, int]
    weekday_not_after: str
    weekend_mark: str
    holidays: Mapping[str, Holiday]
    holiday_modifiers: tuple[str, ...]
    range_separators: tuple[str, ...]
    zone_prefixes: tuple[str, ...]
    inference: Mapping[str, int]


def _frozen(d: dict) -> Mapping:
    return MappingProxyType(dict(d))


def _relative(word: str, entry: dict) -> RelativeWord:
    if not isinstance(entry, dict) or entry.get("unit") not in UNITS or not isinstance(entry.get("offset"), int):
        raise DataError(f"time_words.yaml: relative word {word!r} needs unit ({'|'.join(UNITS)}) and an int offset")
    if entry.get("season") not in (None, *SEASONS):
        raise DataError(f"time_words.yaml: relative word {word!r} has an unknown season")
    return RelativeWord(
        word=word,
        unit=entry["unit"],
        offset=entry["offset"],
        alone=bool(entry.get("alone", False)),
        part=entry.get("part"),
        season=entry.get("season"),
        not_after=str(entry.get("not_after", "")),
        not_before=tuple(entry.get("not_before", ())),
    )


def _holiday(word: str, entry: dict, tables: dict) -> Holiday:
    if "date" in entry:
        month, day = (int(x) for x in str(entry["date"]).split("-"))
        return Holiday(word, (month, day), _frozen({}))
    table = tables.get(entry.get("table"))
    if not table:
        raise DataError(f"time_words.yaml: holiday {word!r} names no known table")
    dates = {int(y): (d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))) for y, d in table.items()}
    return Holiday(word, None, _frozen(dates))


@functools.lru_cache(maxsize=1)
def load_time_words() -> TimeWords:
    raw = read_yaml("time_words.yaml")
    try:
        return TimeWords(
            relative=_frozen({w: _relative(w, e) for w, e in raw["relative"].items()}),
            seasons=_frozen(raw["seasons"]),
            season_not_before=tuple(raw.get("season_not_before", ())),
            year_parts=_frozen(raw["year_parts"]),
            month_parts=_frozen(raw["month_parts"]),
            parts_of_day=_frozen(raw["parts_of_day"]),
            weekday_names=tuple(raw["weekday_names"]),
            weekdays=_frozen(raw["weekdays"]),
            weekday_not_after=str(raw.get("weekday_not_after", "")),
            weekend_mark=str(raw.get("weekend_mark", "")),
            holidays=_frozen({w: _holiday(w, e, raw) for w, e in raw["holidays"].items()}),
            holiday_modifiers=tuple(raw["holiday_modifiers"]),
            range_separators=tuple(str(s) for s in raw["range_separators"]),
            zone_prefixes=tuple(raw["zone_prefixes"]),
            inference=_frozen(raw["inference"]),
        )
    except (KeyError, TypeError, ValueError) as err:
        raise DataError(f"time_words.yaml: {err!r}") from err
