"""`jishi ingest --dask ADDRESS|local`: code on Dask workers, write Parquet
partitioned by year-month, and optionally load the same batches into SQLite.

The client reads the input and ships batches of records to the workers; each
worker builds one Pipeline in a worker plugin.  At most a few batches per
worker are in flight, so neither the client nor the workers hold the corpus.
"""
from __future__ import annotations

import os
from typing import Iterable, Optional

from distributed.diagnostics.plugin import WorkerPlugin

from jishi.store.coding import code_batch
from jishi.store.db import CodedDoc, Store, event_row
from jishi.store.export import COLUMN_NAMES, EVENT_COLUMNS
from jishi.store.ingest import IngestReport, ingest

PLUGIN_NAME = "jishi-pipeline"
PARTITION = "year_month"
UNKNOWN_MONTH = "unknown"


class PipelinePlugin(WorkerPlugin):
    """Builds one Pipeline on each worker when it joins (or when the plugin is registered)."""
    name = PLUGIN_NAME

    def setup(self, worker):
        from jishi.pipeline import Pipeline
        self.pipeline = Pipeline()


def code_on_worker(work):
    from distributed import get_worker
    plugin = get_worker().plugins.get(PLUGIN_NAME)
    return code_batch(work, getattr(plugin, "pipeline", None))


class DaskExecutor:
    """The `submit(fn, work)` interface of ingest(), on a Dask client."""

    def __init__(self, client):
        self.client = client
        client.register_plugin(PipelinePlugin(), name=PLUGIN_NAME)

    def submit(self, fn, work):
        target = code_on_worker if fn is code_batch else fn
        return self.client.submit(target, work, pure=False)

    def shutdown(self, cancel_futures: bool = False) -> None:
        pass


class ParquetSink:
    """Event rows to OUT/year_month=YYYY-MM/part-NNNNN.parquet; buffers at most `flush_rows` rows."""

    def __init__(self, out_dir: str, flush_rows: int = 50_000):
        import pyarrow as pa
        self.out_dir = out_dir
        self.flush_rows = flush_rows
        self.columns = [c for c in COLUMN_NAMES if c != PARTITION]
        self.schema = pa.schema([(n, getattr(pa, k)()) for n, k in EVENT_COLUMNS if n != PARTITION])
        self.buffer: dict[str, list[tuple]] = {}
        self.buffered = 0
        self.files = 0
        os.makedirs(out_dir, exist_ok=True)

    def __call__(self, docs: list[CodedDoc]) -> None:
        keep = [i for i, c in enumerate(COLUMN_NAMES) if c != PARTITION]
        month_at = COLUMN_NAMES.index(PARTITION)
        for d in docs:
            for rec in d.events:
                row = event_row(rec)
                self.buffer.setdefault(row[month_at] or UNKNOWN_MONTH, []).append(tuple(row[i] for i in keep))
                self.buffered += 1
        if self.buffered >= self.flush_rows:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq
        for month, rows in sorted(self.buffer.items()):
            cols = {name: [r[i] for r in rows] for i, name in enumerate(self.columns)}
            for name in ("joint", "negated"):
                cols[name] = [bool(v) for v in cols[name]]
            folder = os.path.join(self.out_dir, f"{PARTITION}={month}")
            os.makedirs(folder, exist_ok=True)
            pq.write_table(pa.Table.from_pydict(cols, schema=self.schema),
                           os.path.join(folder, f"part-{self.files:05d}.parquet"))
            self.files += 1
        self.buffer, self.buffered = {}, 0


def make_client(address: str, workers: int = 2, processes: bool = True):
    from distributed import Client, LocalCluster
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                               dashboard_address=None)
        return Client(cluster)
    return Client(address)


def ingest_dask(paths: Iterable[str], out_dir: str, address: str = "local", db: Optional[str] = None,
                workers: int = 2, processes: bool = True, batch_size: int = 128, recode: bool = False,
                progress=None, command: str = "", client=None) -> IngestReport:
    """Code `paths` on a Dask cluster into partitioned Parquet under `out_dir` (and `db` if given).

    With `db`, documents already coded there are skipped and not written to Parquet again.
    """
    own_client = client is None
    client = client or make_client(address, workers, processes)
    sink = ParquetSink(out_dir)
    store = Store(db) if db else None
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        report = ingest(paths, store=store, executor=DaskExecutor(client), sinks=[sink], batch_size=batch_size,
                        recode=recode, progress=progress, command=command, max_inflight=2 * n_workers + 1)
        sink.flush()
        return report
    finally:
        if store is not None:
            store.close()
        if own_client:
            cluster = client.cluster
            client.close()
            if cluster is not None:
                cluster.close()


def read_events(out_dir: str):
    """The Parquet output as a pyarrow Table (year_month comes from the folder names; `.to_pandas()` for pandas)."""
    import pyarrow.dataset as ds
    return ds.dataset(out_dir, format="parquet", partitioning="hive").to_table()
