"""The time stage: datelines, time expressions and their resolution (jishi/time/)."""
import pytest

from jishi.time import find_dateline, find_times, match_times, resolve, resolve_range
from jishi.time.words import load_time_words

# 1998-11-23 is a Monday; 2023-03-30 a Thursday; 2002-04-07 a Sunday.
MON = "1998-11-23"
THU = "2023-03-30"

# (text, anchor, expected value, expected precision)
RESOLVE_ROWS = [
    # Absolute dates, digits half- and full-width, Chinese numerals.
    ("1998年11月23日", None, "1998-11-23", "day"),
    ("1998年11月23日上午", "1999-01-01", "1998-11-23", "day"),
    ("１９９８年１１月２３日", None, "1998-11-23", "day"),
    ("一九九八年十一月二十三日", None, "1998-11-23", "day"),
    ("二〇二四年二月二十九日", None, "2024-02-29", "day"),
    ("11月23日", "1998-11-25", "1998-11-23", "day"),
    ("12月28日", "1999-01-05", "1998-12-28", "day"),
    ("1月3日", "1998-12-20", "1999-01-03", "day"),
    ("2月16日", "1998-01-24", "1998-02-16", "day"),
    ("23日", "1998-11-25", "1998-11-23", "day"),
    ("26日", MON, "1998-11-26", "day"),
    ("28日", MON, "1998-10-28", "day"),
    ("30日", "2024-01-02", "2023-12-30", "day"),
    ("29日", "2024-03-01", "2024-02-29", "day"),
    ("29日", "2023-03-01", None, "unknown"),
    ("十九日", "1998-01-21", "1998-01-19", "day"),
    ("８日凌晨", "1998-01-09", "1998-01-08", "day"),
    ("19号", "2016-11-19", "2016-11-19", "day"),
    ("当地时间20日晚", "2016-06-21", "2016-06-20", "day"),
    ("1999年", None, "1999", "year"),
    ("1999年春", None, "1999-SP", "season"),
    ("1999年秋天", None, "1999-AU", "season"),
    ("2000年冬季", None, "2000-WI", "season"),
    ("1999年底", None, "1999", "year"),
    ("1999年3月", None, "1999-03", "month"),
    ("3月", "1999-05-10", "1999-03", "month"),
    ("3月份", "1999-05-10", "1999-03", "month"),
    ("3月下旬", "1999-05-10", "1999-03", "month"),
    ("12月", "1999-01-10", "1998-12", "month"),
    ("11月23日", None, None, "unknown"),
    ("23日", None, None, "unknown"),
    # Ranges resolve to their first day.
    ("4月4日至10日", "2024-04-03", "2024-04-04", "day"),
    ("6月24日至30日", "2023-06-21", "2023-06-24", "day"),
    ("2024年4月4日至9日", None, "2024-04-04", "day"),
    ("13日至23日", "2023-03-14", "2023-03-13", "day"),
    ("10月19号至23号", "2015-10-13", "2015-10-19", "day"),
    # Relative days.
    ("今天", MON, "1998-11-23", "day"),
    ("今日", MON, "1998-11-23", "day"),
    ("今晨", MON, "1998-11-23", "day"),
    ("今晚", MON, "1998-11-23", "day"),
    ("今天下午", MON, "1998-11-23", "day"),
    ("昨天", MON, "1998-11-22", "day"),
    ("昨日", MON, "1998-11-22", "day"),
    ("昨晚", MON, "1998-11-22", "day"),
    ("前天", MON, "1998-11-21", "day"),
    ("明天", MON, "1998-11-24", "day"),
    ("明日", MON, "1998-11-24", "day"),
    ("后天", MON, "1998-11-25", "day"),
    ("昨天", "1999-01-01", "1998-12-31", "day"),
    ("明天", "2000-02-28", "2000-02-29", "day"),
    ("明天", "2023-02-28", "2023-03-01", "day"),
    ("当天", MON, "1998-11-23", "day"),
    ("当日", MON, "1998-11-23", "day"),
    ("同日", MON, "1998-11-23", "day"),
    ("当晚", MON, "1998-11-23", "day"),
    ("上午", MON, "1998-11-23", "day"),
    ("下午", MON, "1998-11-23", "day"),
    ("晚上", MON, "1998-11-23", "day"),
    # Weeks: Monday of the week; a named day has day precision.
    ("本周", THU, "2023-03-27", "week"),
    ("上周", THU, "2023-03-20", "week"),
    ("下周", THU, "2023-04-03", "week"),
    ("下周", "2002-04-07", "2002-04-08", "week"),
    ("本周四", THU, "2023-03-30", "day"),
    ("下周一", THU, "2023-04-03", "day"),
    ("上周五", THU, "2023-03-24", "day"),
    ("下星期三", THU, "2023-04-05", "day"),
    ("上周六", "2023-10-09", "2023-10-07", "day"),
    ("上个周日", THU, "2023-03-26", "day"),
    ("周末", THU, "2023-04-01", "day"),
    ("本周末", THU, "2023-04-01", "day"),
    # A bare weekday: the most recent such day on or before the anchor.
    ("周一", THU, "2023-03-27", "day"),
    ("星期四", THU, "2023-03-30", "day"),
    ("星期五", THU, "2023-03-24", "day"),
    ("周日", THU, "2023-03-26", "day"),
    # Months.
    ("本月", MON, "1998-11", "month"),
    ("上月", MON, "1998-10", "month"),
    ("下月", MON, "1998-12", "month"),
    ("下个月", "1998-12-05", "1999-01", "month"),
    ("上月", "1999-01-05", "1998-12", "month"),
    ("月初", MON, "1998-11", "month"),
    ("月中", MON, "1998-11", "month"),
    ("月底", MON, "1998-11", "month"),
    ("本月下旬", MON, "1998-11", "month"),
    ("本月15日", "2019-01-23", "2019-01-15", "day"),
    ("上月20日", "1999-01-05", "1998-12-20", "day"),
    # Years and seasons.
    ("今年", MON, "1998", "year"),
    ("去年", MON, "1997", "year"),
    ("明年", MON, "1999", "year"),
    ("前年", MON, "1996", "year"),
    ("后年", MON, "2000", "year"),
    ("明年春天", MON, "1999-SP", "season"),
    ("明年春", MON, "1999-SP", "season"),
    ("今年秋天", MON, "1998-AU", "season"),
    ("去年冬天", MON, "1997-WI", "season"),
    ("今春", MON, "1998-SP", "season"),
    ("年初", MON, "1998", "year"),
    ("年底", MON, "1998", "year"),
    ("今年底", MON, "1998", "year"),
    ("去年12月", MON, "1997-12", "month"),
    ("明年1月", MON, "1999-01", "month"),
    ("今年3月15日", MON, "1998-03-15", "day"),
    # Vague recent past: the anchor's month.
    ("近日", MON, "1998-11", "month"),
    ("日前", MON, "1998-11", "month"),
    ("最近", MON, "1998-11", "month"),
    ("近期", MON, "1998-11", "month"),
    ("此前", MON, "1998-11", "month"),
    # Holidays: the nearest year unless one is given.
    ("元旦", "1998-12-20", "1999-01-01", "day"),
    ("1999年元旦", None, "1999-01-01", "day"),
    ("圣诞节", "1998-01-09", "1997-12-25", "day"),
    ("圣诞节前夕", "1998-01-09", "1997-12", "month"),
    ("春节", "1998-01-24", "1998-01-28", "day"),
    ("今年春节", "2023-03-01", "2023-01-22", "day"),
    # No anchor: relative words stay unknown.
    ("今天", None, None, "unknown"),
    ("下周", None, None, "unknown"),
    ("近日", None, None, "unknown"),
    ("圣诞节", None, None, "unknown"),
]


