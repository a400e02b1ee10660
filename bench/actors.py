"""Actor recognition against gold person/place/organisation tags, beside jieba.posseg (not a test).

    python bench/actors.py [--pku PATH] [--bio PATH] [--limit N] [--misses N] [--json]

Gold: the PKU People's Daily Jan-1998 tagged sample (`nr*`/`ns`/`nt` tokens and
`[...]nt` / `[...]ns` compounds) and the People's Daily NER character-BIO test
set (PER/LOC/ORG).  Systems, in the same run: jishi's actor mentions, split
into name parts (see `jishi_entities`), and jieba's own POS tagger
(`nr*` -> PER, `ns` -> LOC, `nt` -> ORG).  Scores: entity P/R/F1 per type by
exact span on the raw text, and by string per paragraph (the set of
(type, string) pairs of each paragraph).  `--misses N` lists, per type, the N
gold strings jishi misses most often and its N most frequent false alarms.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # run from a checkout without installing

from jishi.actors.recognise import SHORT_TITLES  # noqa: E402
from jishi.pipeline import Pipeline  # noqa: E402

DATA = os.path.join(HERE, "..", "..", "shared", "data")
DEFAULT_PKU = os.path.join(DATA, "pd199801-sample", "test.txt")
DEFAULT_BIO = os.path.join(DATA, "pd-msra-ner-bio", "peoplesdaily.example.test")
TYPES = ("PER", "LOC", "ORG")
PKU_TAGS = {"nr": "PER", "nrf": "PER", "nrg": "PER", "ns": "LOC", "nt": "ORG"}
# jishi's actor kinds as NER types; `self`/`pair` mentions (我国, 双方) are not names.
KIND_TYPES = {"person": "PER", "country": "LOC", "place": "LOC", "organisation": "ORG", "group": "ORG"}
SKIP_VIAS = {"self", "pair", "speaker"}
# Candidate kinds inside a mention that name a country (a LOC part) or a role (no entity).
COUNTRY_PARTS = {"country", "capital", "abbr_side"}
TITLE_PARTS = {"title", "suffix"}

Entity = tuple[int, int, str]  # start, end (exclusive) on the raw text, type


@dataclass
class Paragraph:
    id: str
    text: str
    date: Optional[str]
    gold: list[Entity] = field(default_factory=list)


# ---- gold readers --------------------------------------------------------------------------
def read_pku(path: str, limit: Optional[int] = None) -> list[Paragraph]:
    """PKU 2nd edition: `ID/m  word/tag  [word/tag  word/tag]nt ...`; `江/nrf  泽民/nrg` is one person."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(out) >= limit:
                break
            tokens = [t for t in line.strip().split("  ") if t]
            if not tokens:
                continue
            pid = tokens[0].rsplit("/", 1)[0]
            date = f"{pid[:4]}-{pid[4:6]}-{pid[6:8]}" if re.match(r"\d{8}-", pid) else None
            out.append(_pku_paragraph(pid, date, tokens[1:]))
    return out


def _pku_paragraph(pid: str, date: Optional[str], tokens: list[str]) -> Paragraph:
    text, gold = "", []
    bracket_start = None  # where an open `[` compound began
    inner: list[Entity] = []  # entities inside the open compound, kept if the compound is not nt/ns
    prev_tag = ""
    for tok in tokens:
        opens = tok.startswith("[")
        body, closes, outer = tok.lstrip("[").partition("]")
        word, _, tag = body.rpartition("/")
        word = re.sub(r"\{[^}]*\}", "", word)  # pinyin of polyphones: 上{shang5}
        if opens:
            bracket_start, inner = len(text), []
        start = len(text)
        text += word
        sink = inner if bracket_start is not None else gold
        kind = PKU_TAGS.get(tag)
        if tag == "nrg" and prev_tag == "nrf" and sink and sink[-1][1] == start:
            sink[-1] = (sink[-1][0], len(text), "PER")  # 江/nrf 泽民/nrg: one person
        elif kind:
            sink.append((start, len(text), kind))
        prev_tag = tag
        if closes and bracket_start is not None:
            outer_kind = PKU_TAGS.get(outer) if outer in ("nt", "ns") else None
            gold.extend([(bracket_start, len(text), outer_kind)] if outer_kind else inner)
            bracket_start, inner = None, []
    return Paragraph(pid, text, date, gold)


