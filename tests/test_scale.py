"""Coding on a Dask LocalCluster: partitioned Parquet, plus the optional SQLite load."""
from __future__ import annotations

import os
import sqlite3

import pytest

pytest.importorskip("distributed")

from jishi.scale import ingest_dask, read_events  # noqa: E402
from jishi.store import Store, ingest  # noqa: E402
from test_store import SENTENCES, snapshot, write_corpus  # noqa: E402


@pytest.fixture(scope="module")
def dask_run(tmp_path_factory):
    """One run on a 2-worker in-process LocalCluster, and an ordinary ingest of the same corpus."""
    folder = tmp_path_factory.mktemp("scale")
    corpus = write_corpus(str(folder))
    out, db, ref = str(folder / "parquet"), str(folder / "dask.sqlite"), str(folder / "ref.sqlite")
    report = ingest_dask([corpus], out, "local", db=db, workers=2, processes=False, batch_size=4)
    with Store(ref) as store:
        ingest([corpus], store=store)
    return report, out, db, ref


def test_scale_dask_codes_every_document(dask_run):
    report, _, _, _ = dask_run
    assert (report.seen, report.coded, report.failed) == (len(SENTENCES) + 2, len(SENTENCES), 2)


def test_scale_dask_db_load_matches_local_ingest(dask_run):
    _, _, db, ref = dask_run
    assert snapshot(db) == snapshot(ref)


def test_scale_parquet_partitioned_by_month(dask_run):
    _, out, _, ref = dask_run
    conn = sqlite3.connect(ref)
    months = sorted(m or "unknown" for (m,) in conn.execute("SELECT DISTINCT year_month FROM events"))
    folders = sorted(name.split("=", 1)[1] for name in os.listdir(out))
    assert folders == months


def test_scale_parquet_reads_back_the_events(dask_run):
    _, out, _, ref = dask_run
    table = read_events(out)
    conn = sqlite3.connect(ref)
    expected = sorted((e, c, m or "unknown") for e, c, m in conn.execute("SELECT event_id, cameo, year_month FROM events"))
    got = sorted(zip(table.column("event_id").to_pylist(), table.column("cameo").to_pylist(),
                     [str(m) for m in table.column("year_month").to_pylist()]))
    assert got == expected
