"""Pipeline throughput beside jieba's own `lcut`, per-stage times, peak memory (not a test).

    python bench/throughput.py [--pool PATH | --pools all] [--limit N] [--mem-docs N] [--json]

Codes the documents of a pool (default ../shared/eval/pool-mfa.jsonl) with the
whole pipeline, timing each stage of `Pipeline.stages` separately, and cuts the
same texts with `jieba.lcut` in the same process, document by document in turn
so that both meet the same machine load (jieba's dictionary is loaded first,
outside the timing).  A document that makes the coder raise is counted and
reported with its id and traceback; the run goes on.  Peak memory: the Pipeline
is built cold under tracemalloc and warmed on the first `--mem-docs` documents
(that pass is untimed, so tracing does not slow the timed one), and the
process's ru_maxrss, which also counts C memory and jieba's dictionary.  Figures print as a table; `--json` prints them as JSON.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import resource
import sys
import time
import traceback
import tracemalloc
from dataclasses import dataclass, field
from typing import Optional

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # run from a checkout without installing

from jishi.document import Document  # noqa: E402
from jishi.pipeline import Pipeline  # noqa: E402

DEFAULT_POOL_DIR = os.path.join(HERE, "..", "..", "shared", "eval")
DEFAULT_POOL = os.path.join(DEFAULT_POOL_DIR, "pool-mfa.jsonl")


@dataclass
class PoolFigures:
    pool: str
    docs: int = 0
    chars: int = 0
    pipeline_s: float = 0.0
    jieba_s: float = 0.0
    stage_s: dict[str, float] = field(default_factory=dict)
    crashes: list[dict] = field(default_factory=list)

    def summary(self) -> dict:
        def rate(n, s):
            return n / s if s > 0 else 0.0
        pipe_cps, jieba_cps = rate(self.chars, self.pipeline_s), rate(self.chars, self.jieba_s)
        return {
            "pool": self.pool, "docs": self.docs, "chars": self.chars,
            "pipeline_s": round(self.pipeline_s, 3), "jieba_s": round(self.jieba_s, 3),
            "pipeline_chars_per_s": round(pipe_cps), "pipeline_docs_per_s": round(rate(self.docs, self.pipeline_s), 1),
            "jieba_chars_per_s": round(jieba_cps), "jieba_docs_per_s": round(rate(self.docs, self.jieba_s), 1),
            "ratio_pipeline_over_jieba": round(pipe_cps / jieba_cps, 3) if jieba_cps else 0.0,
            "stage_s": {k: round(v, 3) for k, v in self.stage_s.items()},
            "crashes": self.crashes,
        }


def read_pool(path: str, limit: Optional[int]) -> list[dict]:
    records = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and len(records) >= limit:
                break
            if line.strip():
                rec = json.loads(line)
                rec.setdefault("id", f"{os.path.basename(path)}:{i + 1}")
                records.append(rec)
    return records


def code_timed(pipeline: Pipeline, records: list[dict], figures: PoolFigures) -> None:
    """Codes each document stage by stage (each stage has its own clock), then cuts the same text
    with jieba: interleaved, so both see the same load on a shared machine.  A crash is recorded."""
    import jieba
    stage_s = figures.stage_s
    for stage in pipeline.stages:
        stage_s.setdefault(stage.name, 0.0)
    clock = time.perf_counter
    for rec in records:
        text = rec["text"]
        figures.docs += 1
        figures.chars += len(text)
        doc = Document(raw=text, doc_id=str(rec["id"]), date=rec.get("date") or None, meta={})
        stage_name = ""
        try:
            for stage in pipeline.stages:
                stage_name = stage.name
                t0 = clock()
                doc = stage(doc)
                dt = clock() - t0
                stage_s[stage.name] += dt
                figures.pipeline_s += dt
        except Exception as exc:  # the coder must not crash: report which document and why
            figures.crashes.append({"id": rec["id"], "stage": stage_name, "error": repr(exc),
                                    "traceback": traceback.format_exc()})
        t0 = clock()
        jieba.lcut(text)
        figures.jieba_s += clock() - t0


def warm_jieba() -> None:
    import jieba
    jieba.setLogLevel(60)
    jieba.initialize()
    jieba.lcut("预热词典。")


def traced_build(records: list[dict]) -> tuple[Pipeline, dict]:
    """Builds the Pipeline under tracemalloc (cold: the dictionaries load here) and codes `records`
    with it; returns the pipeline, warmed, and the peaks in MiB.  Only Python allocations are
    traced (not rjieba's or the automaton's C memory): ru_maxrss covers those."""
    tracemalloc.start()
    try:
        pipeline = Pipeline()
        build_current, build_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        for rec in records:
            try:
                pipeline.code_document(rec["text"], rec.get("date"), str(rec["id"]))
            except Exception:
                pass  # counted in the timed pass
        current, code_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    mib = 1024 * 1024
    return pipeline, {"traced_docs": len(records), "build_peak_mib": round(build_peak / mib, 1),
                      "after_build_mib": round(build_current / mib, 1),
                      "coding_peak_mib": round(code_peak / mib, 1), "after_coding_mib": round(current / mib, 1)}


def maxrss_mib() -> float:
    # Linux reports KiB, macOS bytes.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(rss / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def pool_paths(pool: Optional[str], pools: Optional[str], pool_dir: str) -> list[str]:
    if pools == "all":
        paths = sorted(glob.glob(os.path.join(pool_dir, "pool-*.jsonl")))
        if not paths:
            raise SystemExit(f"no pool-*.jsonl under {pool_dir}")
        return paths
    return [pool or DEFAULT_POOL]


def run(paths: list[str], limit: Optional[int], mem_docs: int) -> dict:
    pools = [(path, read_pool(path, limit)) for path in paths]
    t0 = time.perf_counter()
    if mem_docs > 0:
        pipeline, memory = traced_build(pools[0][1][:mem_docs])
    else:
        pipeline, memory = Pipeline(), {}
        pipeline.code_document("新华社北京1月1日电 国家主席会见外长。", "1998-01-01")  # lazy tables
    build_s = time.perf_counter() - t0
    rss_after_build = maxrss_mib()
    warm_jieba()
    per_pool = []
    total = PoolFigures("all")
    for path, records in pools:
        fig = PoolFigures(os.path.basename(path))
        code_timed(pipeline, records, fig)
        per_pool.append(fig)
        total.docs += fig.docs
        total.chars += fig.chars
        total.pipeline_s += fig.pipeline_s
        total.jieba_s += fig.jieba_s
        total.crashes += fig.crashes
        for k, v in fig.stage_s.items():
            total.stage_s[k] = total.stage_s.get(k, 0.0) + v
    rss_after_timing = maxrss_mib()
    memory.update({"ru_maxrss_after_build_mib": rss_after_build, "ru_maxrss_mib": rss_after_timing})
    return {"build_and_warm_s": round(build_s, 3), "pools": [f.summary() for f in per_pool],
            "total": total.summary(), "memory": memory}


def print_table(figures: dict, out=sys.stdout) -> None:
    rows = figures["pools"] + ([figures["total"]] if len(figures["pools"]) > 1 else [])
    print(f"pipeline built and warmed in {figures['build_and_warm_s']:.2f} s (untimed)", file=out)
    head = f"{'pool':<20}{'docs':>7}{'chars':>10}{'jishi c/s':>11}{'jishi d/s':>10}" \
           f"{'jieba c/s':>11}{'jieba d/s':>10}{'ratio':>7}{'crashes':>8}"
    print(head, file=out)
    for r in rows:
        print(f"{r['pool']:<20}{r['docs']:>7}{r['chars']:>10}{r['pipeline_chars_per_s']:>11}"
              f"{r['pipeline_docs_per_s']:>10}{r['jieba_chars_per_s']:>11}{r['jieba_docs_per_s']:>10}"
              f"{r['ratio_pipeline_over_jieba']:>7.2f}{len(r['crashes']):>8}", file=out)
    print("\nper-stage seconds (share of the pipeline's time)", file=out)
    for r in rows:
        total = r["pipeline_s"] or 1.0
        parts = "  ".join(f"{k} {v:.2f} ({100 * v / total:.0f}%)" for k, v in r["stage_s"].items())
        print(f"{r['pool']:<20}{parts}", file=out)
    print("\npeak memory (MiB): " + ", ".join(f"{k} {v}" for k, v in figures["memory"].items()), file=out)
    crashes = figures["total"]["crashes"]
    if crashes:
        print(f"\n{len(crashes)} document(s) crashed the coder:", file=out)
        for c in crashes:
            print(f"--- {c['id']} (stage {c['stage']}): {c['error']}\n{c['traceback']}", file=out)


def main(argv: Optional[list[str]] = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", help=f"a JSONL pool (default {os.path.normpath(DEFAULT_POOL)})")
    ap.add_argument("--pools", choices=["all"], help="every pool-*.jsonl in --pool-dir, reported per pool")
    ap.add_argument("--pool-dir", default=DEFAULT_POOL_DIR, help="where --pools all looks")
    ap.add_argument("--limit", type=int, help="documents taken from each pool (default all)")
    ap.add_argument("--mem-docs", type=int, default=300, help="documents coded under tracemalloc (0: skip)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--quiet", action="store_true", help="print nothing, only return the figures")
    opts = ap.parse_args(argv)
    figures = run(pool_paths(opts.pool, opts.pools, opts.pool_dir), opts.limit, opts.mem_docs)
    if opts.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
    elif not opts.quiet:
        print_table(figures)
    return figures


if __name__ == "__main__":
    main()
