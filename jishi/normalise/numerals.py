"""Chinese numerals in dates to digits: 一九九八年十一月二十三日 -> 1998年11月23日.

Only in date contexts, so 一些, 第一, 十分, 三年, 五月花 stay as they are:
- a year: four digit-by-digit numerals starting 一 or 二, before 年 (二〇〇三年);
- a month before 月, when 年 precedes it (去年五月) or a day, 份, 初, 底, 末 or
  上/中/下旬 follows it (三月份 -> 3月份);
- a day before 日 or 号 right after 月 (十一月二十三日, 本月十九日), also in a
  range (一月七日至九日, 一月二十四至二十五日);
- a day of two or more numerals before 日 standing alone (十九日, 三十一日), but
  not one numeral (三日 may be "three days").
"""
from __future__ import annotations

import re

DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ONE_TO_NINE = "一二三四五六七八九"
YEAR_DIGITS = "〇○零" + ONE_TO_NINE
# Not part of a longer number, an ordinal (第一) or an estimate (几, 数).
NOT_AFTER = rf"(?<![{YEAR_DIGITS}十百千万两几数第\d])"

MONTH = f"(?:十[一二]?|[{ONE_TO_NINE}])"
DAY = f"(?:三十一?|二十[{ONE_TO_NINE}]?|十[{ONE_TO_NINE}]?|[{ONE_TO_NINE}])"
LONG_DAY = f"(?:三十一?|二十[{ONE_TO_NINE}]?|十[{ONE_TO_NINE}])"
# A day ends in 日/号, or is the first of a range (一月二十四至二十五日).
DAY_END = rf"[日号]|[至到、和]{DAY}[日号]"
# A day follows its month or the first day of a range (一月七日至九日).
AFTER_MONTH_OR_RANGE = "(?:(?<=月)|(?<=[日号][至到、和]))"
AFTER_MONTH = rf"(?:份|初|底|末|[上中下]旬|{DAY}(?:{DAY_END})|\d{{1,2}}[日号])"

DATE_NUMERAL = re.compile(
    "|".join(
        (
            rf"{NOT_AFTER}(?P<year>[一二][{YEAR_DIGITS}]{{3}})(?=年)",
            rf"{NOT_AFTER}(?<=年)(?P<month>{MONTH})(?=月)",
            rf"{NOT_AFTER}(?P<month_ctx>{MONTH})(?=月{AFTER_MONTH})",
            rf"{AFTER_MONTH_OR_RANGE}(?P<day>{DAY})(?={DAY_END})",
            rf"{NOT_AFTER}(?<!月)(?P<long_day>{LONG_DAY})(?=日)",
        )
    )
)
# Runs of numerals before a date unit: cheap to find, and the only places
# where DATE_NUMERAL (slow to scan with its lookbehinds) is tried.
CANDIDATE = re.compile(f"[{YEAR_DIGITS}十]+[年月日号至到、和]")


def numeral_value(numeral: str) -> int:
    """Value of a month/day numeral up to 三十一: 十 10, 十九 19, 二十 20, 二十三 23."""
    if "十" not in numeral:
        return DIGITS[numeral]
    tens, _, units = numeral.partition("十")
    return DIGITS.get(tens, 1) * 10 + DIGITS.get(units, 0)


def _digits(match: re.Match[str]) -> str:
    if match.group("year"):
        return "".join(str(DIGITS[c]) for c in match.group("year"))
    return str(numeral_value(match.group()))


def date_numerals_to_digits(text: str) -> list[tuple[int, int, str]]:
    """Replacements (start, end, digits) for the date numerals in `text`."""
    found = []
    for run in CANDIDATE.finditer(text):
        pos = run.start()
        while pos < run.end() - 1:
            match = DATE_NUMERAL.match(text, pos)
            if match:
                found.append((match.start(), match.end(), _digits(match)))
                pos = match.end()
            else:
                pos += 1
    return found
