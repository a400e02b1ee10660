"""The scorer of spec section 5 on hand-made gold and found records."""
from __future__ import annotations

import pytest

from jishi.eval.score import actor_key, dyad_keys, format_report, score_documents


def country(iso, name=None):
    return {"kind": "country", "country": iso, "name": name or iso}


def person(name, iso):
    return {"kind": "person", "country": iso, "name": name}


def rec(cameo, src, tgt, joint=False, negated=False, date="1998-11-23", modality="asserted"):
    return {"cameo": cameo, "source": src, "target": tgt, "joint": joint, "negated": negated,
            "date": {"value": date}, "modality": modality}


CHN, RUS, USA, TWN = country("CHN"), country("RUS"), country("USA"), country("TWN")


@pytest.mark.parametrize("record,full,keys", [
    (rec("043", [CHN], [RUS]), False, {("CHN", "RUS", "04")}),
    (rec("043", [CHN], [RUS]), True, {("CHN", "RUS", "043")}),
    (rec("040", [CHN, RUS], [CHN, RUS], joint=True), False, {("CHN", "RUS", "04"), ("RUS", "CHN", "04")}),
    (rec("057", [CHN, RUS, USA], [CHN, RUS, USA], joint=True), True,
     {(a, b, "057") for a in ("CHN", "RUS", "USA") for b in ("CHN", "RUS", "USA") if a != b}),
    (rec("062", [RUS], [TWN], negated=True), False, {("RUS", "TWN", "~06")}),
    (rec("0311", [CHN], [RUS], negated=True), True, {("CHN", "RUS", "~0311")}),
    (rec("020", [CHN, RUS], []), False, set()),
    (rec("020", [], [USA]), False, set()),
    (rec("111", [CHN], [CHN]), False, set()),
    (rec("043", [person("江泽民", "CHN")], [person("叶利钦", "RUS"), {"kind": "person", "name": "某人"}]), False,
     {("CHN", "RUS", "04")}),
])
def test_score_dyad_keys(record, full, keys):
    assert dyad_keys(record, full) == keys


@pytest.mark.parametrize("actor,key", [
    (country("CHN", "中国"), "CHN"),
    (person("江泽民", "CHN"), "江泽民"),
    ({"kind": "organisation", "country": "UNO", "name": "联合国"}, "联合国"),
    ({"kind": "organisation", "country": "NAT"}, "NAT"),
    ({"kind": "person"}, None),
])
def test_score_actor_key(actor, key):
    assert actor_key(actor) == key


def test_score_exact_prf_over_two_documents():
    gold_a = [rec("040", [CHN, RUS], [CHN, RUS], joint=True), rec("120", [RUS], [TWN])]
    found_a = [rec("040", [RUS, CHN], [RUS, CHN], joint=True), rec("120", [RUS], [TWN]),
               rec("120", [RUS], [TWN]),  # told twice: one key
               rec("051", [CHN], [RUS])]
    gold_b = [rec("062", [RUS], [TWN], negated=True, modality="future"), rec("020", [CHN], [])]
    found_b = [rec("062", [RUS], [TWN], negated=False, modality="future"), rec("020", [CHN], [USA])]
    s = score_documents([("a", gold_a, found_a), ("b", gold_b, found_b)])
    # root keys: gold a {CR04, RC04, RT12}, found a {CR04, RC04, RT12, CR05}; gold b {RT~06}, found b {RT06, CU02}
    assert s["documents"] == 2
    assert {k: s["dyad_root"][k] for k in ("tp", "fp", "fn")} == {"tp": 3, "fp": 3, "fn": 1}
    assert (s["dyad_root"]["p"], s["dyad_root"]["r"], s["dyad_root"]["f1"]) == (0.5, 0.75, 0.6)
    # macro: doc a P 3/4 R 1 F1 6/7; doc b F1 0
    assert s["dyad_root"]["macro_f1"] == round((0.8571 + 0.0) / 2, 4)
    assert s["per_root"]["04"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 2, "fp": 0, "fn": 0}
    assert {k: s["per_root"]["06"][k] for k in ("tp", "fp", "fn")} == {"tp": 0, "fp": 1, "fn": 1}
    assert (s["per_root"]["05"]["fp"], s["per_root"]["02"]["fp"], s["per_root"]["12"]["tp"]) == (1, 1, 1)
    assert {k: s["dyad_code"][k] for k in ("tp", "fp", "fn")} == {"tp": 3, "fp": 3, "fn": 1}


@pytest.mark.parametrize("gold_date,found_date,match", [
    ("1998-11-23", "1998-11-23", True),
    ("1998-11", "1998-11-23", True),
    ("1999", "1999-03-05", True),
    ("1999-SP", "1999-SP", True),
    ("1999-SP", "1999", False),
    ("1998-11-23", "1998-11", False),
    ("1998-11-23", "1998-11-24", False),
    (None, None, True),
    (None, "1998-11-23", False),
])
def test_score_date_match_at_gold_precision(gold_date, found_date, match):
    s = score_documents([("d", [rec("043", [CHN], [RUS], date=gold_date)],
                          [rec("043", [CHN], [RUS], date=found_date)])])
    assert s["matched_code_keys"] == 1
    assert s["date_accuracy"] == (1.0 if match else 0.0)


def test_score_modality_and_negation_accuracy_on_matched_keys():
    gold = [rec("036", [CHN], [RUS], modality="future"), rec("043", [CHN], [USA]),
            rec("062", [RUS], [TWN], negated=True)]
    found = [rec("036", [CHN], [RUS], modality="asserted"), rec("043", [CHN], [USA]),
             rec("062", [RUS], [TWN], negated=True), rec("111", [USA], [CHN])]
    s = score_documents([("d", gold, found)])
    assert s["matched_code_keys"] == 3
    assert (s["modality_accuracy"], s["negation_accuracy"], s["date_accuracy"]) == (0.6667, 1.0, 1.0)


def test_score_actors_as_sets_per_document():
    gold = [rec("043", [person("江泽民", "CHN")], [person("叶利钦", "RUS")]), rec("120", [RUS], [TWN])]
    found = [rec("043", [person("江泽民", "CHN")], [country("RUS", "俄罗斯")]),
             rec("040", [person("江泽民", "CHN")], [person("叶利钦", "RUS")])]
    s = score_documents([("d", gold, found)])
    # gold {江泽民, 叶利钦, RUS, TWN}; found {江泽民, RUS, 叶利钦}
    assert {k: s["actors"][k] for k in ("tp", "fp", "fn", "p", "r")} == {"tp": 3, "fp": 0, "fn": 1, "p": 1.0,
                                                                        "r": 0.75}


def test_score_empty_input_gives_zeros():
    s = score_documents([])
    assert (s["documents"], s["dyad_root"]["f1"], s["dyad_root"]["macro_f1"], s["date_accuracy"]) == (0, 0.0, 0.0, 0.0)


def test_score_document_without_keys_is_left_out_of_macro():
    s = score_documents([("a", [rec("043", [CHN], [RUS])], [rec("043", [CHN], [RUS])]),
                         ("b", [rec("020", [CHN], [])], [])])
    assert s["dyad_root"]["macro_f1"] == 1.0


def test_score_report_lines():
    s = score_documents([("a", [rec("043", [CHN], [RUS])], [rec("043", [CHN], [RUS])])])
    lines = format_report(s).splitlines()
    assert lines[0] == "documents: 1"
    assert lines[1] == "dyad-root  P 1.000  R 1.000  F1 1.000  (tp 1 fp 0 fn 0)  document macro-F1 1.000"
    assert lines[-1] == "  04      1      1        1   1.000  1.000  1.000"