def read_bio(path: str, limit: Optional[int] = None) -> list[Paragraph]:
    """One `char label` line per character (space or tab), a blank line between sentences."""
    out: list[Paragraph] = []
    chars: list[str] = []
    labels: list[str] = []

    def flush():
        if chars:
            out.append(Paragraph(f"{os.path.basename(path)}:{len(out) + 1}", "".join(chars), None,
                                 bio_entities(labels)))
        chars.clear()
        labels.clear()

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(out) >= limit:
                break
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            ch, _, label = line.rpartition("\t") if "\t" in line else line.rpartition(" ")
            chars.append(ch or " ")
            labels.append(label.strip() or "O")
    if limit is None or len(out) < limit:
        flush()
    return out


def bio_entities(labels: list[str]) -> list[Entity]:
    out, start, kind = [], None, None
    for i, label in enumerate(labels + ["O"]):
        tag, _, typ = label.partition("-")
        if start is not None and (tag != "I" or typ != kind):
            out.append((start, i, kind))
            start = None
        if tag == "B" or (tag == "I" and start is None):  # an I- without B- still opens an entity
            start, kind = i, typ
    return [e for e in out if e[2] in TYPES]


# ---- systems -------------------------------------------------------------------------------
def jieba_entities(text: str, date: Optional[str] = None) -> list[Entity]:
    import jieba.posseg
    out, pos = [], 0
    for word, flag in jieba.posseg.lcut(text):
        start = text.find(word, pos)
        if start < 0:
            continue
        pos = start + len(word)
        kind = "PER" if flag.startswith("nr") else {"ns": "LOC", "nt": "ORG"}.get(flag)
        if kind:
            out.append((start, pos, kind))
    return out


def jishi_system(pipeline: Pipeline) -> Callable[[str, Optional[str]], list[Entity]]:
    def run(text: str, date: Optional[str] = None) -> list[Entity]:
        doc = pipeline.code_document(text, date)
        boundaries = {t.start for t in doc.tokens} | {t.end for t in doc.tokens}
        cands = pipeline.recogniser.match(doc.text, boundaries)
        off = doc.offsets
        return [(off[s], off[e], kind) for s, e, kind in jishi_entities(doc.text, doc.actors, cands)]
    return run


def jishi_entities(text: str, mentions: Iterable, cands: Iterable) -> list[Entity]:
    """Splits each actor mention into name parts on the normalised text: `俄罗斯总统叶利钦` gives
    LOC 俄罗斯 and PER 叶利钦 (the title is no name); `中俄` gives LOC 中 and LOC 俄; `中方` gives
    LOC 中; `国务院总理李鹏` gives ORG 国务院 and PER 李鹏; an organ (`美国国务院`) stays one ORG."""
    cands = list(cands)
    short_titles = sorted(set(SHORT_TITLES.values()), key=len, reverse=True)
    out: list[Entity] = []
    for m in mentions:
        kind = KIND_TYPES.get(m.actor.kind)
        if m.via in SKIP_VIAS or kind is None:
            continue
        if m.via == "compound":
            out.extend((i, i + 1, "LOC") for i in range(m.start, m.end))
            continue
        if m.via == "abbreviation":
            out.append((m.start, m.start + 1, "LOC"))
            continue
        if m.via in ("body", "unplaced"):  # 中国佛教协会, 武汉杂技团: a body's name is one ORG
            out.append((m.start, m.end, "ORG"))
            continue
        if m.via == "organ" and m.actor.kind != "group":  # 中国政府, 美国国务院: an ORG by the gold convention
            out.append((m.start, m.end, "ORG"))
            continue
        inside = [c for c in cands if m.start <= c.start and c.end <= m.end]
        countries = [c for c in inside if c.kind in COUNTRY_PARTS]
        out.extend((c.start, c.end, "LOC") for c in countries)
        if kind == "LOC":
            if not countries:
                out.append((m.start, m.end, "LOC"))
            continue
        orgs = [c for c in inside if c.kind == "org"]  # 国务院总理李鹏: 国务院 is an ORG part
        out.extend((c.start, c.end, "ORG") for c in orgs)
        covered = {i for c in inside if c.kind in COUNTRY_PARTS | TITLE_PARTS | {"org"} for i in range(c.start, c.end)}
        for c in inside:  # `江主席`: the short title after the surname is no name
            if c.kind == "person_short":
                surface = text[c.start:c.end]
                cut = next((t for t in short_titles if surface.endswith(t)), "")
                covered.update(range(c.end - len(cut), c.end))
        out.extend(_uncovered_runs(text, m.start, m.end, covered, kind))
    return sorted(set(out))


def _uncovered_runs(text: str, start: int, end: int, covered: set, kind: str) -> list[Entity]:
    runs, i = [], start
    while i < end:
        if i in covered:
            i += 1
            continue
        j = i
        while j < end and j not in covered:
            j += 1
        s, e = i, j
        while s < e and text[s] in "·• ":  # a middle dot left over from `总统·名字`
            s += 1
        if e > s:
            runs.append((s, e, kind))
        i = j
    return runs


