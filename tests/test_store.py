"""The SQLite event store: ingest (idempotent, resumable, failures kept), query, export, datasette."""
from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from jishi.cli import main
from jishi.store import CodedDoc, Store, StoreError, ingest
from jishi.store.export import COLUMN_NAMES, export
from jishi.store.query import EventFilter, iter_records, monthly_counts, parse_dyad

# Made-up short news items (written for these tests).
SENTENCES = [
    ("2023-03-02", "国家主席习近平今天在北京会见来访的法国总统。"),
    ("2023-03-05", "外交部发言人表示，中方坚决反对美国对台湾出售武器。"),
    ("2023-03-09", "俄罗斯总统普京同中国国家主席习近平通电话。"),
    ("2023-04-11", "中国政府决定向巴基斯坦提供紧急人道主义援助。"),
    ("2023-04-18", "中美两国外长在雅加达举行会谈。"),
    ("2023-04-20", "日本首相将于下月访问美国。"),
    ("2023-05-03", "中方强烈谴责美国的霸凌行径。"),
    ("2023-05-07", "越南和老挝签署了边境合作协定。"),
    ("2023-05-16", "韩国外长表示愿同中国加强合作。"),
    ("2023-06-01", "美国宣布对伊朗实施新的制裁。"),
    ("2023-06-12", "中国国务院总理李强在北京会见新加坡总理。"),
    ("2023-06-20", "德国总理邀请中国国务院总理访问柏林。"),
    ("2023-07-04", "中方对美方的错误做法提出严正交涉。"),
    ("2023-07-15", "联合国秘书长呼吁各方保持克制。"),
    ("2023-07-21", "印度和巴基斯坦军队在边境交火。"),
    ("2023-08-02", "中国和巴西发表联合声明。"),
    ("2023-08-19", "美国国务卿布林肯抵达北京进行访问。"),
    ("2023-09-06", "中方赞赏东盟为地区和平作出的贡献。"),
    ("2023-09-23", "俄罗斯外长批评北约东扩。"),
    ("2023-10-10", "中国同意大利举行经贸磋商。"),
]


def write_corpus(folder, copies: int = 1, bad: bool = True) -> str:
    """A JSONL corpus of the sentences (ids d00…), plus a broken line and a line without text."""
    path = os.path.join(folder, "corpus.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for c in range(copies):
            for i, (date, text) in enumerate(SENTENCES):
                fh.write(json.dumps({"id": f"d{c}-{i:02d}", "date": date, "text": text, "source": "测试"},
                                    ensure_ascii=False) + "\n")
            if bad and c == 0:
                fh.write("{not json\n")
                fh.write(json.dumps({"id": "no-text", "date": "2023-01-01"}) + "\n")
    return path


def snapshot(db: str) -> dict:
    """The database content that must not depend on how the ingest went (runs and run ids left out)."""
    conn = sqlite3.connect(db)
    out = {
        "documents": sorted(conn.execute("SELECT doc_id, date, title, source_name, text_hash, version, status, "
                                         "error, n_events, meta_json FROM documents").fetchall()),
        "events": sorted(conn.execute("SELECT * FROM events").fetchall()),
        "actors": sorted(conn.execute("SELECT * FROM event_actors").fetchall()),
    }
    conn.close()
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(str(tmp_path_factory.mktemp("corpus")))


@pytest.fixture(scope="module")
def reference_db(corpus, tmp_path_factory):
    """One uninterrupted ingest of the corpus."""
    db = str(tmp_path_factory.mktemp("ref") / "events.sqlite")
    assert main(["ingest", corpus, "--db", db]) == 1  # two bad lines: non-zero at the end
    return db


def test_ingest_records_failed_documents_and_goes_on(reference_db):
    conn = sqlite3.connect(reference_db)
    status = dict(conn.execute("SELECT status, COUNT(*) FROM documents GROUP BY status").fetchall())
    errors = [e for (e,) in conn.execute("SELECT error FROM documents WHERE status='failed' ORDER BY error")]
    assert status == {"coded": len(SENTENCES), "failed": 2}
    assert any("not JSON" in e for e in errors) and any("no `text` field" in e for e in errors)
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] > 0


def test_ingest_twice_adds_nothing(corpus, reference_db, tmp_path):
    db = str(tmp_path / "twice.sqlite")
    with Store(db) as store:
        first = ingest([corpus], store=store)
        second = ingest([corpus], store=store)
    assert (first.coded, second.coded, second.skipped) == (len(SENTENCES), 0, len(SENTENCES))
    assert snapshot(db) == snapshot(reference_db)


def test_ingest_parallel_matches_single_process(corpus, reference_db, tmp_path):
    db = str(tmp_path / "j2.sqlite")
    assert main(["ingest", corpus, "--db", db, "-j", "2", "--batch-size", "4"]) == 1
    assert snapshot(db) == snapshot(reference_db)


def test_ingest_recode_replaces_events(corpus, reference_db, tmp_path):
    db = str(tmp_path / "recode.sqlite")
    with Store(db) as store:
        ingest([corpus], store=store)
        store.conn.execute("UPDATE documents SET version='old'")
        store.conn.execute("DELETE FROM event_actors")
        store.conn.execute("DELETE FROM events")
        report = ingest([corpus], store=store, recode=True)
    assert report.coded == len(SENTENCES)
    assert snapshot(db) == snapshot(reference_db)


