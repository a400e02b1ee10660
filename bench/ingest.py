"""Ingest throughput and peak memory (not a test).

    python bench/ingest.py [--corpus ../shared/eval/pool-mfa.jsonl] [--limit 2000]

Prints docs/s for `jishi ingest -j 1`, `-j 2` and `--dask local` with 2 workers,
and the ingest process's peak RSS for the corpus and for the corpus repeated
4x (memory must not grow with corpus size).  Each run is a fresh subprocess
writing a fresh database; docs/s is the ingest's own figure (coding and
writing, after the Pipeline is built).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "..", "..", "shared", "eval", "pool-mfa.jsonl")


def write_corpus(src: str, dst: str, limit: int, copies: int) -> int:
    """The first `limit` documents of src, `copies` times over with distinct ids."""
    with open(src, encoding="utf-8") as fh:
        lines = [line for _, line in zip(range(limit), fh)]
    n = 0
    with open(dst, "w", encoding="utf-8") as out:
        for c in range(copies):
            for i, line in enumerate(lines):
                rec = json.loads(line)
                rec["id"] = f"{rec.get('id') or i}#{c}"
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n


def run(args: list[str]) -> tuple[float, float]:
    """(docs/s reported by the ingest, peak RSS of the ingest process in MiB)."""
    proc = subprocess.Popen([sys.executable, "-m", "jishi", "ingest", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read()
    match = re.search(r"([\d.]+) docs/s\s*$", err.strip())
    if not match:
        raise SystemExit(f"ingest failed ({status}):\n{err}")
    return float(match.group(1)), usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=2000, help="documents taken from the corpus (default 2000)")
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        one = os.path.join(tmp, "x1.jsonl")
        four = os.path.join(tmp, "x4.jsonl")
        n1 = write_corpus(opts.corpus, one, opts.limit, 1)
        n4 = write_corpus(opts.corpus, four, opts.limit, 4)
        print(f"corpus: {os.path.basename(opts.corpus)}, {n1} documents; cores: {os.cpu_count()}")
        rate, rss1 = run([one, "--db", os.path.join(tmp, "j1.sqlite"), "-j", "1"])
        print(f"-j 1            {rate:8.1f} docs/s   peak RSS {rss1:7.1f} MiB ({n1} docs)")
        rate, _ = run([one, "--db", os.path.join(tmp, "j2.sqlite"), "-j", "2"])
        print(f"-j 2            {rate:8.1f} docs/s")
        rate, _ = run([one, "--dask", "local", "--dask-workers", "2", "--parquet", os.path.join(tmp, "pq")])
        print(f"dask local x2   {rate:8.1f} docs/s")
        rate, rss4 = run([four, "--db", os.path.join(tmp, "j1x4.sqlite"), "-j", "1"])
        print(f"-j 1, 4x corpus {rate:8.1f} docs/s   peak RSS {rss4:7.1f} MiB ({n4} docs)")
        print(f"peak memory 4x / 1x: {rss4 / rss1:.2f}")


if __name__ == "__main__":
    main()
