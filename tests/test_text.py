"""Sentences and speaker turns."""
import pytest

from jishi.text import Segmenter, find_speakers, split_sentences


@pytest.mark.parametrize("text, expected", [
    ("甲说。乙说！丙问？", ["甲说。", "乙说！", "丙问？"]),
    # a quote is one sentence with what frames it
    ("他说：“我们满意。我们高兴。”双方同意。", ["他说：“我们满意。我们高兴。”", "双方同意。"]),
    # enumerations and paragraphs
    ("一、坚持对话。\n二、加强合作。", ["一、坚持对话。", "二、加强合作。"]),
    ("    前导空白的段落。", ["前导空白的段落。"]),
])
def test_sentences_split(text, expected):
    assert [text[s.start:s.end] for s in split_sentences(text)] == expected


def test_sentences_repeated_paragraph_marked_duplicate():
    text = "（会晤取得成果）\n正文一句。\n（会晤取得成果）"
    flags = [(text[s.start:s.end], s.duplicate) for s in split_sentences(text)]
    assert flags == [("（会晤取得成果）", False), ("正文一句。", False), ("（会晤取得成果）", True)]


@pytest.mark.parametrize("text, labels", [
    ("法新社记者：问题？\n汪文斌：回答。", ["法新社记者", "汪文斌"]),
    ("《中国日报》记者:问题?\n毛宁:回答。\n补充一句。", ["《中国日报》记者", "毛宁"]),
    ("没有说话人的一段新闻。", []),
])
def test_sentences_speaker_turns(text, labels):
    assert [label for _, _, label in find_speakers(text)] == labels


def test_tokens_user_dictionary_keeps_names_whole():
    seg = Segmenter(["东盟地区论坛", "叶利钦"])
    assert "东盟地区论坛" in seg.cut("东盟地区论坛今天开幕")
    tokens = seg.tokens("叶利钦总统")
    assert [(t.start, t.end, t.text) for t in tokens][0] == (0, 3, "叶利钦")