def test_ingest_new_version_recodes_without_flag(corpus, tmp_path):
    db = str(tmp_path / "version.sqlite")
    with Store(db) as store:
        ingest([corpus], store=store)
        store.conn.execute("UPDATE documents SET version='0.0.0+old' WHERE doc_id IN ('d0-00', 'd0-01')")
        report = ingest([corpus], store=store)
    assert (report.coded, report.skipped) == (2, len(SENTENCES) - 2)


KILL_SCRIPT = """
import sys, time
from jishi.store import Store, ingest
from jishi.store.coding import code_batch
def slow(work):
    time.sleep(0.15)  # slow enough for the test to kill it halfway
    return code_batch(work)
with Store(sys.argv[2]) as store:
    ingest([sys.argv[1]], store=store, batch_size=2, code_fn=slow)
"""


def test_ingest_resumes_after_sigkill(corpus, reference_db, tmp_path):
    db = str(tmp_path / "killed.sqlite")
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, corpus, db])
    deadline = time.monotonic() + 30
    committed = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if os.path.exists(db):
            try:
                committed = sqlite3.connect(db).execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                continue
            if committed >= 6:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    done = sqlite3.connect(db).execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert 6 <= done < len(SENTENCES) + 2
    assert main(["ingest", corpus, "--db", db]) == 1
    assert snapshot(db) == snapshot(reference_db)


def _lock_after_first_batch(db):
    holder = {}

    def sink(docs):
        if not holder:
            holder["conn"] = sqlite3.connect(db, isolation_level=None)
            holder["conn"].execute("BEGIN IMMEDIATE")
    return sink, holder


def _fill_after_first_batch(store):
    def sink(docs):
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
    return sink


@pytest.mark.parametrize("trouble, message", [("locked", "locked"), ("full", "full")])
def test_ingest_store_trouble_is_clear_and_keeps_committed(corpus, tmp_path, trouble, message):
    db = str(tmp_path / f"{trouble}.sqlite")
    with Store(db, timeout=0.2) as store:
        holder = {}
        if trouble == "locked":
            sink, holder = _lock_after_first_batch(db)
        else:
            sink = _fill_after_first_batch(store)
        with pytest.raises(StoreError) as err:
            ingest([corpus], store=store, batch_size=4, sinks=[sink])
        if holder:
            holder["conn"].execute("ROLLBACK")
    assert message in str(err.value) and "committed documents are kept" in str(err.value)
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 4


# -- query and export over hand-made records (independent of the coder's rules) --

def _actor(country):
    return {"text": country, "name": country, "name_en": None, "kind": "country", "country": country,
            "sector": "GOV", "role": None, "code": f"{country}GOV"}


def _event(doc_id, sentence, cameo, quad, src, tgt, date, modality="asserted", negated=False, joint=False,
           plover="CONSULT"):
    return {"doc_id": doc_id, "event_id": f"{doc_id}:{sentence}:0", "sentence": sentence, "span": [0, 4],
            "evidence": "证据", "trigger": "会谈", "cameo": cameo, "cameo_root": cameo[:2], "quad_class": quad,
            "goldstein": 1.0, "plover": {"type": plover, "mode": None}, "source": [_actor(c) for c in src],
            "target": [_actor(c) for c in tgt], "joint": joint,
            "date": {"value": date, "precision": "day", "text": None}, "location": None,
            "modality": modality, "negated": negated, "confidence": 0.8}


HAND_EVENTS = [
    _event("a", 0, "040", 1, ["CHN", "USA"], ["CHN", "USA"], "2023-01-05", joint=True),
    _event("a", 1, "112", 3, ["CHN"], ["USA"], "2023-01-20", plover="ACCUSE"),
    _event("b", 0, "036", 1, ["USA"], ["CHN"], "2023-02-03", modality="future"),
    _event("b", 1, "062", 2, ["RUS"], ["TWN"], "2023-02-10", modality="future", negated=True, plover="COOPERATE"),
    _event("c", 0, "163", 4, ["USA"], ["IRN"], "2023-03-01", plover="SANCTION"),
]


@pytest.fixture(scope="module")
def hand_db(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("hand") / "hand.sqlite")
    with Store(db) as store:
        docs = [CodedDoc(doc_id=d, source_name=d, text_hash=d, date="2023-03-01", meta={"url": f"http://x/{d}"},
                         events=[e for e in HAND_EVENTS if e["doc_id"] == d]) for d in "abc"]
        store.write_batch(docs)
    return db


