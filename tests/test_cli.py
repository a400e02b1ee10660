"""The `jishi` command: code (jsonl, phoenix, table), eval, actors, and `python -m jishi`."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from jishi.cli import main
from jishi.output import PHOENIX_COLUMNS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, "tests", "fixtures", "eval", "tiny_gold.jsonl")
EXAMPLE = os.path.join(ROOT, "examples", "summit_1999.txt")
MEETING = "国家主席江泽民今天在北京会见了俄罗斯总统叶利钦。"

RECORD_FIELDS = {"doc_id", "event_id", "sentence", "span", "trigger", "cameo", "cameo_root", "quad_class", "goldstein",
                 "plover", "source", "target", "joint", "date", "location", "modality", "negated", "confidence"}
ACTOR_FIELDS = {"text", "name", "name_en", "kind", "country", "sector", "role", "code"}


@pytest.fixture
def meeting_file(tmp_path):
    path = tmp_path / "meeting.txt"
    path.write_text(MEETING, encoding="utf-8")
    return str(path)


def _run(capsys, argv):
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_code_jsonl_records_carry_every_field(capsys, meeting_file):
    status, out, err = _run(capsys, ["code", meeting_file, "--date", "1998-11-23"])
    assert status == 0 and err == ""
    [rec] = [json.loads(line) for line in out.splitlines()]
    assert RECORD_FIELDS <= set(rec)
    assert all(ACTOR_FIELDS <= set(a) for a in rec["source"] + rec["target"])
    assert (rec["doc_id"], rec["event_id"], rec["cameo"], rec["cameo_root"], rec["quad_class"]) == \
        ("meeting", "meeting:0:0", "043", "04", 1)
    assert rec["plover"]["type"] == "CONSULT"
    assert [(a["name"], a["code"], a["role"]) for a in rec["source"]] == [("江泽民", "CHNGOV", "head of state")]
    assert [(a["name"], a["code"], a["role"]) for a in rec["target"]] == [("叶利钦", "RUSGOV", "head of state")]
    assert rec["date"] == {"value": "1998-11-23", "precision": "day", "text": "今天"}
    assert rec["location"]["country"] == "CHN"
    assert (rec["modality"], rec["negated"], rec["joint"]) == ("asserted", False, False)


def test_cli_code_phoenix_has_26_columns(capsys, meeting_file):
    status, out, _ = _run(capsys, ["code", meeting_file, "--date", "1998-11-23", "-f", "phoenix"])
    header, *rows = [line.split("\t") for line in out.splitlines()]
    assert status == 0
    assert header == PHOENIX_COLUMNS and len(header) == 26
    assert len(rows) == 1 and len(rows[0]) == 26
    row = dict(zip(header, rows[0]))
    assert (row["EventID"], row["Date"], row["Year"], row["Month"], row["Day"]) == \
        ("meeting:0:0", "19981123", "1998", "11", "23")
    assert (row["SourceActorFull"], row["TargetActorFull"], row["EventCode"], row["EventRootCode"]) == \
        ("CHNGOV", "RUSGOV", "043", "04")
    assert (row["PentaClass"], row["GoldsteinScore"], row["SentenceID"]) == ("1", "2.8", "0")


def test_cli_code_table_is_readable(capsys, meeting_file):
    status, out, _ = _run(capsys, ["code", meeting_file, "--date", "1998-11-23", "-f", "table"])
    header, row = out.splitlines()
    assert status == 0
    assert header.split() == ["date", "code", "source", "target", "mod", "trigger", "evidence"]
    assert row.split()[:5] == ["1998-11-23", "043", "江泽民", "→", "叶利钦"]


def test_cli_code_example_article(capsys):
    """The example of examples/README.md: the summit's main events come out."""
    status, out, _ = _run(capsys, ["code", EXAMPLE, "--date", "1999-10-12"])
    records = [json.loads(line) for line in out.splitlines()]

    def countries(side):
        return tuple(sorted({a["country"] for a in side}))

    found = {(r["cameo"], countries(r["source"]), countries(r["target"]), r["modality"], r["negated"])
             for r in records}
    assert status == 0
    assert {("040", ("CHN", "FRA"), ("CHN", "FRA"), "asserted", False),
            ("057", ("CHN", "FRA"), ("CHN", "FRA"), "asserted", False),
            ("042", ("FRA",), ("CHN",), "asserted", False),
            ("026", ("FRA",), ("CHN",), "asserted", False),
            ("036", ("CHN",), ("FRA",), "future", False),
            ("120", ("FRA",), ("TWN",), "asserted", False),
            ("062", ("FRA",), ("TWN",), "future", True),
            ("120", ("CHN",), ("NAT",), "asserted", False),
            ("020", ("CHN", "FRA"), ("IND", "PAK"), "asserted", False)} <= found
    spring = [r for r in records if r["date"]["value"] == "2000-SP"]
    assert [(r["cameo"], r["joint"], r["date"]["precision"]) for r in spring] == [("036", True, "season")]
    # The repeated subtitle is coded once.
    assert len({r["event_id"] for r in records}) == len(records)
    assert sum(r["trigger"] == "发表联合声明" for r in records) == 1


