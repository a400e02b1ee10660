"""Tests of the normalisation stage: decoding, normalise() and its offset map, paragraphs."""
import os
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jishi.errors import InputError
from jishi.normalise import decode_bytes, normalise, paragraphs, read_text
from jishi.normalise.chars import legacy_glyphs

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures", "normalise")
SIMPLIFIED = "新华社北京三月五日电：两国外长今天在北京举行会谈，双方同意进一步加强经济合作。\n"
TRADITIONAL = "新華社北京三月五日電：兩國外長今天在北京舉行會談，雙方同意進一步加強經濟合作。\n"


# --- decoding -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "fixture, expected",
    [
        ("utf8.txt", SIMPLIFIED),
        ("utf8_bom.txt", SIMPLIFIED),
        ("utf16le_bom.txt", SIMPLIFIED),
        ("utf16be_bom.txt", SIMPLIFIED),
        ("utf16le_nobom.txt", SIMPLIFIED),
        ("utf16be_nobom.txt", SIMPLIFIED),
        ("gbk.txt", SIMPLIFIED),
        ("gb2312.txt", SIMPLIFIED),
        ("big5.txt", TRADITIONAL),
    ],
)
def test_normalise_decodes_encodings(fixture, expected):
    assert read_text(os.path.join(FIXTURES, fixture)) == expected


@pytest.mark.parametrize(
    "fixture, reason",
    [
        ("binary.bin", "binary file"),
        ("latin1.txt", "unknown encoding"),
        ("empty.txt", "empty document"),
        ("blank.txt", "empty document"),
    ],
)
def test_normalise_rejects_bad_input(fixture, reason):
    path = os.path.join(FIXTURES, fixture)
    with pytest.raises(InputError) as caught:
        read_text(path)
    assert caught.value.name == path
    assert caught.value.reason.startswith(reason)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary file"),
        ("中文".encode("gbk") + b"\x01\x02\x03\x04\x05\x06" * 5, "binary file"),
        (SIMPLIFIED.encode("utf-8").decode("latin-1").encode("utf-8")[:60], "unknown encoding"),  # double-encoded
        (bytes([0x81, 0x20, 0xFF, 0x30, 0x80, 0x80, 0xFE, 0x41]), "unknown encoding"),
        (b"\xef\xbb\xbf", "empty document"),
        (b"\xef\xbb\xbf\xff\xfe", "invalid utf-8"),
    ],
)
def test_normalise_decode_errors(data, reason):
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "doc.txt")
    assert str(caught.value).startswith("doc.txt: " + reason)


def test_normalise_decode_tolerates_cut_last_character():
    data = SIMPLIFIED.encode("gbk")[:-2]  # cuts "。" in half
    assert decode_bytes(data, "doc") == SIMPLIFIED[:-2]


def test_normalise_read_text_missing_file():
    with pytest.raises(InputError) as caught:
        read_text(os.path.join(FIXTURES, "no-such-file.txt"))
    assert caught.value.reason.startswith("cannot read file")


# --- normalise: the steps -------------------------------------------------------------

@pytest.mark.parametrize(
    "raw, expected",
    [
        ("１９９６年４月", "1996年4月"),
        ("会晤，双方（中俄）", "会晤,双方(中俄)"),
        ("ＡＰＥＣ会议：ｗｔｏ！？；", "APEC会议:wto!?;"),
        ("\u3000\u3000记者报道", "  记者报道"),
        ("他说：“好。”《人民日报》、新华社……", "他说:“好。”《人民日报》、新华社……"),
        ("\u00a0", " "),
        ("", ""),
        ("plain ascii\n", "plain ascii\n"),
    ],
)
def test_normalise_full_width(raw, expected):
    assert normalise(raw)[0] == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("一九九八年十一月二十三日上午", "1998年11月23日上午"),
        ("十九日,叶利钦说", "19日,叶利钦说"),
        ("二〇〇三年", "2003年"),
        ("二○○一年", "2001年"),
        ("三十一日", "31日"),
        ("本月二十日", "本月20日"),
        ("去年五月", "去年5月"),
        ("三月份以来", "3月份以来"),
        ("十二月底", "12月底"),
        ("一月一日", "1月1日"),
        ("五月八号", "5月8号"),
        ("一月七日至九日", "1月7日至9日"),
        ("一月二十四至二十五日", "1月24至25日"),
        ("１９９８年十一月", "1998年11月"),
        # not dates: left alone
        ("一些国家", "一些国家"),
        ("第一次会晤", "第一次会晤"),
        ("十分高兴", "十分高兴"),
        ("三年来", "三年来"),
        ("为期三日", "为期三日"),
        ("十日谈", "十日谈"),
        ("五月花号", "五月花号"),
        ("四十一日", "四十一日"),
        ("第二十日", "第二十日"),
        ("三四年", "三四年"),
    ],
)
def test_normalise_date_numerals(raw, expected):
    assert normalise(raw)[0] == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("朱（钅容）基总理", "朱镕基总理"),
        ("朱(钅容)基总理", "朱镕基总理"),
        ("李（王玄）说", "李玹说"),
        ("张（火玄）说", "张炫说"),
        ("陈（王君）女士", "陈珺女士"),
        # a byline or a plain word in parentheses stays
        ("会谈结束。（王君）\n", "会谈结束。(王君)\n"),
        ("双方（中俄）同意", "双方(中俄)同意"),
        ("（钅容）", "(钅容)"),
    ],
)
def test_normalise_legacy_glyphs(raw, expected):
    assert normalise(raw)[0] == expected


