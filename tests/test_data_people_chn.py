"""Checks of jishi/data/people_chn.tsv: format, dates, and a table of known facts."""
import csv
import datetime
import functools
from pathlib import Path

import pytest

PEOPLE_CHN = Path(__file__).resolve().parent.parent / "jishi" / "data" / "people_chn.tsv"
COLUMNS = ["name", "name_en", "aliases", "country", "sector", "role", "title", "start", "end"]
SECTORS = {"GOV", "MIL", "LEG", "PTY", "ELI"}


@functools.lru_cache(maxsize=1)
def load_rows() -> tuple[dict[str, str], ...]:
    with PEOPLE_CHN.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    assert reader.fieldnames == COLUMNS
    return tuple(reader)


def parse_day(text: str) -> datetime.date:
    return datetime.datetime.strptime(text, "%Y%m%d").date()


def roles_on(name: str, day: str) -> set[str]:
    """Roles the person holds on `day` (YYYYMMDD), ends inclusive, empty end = ongoing."""
    return {
        row["role"]
        for row in load_rows()
        if row["name"] == name and row["start"] <= day and (not row["end"] or day <= row["end"])
    }


def test_people_chn_header_and_row_width():
    rows = load_rows()
    assert len(rows) > 150
    assert all(None not in row and len(row) == len(COLUMNS) for row in rows)


def test_people_chn_required_cells_filled():
    for row in load_rows():
        for column in ("name", "name_en", "country", "sector", "role", "title", "start"):
            assert row[column].strip() == row[column] and row[column], (column, row)


def test_people_chn_dates_are_valid_and_ordered():
    for row in load_rows():
        assert len(row["start"]) == 8, row
        start = parse_day(row["start"])
        if row["end"]:
            assert len(row["end"]) == 8, row
            assert start <= parse_day(row["end"]), row
        assert start.year >= 1980, row


def test_people_chn_sector_and_country():
    for row in load_rows():
        assert row["sector"] in SECTORS, row
        assert row["country"] == "CHN", row


def test_people_chn_no_overlap_for_same_person_and_role():
    spans: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in load_rows():
        spans.setdefault((row["name"], row["role"]), []).append((row["start"], row["end"] or "99999999"))
    for key, periods in spans.items():
        periods.sort()
        for (_, end), (next_start, _) in zip(periods, periods[1:]):
            assert end < next_start, key


def test_people_chn_one_english_name_per_person():
    english: dict[str, set[str]] = {}
    for row in load_rows():
        english.setdefault(row["name"], set()).add(row["name_en"])
    assert {name: names for name, names in english.items() if len(names) > 1} == {}


def test_people_chn_each_role_has_one_sector_and_title():
    seen: dict[str, set[tuple[str, str]]] = {}
    for row in load_rows():
        seen.setdefault(row["role"], set()).add((row["sector"], row["title"]))
    assert {role: pairs for role, pairs in seen.items() if len(pairs) > 1} == {}


@pytest.mark.parametrize(
    ("name", "day", "role"),
    [
        ("杨尚昆", "19900101", "head of state"),
        ("江泽民", "19930327", "head of state"),
        ("江泽民", "19950601", "general secretary"),
        ("江泽民", "20030315", "head of state"),
        ("江泽民", "20030601", "military commission chairman"),
        ("胡锦涛", "20000101", "vice president"),
        ("胡锦涛", "20100101", "head of state"),
        ("习近平", "20100101", "vice president"),
        ("习近平", "20111101", "military commission vice chairman"),
        ("习近平", "20260101", "general secretary"),
        ("李鹏", "19950101", "head of government"),
        ("李鹏", "20000101", "legislature speaker"),
        ("朱镕基", "19920101", "vice premier"),
        ("温家宝", "20100101", "head of government"),
        ("李强", "20240101", "head of government"),
        ("钱其琛", "19900101", "foreign minister"),
        ("钱其琛", "19920101", "state councillor"),
        ("钱其琛", "20000101", "vice premier"),
        ("唐家璇", "20050101", "state councillor"),
        ("戴秉国", "20100101", "state councillor"),
        ("杨洁篪", "20100101", "foreign minister"),
        ("杨洁篪", "20200101", "foreign affairs office director"),
        ("王毅", "20150101", "foreign minister"),
        ("王毅", "20100101", "Taiwan affairs office director"),
        ("秦刚", "20230401", "foreign minister"),
        ("王毅", "20240101", "foreign minister"),
        ("迟浩田", "20000101", "defence minister"),
        ("李尚福", "20230601", "defence minister"),
        ("董军", "20250101", "defence minister"),
        ("乔石", "19950101", "legislature speaker"),
        ("李瑞环", "19950101", "consultative conference chairman"),
        ("王沪宁", "20240101", "consultative conference chairman"),
        ("李克强", "20100101", "politburo standing committee member"),
        ("张德江", "20150101", "politburo standing committee member"),
        ("汪道涵", "19980101", "ARATS president"),
        ("陈云林", "20100101", "ARATS president"),
        ("张胜民", "20251101", "military commission vice chairman"),
        ("刘建超", "20050101", "spokesperson"),
        ("华春莹", "20200101", "spokesperson"),
        ("毛宁", "20250101", "spokesperson"),
    ],
)
def test_people_chn_role_held_on_date(name, day, role):
    assert role in roles_on(name, day)


@pytest.mark.parametrize(
    ("name", "day", "role"),
    [
        ("江泽民", "20030316", "head of state"),
        ("秦刚", "20230801", "foreign minister"),
        ("李尚福", "20231101", "defence minister"),
        ("王毅", "20230401", "state councillor"),
        ("李先念", "19930101", "consultative conference chairman"),
        ("黄菊", "20070701", "vice premier"),
        ("何卫东", "20251101", "military commission vice chairman"),
    ],
)
def test_people_chn_role_not_held_on_date(name, day, role):
    assert role not in roles_on(name, day)
