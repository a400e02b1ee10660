"""The dispatch date of a news item: 新华社莫斯科11月23日电, 本报北京1月15日讯, 1998年11月23日上午,

Relative time words resolve against this date (spec section 2): a paper prints
on the 24th what Xinhua filed on the 23rd.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Optional

from jishi.time.numerals import FULLWIDTH_DIGITS, to_int
from jishi.time.patterns import DAY_NUM, MONTH_NUM, YEAR_NUM
from jishi.time.resolve import make_date, parse_date, shift_month
from jishi.time.words import load_time_words

# How far into the text a dateline may sit.
DATELINE_WINDOW = 200
# A date opening the text (1998年11月23日上午,) may follow a short title or bracket.
OPENING_WINDOW = 12
# A day-only dateline (法新社巴黎二日电) sits right at the start.
DAY_ONLY_WINDOW = 40
# An opening date is a dateline only if the document is dated this many days
# after it at most (else it is history: 1995年10月16日，当……).
OPENING_MAX_LAG_DAYS = 30
# The opening date may stand at the head of any of the first paragraphs.
OPENING_PARAGRAPHS = 4


@functools.lru_cache(maxsize=1)
def _dateline_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    month_day = rf"(?P<month>{MONTH_NUM})月(?P<day>{DAY_NUM})日"
    # 日电 / 日讯, with a few characters between for 日专电, 日英文电 (not 电话, 电视).
    filed = r"[^\d\s。,，;；:：]{0,4}?(?:电(?![话视影脑力网子信报])|讯)"
    agency = re.compile(rf"(?<!\d)(?:(?P<year>{YEAR_NUM})年)?{month_day}{filed}")
    day_only = re.compile(rf"(?<![\d月])(?P<day>{DAY_NUM})日{filed}")
    opening = re.compile(rf"(?<!\d)(?P<year>{YEAR_NUM})年{month_day}(?![至到\-—~～])")
    return agency, day_only, opening


def _fill_year(month: int, day: int, meta: Optional[dt.date]) -> Optional[dt.date]:
    """A year-less dateline takes the document's year, or the one before if that lands after it."""
    if meta is None:
        return None
    date = make_date(meta.year, month, day)
    ahead = load_time_words().inference["dateline_ahead_days"]
    if date is None or (date - meta).days > ahead:
        date = make_date(meta.year - 1, month, day)
    return date


def _fill_month(day: int, meta: Optional[dt.date]) -> Optional[dt.date]:
    """A day-only dateline takes the document's month, or the one before if that lands after it."""
    if meta is None:
        return None
    date = make_date(meta.year, meta.month, day)
    ahead = load_time_words().inference["dateline_ahead_days"]
    if date is None or (date - meta).days > ahead:
        year, month = shift_month(meta.year, meta.month, -1)
        date = make_date(year, month, day)
    return date


def _same_day_with_year(head: str, opening: re.Pattern, month: int, day: int) -> Optional[dt.date]:
    for m in opening.finditer(head):
        if to_int(m.group("month")) == month and to_int(m.group("day")) == day:
            return make_date(to_int(m.group("year")), month, day)
    return None


def find_dateline(text: str, meta_date: Optional[str]) -> Optional[str]:
    """The dispatch date (YYYY-MM-DD) in the first ~200 characters, or None.

    A dateline without a year takes its year from `meta_date`; with neither, None.
    """
    head = text[:DATELINE_WINDOW].translate(FULLWIDTH_DIGITS)
    meta = parse_date(meta_date)
    agency, day_only, opening = _dateline_regexes()
    m = agency.search(head)
    if m:
        month, day, year = to_int(m.group("month")), to_int(m.group("day")), to_int(m.group("year"))
        if year is not None:
            date = make_date(year, month, day)
        elif meta is not None:
            date = _fill_year(month, day, meta)
        else:
            # 本报北京10月12日讯 1999年10月12日上午: the year from a full date of the same day nearby.
            date = _same_day_with_year(head, opening, month, day)
        return date.isoformat() if date else None
    m = day_only.search(head, 0, DAY_ONLY_WINDOW)
    if m:
        date = _fill_month(to_int(m.group("day")), meta)
        return date.isoformat() if date else None
    # A date opening one of the first paragraphs (a subtitle may come first).
    for line in head.split("\n")[:OPENING_PARAGRAPHS]:
        stripped = line.lstrip(" \t\r\u3000(（【[\"“")
        m = opening.search(stripped, 0, OPENING_WINDOW + 16)
        if m is None or m.start() > OPENING_WINDOW:
            continue
        date = make_date(to_int(m.group("year")), to_int(m.group("month")), to_int(m.group("day")))
        if date is None or (meta and not 0 <= (meta - date).days <= OPENING_MAX_LAG_DAYS):
            return None
        return date.isoformat()
    return None
