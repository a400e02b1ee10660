"""The whole pipeline on short made-up texts: the seed-like behaviours of spec section 4,
record identity (doc_id, event_id), spans into the normalised text, and the API."""
from __future__ import annotations

import hashlib
import json

import pytest

import jishi
from jishi.pipeline import Pipeline

SUBTITLE = "　　（中俄两国外长举行会谈）\n"
ARTICLE = (SUBTITLE + "　　新华社北京３月２日电　外交部长唐家璇今天同俄罗斯外长伊万诺夫举行会谈。\n" + SUBTITLE
           + "　　朱（钅容）基总理将于１９９９年４月访问美国。\n")


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.fixture(scope="module")
def article(pipeline):
    return pipeline.code_document(ARTICLE, "1999-03-02")


def _summary(ev):
    return (ev.sentence, ev.cameo, [a.name for a in ev.source], [a.name for a in ev.target], ev.joint, ev.date.value,
            ev.date.precision, ev.modality)


def test_pipeline_article_events(article):
    assert [_summary(e) for e in article.events] == [
        (0, "040", ["中国", "俄罗斯"], ["中国", "俄罗斯"], True, "1999-03-02", "day", "asserted"),
        (1, "040", ["唐家璇", "伊万诺夫"], ["唐家璇", "伊万诺夫"], True, "1999-03-02", "day", "asserted"),
        (3, "036", ["朱镕基"], ["美国"], False, "1999-04", "month", "future"),
    ]


def test_pipeline_repeated_paragraph_coded_once(article):
    repeated = [s for s in article.sentences if s.duplicate]
    assert [article.text[s.start:s.end] for s in repeated] == ["(中俄两国外长举行会谈)"]
    assert all(e.sentence != repeated[0].index for e in article.events)


@pytest.mark.parametrize("raw,normalised_part", [
    ("朱（钅容）基", "朱镕基"),
    ("１９９９年４月", "1999年4月"),
    ("新华社北京３月２日电", "新华社北京3月2日电"),
])
def test_pipeline_normalised_text_repairs_input(article, raw, normalised_part):
    assert raw in article.raw
    assert normalised_part in article.text
    assert raw not in article.text


def test_pipeline_legacy_glyph_name_resolves_to_person(article):
    zhu = [m for m in article.actors if m.actor.name == "朱镕基"]
    assert [(m.text, m.actor.kind, m.actor.country, m.actor.role) for m in zhu] == \
        [("朱镕基总理", "person", "CHN", "head of government")]
    # the raw text behind the mention still has the component notation
    start, end = article.raw_span(zhu[0].start, zhu[0].end)
    assert article.raw[start:end] == "朱（钅容）基总理"


def test_pipeline_doc_id_is_sha256_of_normalised_text(article, pipeline):
    expected = hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:16]
    assert article.doc_id == expected
    again = pipeline.code_document(ARTICLE, "1999-03-02")
    assert again.doc_id == expected
    assert [e.event_id for e in again.events] == [e.event_id for e in article.events]


def test_pipeline_event_id_format(article):
    assert [e.event_id for e in article.events] == [f"{article.doc_id}:0:0", f"{article.doc_id}:1:0",
                                                     f"{article.doc_id}:3:0"]
    for e in article.events:
        doc_id, sentence, n = e.to_json()["event_id"].split(":")
        assert (doc_id, int(sentence), int(n)) == (e.doc_id, e.sentence, e.n)


def test_pipeline_given_id_is_doc_id(pipeline):
    doc = pipeline.code_document(ARTICLE, "1999-03-02", doc_id="pd-1999-0302")
    assert {e.event_id.rsplit(":", 2)[0] for e in doc.events} == {"pd-1999-0302"}


def test_pipeline_spans_index_the_normalised_text(article):
    for e in article.events:
        start, end = e.span
        assert article.text[start:end] == e.evidence
        assert e.trigger == article.text[e.trigger_span[0]:e.trigger_span[1]]
        sentence = article.sentences[e.sentence]
        assert sentence.start <= start < end <= sentence.end


def test_pipeline_records_are_json(article):
    for e in article.events:
        rec = json.loads(json.dumps(e.to_json(), ensure_ascii=False))
        assert rec["span"] == list(e.span) and rec["cameo_root"] == e.cameo[:2]


@pytest.mark.parametrize("text,date,expected", [
    ("国家主席江泽民今天在北京会见了俄罗斯总统叶利钦。", "1998-11-23", [("043", "CHN", "RUS", "1998-11-23")]),
    ("俄方不支持台湾独立。", "1998-11-23", [("120", "RUS", "TWN", "1998-11-23")]),
    ("中方坚决反对北约对南联盟动武。", "1999-05-10", [("120", "CHN", "NAT", "1999-05-10")]),
    ("叶利钦总统明年春天将访问中国。", "1998-11-23", [("036", "RUS", "CHN", "1999-SP")]),
])
def test_pipeline_api_code(text, date, expected):
    events = jishi.code(text, date=date)
    assert [(e.cameo, e.source[0].country, e.target[0].country, e.date.value) for e in events] == expected


