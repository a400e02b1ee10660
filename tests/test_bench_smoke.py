"""Smoke test of the benchmarks in bench/: each main() runs on three tiny made-up documents and
returns figures of the right shape.  No timing is asserted (benchmarks are not tests)."""
from __future__ import annotations

import functools
import importlib.util
import json
import os
import sys

import pytest

BENCH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bench")

DOCS = [
    {"id": "t1", "date": "1998-11-23", "text": "新华社莫斯科11月23日电 国家主席江泽民今天同俄罗斯总统叶利钦举行会谈。"},
    {"id": "t2", "date": "2004-05-10", "text": "外交部发言人说，中方欢迎美国国务卿访华。"},
    {"id": "t3", "date": "2021-03-01", "text": "东盟地区论坛将于明年在泰国举行。"},
]
PKU_LINES = [
    "19981123-01-001-001/m  国家/n  主席/n  江/nrf  泽民/nrg  会见/v  俄罗斯/ns  总统/n  叶利钦/nr  。/w",
    "19981123-01-001-002/m  [美国/ns  朗讯/nz  科技/n  公司/n]nt  董事长/n  访问/v  上{shang4}海/ns  。/w",
    "19981123-01-001-003/m  联合国/nt  秘书长/n  在/p  纽约/ns  发表/v  讲话/v  。/w",
]
BIO_SENTENCES = ["江B-PER 泽I-PER 民I-PER 访O 问O 俄B-LOC 罗I-LOC 斯I-LOC",
                 "联B-ORG 合I-ORG 国I-ORG 召O 开O 会O 议O",
                 "中B-LOC 美B-LOC 两O 国O 元O 首O"]


@functools.lru_cache(maxsize=None)
def load(name: str):
    """bench/ is scripts, not a package: load one by path (registered first, for its dataclasses)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", os.path.join(BENCH, f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pool(tmp_path_factory):
    path = tmp_path_factory.mktemp("pool") / "pool-tiny.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS), encoding="utf-8")
    return path


def test_bench_throughput_returns_figures(pool):
    figures = load("throughput").main(["--pool", str(pool), "--limit", "3", "--mem-docs", "2", "--quiet"])
    row = figures["pools"][0]
    assert (row["pool"], row["docs"], row["chars"]) == ("pool-tiny.jsonl", 3, sum(len(d["text"]) for d in DOCS))
    assert set(row["stage_s"]) == {"normalise", "structure", "tokens", "time", "actors", "events"}
    assert row["crashes"] == []
    assert row["pipeline_chars_per_s"] > 0 and row["jieba_chars_per_s"] > 0
    assert figures["memory"]["traced_docs"] == 2
    assert figures["memory"]["ru_maxrss_mib"] > 0


def test_bench_throughput_all_pools_reports_each(pool):
    figures = load("throughput").main(["--pools", "all", "--pool-dir", str(pool.parent), "--limit", "2",
                                       "--mem-docs", "0", "--quiet"])
    assert [r["pool"] for r in figures["pools"]] == ["pool-tiny.jsonl"]
    assert figures["total"]["docs"] == 2


@pytest.mark.parametrize("line, expected", [
    (PKU_LINES[0], [("江泽民", "PER"), ("俄罗斯", "LOC"), ("叶利钦", "PER")]),
    (PKU_LINES[1], [("美国朗讯科技公司", "ORG"), ("上海", "LOC")]),
    (PKU_LINES[2], [("联合国", "ORG"), ("纽约", "LOC")]),
])
def test_bench_actors_reads_pku_gold(tmp_path, line, expected):
    path = tmp_path / "pku.txt"
    path.write_text(line + "\n", encoding="utf-8")
    para = load("actors").read_pku(str(path))[0]
    assert [(para.text[s:e], t) for s, e, t in para.gold] == expected


def test_bench_actors_reads_bio_gold(tmp_path):
    path = tmp_path / "bio.txt"
    path.write_text("\n\n".join("\n".join(f"{tok[0]} {tok[1:]}" for tok in s.split()) for s in BIO_SENTENCES) + "\n",
                    encoding="utf-8")
    paras = load("actors").read_bio(str(path))
    assert [[(p.text[s:e], t) for s, e, t in p.gold] for p in paras] == [
        [("江泽民", "PER"), ("俄罗斯", "LOC")], [("联合国", "ORG")], [("中", "LOC"), ("美", "LOC")]]


@pytest.fixture(scope="module")
def jishi_system():
    from jishi.pipeline import Pipeline
    return load("actors").jishi_system(Pipeline())


@pytest.mark.parametrize("text, expected", [
    ("国家主席江泽民会见俄罗斯总统叶利钦。", [("江泽民", "PER"), ("俄罗斯", "LOC"), ("叶利钦", "PER")]),
    ("泰国外长素林抵达北京。", [("泰国", "LOC"), ("素林", "PER"), ("北京", "LOC")]),
    ("美国国务院和东盟地区论坛", [("美国国务院", "ORG"), ("东盟地区论坛", "ORG")]),
])
def test_bench_actors_splits_jishi_mentions_into_names(jishi_system, text, expected):
    system = jishi_system
    assert [(text[s:e], t) for s, e, t in system(text, "1998-11-23")] == expected


def test_bench_actors_returns_scores_per_type(tmp_path):
    pku = tmp_path / "pku.txt"
    pku.write_text("\n".join(PKU_LINES) + "\n", encoding="utf-8")
    bio = tmp_path / "bio.txt"
    bio.write_text("\n\n".join("\n".join(f"{tok[0]} {tok[1:]}" for tok in s.split()) for s in BIO_SENTENCES) + "\n",
                   encoding="utf-8")
    results = load("actors").main(["--pku", str(pku), "--bio", str(bio), "--limit", "3", "--misses", "2", "--quiet"])
    assert set(results) == {"pd199801", "pd-ner-bio"}
    res = results["pd199801"]
    assert res["paragraphs"] == 3 and res["gold"] == {"PER": 2, "LOC": 3, "ORG": 2}
    for system in ("jishi", "jieba"):
        for mode in ("exact", "string"):
            assert set(res[system][mode]) == {"PER", "LOC", "ORG", "ALL"}
            all_ = res[system][mode]["ALL"]
            assert all_["tp"] + all_["fn"] == 7
    assert set(res["jishi_misses"]) == {"PER", "LOC", "ORG"}