@pytest.mark.parametrize("text,anchor,value,precision", RESOLVE_ROWS)
def test_time_resolves_expression(text, anchor, value, precision):
    mentions = find_times(text, anchor)
    assert [m.text for m in mentions] == [text]
    assert (mentions[0].date.value, mentions[0].date.precision) == (value, precision)
    assert mentions[0].date.text == text


# (text, anchor, expected end value, expected end precision)
RANGE_END_ROWS = [
    ("4月4日至10日", "2024-04-03", "2024-04-10", "day"),
    ("2024年4月4日至9日", None, "2024-04-09", "day"),
    ("11月28日至12月2日", "1998-11-20", "1998-12-02", "day"),
    ("12月30日至1月2日", "1998-12-20", "1999-01-02", "day"),
    ("28日至3日", "1998-11-30", "1998-12-03", "day"),
    ("2月16日到18日", "1998-01-24", "1998-02-18", "day"),
    ("1999年3月至5月", None, "1999-05", "month"),
    ("2010年至2018年", None, "2018", "year"),
]


@pytest.mark.parametrize("text,anchor,value,precision", RANGE_END_ROWS)
def test_time_resolves_range_end(text, anchor, value, precision):
    (mention,) = find_times(text, anchor)
    assert mention.text == text
    assert (mention.end_date.value, mention.end_date.precision) == (value, precision)


# (text, the mentions expected in it)
MENTION_ROWS = [
    ("钱其琛今天下午在北京会见了他", ["今天下午"]),
    ("美方将于1999年3月23日至25日在北京举行会谈", ["1999年3月23日至25日"]),
    ("今年春节前夕,他回到家乡", ["今年春节前夕"]),
    ("今年春运开始", ["今年"]),
    ("3日至今已有百人", ["3日"]),
    ("这一声明日本方面没有回应", []),
    ("这说明日本政府的立场", []),
    ("他兑换了30日元", []),
    ("三日内完成", []),
    # 三日前 could be "three days ago": neither a day nor 日前 is claimed.
    ("安倍晋三日前表示", []),
    ("每周一举行例会", []),
    ("黄金周一大亮点", []),
    ("投产后年产值可达5亿元", []),
    ("1990年代的经济", []),
    ("为期3个月的访问", []),
    ("今日俄罗斯电视台报道", []),
    ("中央1号文件", []),
    ("大年初五", []),
    ("昨天和今天", ["昨天", "今天"]),
    ("他于10日上午抵达,11日离开", ["10日上午", "11日"]),
]


