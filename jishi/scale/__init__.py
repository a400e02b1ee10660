"""Coding on a Dask cluster (docs/store.md)."""
from jishi.scale.dask_runner import DaskExecutor, ParquetSink, PipelinePlugin, ingest_dask, read_events

__all__ = ["DaskExecutor", "ParquetSink", "PipelinePlugin", "ingest_dask", "read_events"]
