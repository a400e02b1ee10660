"""The event grammar as data: trigger rules (triggers.yaml) and cue words (cues.yaml)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

import ahocorasick

from jishi.codes import lookup
from jishi.data import read_yaml
from jishi.errors import DataError

FRAMES = {"svo", "partner", "toward", "comment", "passive"}


@dataclass(frozen=True)
class TriggerRule:
    code: str
    frame: str
    words: tuple[str, ...]
    joint: bool = False
    target: Optional[str] = None
    future: Optional[str] = None
    escalate_markers: tuple[str, ...] = ()
    escalate_code: Optional[str] = None
    negative: bool = False
    needs: tuple[str, ...] = ()
    inviter: bool = False
    needs_after: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cues:
    future: tuple[str, ...]
    hypothetical: tuple[str, ...]
    negation: tuple[str, ...]
    double_negation: tuple[str, ...]
    partner_preps: tuple[str, ...]
    toward_preps: tuple[str, ...]
    passive: tuple[str, ...]
    speech: tuple[str, ...]
    generic_targets: tuple[str, ...]
    background_after: tuple[str, ...]
    not_cues: tuple[str, ...] = ()
    future_after: tuple[str, ...] = ()
    question: tuple[str, ...] = ()
    rhetorical: tuple[str, ...] = ()
    nominal_after: tuple[str, ...] = ()
    nominal_before: tuple[str, ...] = ()
    light_verbs: tuple[str, ...] = ()
    separately: tuple[str, ...] = ()
    anaphors: tuple[str, ...] = ()
    conjunctions: tuple[str, ...] = ()
    unnamed_subjects: tuple[str, ...] = ()
    attendance: tuple[str, ...] = ()
    act_nouns: tuple[str, ...] = ()
    despite: tuple[str, ...] = ()
    setting_after: tuple[str, ...] = ()
    habitual: tuple[str, ...] = ()
    prescriptive: tuple[str, ...] = ()
    anyone: tuple[str, ...] = ()
    protest: tuple[str, ...] = ()
    pivot_plans: tuple[str, ...] = ()

    def strip(self, window: str) -> str:
        """The window with words that only look like cues blanked out (上将, 不断)."""
        for w in self.not_cues:
            if w in window:
                window = window.replace(w, "□" * len(w))
        return window

    def holds(self, window: str, words: tuple[str, ...]) -> bool:
        """Whether one of `words` stands in the window, look-alike words (应邀, 被迫) not counted.
        The raw test comes first: most windows hold none, and blanking costs more."""
        return any(w in window for w in words) and any(w in self.strip(window) for w in words)

    def last_end(self, window: str, words: tuple[str, ...]) -> int:
        """Where the last of `words` in the window ends (-1: none), look-alike words not counted."""
        if not any(w in window for w in words):
            return -1
        window = self.strip(window)
        return max((window.rfind(w) + len(w) for w in words if w in window), default=-1)


class Codebook:
    """Trigger rules compiled into one automaton; immutable after construction."""

    def __init__(self, rules: list[TriggerRule], modality_by_root: dict[str, str], cues: Cues):
        self.rules = rules
        self.modality_by_root = modality_by_root
        self.cues = cues
        self.automaton = ahocorasick.Automaton()
        by_word: dict[str, list[TriggerRule]] = {}
        for rule in rules:
            for w in rule.words:
                by_word.setdefault(w, []).append(rule)
        for w, rs in by_word.items():
            self.automaton.add_word(w, (w, tuple(rs)))
        self.automaton.make_automaton()
        self.words = list(by_word)

    def match(self, text: str) -> list[tuple[int, int, str, tuple[TriggerRule, ...]]]:
        """Pure: every trigger word, longest match left to right: (start, end, word, rules)."""
        out = []
        for end_idx, (word, rules) in self.automaton.iter_long(text):
            out.append((end_idx - len(word) + 1, end_idx + 1, word, rules))
        return out


def _rule(raw: dict, where: str) -> TriggerRule:
    try:
        code = str(raw["code"])
        lookup(code)
        frame = raw.get("frame", "svo")
        if frame not in FRAMES:
            raise DataError(f"{where}: unknown frame {frame!r}")
        words = tuple(str(w) for w in raw["words"])
        if not words:
            raise DataError(f"{where}: no words")
        esc = raw.get("escalate") or {}
        future = raw.get("future")
        if future:
            lookup(str(future))
        if esc.get("code"):
            lookup(str(esc["code"]))
        return TriggerRule(code, frame, words, bool(raw.get("joint")), raw.get("target"),
                           str(future) if future else None, tuple(esc.get("markers", ())),
                           str(esc["code"]) if esc.get("code") else None, bool(raw.get("negative")),
                           tuple(raw.get("needs", ())), bool(raw.get("inviter")), tuple(raw.get("needs_after", ())))
    except KeyError as err:
        raise DataError(f"{where}: {err}") from err


def _expand_abbreviations(rule: TriggerRule, abbreviations: dict[str, list[str]]) -> list[TriggerRule]:
    """`访{X}` → 访俄 (target RUS), 访美 (target USA) … for every unambiguous one-character abbreviation."""
    templated = [w for w in rule.words if "{X}" in w]
    if not templated:
        return [rule]
    out = []
    plain = tuple(w for w in rule.words if "{X}" not in w)
    if plain:
        out.append(replace(rule, words=plain))
    for abbr, isos in sorted(abbreviations.items()):
        if len(abbr) == 1 and len(isos) == 1:
            out.append(replace(rule, words=tuple(w.replace("{X}", abbr) for w in templated), target=isos[0]))
    return out


def load_codebook(triggers: str = "triggers.yaml", cues: str = "cues.yaml",
                  abbreviations: Optional[dict[str, list[str]]] = None) -> Codebook:
    """Load the rules; `abbreviations` (from the knowledge base) expand `{X}` in trigger words."""
    data = read_yaml(triggers)
    rules = []
    for i, r in enumerate(data.get("rules", [])):
        rule = _rule(r, f"{triggers} rule {i + 1}")
        rules.extend(_expand_abbreviations(rule, abbreviations or {}))
    c = read_yaml(cues)
    cue = Cues(**{k: tuple(c.get(k, ())) for k in Cues.__dataclass_fields__})
    return Codebook(rules, {str(k): v for k, v in (data.get("modality_by_root") or {}).items()}, cue)


@lru_cache(maxsize=1)
def default_codebook() -> Codebook:
    from jishi.actors.kb import default_kb
    return load_codebook(abbreviations=default_kb().abbreviations())