@pytest.mark.parametrize("text,expected", MENTION_ROWS)
def test_time_finds_mentions(text, expected):
    assert [m.text for m in find_times(text, MON)] == expected


def test_time_mention_offsets_point_into_text():
    text = "据报道,叶利钦今天下午会见了客人,下周一将出访。"
    for mention in find_times(text, MON):
        assert text[mention.start:mention.end] == mention.text
    assert [(m.text, m.date.value) for m in find_times(text, MON)] == [
        ("今天下午", "1998-11-23"),
        ("下周一", "1998-11-30"),
    ]


# (text, parsed fields expected among those match_times returns)
MATCH_ROWS = [
    ("下周一", {"kind": "week", "week_offset": 1, "weekday": 1}),
    ("去年12月", {"kind": "calendar", "year_offset": -1, "month": 12}),
    ("1998年11月23日上午", {"year": 1998, "month": 11, "day": 23, "part_of_day": "morning"}),
    ("明年春天", {"year_offset": 1, "season": "SP"}),
    ("4月4日至10日", {"month": 4, "day": 4, "end": {"day": 10}}),
    ("近日", {"kind": "relative", "month_offset": 0}),
    ("圣诞节前夕", {"kind": "holiday", "holiday": "圣诞节", "holiday_modifier": "前夕"}),
]


@pytest.mark.parametrize("text,fields", MATCH_ROWS)
def test_time_match_parses_fields(text, fields):
    ((start, end, surface, parsed),) = match_times(text)
    assert (start, end, surface) == (0, len(text), text)
    assert {k: parsed.get(k) for k in fields} == fields


def test_time_resolve_is_separate_from_matching():
    (_, _, _, fields) = match_times("4月4日至10日")[0]
    assert resolve(fields, "2024-04-03").value == "2024-04-04"
    start, end = resolve_range(fields, "2023-12-01")
    assert (start.value, end.value) == ("2023-04-04", "2023-04-10")


# (text, meta date, expected dateline)
DATELINE_ROWS = [
    ("新华社莫斯科11月23日电(记者 张三)俄罗斯总统今天说", "1998-11-24", "1998-11-23"),
    ("据新华社北京1月22日电(记者 李四)国务院副总理今晚会见", "1998-01-23", "1998-01-22"),
    ("本报北京1月15日讯 记者王五报道:", "1998-01-16", "1998-01-15"),
    ("本报北京一月二十二日讯记者报道", "1998-01-23", "1998-01-22"),
    ("新华社北京１月２０日电 国务院今天宣布", "1998-01-21", "1998-01-20"),
    ("1998年11月23日上午,外交部发言人说", None, "1998-11-23"),
    ("1998年11月23日上午,外交部发言人说", "1998-11-24", "1998-11-23"),
    ("中新社北京11月23日电 国务院", "2003-11-24", "2003-11-23"),
    ("(法新社巴黎11月23日电)法国总统", "2002-11-23", "2002-11-23"),
    ("(法新社巴黎二日电)国际间的一群科学家", "2002-04-03", "2002-04-02"),
    ("新华社伦敦2月2日英文电 英国首相", "2002-02-03", "2002-02-02"),
    ("新华社北京2002年4月2日电 外交部", None, "2002-04-02"),
    # Year rollover: filed 31 December, dated 2 January.
    ("新华社莫斯科12月31日电 俄罗斯", "1999-01-02", "1998-12-31"),
    ("新华社北京2月29日电", "2000-03-01", "2000-02-29"),
    # No year anywhere: unknown.
    ("新华社莫斯科11月23日电 俄罗斯", None, None),
    ("中国网络电视台消息(新闻联播):国家主席今天上午会见", "2012-07-18", None),
    ("双方11月23日电话交谈", "1998-11-24", None),
    # A date opening the text that is history, or a future range, is no dateline.
    ("1995年10月16日,当他接过奖旗时", "1998-01-05", None),
    ("2024年4月4日至9日,美国财长将访华", "2024-04-03", None),
]


@pytest.mark.parametrize("text,meta,expected", DATELINE_ROWS)
def test_time_finds_dateline(text, meta, expected):
    assert find_dateline(text, meta) == expected


def test_time_words_each_match_alone():
    words = load_time_words()
    for word, entry in words.relative.items():
        found = match_times(word)
        assert [m[2] for m in found] == [word], word
        assert entry.unit in ("day", "week", "month", "year")


def test_time_words_spring_festival_table_is_ordered():
    table = load_time_words().holidays["春节"].table
    assert all(table[year].year == year and table[year].month in (1, 2) for year in table)
    assert table[1998].isoformat() == "1998-01-28"