def test_normalise_legacy_glyph_table_is_outside_notation():
    table = legacy_glyphs()
    assert table["钅容"] == "镕"
    assert all(len(char) == 1 and len(components) >= 2 for components, char in table.items())


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("朱鎔基總理會晤葉利欽總統。", "朱镕基总理会晤叶利钦总统。"),
        (TRADITIONAL, SIMPLIFIED.replace("：", ":").replace("，", ",").replace("三月五日", "3月5日")),
        # simplified text with a lone traditional-only form is not converted
        ("中华人民共和国外交部发言人今天在例行记者会上说，双方同意加强合作。" * 3 + "會", None),
    ],
)
def test_normalise_traditional(raw, expected):
    text, offsets = normalise(raw)
    if expected is None:
        assert text.endswith("會")
    else:
        assert text == expected
    assert len(offsets) == len(text) + 1


# --- the offset map ------------------------------------------------------------------

def _each_char_maps_back(raw: str, text: str, offsets: list[int]) -> None:
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(raw)
    for i, ch in enumerate(text):
        source = raw[offsets[i]]
        assert ch in normalise(source)[0] or ch in unicodedata.normalize("NFKC", source)


@pytest.mark.parametrize(
    "raw",
    [
        "江泽民说，１９９６年４月，我们共同倡议建立了伙伴关系。",
        "\u3000\u3000（会晤取得了积极成果）\n\n",
        "朱鎔基總理會晤葉利欽總統。",
        "价格为½美元，㈱公司",
    ],
)
def test_normalise_offsets_round_trip(raw):
    text, offsets = normalise(raw)
    _each_char_maps_back(raw, text, offsets)


@pytest.mark.parametrize(
    "raw, expected_text, expected_offsets",
    [
        ("朱（钅容）基", "朱镕基", [0, 1, 5, 6]),
        ("二十三日", "23日", [0, 2, 3, 4]),
        ("十日,十一月份", "十日,11月份", [0, 1, 2, 3, 4, 5, 6, 7]),
        ("十月份", "10月份", [0, 0, 1, 2, 3]),
        ("½", "1⁄2", [0, 0, 0, 1]),
        ("１９９８年十二月三十日", "1998年12月30日", list(range(12))),
        # a lone surrogate (found by the property test below) would crash OpenCC on traditional text
        ("騙\ud800騙騙騙騙", "骗\ufffd骗骗骗骗", list(range(7))),
    ],
)
def test_normalise_offsets_of_replacements(raw, expected_text, expected_offsets):
    assert normalise(raw) == (expected_text, expected_offsets)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("一二三十〇年月日号（）()钅容王君朱基，１Ａ鎔會\u3000 \n½…a。") | st.characters(), max_size=40))
def test_normalise_offsets_monotonic_and_in_range(raw):
    text, offsets = normalise(raw)
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(raw)
    assert all(0 <= a <= b <= len(raw) for a, b in zip(offsets, offsets[1:]))
    assert all(o < len(raw) for o in offsets[:-1])


# --- paragraphs ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("  甲段\n\n 乙段 \n甲段", [(2, 4, False), (7, 9, False), (11, 13, True)]),
        ("(小标题)\n正文。\n( 小标题 )\n", [(0, 5, False), (6, 9, False), (10, 17, True)]),
        ("一段", [(0, 2, False)]),
        ("\n \n", []),
        ("", []),
    ],
)
def test_normalise_paragraphs(text, expected):
    assert paragraphs(text) == expected