def test_pipeline_api_code_file_reads_gbk(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("　　俄方不支持台湾独立。\n".encode("gbk"))
    [event] = jishi.code_file(str(path), date="1998-11-23")
    assert (event.cameo, event.source[0].country, event.target[0].country) == ("120", "RUS", "TWN")


def test_pipeline_api_code_documents_keeps_ids_and_meta():
    docs = list(jishi.code_documents([
        {"id": "a", "date": "1998-11-23", "text": "俄方不支持台湾独立。", "url": "http://example.org/a"},
        {"text": "中方坚决反对北约对南联盟动武。", "date": "1999-05-10"},
    ]))
    assert [d.doc_id for d in docs] == ["a", hashlib.sha256("中方坚决反对北约对南联盟动武。".encode()).hexdigest()[:16]]
    assert docs[0].meta == {"id": "a", "date": "1998-11-23", "url": "http://example.org/a"}
    assert [[e.cameo for e in d.events] for d in docs] == [["120"], ["120"]]


def test_pipeline_yearless_dateline_takes_year_from_text(pipeline):
    doc = pipeline.code_document("本报北京１０月１２日讯　１９９９年１０月１２日上午，中方坚决反对北约对南联盟动武。")
    assert doc.anchor_date == "1999-10-12"
    assert [e.date.value for e in doc.events] == ["1999-10-12"]


@pytest.mark.parametrize("text,source", [
    ("希拉克总统说，中法关系很好。当天下午，国务院总理朱镕基在中南海会见了希拉克总统。", "朱镕基"),
    ("中国外交部长唐家璇同法国外长韦德里纳举行会谈。", "唐家璇"),
    ("外交部长唐家璇同法国外长韦德里纳举行会谈。", "唐家璇"),
])
def test_pipeline_title_with_organ_before_name(pipeline, text, source):
    doc = pipeline.code_document(text, "1999-10-12")
    assert source in [a.name for a in doc.events[-1].source]


def test_pipeline_dedup_keeps_appeals_to_no_one_apart(pipeline):
    text = "中俄两国呼吁各国加强合作。中俄两国呼吁所有尚未参加的国家加入条约。中俄两国呼吁所有尚未参加的国家加入条约。"
    doc = pipeline.code_document(text, "1998-11-23")
    appeals = [(e.sentence, e.cameo, [a.country for a in e.target]) for e in doc.events if e.cameo == "020"]
    # appeals with an empty target are told apart by their sentence (spec section 4: the NPT appeal)
    assert [s for s, _, _ in appeals] == [0, 1, 2]
    assert all(target == [] for _, _, target in appeals)


def test_pipeline_dedup_drops_a_meeting_retold_with_countries(pipeline):
    text = ("联合国秘书长安南10日将和美国国务卿鲍威尔、俄罗斯外交部长伊万诺夫在马德里举行会谈。"
            "安南说，本月10日，他将与美国和俄罗斯的高级领导人会面。")
    doc = pipeline.code_document(text, "2002-04-07")
    meetings = [sorted(a.name for a in e.source) for e in doc.events if e.joint]
    # the second telling names the countries of the people the first named: one event
    assert meetings == [["伊万诺夫", "安南", "鲍威尔"]]


def test_pipeline_signed_speech_speaks_for_its_author(pipeline):
    text = "李鹏\n实现祖国的完全统一是全体中国人的共同愿望。希望台湾当局以民族大义为重，采取实际行动。"
    doc = pipeline.code_document(text, "1998-01-28")
    # a first line that is only a known person's name signs the text: a subjectless appeal is his
    assert [(e.cameo, [a.name for a in e.source], [a.name for a in e.target]) for e in doc.events] == \
        [("020", ["李鹏"], ["台湾当局"])]


@pytest.mark.parametrize("text, story_start", [
    # a dispatch line in brackets after a headline ends the headline's sentence
    ("伊警及英军击毙六名平民(法新社巴格达十日电)六名伊拉克平民今天遭英国军队开枪击毙。",
     "六名伊拉克平民"),
])
def test_pipeline_bracketed_dispatch_line_ends_the_headline(pipeline, text, story_start):
    doc = pipeline.code_document(text, "2004-01-11")
    assert [doc.text[s.start:s.end].startswith(story_start) for s in doc.sentences] == [False, True]
    assert [m.via for m in doc.actors if m.text == "巴格达"] == ["byline"]