# ---- scoring -------------------------------------------------------------------------------
def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def score(paragraphs: list[Paragraph], predicted: list[list[Entity]]) -> dict:
    """{"exact": {type: prf}, "string": {type: prf}}, with an "ALL" micro average in each."""
    counts = {mode: {t: [0, 0, 0] for t in TYPES + ("ALL",)} for mode in ("exact", "string")}
    for para, pred in zip(paragraphs, predicted):
        for mode in ("exact", "string"):
            key = (lambda e: e) if mode == "exact" else (lambda e, tx=para.text: (0, tx[e[0]:e[1]], e[2]))
            gold = {key(e) for e in para.gold}
            got = {key(e) for e in pred if e[2] in TYPES}
            for t in TYPES:
                g = {e for e in gold if e[2] == t}
                s = {e for e in got if e[2] == t}
                for slot in (t, "ALL"):
                    c = counts[mode][slot]
                    c[0] += len(g & s)
                    c[1] += len(s - g)
                    c[2] += len(g - s)
    return {mode: {t: prf(*c) for t, c in per.items()} for mode, per in counts.items()}


def misses(paragraphs: list[Paragraph], predicted: list[list[Entity]], n: int) -> dict:
    """Per type: the most frequent missed gold strings and false-alarm strings (exact spans)."""
    missed = {t: Counter() for t in TYPES}
    false = {t: Counter() for t in TYPES}
    for para, pred in zip(paragraphs, predicted):
        gold, got = set(para.gold), set(pred)
        for s, e, t in gold - got:
            missed[t][para.text[s:e]] += 1
        for s, e, t in got - gold:
            if t in TYPES:
                false[t][para.text[s:e]] += 1
    return {t: {"missed": missed[t].most_common(n), "false": false[t].most_common(n),
                "missed_total": sum(missed[t].values()), "false_total": sum(false[t].values())} for t in TYPES}


# ---- running -------------------------------------------------------------------------------
def evaluate(paragraphs: list[Paragraph], systems: dict, n_misses: int) -> dict:
    result = {"paragraphs": len(paragraphs), "gold": dict(Counter(e[2] for p in paragraphs for e in p.gold))}
    for name, system in systems.items():
        predicted = [system(p.text, p.date) for p in paragraphs]
        result[name] = score(paragraphs, predicted)
        if n_misses and name == "jishi":
            result["jishi_misses"] = misses(paragraphs, predicted, n_misses)
    return result


def print_report(name: str, res: dict, out=sys.stdout) -> None:
    print(f"\n== {name}: {res['paragraphs']} paragraphs, gold {res['gold']}", file=out)
    for mode in ("exact", "string"):
        print(f"-- {mode} {'span' if mode == 'exact' else 'per paragraph'}", file=out)
        print(f"{'type':<5}" + "".join(f"{s + ' ' + m:>12}" for s in ("jishi", "jieba") for m in ("P", "R", "F1")),
              file=out)
        for t in TYPES + ("ALL",):
            cells = [res[s][mode][t][k] for s in ("jishi", "jieba") for k in ("p", "r", "f1")]
            print(f"{t:<5}" + "".join(f"{v:>12.3f}" for v in cells), file=out)
    for t, d in res.get("jishi_misses", {}).items():
        print(f"-- jishi {t}: {d['missed_total']} missed, most often: "
              + ", ".join(f"{s}×{c}" for s, c in d["missed"]), file=out)
        print(f"   {d['false_total']} false alarms, most often: " + ", ".join(f"{s}×{c}" for s, c in d["false"]),
              file=out)


def main(argv: Optional[list[str]] = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pku", default=DEFAULT_PKU, help="PKU-tagged file ('' to skip)")
    ap.add_argument("--bio", default=DEFAULT_BIO, help="character-BIO file ('' to skip)")
    ap.add_argument("--limit", type=int, help="paragraphs taken from each file (default all)")
    ap.add_argument("--misses", type=int, default=15, help="jishi's most frequent misses listed per type")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--quiet", action="store_true", help="print nothing, only return the figures")
    opts = ap.parse_args(argv)
    import jieba
    jieba.setLogLevel(60)
    systems = {"jishi": jishi_system(Pipeline()), "jieba": jieba_entities}
    results = {}
    if opts.pku:
        results["pd199801"] = evaluate(read_pku(opts.pku, opts.limit), systems, opts.misses)
    if opts.bio:
        results["pd-ner-bio"] = evaluate(read_bio(opts.bio, opts.limit), systems, opts.misses)
    if opts.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    elif not opts.quiet:
        for name, res in results.items():
            print_report(name, res)
    return results


if __name__ == "__main__":
    main()
