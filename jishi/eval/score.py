"""The scores of spec section 5: dyad-root, dyad-code, per-root, date/modality/negation, actors.

Records are dicts (gold lines or `Event.to_json()`); everything here is plain
set arithmetic, so the scorer can be tested with hand-made records.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Optional


def _countries(actors) -> list[str]:
    return [a.get("country") for a in actors or [] if a.get("country")]


def dyad_keys(rec: dict, full_code: bool = False) -> set[tuple[str, str, str]]:
    """(source country, target country, root) keys; roots of negated events are written `~05`."""
    code = str(rec.get("cameo", ""))
    label = code if full_code else code[:2]
    if rec.get("negated"):
        label = "~" + label
    src, tgt = _countries(rec.get("source")), _countries(rec.get("target"))
    if rec.get("joint"):
        everyone = sorted(set(src) | set(tgt))
        return {(s, t, label) for s in everyone for t in everyone if s != t}
    return {(s, t, label) for s in src for t in tgt if s != t}


def actor_key(a: dict) -> Optional[str]:
    if a.get("kind") == "country":
        return a.get("country")
    return a.get("name") or a.get("country")


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _date_match(found: dict, gold: dict) -> bool:
    g = (gold.get("date") or {}).get("value")
    f = (found.get("date") or {}).get("value")
    if g is None:
        return f is None
    return f is not None and f[:len(g)] == g


def score_documents(pairs: Iterable[tuple[str, list[dict], list[dict]]]) -> dict:
    """pairs: (doc_id, gold records, found records).  Returns every score of spec section 5."""
    totals = {"root": [0, 0, 0], "code": [0, 0, 0], "actor": [0, 0, 0]}
    per_root: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    macro: list[float] = []
    attr = {"date": [0, 0], "modality": [0, 0], "negated": [0, 0]}
    details = []
    n_docs = 0
    for doc_id, gold, found in pairs:
        n_docs += 1
        for level, full in (("root", False), ("code", True)):
            g_keys: dict = {}
            f_keys: dict = {}
            g_all: dict = defaultdict(list)  # every record behind a key: one key may stand for several events
            f_all: dict = defaultdict(list)
            for rec in gold:
                for k in dyad_keys(rec, full):
                    g_keys.setdefault(k, rec)
                    g_all[k].append(rec)
            for rec in found:
                for k in dyad_keys(rec, full):
                    f_keys.setdefault(k, rec)
                    f_all[k].append(rec)
            tp = len(g_keys.keys() & f_keys.keys())
            fp, fn = len(f_keys) - tp, len(g_keys) - tp
            t = totals[level]
            t[0] += tp; t[1] += fp; t[2] += fn
            if level == "root":
                for k in g_keys.keys() | f_keys.keys():
                    root = k[2].lstrip("~")
                    pr = per_root[root]
                    if k in g_keys and k in f_keys:
                        pr[0] += 1
                    elif k in f_keys:
                        pr[1] += 1
                    else:
                        pr[2] += 1
                if g_keys or f_keys:
                    macro.append(_prf(tp, fp, fn)["f1"])
                details.append({"doc_id": doc_id,
                                "missed": sorted(set(g_keys) - set(f_keys)),
                                "false": sorted(set(f_keys) - set(g_keys)),
                                "missed_records": [g_keys[k] for k in sorted(set(g_keys) - set(f_keys))],
                                "false_records": [f_keys[k] for k in sorted(set(f_keys) - set(g_keys))]})
            else:
                for k in g_keys.keys() & f_keys.keys():
                    # A key matches an attribute when any of its gold records agrees with any found one.
                    pairs = [(f, g) for f in f_all[k] for g in g_all[k]]
                    attr["date"][0] += any(_date_match(f, g) for f, g in pairs); attr["date"][1] += 1
                    attr["modality"][0] += any(f.get("modality") == g.get("modality") for f, g in pairs)
                    attr["modality"][1] += 1
                    attr["negated"][0] += any(bool(f.get("negated")) == bool(g.get("negated")) for f, g in pairs)
                    attr["negated"][1] += 1
        g_act = {actor_key(a) for r in gold for a in (r.get("source") or []) + (r.get("target") or [])} - {None}
        f_act = {actor_key(a) for r in found for a in (r.get("source") or []) + (r.get("target") or [])} - {None}
        tp = len(g_act & f_act)
        t = totals["actor"]
        t[0] += tp; t[1] += len(f_act) - tp; t[2] += len(g_act) - tp
    return {
        "documents": n_docs,
        "dyad_root": {**_prf(*totals["root"]), "macro_f1": round(sum(macro) / len(macro), 4) if macro else 0.0},
        "dyad_code": _prf(*totals["code"]),
        "per_root": {root: _prf(*v) for root, v in sorted(per_root.items())},
        "date_accuracy": round(attr["date"][0] / attr["date"][1], 4) if attr["date"][1] else 0.0,
        "modality_accuracy": round(attr["modality"][0] / attr["modality"][1], 4) if attr["modality"][1] else 0.0,
        "negation_accuracy": round(attr["negated"][0] / attr["negated"][1], 4) if attr["negated"][1] else 0.0,
        "matched_code_keys": attr["date"][1],
        "actors": _prf(*totals["actor"]),
        "details": details,
    }


def format_report(scores: dict, misses: bool = False) -> str:
    lines = [f"documents: {scores['documents']}"]
    dr, dc, ac = scores["dyad_root"], scores["dyad_code"], scores["actors"]
    lines.append(f"dyad-root  P {dr['p']:.3f}  R {dr['r']:.3f}  F1 {dr['f1']:.3f}  (tp {dr['tp']} fp {dr['fp']} "
                 f"fn {dr['fn']})  document macro-F1 {dr['macro_f1']:.3f}")
    lines.append(f"dyad-code  P {dc['p']:.3f}  R {dc['r']:.3f}  F1 {dc['f1']:.3f}  (tp {dc['tp']} fp {dc['fp']} "
                 f"fn {dc['fn']})")
    lines.append(f"date accuracy {scores['date_accuracy']:.3f}   modality accuracy {scores['modality_accuracy']:.3f}   "
                 f"negation accuracy {scores['negation_accuracy']:.3f}   (over {scores['matched_code_keys']} "
                 f"matched dyad-code keys)")
    lines.append(f"actors     P {ac['p']:.3f}  R {ac['r']:.3f}  F1 {ac['f1']:.3f}")
    lines.append("")
    lines.append("root   gold  found  matched   P      R      F1")
    for root, v in scores["per_root"].items():
        gold, found = v["tp"] + v["fn"], v["tp"] + v["fp"]
        lines.append(f"{root:>4}  {gold:5d}  {found:5d}  {v['tp']:7d}   {v['p']:.3f}  {v['r']:.3f}  {v['f1']:.3f}")
    if misses:
        for d in scores["details"]:
            for label, recs in (("MISS", d["missed_records"]), ("FALSE", d["false_records"])):
                for rec in recs:
                    ev = rec.get("evidence") or ""
                    src = ",".join(_countries(rec.get("source"))) or "-"
                    tgt = ",".join(_countries(rec.get("target"))) or "-"
                    neg = " not" if rec.get("negated") else ""
                    lines.append(f"{label:5} {d['doc_id']}  {rec.get('cameo')}{neg} {src}→{tgt}  {rec.get('trigger')}  "
                                 f"{ev[:80]}")
    return "\n".join(lines)
