"""Coding one batch of documents, in whichever process holds the Pipeline.

The same `code_batch` runs in the ingest process (-j 1), in multiprocessing
workers and on Dask workers; each process builds its Pipeline once.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Union

from jishi.errors import InputError
from jishi.store.db import CodedDoc, text_hash

# A unit of work: (input name, record dict or the InputError that replaced it).
Item = tuple[str, Union[dict, InputError]]


@lru_cache(maxsize=1)
def worker_pipeline():
    """This process's Pipeline, built on first use (~0.5 s) and then only read."""
    from jishi.pipeline import Pipeline
    return Pipeline()


def init_worker() -> None:
    """multiprocessing initializer: build the Pipeline before the first batch arrives."""
    worker_pipeline()


def doc_id_of(record: dict) -> str:
    """The doc_id the Pipeline will give this record (spec section 2)."""
    given = record.get("id") or record.get("doc_id")
    if given:
        return str(given)
    from jishi.normalise import normalise
    return text_hash(normalise(record["text"])[0])[:16]


def describe(name: str, item: Union[dict, InputError]) -> CodedDoc:
    """A CodedDoc with everything known before coding (status still `coded`, no events)."""
    if isinstance(item, InputError):
        return CodedDoc(doc_id=name, source_name=name, text_hash=None, status="failed", error=str(item))
    meta = {k: v for k, v in item.items() if k not in ("text", "events", "id", "doc_id", "date", "title")}
    text = item["text"]
    return CodedDoc(doc_id=doc_id_of(item), source_name=name, text_hash=text_hash(text), n_chars=len(text),
                    date=item.get("date") or None, title=item.get("title"), meta=meta)


def code_one(pipeline, desc: CodedDoc, record: Optional[dict]) -> CodedDoc:
    if record is None or desc.status == "failed":
        return desc
    try:
        rec = dict(record, id=desc.doc_id)
        doc = next(pipeline.code_documents([rec]))
        desc.events = [ev.to_json() for ev in doc.events]
    except Exception as err:  # one document's failure must not stop the run
        desc.status, desc.error = "failed", f"{desc.source_name}: coding failed ({type(err).__name__}: {err})"
        desc.events = []
    return desc


def code_batch(work: list[tuple[CodedDoc, Optional[dict]]], pipeline=None) -> list[CodedDoc]:
    """Code (description, record) pairs; never raises for a single document."""
    pipeline = pipeline or worker_pipeline()
    return [code_one(pipeline, desc, rec) for desc, rec in work]
