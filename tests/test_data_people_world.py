"""Validate jishi/data/people_world.tsv: format, dates, overlaps and spot checks of who held what when."""
import csv
import datetime
import functools
import re
from pathlib import Path

import pytest

TSV = Path(__file__).resolve().parent.parent / "jishi" / "data" / "people_world.tsv"
COLUMNS = ["name", "name_en", "aliases", "country", "sector", "role", "title", "start", "end"]
SECTORS = set("GOV MIL LEG JUD COP SPY PTY REB BUS MED NGO CVL ELI OPP EDU REL".split())
HAN = re.compile(r"[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=1)
def load():
    with TSV.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    return header, tuple(tuple(row) for row in reader)


def rows():
    header, body = load()
    return [dict(zip(header, row)) for row in body]


def parse(value):
    return datetime.datetime.strptime(value, "%Y%m%d").date()


def span(row):
    return parse(row["start"]), parse(row["end"]) if row["end"] else datetime.date.max


def holders(name, day):
    """(country, role, title) of every row of `name` in office on `day` (YYYYMMDD)."""
    when = parse(day)
    found = set()
    for row in rows():
        start, end = span(row)
        if row["name"] == name and start <= when <= end:
            found.add((row["country"], row["role"], row["title"]))
    return found


def test_data_people_world_header_is_the_documented_one():
    header, _ = load()
    assert header == COLUMNS


def test_data_people_world_rows_have_all_columns():
    _, body = load()
    assert len(body) > 500
    assert [row for row in body if len(row) != len(COLUMNS)] == []


def test_data_people_world_cells_are_well_formed():
    bad = []
    for row in rows():
        if not HAN.search(row["name"]) or not row["name_en"] or not row["role"] or not HAN.search(row["title"]):
            bad.append(row)
        if not re.fullmatch(r"[A-Z]{3}", row["country"]) or row["sector"] not in SECTORS:
            bad.append(row)
        if any(alias.strip() != alias or not alias for alias in row["aliases"].split("|") if row["aliases"]):
            bad.append(row)
        if row["name"] in row["aliases"].split("|"):
            bad.append(row)
    assert bad == []


def test_data_people_world_dates_are_valid_and_ordered():
    bad = []
    for row in rows():
        try:
            start, end = span(row)
        except ValueError:
            bad.append(row)
            continue
        if not (datetime.date(1946, 1, 1) <= start <= end) or (row["end"] and end > datetime.date(2026, 12, 31)):
            bad.append(row)
    assert bad == []


def test_data_people_world_same_person_and_role_never_overlaps():
    by_key = {}
    for row in rows():
        by_key.setdefault((row["name_en"], row["country"], row["role"]), []).append(span(row))
    clashes = []
    for key, spans in by_key.items():
        spans.sort()
        for index, (_, end) in enumerate(spans):
            if any(start <= end for start, _ in spans[index + 1:]):
                clashes.append(key)
    assert clashes == []


def test_data_people_world_one_head_of_state_per_country_per_day():
    by_country = {}
    for row in rows():
        if row["role"] == "head of state":
            by_country.setdefault(row["country"], []).append((*span(row), row["name_en"]))
    clashes = []
    for country, spans in by_country.items():
        spans.sort()
        for index, (start, end, holder) in enumerate(spans):
            for other_start, _, other in spans[index + 1:]:
                if other_start <= end and other != holder:
                    clashes.append((country, holder, other))
    assert clashes == []


def test_data_people_world_file_is_sorted_by_country_then_start():
    keys = [(row["country"], row["start"]) for row in rows()]
    assert keys == sorted(keys)


def test_data_people_world_covers_the_big_countries():
    countries = {row["country"] for row in rows()}
    for code in ["USA", "RUS", "SUN", "JPN", "KOR", "PRK", "GBR", "FRA", "DEU", "IND", "PAK", "VNM", "UNO"]:
        assert code in countries, code


@pytest.mark.parametrize(
    "name, day, expected",
    [
        ("叶利钦", "19980601", ("RUS", "head of state", "总统")),
        ("普京", "20050101", ("RUS", "head of state", "总统")),
        ("普京", "20100101", ("RUS", "head of government", "总理")),
        ("梅德韦杰夫", "20100101", ("RUS", "head of state", "总统")),
        ("普里马科夫", "19970101", ("RUS", "foreign minister", "外长")),
        ("伊万诺夫", "20020601", ("RUS", "foreign minister", "外长")),
        ("伊万诺夫", "20020601", ("RUS", "defence minister", "国防部长")),
        ("戈尔巴乔夫", "19910601", ("SUN", "head of state", "总统")),
        ("克林顿", "19980623", ("USA", "head of state", "总统")),
        ("布什", "19910101", ("USA", "head of state", "总统")),
        ("布什", "20070101", ("USA", "head of state", "总统")),
        ("鲍威尔", "20020101", ("USA", "foreign minister", "国务卿")),
        ("奥尔布赖特", "19980601", ("USA", "foreign minister", "国务卿")),
        ("拉姆斯菲尔德", "20030320", ("USA", "defence minister", "国防部长")),
        ("特朗普", "20250301", ("USA", "head of state", "总统")),
        ("拜登", "20150101", ("USA", "vice president", "副总统")),
        ("小渊惠三", "19981120", ("JPN", "head of government", "首相")),
        ("小渊惠三", "19980101", ("JPN", "foreign minister", "外相")),
        ("林芳正", "20230101", ("JPN", "foreign minister", "外相")),
        ("安倍晋三", "20150101", ("JPN", "head of government", "首相")),
        ("金大中", "19990101", ("KOR", "head of state", "总统")),
        ("卢武铉", "20070601", ("KOR", "head of state", "总统")),
        ("潘基文", "20050101", ("KOR", "foreign minister", "外长")),
        ("潘基文", "20100101", ("UNO", "secretary-general", "秘书长")),
        ("金正日", "20000101", ("PRK", "party leader", "总书记")),
        ("金正恩", "20230101", ("PRK", "head of state", "国务委员长")),
        ("崔善姬", "20240101", ("PRK", "foreign minister", "外相")),
        ("布莱尔", "20030101", ("GBR", "head of government", "首相")),
        ("伊丽莎白二世", "20150101", ("GBR", "head of state", "女王")),
        ("韦德里纳", "19981201", ("FRA", "foreign minister", "外长")),
        ("希拉克", "19981201", ("FRA", "head of state", "总统")),
        ("马克龙", "20220101", ("FRA", "head of state", "总统")),
        ("默克尔", "20180101", ("DEU", "head of government", "总理")),
        ("施泰因迈尔", "20150101", ("DEU", "foreign minister", "外长")),
        ("瓦杰帕伊", "20000101", ("IND", "head of government", "总理")),
        ("伊姆兰·汗", "20190101", ("PAK", "head of government", "总理")),
        ("穆沙拉夫", "20050101", ("PAK", "head of state", "总统")),
        ("阿拉法特", "19980601", ("PSE", "head of state", "总统")),
        ("内塔尼亚胡", "19980601", ("ISR", "head of government", "总理")),
        ("哈塔米", "19980601", ("IRN", "head of government", "总统")),
        ("安南", "20020101", ("UNO", "secretary-general", "秘书长")),
        ("阮富仲", "20150101", ("VNM", "party leader", "总书记")),
        ("廷觉", "20170101", ("MMR", "head of state", "总统")),
        ("洪森", "20100101", ("KHM", "head of government", "首相")),
        ("祖马", "20120101", ("ZAF", "head of state", "总统")),
        ("穆巴拉克", "20070101", ("EGY", "head of state", "总统")),
        ("阿卜杜拉", "20070101", ("SAU", "head of state", "国王")),
    ],
)
def test_data_people_world_spot_check(name, day, expected):
    assert expected in holders(name, day)


@pytest.mark.parametrize(
    "name, day",
    [
        ("叶利钦", "20000601"),
        ("克林顿", "20020101"),
        ("小渊惠三", "20010101"),
        ("金日成", "19950101"),
    ],
)
def test_data_people_world_spot_check_out_of_office(name, day):
    assert holders(name, day) == set()
