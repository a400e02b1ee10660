"""`ingest`: read documents, skip those already coded, code the rest in batches
on an executor (this process, worker processes or a Dask cluster), and hand each
coded batch to the sinks (the SQLite store, a Parquet folder) in input order.

At most `max_inflight` batches are out at once, so memory does not grow with
the corpus.
"""
from __future__ import annotations

import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Optional

from jishi.errors import InputError
from jishi.inputs import iter_documents
from jishi.store.coding import code_batch, describe, init_worker
from jishi.store.db import CodedDoc, Store

Sink = Callable[[list[CodedDoc]], None]


@dataclass
class IngestReport:
    seen: int = 0
    coded: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)  # the first few failure messages

    def counts(self) -> dict:
        return {"seen": self.seen, "coded": self.coded, "skipped": self.skipped, "failed": self.failed,
                "events": self.events}

    @property
    def docs_per_second(self) -> float:
        return (self.coded + self.failed) / self.seconds if self.seconds else 0.0


class InlineExecutor:
    """Codes in this process: the -j 1 path, with no pickling."""

    def submit(self, fn, *args) -> Future:
        fut: Future = Future()
        fut.set_result(fn(*args))
        return fut

    def shutdown(self, cancel_futures: bool = False) -> None:
        pass


def make_executor(jobs: int):
    """Ready to code: the Pipelines are built before this returns (so rates measure coding only)."""
    if jobs <= 1:
        init_worker()
        return InlineExecutor()
    import multiprocessing
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=init_worker)
    for started in [executor.submit(int) for _ in range(jobs)]:
        started.result()  # every worker has run its initializer
    return executor


def _batches(items: Iterable, size: int):
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ingest(paths: Iterable[str], store: Optional[Store] = None, jobs: int = 1, batch_size: int = 32,
           recode: bool = False, executor=None, sinks: Iterable[Sink] = (), progress=None,
           command: str = "", code_fn=code_batch, max_inflight: Optional[int] = None) -> IngestReport:
    """Code every document of `paths` not yet in `store` (all of them with `recode`).

    Raises StoreError when the database cannot be written; every batch
    committed before that stays committed.
    """
    report = IngestReport()
    own_executor = executor is None
    executor = executor or make_executor(jobs)
    max_inflight = max_inflight or max(2, 2 * jobs)
    sinks = list(sinks)
    run_id = None
    if store is not None:
        run_id = store.begin_run(command)
        sinks.insert(0, lambda docs: store.write_batch(docs, run_id))
    start = time.monotonic()
    inflight: deque = deque()

    def drain_one():
        docs = inflight.popleft().result()
        for sink in sinks:
            sink(docs)
        for d in docs:
            if d.status == "failed":
                report.failed += 1
                if len(report.errors) < 20:
                    report.errors.append(d.error or d.source_name)
            else:
                report.coded += 1
                report.events += len(d.events)
        if progress is not None:
            progress.update(len(docs))

    status = "error"
    try:
        for batch in _batches(iter_documents(paths), batch_size):
            work = [(_describe(name, item), None if isinstance(item, InputError) else item) for name, item in batch]
            report.seen += len(work)
            if store is not None and not recode:
                fresh = store.up_to_date([(d.doc_id, d.text_hash) for d, _ in work if d.status != "failed"])
                if fresh:
                    work = [(d, rec) for d, rec in work if d.doc_id not in fresh]
                    report.skipped += len(batch) - len(work)
                    if progress is not None:
                        progress.update(len(batch) - len(work))
            if work:
                inflight.append(executor.submit(code_fn, work))
            while len(inflight) >= max_inflight:
                drain_one()
        while inflight:
            drain_one()
        status = "finished"
    finally:
        report.seconds = time.monotonic() - start
        if own_executor or status != "finished":
            executor.shutdown(cancel_futures=True)
        if progress is not None:
            progress.close()
        if store is not None and run_id is not None:
            try:
                store.finish_run(run_id, status, report.counts())
            except Exception:  # the run's own error is the one to report
                if status == "finished":
                    raise
    return report


def _describe(name, item) -> CodedDoc:
    try:
        return describe(name, item)
    except Exception as err:  # e.g. a record whose text cannot be normalised
        return CodedDoc(doc_id=name, source_name=name, text_hash=None, status="failed",
                        error=f"{name}: cannot read ({type(err).__name__}: {err})")
