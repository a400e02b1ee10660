"""Inputs (issue 2, bad input): every bad document gets a one-line error naming it,
the rest of the batch is still read and coded, and `jishi code` exits non-zero."""
from __future__ import annotations

import gzip
import io
import json
import random
import time

import pytest

from jishi.cli import main
from jishi.errors import InputError
from jishi.inputs import MAX_BYTES, iter_documents

GOOD_TEXT = "国家主席江泽民今天在北京会见了俄罗斯总统叶利钦。"
GOOD_RECORD = {"id": "good-1", "date": "1998-11-23", "text": GOOD_TEXT}


def _write(path, data: bytes):
    path.write_bytes(data)
    return str(path)


def _made_up_text(n_bytes: int, seed: int = 7) -> str:
    """Distinct made-up sentences (numbered, so paragraphs do not repeat) up to n_bytes of UTF-8."""
    rnd = random.Random(seed)
    subjects = ["中方", "俄方", "法国外长", "日本政府", "双方", "美国国务院"]
    acts = ["表示欢迎", "举行会谈", "呼吁各方保持克制", "强调合作的重要性", "签署了协定"]
    parts, size, i = [], 0, 0
    while size < n_bytes:
        i += 1
        s = f"{rnd.choice(subjects)}第{i}次{rnd.choice(acts)}。" + ("\n" if i % 10 == 0 else "")
        parts.append(s)
        size += len(s.encode("utf-8"))
    return "".join(parts)


def _items(paths, stdin=None):
    return list(iter_documents(paths, stdin=stdin))


# (file name, bytes, words the error must contain)
BAD_FILES = [
    ("empty.txt", b"", "empty"),
    ("blanks.txt", "　　\n   \n".encode("utf-8"), "empty"),
    ("binary.txt", bytes(range(256)) * 8, "binary"),
    ("latin1.txt", "café naïve résumé à la façon de François, été über".encode("latin-1") * 4, "encoding"),
]


@pytest.mark.parametrize("name,data,reason", BAD_FILES)
def test_inputs_bad_text_file_is_named_error(tmp_path, name, data, reason):
    path = _write(tmp_path / name, data)
    [(where, item)] = _items([path])
    assert where == path
    assert isinstance(item, InputError)
    assert str(item).startswith(path + ":")
    assert reason in str(item).lower()
    assert "\n" not in str(item)


# (JSONL line, error words, line number in the message)
BAD_JSONL_LINES = [
    ("not json at all", "not JSON"),
    ('{"id": "x", "text": "unterminated', "not JSON"),
    ('{"id": "x", "title": "no text here"}', "no `text` field"),
    ('{"id": "x", "text": 42}', "no `text` field"),
    ('["a", "list"]', "must be an object"),
    ('{"id": "x", "text": "   "}', "empty document"),
]


@pytest.mark.parametrize("line,reason", BAD_JSONL_LINES)
def test_inputs_bad_jsonl_line_is_named_and_batch_goes_on(tmp_path, line, reason):
    content = json.dumps(GOOD_RECORD, ensure_ascii=False) + "\n" + line + "\n" + \
        json.dumps({**GOOD_RECORD, "id": "good-3"}, ensure_ascii=False) + "\n"
    path = _write(tmp_path / "docs.jsonl", content.encode("utf-8"))
    items = _items([path])
    assert [w for w, _ in items] == [f"{path}:good-1", f"{path}:2", f"{path}:good-3"]
    assert isinstance(items[1][1], InputError)
    assert str(items[1][1]) == f"{path}:2: " + items[1][1].reason
    assert reason in items[1][1].reason
    assert [it["id"] for _, it in (items[0], items[2])] == ["good-1", "good-3"]


def test_inputs_jsonl_line_not_utf8_is_an_error_not_mojibake(tmp_path):
    gbk_line = json.dumps({"id": "gbk", "text": GOOD_TEXT}, ensure_ascii=False).encode("gbk")
    path = _write(tmp_path / "mixed.jsonl", gbk_line + b"\n" + json.dumps(GOOD_RECORD).encode() + b"\n")
    items = _items([path])
    assert isinstance(items[0][1], InputError) and "UTF-8" in items[0][1].reason
    assert items[1][1]["text"] == GOOD_TEXT


def test_inputs_jsonl_gz_reads_like_jsonl(tmp_path):
    path = tmp_path / "docs.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(GOOD_RECORD, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "b", "text": "中方欢迎。", "source": "made-up"}, ensure_ascii=False) + "\n")
    items = _items([str(path)])
    assert [(w, r["id"], r["text"]) for w, r in items] == [
        (f"{path}:good-1", "good-1", GOOD_TEXT), (f"{path}:b", "b", "中方欢迎。")]
    assert items[1][1]["source"] == "made-up"


def test_inputs_truncated_gz_is_a_named_error(tmp_path):
    blob = gzip.compress((json.dumps(GOOD_RECORD, ensure_ascii=False) + "\n").encode() * 50)
    path = _write(tmp_path / "cut.jsonl.gz", blob[: len(blob) // 2])
    items = _items([path])
    assert isinstance(items[-1][1], InputError)
    assert items[-1][0] == path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "big5"])
