"""The one regular expression that finds time expressions, built from time_words.yaml.

Python's regex takes the first alternative that matches, not the longest, so
every word list is sorted longest first and the branches are ordered so that
the longer reading comes first (今年春节 is a holiday, not 今年 + 春).
Branches and their named groups:

  holiday   [h_year 年 | h_year_word] holiday [h_mod]           今年春节前夕
  calendar  [year 年 | year_word] [season | year_part]
            [month 月 | month_word] [month_part | 份]
            [day 日/号] [day_part] [sep e_year 年 e_month 月 e_day 日]  1998年11月23日上午, 4月4日至10日
  week      week_word [weekday] | 周/星期 weekday2, [week_part]      下周一, 周末
  day word  day_word [dw_part]                                     今天下午
  alone     alone                                                  近日, 今晚, 月底
"""
from __future__ import annotations

import functools
import re

from jishi.time.words import RelativeWord, TimeWords, load_time_words

# Numbers (grammar, not vocabulary).  Chinese numerals are accepted too.
YEAR_NUM = r"(?:1[89]\d\d|20\d\d|[〇零一二三四五六七八九]{4})"
MONTH_NUM = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
# A one-character Chinese day before 前 is a name or a count (安倍晋三日前), not a date.
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9]|三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九](?!日前))"
# 30日元 is money, 3日内 a duration; 1号文件 and 2号线 are not dates.
DAY_END = r"(?!元|内|之内|以内)"
HAO_END = r"(?![文线楼院令机码台舰星位件])"
DAY_UNIT = rf"(?:{DAY_NUM}日{DAY_END}|\d{{1,2}}号{HAO_END})"
NUMERAL_START = r"[0-9〇零一二三四五六七八九十]"


def _alternation(items) -> str:
    """Escaped alternatives, longest first."""
    return "|".join(re.escape(x) for x in sorted(items, key=lambda s: (-len(s), s)))


def _word(entry: RelativeWord) -> str:
    """One relative word with the context it must not sit in."""
    pattern = re.escape(entry.word)
    if entry.not_after:
        pattern = f"(?<![{re.escape(entry.not_after)}]){pattern}"
    if entry.not_before:
        pattern += f"(?!{_alternation(entry.not_before)})"
    return pattern


def _words(entries) -> str:
    ordered = sorted(entries, key=lambda e: (-len(e.word), e.word))
    return "|".join(_word(e) for e in ordered) or "(?!)"


def _seasons(words: TimeWords) -> str:
    # A lone 春 before 节 is the Spring Festival, not spring.
    guard = f"(?!{_alternation(words.season_not_before)})" if words.season_not_before else ""
    return "|".join(
        re.escape(s) + (guard if len(s) == 1 else "")
        for s in sorted(words.seasons, key=lambda s: (-len(s), s))
    )


def build_pattern(words: TimeWords) -> str:
    rel = list(words.relative.values())
    year_words = _words(e for e in rel if e.unit == "year" and not e.alone)
    month_words = _words(e for e in rel if e.unit == "month" and not e.alone)
    week_words = _words(e for e in rel if e.unit == "week" and not e.alone)
    day_words = _words(e for e in rel if e.unit == "day" and not e.alone)
    alone_words = _words(e for e in rel if e.alone)
    parts = _alternation(words.parts_of_day)
    weekday = f"[{''.join(words.weekdays)}]"
    sep = _alternation(words.range_separators)

    holiday = (
        rf"(?:(?<!\d)(?P<h_year>{YEAR_NUM})年|(?P<h_year_word>{year_words}))?"
        rf"(?P<holiday>{_alternation(words.holidays)})(?P<h_mod>{_alternation(words.holiday_modifiers)})?"
    )
    range_end = (
        rf"(?:{sep})(?=(?:{YEAR_NUM}年)?(?:{MONTH_NUM}月)?{DAY_UNIT}|(?:{YEAR_NUM}年)?{MONTH_NUM}月|{YEAR_NUM}年)"
        rf"(?:(?P<e_year>{YEAR_NUM})年)?(?:(?P<e_month>{MONTH_NUM})月)?"
        rf"(?:(?P<e_day>{DAY_NUM})日{DAY_END}|(?P<e_day_h>\d{{1,2}})号{HAO_END})?"
    )
    calendar = (
        r"(?<![\d.])"
        rf"(?:(?P<year>{YEAR_NUM})年(?!代)|(?P<year_word>{year_words})"
        rf"|(?={MONTH_NUM}月|{DAY_UNIT}|{month_words}))"
        rf"(?:(?P<season>{_seasons(words)})|(?P<year_part>{_alternation(words.year_parts)}))?"
        rf"(?:(?:(?P<month>{MONTH_NUM})月|(?P<month_word>{month_words}))"
        rf"(?:(?P<month_part>{_alternation(words.month_parts)})|份)?)?"
        rf"(?:(?:(?P<day>{DAY_NUM})日{DAY_END}|(?P<day_h>\d{{1,2}})号{HAO_END})(?P<day_part>{parts})?)?"
        rf"(?:{range_end})?"
    )
    week = (
        rf"(?:(?P<week_word>{week_words})(?P<weekday>{weekday})?"
        rf"|(?<![{re.escape(words.weekday_not_after) or ' '}])(?:{_alternation(words.weekday_names)})(?P<weekday2>{weekday}))"
        rf"(?P<week_part>{parts})?"
    )
    day_word = rf"(?P<day_word>{day_words})(?P<dw_part>{parts})?"
    alone = rf"(?P<alone>{alone_words})"
    zone = rf"(?P<zone>{_alternation(words.zone_prefixes)})?"
    return f"{zone}(?:{holiday}|{calendar}|{week}|{day_word}|{alone})"


def first_chars(words: TimeWords) -> str:
    """Every character an expression can start with: a cheap class tried before the branches."""
    chars = set("0123456789〇零一二三四五六七八九十")
    for group in (words.relative, words.holidays, words.zone_prefixes, words.weekday_names):
        chars.update(w[0] for w in group)
    return "".join(sorted(chars))


@functools.lru_cache(maxsize=1)
def time_regex() -> re.Pattern:
    words = load_time_words()
    # The leading class lets the engine skip most positions at once (about 6x faster).
    return re.compile(f"(?=[{re.escape(first_chars(words))}])(?:{build_pattern(words)})")
