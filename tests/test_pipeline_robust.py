"""The coder never crashes: any mix of names, triggers, time words and punctuation codes cleanly."""
from functools import lru_cache

import pytest
from hypothesis import given, settings, strategies as st

from jishi.pipeline import Pipeline

PIECES = ["江泽民", "叶利钦", "俄方", "中方", "美方", "双方", "两国", "我们", "他", "上述四国", "波罗的海三国",
          "接受了邀请", "邀请", "会见", "举行会谈", "访华", "谴责", "坚决反对", "不支持", "希望", "将", "不", "没有",
          "如果", "难道", "吗", "应", "明年春天", "23日", "下周", "今天", "，", "。", "：", "“", "”", "《", "》",
          "汪文斌：", "\n", "的", "和", "同", "对", "向", "在", "莫斯科", "联合声明", "１９９８年", "朱（钅容）基"]


@lru_cache(maxsize=1)
def _pipeline():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "叶利钦愉快地接受了邀请。",           # an acceptance with no invitation before it
    "他说，“我们。",                      # a pronoun with no one to point at, an open quote
    "上述四国。",                         # an anaphor with nothing listed before
    "双方举行会谈。",                     # 双方 with no countries in the document
    "，，。。：“”",                        # punctuation only
])
def test_pipeline_edge_cases_code_without_error(text):
    doc = _pipeline().code_document(text, "1998-11-23")
    assert doc.text and isinstance(doc.events, list)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40), st.sampled_from([None, "1998-11-23", "2023-06-21"]))
def test_pipeline_any_mix_codes_without_error(pieces, date):
    doc = _pipeline().code_document("".join(pieces), date)
    for ev in doc.events:
        record = ev.to_json()
        start, end = record["span"]
        assert 0 <= start <= end <= len(doc.text)
        assert record["cameo"] and record["source"]