def test_inputs_text_file_any_encoding(tmp_path, encoding):
    text = "中俄两国元首今天举行会晤。" if encoding != "big5" else "中俄兩國元首今天舉行會晤。"
    path = _write(tmp_path / f"doc_{encoding}.txt", text.encode(encoding))
    [(where, rec)] = _items([path])
    assert rec["text"].lstrip("\ufeff") == text
    assert rec["id"] == f"doc_{encoding}"


def test_inputs_folder_mixes_good_and_bad_in_sorted_order(tmp_path):
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "a_good.txt", GOOD_TEXT.encode("gb18030"))
    _write(tmp_path / "b_empty.txt", b"")
    _write(tmp_path / "c_docs.jsonl", b"{broken\n" + json.dumps(GOOD_RECORD).encode() + b"\n")
    _write(tmp_path / "notes.md", b"ignored: not .txt or .jsonl")
    _write(tmp_path / "sub" / "d_bin.txt", b"\x00\x01\x02\xff" * 64)
    items = _items([str(tmp_path)])
    summary = [(w.replace(str(tmp_path), "DIR"), isinstance(it, InputError)) for w, it in items]
    assert summary == [("DIR/a_good.txt", False), ("DIR/b_empty.txt", True), ("DIR/c_docs.jsonl:1", True),
                       ("DIR/c_docs.jsonl:good-1", False), ("DIR/sub/d_bin.txt", True)]


@pytest.mark.parametrize("data,expected", [
    (GOOD_TEXT.encode("utf-8"), [("<stdin>", GOOD_TEXT)]),
    (GOOD_TEXT.encode("gb18030"), [("<stdin>", GOOD_TEXT)]),
    ((json.dumps(GOOD_RECORD, ensure_ascii=False) + "\n" + json.dumps({"id": "z", "text": "中方欢迎。"},
                                                                         ensure_ascii=False)).encode(),
     [("<stdin>:good-1", GOOD_TEXT), ("<stdin>:z", "中方欢迎。")]),
])
def test_inputs_stdin_text_and_jsonl(data, expected):
    items = _items(["-"], stdin=io.BytesIO(data))
    assert [(w, r["text"]) for w, r in items] == expected


def test_inputs_missing_file_is_named_error(tmp_path):
    path = str(tmp_path / "nowhere.txt")
    [(where, item)] = _items([path])
    assert isinstance(item, InputError) and where == path and "cannot read" in item.reason


def test_inputs_5mb_document_is_read(tmp_path):
    text = _made_up_text(5_000_000)
    assert MAX_BYTES > len(text.encode("utf-8")) >= 5_000_000
    txt = _write(tmp_path / "big.txt", text.encode("utf-8"))
    [(where, item)] = _items([txt])
    assert where == txt and item["text"] == text


def test_inputs_oversized_document_refused_quickly(tmp_path, monkeypatch):
    import jishi.inputs
    monkeypatch.setattr(jishi.inputs, "MAX_BYTES", 1_000_000)
    text = _made_up_text(2_000_000)
    txt = _write(tmp_path / "big.txt", text.encode("utf-8"))
    jsonl = _write(tmp_path / "big.jsonl", (json.dumps({"id": "big", "text": text}, ensure_ascii=False) + "\n"
                                            + json.dumps(GOOD_RECORD, ensure_ascii=False) + "\n").encode())
    start = time.perf_counter()
    items = _items([txt, jsonl])
    elapsed = time.perf_counter() - start
    assert [(w, type(it).__name__) for w, it in items] == [
        (txt, "InputError"), (f"{jsonl}:1", "InputError"), (f"{jsonl}:good-1", "dict")]
    assert all("too large" in it.reason for _, it in items[:2])
    assert elapsed < 5


def test_inputs_cli_batch_codes_good_documents_and_fails(tmp_path, capsys):
    good = _write(tmp_path / "good.txt", GOOD_TEXT.encode("utf-8"))
    empty = _write(tmp_path / "empty.txt", b"")
    binary = _write(tmp_path / "bin.txt", bytes(range(256)) * 4)
    latin = _write(tmp_path / "latin.txt", "déjà vu, çà et là, où, naïve".encode("latin-1") * 4)
    jsonl = _write(tmp_path / "d.jsonl", b"nope\n{\"id\": \"t\"}\n" + json.dumps(GOOD_RECORD).encode() + b"\n")
    status = main(["code", empty, binary, good, latin, jsonl, "--date", "1998-11-23"])
    out, err = capsys.readouterr()
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["doc_id"] for r in records} == {"good", "good-1"}
    assert {(r["doc_id"], r["cameo"]) for r in records} >= {("good", "043"), ("good-1", "043")}
    errors = [line for line in err.splitlines() if line.startswith("jishi: error: ")]
    assert [e.split(": ")[2] for e in errors] == [empty, binary, latin, f"{jsonl}:1", f"{jsonl}:2"]
    assert err.splitlines()[-1] == "jishi: 5 document(s) failed"
