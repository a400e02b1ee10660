"""Find time expressions in text: a pure matcher, then resolution against an anchor date.

`match_times` finds every expression with its parsed fields, in one pass of one
regex; `resolve` / `resolve_range` (jishi.time.resolve) turn fields into dates;
`find_times` does both.  Parsed fields (only those present are set):

  kind          calendar|week|relative|holiday
  year, month, day                absolute numbers
  year_offset, month_offset, week_offset, day_offset   relative to the anchor
  season        SP|SU|AU|WI;  year_part, month_part, part_of_day: labels
  weekday       1 (Monday) .. 7 (Sunday)
  holiday       the holiday word;  holiday_modifier  e.g. 前夕
  end           {year, month, day} of the range's far end (4月4日至10日)
  text          the matched text
"""
from __future__ import annotations

from typing import Optional

from jishi.document import TimeMention
from jishi.time.numerals import FULLWIDTH_DIGITS, to_int
from jishi.time.patterns import time_regex
from jishi.time.resolve import resolve_range
from jishi.time.words import RelativeWord, TimeWords, load_time_words

_UNIT_FIELD = {"day": "day_offset", "week": "week_offset", "month": "month_offset", "year": "year_offset"}


def _relative_fields(entry: RelativeWord) -> dict:
    fields = {_UNIT_FIELD[entry.unit]: entry.offset}
    if entry.season:
        fields["season"] = entry.season
    if entry.part:
        key = {"day": "part_of_day", "week": "part_of_day", "month": "month_part", "year": "year_part"}[entry.unit]
        fields[key] = entry.part
    return fields


def _year(g: dict, number: str, word: str, words: TimeWords) -> dict:
    if g[number]:
        return {"year": to_int(g[number])}
    if g[word]:
        return _relative_fields(words.relative[g[word]])
    return {}


def _calendar(g: dict, words: TimeWords) -> Optional[dict]:
    fields: dict = {"kind": "calendar", **_year(g, "year", "year_word", words)}
    if g["season"]:
        fields["season"] = words.seasons[g["season"]]
    if g["year_part"]:
        fields["year_part"] = words.year_parts[g["year_part"]]
    if g["month"]:
        fields["month"] = to_int(g["month"])
    elif g["month_word"]:
        fields.update(_relative_fields(words.relative[g["month_word"]]))
    if g["month_part"]:
        fields["month_part"] = words.month_parts[g["month_part"]]
    if g["day"] or g["day_h"]:
        fields["day"] = to_int(g["day"] or g["day_h"])
    if g["day_part"]:
        fields["part_of_day"] = words.parts_of_day[g["day_part"]]
    end = {
        key: to_int(g[name])
        for key, name in (("year", "e_year"), ("month", "e_month"), ("day", "e_day"))
        if g[name]
    }
    if g["e_day_h"]:
        end["day"] = to_int(g["e_day_h"])
    if end:
        fields["end"] = end
    if "year" in fields and not 1800 <= fields["year"] <= 2100:
        return None
    return fields


def _fields(g: dict, words: TimeWords) -> Optional[dict]:
    if g["holiday"]:
        fields = {"kind": "holiday", "holiday": g["holiday"], **_year(g, "h_year", "h_year_word", words)}
        if g["h_mod"]:
            fields["holiday_modifier"] = g["h_mod"]
        return fields
    if g["week_word"] or g["weekday2"]:
        fields = {"kind": "week"}
        if g["week_word"]:
            fields.update(_relative_fields(words.relative[g["week_word"]]))
        day = g["weekday"] or g["weekday2"]
        if day:
            fields["weekday"] = words.weekdays[day]
        if g["weekday2"] and g["weekday2"] == words.weekend_mark:
            fields["week_offset"] = 0  # 周末 alone: this week's, like 本周末
        if g["week_part"]:
            fields["part_of_day"] = words.parts_of_day[g["week_part"]]
        return fields
    if g["day_word"]:
        fields = {"kind": "relative", **_relative_fields(words.relative[g["day_word"]])}
        if g["dw_part"]:
            fields["part_of_day"] = words.parts_of_day[g["dw_part"]]
        return fields
    if g["alone"]:
        return {"kind": "relative", **_relative_fields(words.relative[g["alone"]])}
    return _calendar(g, words)


def match_times(text: str) -> list[tuple[int, int, str, dict]]:
    """Every time expression in `text`: (start, end, matched text, parsed fields), in order."""
    words = load_time_words()
    found = []
    for m in time_regex().finditer(text.translate(FULLWIDTH_DIGITS)):
        if m.end() == m.start():
            continue
        fields = _fields(m.groupdict(), words)
        if fields is None:
            continue
        if m.group("zone"):
            fields["zone"] = m.group("zone")
        surface = text[m.start():m.end()]
        fields["text"] = surface
        found.append((m.start(), m.end(), surface, fields))
    return found


def find_times(text: str, anchor: Optional[str]) -> list[TimeMention]:
    """Time mentions of `text`, resolved against `anchor` (YYYY-MM-DD or None)."""
    mentions = []
    for start, end, surface, fields in match_times(text):
        date, end_date = resolve_range(fields, anchor)
        mentions.append(TimeMention(start=start, end=end, text=surface, date=date, end_date=end_date))
    return mentions