def test_cli_code_missing_path_fails(capsys, tmp_path):
    status, out, err = _run(capsys, ["code", str(tmp_path / "absent.txt")])
    assert (status, out) == (1, "")
    assert "absent.txt: cannot read" in err


EVAL_LINES = ["documents: 2", "dyad-root  P 1.000  R 1.000  F1 1.000  (tp 6 fp 0 fn 0)  document macro-F1 1.000",
              "dyad-code  P 1.000  R 1.000  F1 1.000  (tp 6 fp 0 fn 0)",
              "date accuracy 1.000   modality accuracy 1.000   negation accuracy 1.000   "
              "(over 6 matched dyad-code keys)"]


def test_cli_eval_prints_every_score(capsys):
    status, out, _ = _run(capsys, ["eval", GOLD])
    lines = out.splitlines()
    assert status == 0
    assert lines[:4] == EVAL_LINES
    assert lines[4].startswith("actors     P ")
    assert "root   gold  found  matched   P      R      F1" in lines
    per_root = {line.split()[0]: line.split()[1:4] for line in lines[lines.index("root   gold  found  matched   P      R"
                                                                                 "      F1") + 1:]}
    assert per_root == {"04": ["3", "3", "3"], "05": ["2", "2", "2"], "12": ["1", "1", "1"]}


def test_cli_eval_json_parses(capsys):
    status, out, _ = _run(capsys, ["eval", GOLD, "--json"])
    scores = json.loads(out)
    assert status == 0
    assert set(scores) == {"documents", "dyad_root", "dyad_code", "per_root", "date_accuracy", "modality_accuracy",
                           "negation_accuracy", "matched_code_keys", "actors"}
    assert (scores["documents"], scores["dyad_root"]["f1"], scores["dyad_root"]["macro_f1"]) == (2, 1.0, 1.0)
    assert (scores["dyad_code"]["tp"], scores["matched_code_keys"], scores["date_accuracy"]) == (6, 6, 1.0)
    assert sorted(scores["per_root"]) == ["04", "05", "12"]
    assert scores["actors"]["tp"] >= 6


@pytest.mark.parametrize("text,date,name,code,role", [
    ("俄罗斯总统叶利钦", "1998-11-23", "叶利钦", "RUSGOV", "head of state"),
    ("国家主席江泽民", "1998-11-23", "江泽民", "CHNGOV", "head of state"),
    ("普京", "1999-08-20", "普京", "RUSGOV", "head of government"),
    ("普京", "2001-06-15", "普京", "RUSGOV", "head of state"),
    ("朱镕基", "1995-06-01", "朱镕基", "CHNGOV", "vice premier"),
    ("朱镕基", "1999-06-01", "朱镕基", "CHNGOV", "head of government"),
])
def test_cli_actors_resolves_role_on_date(capsys, text, date, name, code, role):
    status, out, _ = _run(capsys, ["actors", text, "--date", date, "--json"])
    rows = [r for r in json.loads(out) if r["kind"] == "person"]
    assert status == 0
    assert [(r["name"], r["code"], r["role"]) for r in rows] == [(name, code, role)]


def test_cli_actors_plain_output_shows_evidence(capsys):
    status, out, _ = _run(capsys, ["actors", "俄罗斯总统叶利钦", "--date", "1998-11-23"])
    assert status == 0
    assert out.splitlines() == ["[0:8] 俄罗斯总统叶利钦  →  叶利钦 (person, RUSGOV, head of state, Boris Yeltsin)"
                                "  via dictionary"]


def test_cli_python_m_jishi_codes_stdin():
    proc = subprocess.run([sys.executable, "-m", "jishi", "code", "-", "--date", "1998-11-23"], input=MEETING.encode(),
                          capture_output=True, cwd=ROOT, timeout=120)
    [rec] = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert proc.returncode == 0
    assert (rec["cameo"], rec["source"][0]["name"], rec["target"][0]["name"]) == ("043", "江泽民", "叶利钦")


def test_cli_no_command_prints_help(capsys):
    status, out, _ = _run(capsys, [])
    assert status == 2 and "jishi" in out and "code" in out