@pytest.mark.parametrize("flt, expected", [
    (EventFilter(), ["a:0:0", "a:1:0", "b:0:0", "b:1:0", "c:0:0"]),
    (EventFilter(date_from="2023-02", date_to="2023-02"), ["b:0:0", "b:1:0"]),
    (EventFilter(date_to="2023-01-05"), ["a:0:0"]),
    (EventFilter(actor="IRN"), ["c:0:0"]),
    (EventFilter(actor="RUSGOV"), ["b:1:0"]),
    (EventFilter(dyad=("CHN", "USA")), ["a:0:0", "a:1:0"]),
    (EventFilter(dyad=("USA", "CHN")), ["a:0:0", "b:0:0"]),
    (EventFilter(cameo="04"), ["a:0:0"]),
    (EventFilter(cameo="112"), ["a:1:0"]),
    (EventFilter(plover="sanction"), ["c:0:0"]),
    (EventFilter(modality="future"), ["b:0:0", "b:1:0"]),
    (EventFilter(negated=True), ["b:1:0"]),
    (EventFilter(limit=2), ["a:0:0", "a:1:0"]),
])
def test_query_filters(hand_db, flt, expected):
    conn = sqlite3.connect(hand_db)
    assert [r["event_id"] for r in iter_records(conn, flt)] == expected


def test_query_records_are_exact(hand_db):
    conn = sqlite3.connect(hand_db)
    assert list(iter_records(conn)) == HAND_EVENTS


@pytest.mark.parametrize("flt, expected", [
    (EventFilter(dyad=("CHN", "USA")), [("2023-01", "CHN", "USA", 1, 1), ("2023-01", "CHN", "USA", 3, 1)]),
    (EventFilter(dyad=("USA", "CHN")), [("2023-01", "USA", "CHN", 1, 1), ("2023-02", "USA", "CHN", 1, 1)]),
    (EventFilter(negated=False, date_from="2023-02"), [("2023-02", "USA", "CHN", 1, 1),
                                                        ("2023-03", "USA", "IRN", 4, 1)]),
])
def test_query_monthly_counts(hand_db, flt, expected):
    assert monthly_counts(sqlite3.connect(hand_db), flt) == expected


@pytest.mark.parametrize("text, expected", [("CHN-USA", ("CHN", "USA")), ("chn,usa", ("CHN", "USA"))])
def test_query_parse_dyad(text, expected):
    assert parse_dyad(text) == expected


def test_query_cli_monthly_csv(hand_db, capsys):
    assert main(["query", "--db", hand_db, "--monthly", "--dyad", "CHN-USA", "-f", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows == [["month", "source_country", "target_country", "quad_class", "events"],
                    ["2023-01", "CHN", "USA", "1", "1"], ["2023-01", "CHN", "USA", "3", "1"]]


def test_export_jsonl_is_exact(hand_db):
    out = io.StringIO()
    assert export(sqlite3.connect(hand_db), "jsonl", out) == 5
    assert [json.loads(line) for line in out.getvalue().splitlines()] == HAND_EVENTS


def test_export_csv_columns(hand_db):
    out = io.StringIO()
    export(sqlite3.connect(hand_db), "csv", out, EventFilter(cameo="163"))
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["event_id"], r["source_codes"], r["target_codes"], r["year_month"]) for r in rows] == \
        [("c:0:0", "USAGOV", "IRNGOV", "2023-03")]


def test_export_phoenix_has_26_columns_and_url(hand_db):
    out = io.StringIO()
    export(sqlite3.connect(hand_db), "phoenix", out, EventFilter(cameo="163"))
    header, row = [line.split("\t") for line in out.getvalue().splitlines()]
    assert (len(header), len(row), row[0], row[1], row[13], row[24]) == (26, 26, "c:0:0", "20230301", "163",
                                                                         "http://x/c")


def test_export_polecat_fields(hand_db):
    out = io.StringIO()
    export(sqlite3.connect(hand_db), "polecat", out, EventFilter(cameo="062"))
    rec = json.loads(out.getvalue())
    assert (rec["event_type"], rec["actor_country"], rec["recipient_country"], rec["negated"], rec["story_date"]) \
        == ("COOPERATE", ["RUS"], ["TWN"], True, "2023-03-01")


def test_export_parquet_in_batches(hand_db, tmp_path):
    import pyarrow.parquet as pq
    from jishi.store.export import write_parquet_rows
    from jishi.store.query import iter_rows
    path = str(tmp_path / "events.parquet")
    n = write_parquet_rows(iter_rows(sqlite3.connect(hand_db), COLUMN_NAMES), path, batch_size=2)
    meta = pq.ParquetFile(path).metadata
    table = pq.read_table(path)
    assert (n, meta.num_row_groups, table.column("cameo").to_pylist()) == (5, 3, ["040", "112", "036", "062", "163"])
    assert table.column("negated").to_pylist() == [False, False, False, True, False]


def test_store_opens_in_datasette(hand_db):
    from datasette.app import Datasette

    async def fetch():
        ds = Datasette([hand_db])
        await ds.invoke_startup()
        tables = await ds.client.get("/hand.json")
        rows = await ds.client.get("/hand/events.json?_shape=array&_col=cameo")
        return tables.status_code, tables.json(), rows.json()

    status, tables, rows = asyncio.run(fetch())
    names = {t["name"] for t in tables["tables"]}
    assert status == 200
    assert {"documents", "events", "event_actors", "runs"} <= names
    assert [r["cameo"] for r in rows] == ["040", "112", "036", "062", "163"]
