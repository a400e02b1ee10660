"""Turn the parsed fields of a time expression into a DateValue, given an anchor date.

Without an anchor only absolute expressions (1998年11月23日, 1999年春) resolve;
everything else is precision `unknown` with value None.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from jishi.document import DateValue
from jishi.time.words import TimeWords, load_time_words


def parse_date(text: Optional[str]) -> Optional[dt.date]:
    """YYYY-MM-DD (a longer ISO timestamp is cut to its date) or None."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def make_date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def infer_year(month: int, day: int, anchor: dt.date, inference) -> int:
    """The anchor's year, unless that puts month-day too far ahead or behind it."""
    probe = make_date(anchor.year, month, min(day, 28))
    delta = (probe - anchor).days
    if delta > inference["year_ahead_days"]:
        return anchor.year - 1
    if -delta > inference["year_behind_days"]:
        return anchor.year + 1
    return anchor.year


def _day(d: dt.date, text) -> DateValue:
    return DateValue(d.isoformat(), "day", text)


def _unknown(text) -> DateValue:
    return DateValue(None, "unknown", text)


def _holiday(f: dict, a: Optional[dt.date], words: TimeWords, text) -> DateValue:
    holiday = words.holidays[f["holiday"]]
    year = f.get("year")
    if year is None and "year_offset" in f and a:
        year = a.year + f["year_offset"]
    if year is None and a is None:
        return _unknown(text)
    if holiday.month_day:
        month, day = holiday.month_day
        year = year if year is not None else infer_year(month, day, a, words.inference)
        date = make_date(year, month, day)
    else:
        if year is None:
            this_year = holiday.table.get(a.year)
            year = infer_year(this_year.month, this_year.day, a, words.inference) if this_year else a.year
        date = holiday.table.get(year)
    if date is None:
        return _unknown(text)
    if f.get("holiday_modifier"):
        return DateValue(date.isoformat()[:7], "month", text)
    return _day(date, text)


def _week(f: dict, a: Optional[dt.date], text) -> DateValue:
    if a is None:
        return _unknown(text)
    monday = a - dt.timedelta(days=a.weekday())
    weekday = f.get("weekday")
    if "week_offset" not in f:
        # A bare weekday: the most recent such day on or before the anchor.
        date = monday + dt.timedelta(days=weekday - 1)
        return _day(date - dt.timedelta(days=7) if date > a else date, text)
    monday += dt.timedelta(weeks=f["week_offset"])
    if weekday:
        return _day(monday + dt.timedelta(days=weekday - 1), text)
    return DateValue(monday.isoformat(), "week", text)


def _calendar(f: dict, a: Optional[dt.date], words: TimeWords, text) -> DateValue:
    year, month, day = f.get("year"), f.get("month"), f.get("day")
    if year is None and "year_offset" in f:
        if a is None:
            return _unknown(text)
        year = a.year + f["year_offset"]
    if month is None and "month_offset" in f:
        if a is None:
            return _unknown(text)
        year, month = shift_month(a.year, a.month, f["month_offset"])
    if month is None and day is None:
        if year is None:
            return _unknown(text)
        if f.get("season"):
            return DateValue(f"{year:04d}-{f['season']}", "season", text)
        return DateValue(f"{year:04d}", "year", text)
    if month is None:
        # A bare day: the anchor's month, or the one before if the day lies ahead.
        if a is None:
            return _unknown(text)
        year, month = a.year, a.month
        if day > a.day + words.inference["day_ahead_days"]:
            year, month = shift_month(year, month, -1)
    if year is None:
        if a is None:
            return _unknown(text)
        year = infer_year(month, day or 15, a, words.inference)
    if day is None:
        return DateValue(f"{year:04d}-{month:02d}", "month", text)
    date = make_date(year, month, day)
    return _day(date, text) if date else _unknown(text)


def _resolve_point(f: dict, a: Optional[dt.date], words: TimeWords) -> DateValue:
    text = f.get("text")
    kind = f.get("kind")
    if kind == "holiday":
        return _holiday(f, a, words, text)
    if kind == "week" or "week_offset" in f or "weekday" in f:
        return _week(f, a, text)
    if "day_offset" in f:
        return _day(a + dt.timedelta(days=f["day_offset"]), text) if a else _unknown(text)
    return _calendar(f, a, words, text)


def _resolve_end(end: dict, start: DateValue, text) -> Optional[DateValue]:
    """The far end of a range, filling what it leaves out from the start."""
    if start.precision == "day":
        s = dt.date.fromisoformat(start.value)
        if "day" not in end:
            return None
        year, month = end.get("year", s.year), end.get("month", s.month)
        if "month" not in end and end["day"] < s.day:
            year, month = shift_month(year, month, 1)
        elif "year" not in end and (year, month) < (s.year, s.month):
            year += 1
        date = make_date(year, month, end["day"])
        return _day(date, text) if date and date >= s else None
    if start.precision == "month" and "month" in end and "day" not in end:
        s_year, s_month = (int(x) for x in start.value.split("-"))
        year = end.get("year", s_year + (1 if end["month"] < s_month else 0))
        return DateValue(f"{year:04d}-{end['month']:02d}", "month", text)
    if start.precision == "year" and set(end) == {"year"}:
        return DateValue(f"{end['year']:04d}", "year", text)
    return None


def resolve_range(fields: dict, anchor: Optional[str]) -> tuple[DateValue, Optional[DateValue]]:
    """(start, end) of a parsed expression; end is None unless it is a range."""
    words = load_time_words()
    start = _resolve_point(fields, parse_date(anchor), words)
    end = None
    if fields.get("end") and start.value:
        end = _resolve_end(fields["end"], start, fields.get("text"))
    return start, end


def resolve(fields: dict, anchor: Optional[str]) -> DateValue:
    """The date of a parsed expression (a range by its first day)."""
    return resolve_range(fields, anchor)[0]
