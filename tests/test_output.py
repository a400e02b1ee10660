"""Record writers: JSON Lines, the 26-column Phoenix TSV, the terminal table."""
from __future__ import annotations

import io
import json

import pytest

from jishi.output import FORMATS, PHOENIX_COLUMNS, phoenix_row, write_jsonl, write_phoenix, write_table

JIANG = {"text": "国家主席江泽民", "name": "江泽民", "kind": "person", "country": "CHN", "sector": "GOV",
         "role": "head of state", "code": "CHNGOV"}
YELTSIN = {"text": "叶利钦总统", "name": "叶利钦", "kind": "person", "country": "RUS", "sector": "GOV",
           "role": "head of state", "code": "RUSGOV"}
TAIWAN = {"text": "台湾", "name": "台湾", "kind": "country", "country": "TWN", "sector": None, "code": "TWN"}


def record(**over):
    base = {"doc_id": "d1", "event_id": "d1:3:0", "sentence": 3, "span": [10, 30], "evidence": "国家主席江泽民会见叶利钦总统",
            "trigger": "会见", "cameo": "043", "cameo_root": "04", "quad_class": 1, "goldstein": 2.8,
            "plover": {"type": "CONSULT", "mode": "visit"}, "source": [JIANG], "target": [YELTSIN], "joint": False,
            "date": {"value": "1998-11-23", "precision": "day", "text": "今天"},
            "location": {"text": "莫斯科", "name": "莫斯科", "country": "RUS"}, "modality": "asserted",
            "negated": False, "confidence": 0.8}
    return {**base, **over}


def test_output_formats_registered():
    assert sorted(FORMATS) == ["jsonl", "phoenix", "table"]


def test_output_jsonl_round_trips_chinese():
    out = io.StringIO()
    assert write_jsonl([record(), record(event_id="d1:3:1")], out) == 2
    lines = out.getvalue().splitlines()
    assert "江泽民" in lines[0]  # not \u escapes
    assert [json.loads(line) for line in lines] == [record(), record(event_id="d1:3:1")]


def test_output_phoenix_header_and_row():
    out = io.StringIO()
    assert write_phoenix([record()], out) == 1
    header, row = [line.split("\t") for line in out.getvalue().splitlines()]
    assert len(PHOENIX_COLUMNS) == 26 and header == PHOENIX_COLUMNS
    assert dict(zip(header, row)) == {
        "EventID": "d1:3:0", "Date": "19981123", "Year": "1998", "Month": "11", "Day": "23",
        "SourceActorFull": "CHNGOV", "SourceActorEntity": "CHN", "SourceActorRole": "GOV", "SourceActorAttribute": "",
        "TargetActorFull": "RUSGOV", "TargetActorEntity": "RUS", "TargetActorRole": "GOV", "TargetActorAttribute": "",
        "EventCode": "043", "EventRootCode": "04", "PentaClass": "1", "GoldsteinScore": "2.8", "Issues": "",
        "Lat": "", "Lon": "", "LocationName": "莫斯科", "StateName": "", "CountryCode": "RUS", "SentenceID": "3",
        "URLs": "", "NewsSources": ""}


@pytest.mark.parametrize("date,expected", [
    ({"value": "1998-11-23"}, ["19981123", "1998", "11", "23"]),
    ({"value": "1999-03"}, ["199903", "1999", "03", ""]),
    ({"value": "1999"}, ["1999", "1999", "", ""]),
    ({"value": "1999-SP"}, ["", "1999", "", ""]),
    ({"value": None}, ["", "", "", ""]),
])
def test_output_phoenix_dates_by_precision(date, expected):
    assert phoenix_row(record(date=date))[1:5] == expected


def test_output_phoenix_joint_lists_and_tabs():
    row = phoenix_row(record(source=[JIANG, YELTSIN], target=[JIANG, YELTSIN], joint=True, location=None,
                             trigger="会\t晤"))
    assert len(row) == 26
    assert (row[5], row[6], row[9]) == ("CHNGOV;RUSGOV", "CHN;RUS", "CHNGOV;RUSGOV")
    assert row[20] == "" and all("\t" not in cell and "\n" not in cell for cell in row)


@pytest.mark.parametrize("over,cells", [
    ({}, ["1998-11-23", "043", "江泽民", "→", "叶利钦"]),
    ({"joint": True, "target": [JIANG, YELTSIN], "source": [JIANG, YELTSIN]},
     ["1998-11-23", "043", "江泽民、叶利钦", "↔", "江泽民、叶利钦"]),
    ({"cameo": "062", "target": [TAIWAN], "negated": True},
     ["1998-11-23", "062", "江泽民", "→", "台湾", "not", "会见"]),
    ({"cameo": "062", "target": [TAIWAN], "negated": True, "modality": "future"},
     ["1998-11-23", "062", "江泽民", "→", "台湾", "not", "fut"]),
    ({"target": [], "date": {"value": None}}, ["?", "043", "江泽民", "→", "—"]),
])
def test_output_table_rows(over, cells):
    out = io.StringIO()
    assert write_table([record(**over)], out) == 1
    header, row = out.getvalue().splitlines()
    assert header.split() == ["date", "code", "source", "target", "mod", "trigger", "evidence"]
    assert row.split()[:len(cells)] == cells


def test_output_table_columns_align_with_cjk_width():
    out = io.StringIO()
    write_table([record(), record(source=[{**JIANG, "name": "纳扎尔巴耶夫"}])], out)
    _, a, b = out.getvalue().splitlines()
    # the code column starts at the same display column whatever the names
    assert a.index("043") == b.index("043") == 13
    assert a.split("→")[0].rstrip().endswith("江泽民")
