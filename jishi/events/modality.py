"""Modality (asserted / future / hypothetical) and negation from cue words."""
from __future__ import annotations

import re

from jishi.document import DateValue, Document
from jishi.events.codebook import Codebook, Cues
from jishi.text.find import SENTENCE_STOPS, last_of

# Threats and appeals are conditional by nature (如果…就将反制 is told as a threat made).
CONDITIONAL_BY_NATURE = {"02", "10", "13"}
NEGATED_MODIFIER = re.compile(r"[不未没非][^的，,。；;]{1,3}的")
NEGATION_REACH = 10  # characters before the trigger a negator may stand (actor phrases left out)


def modality_of(text: str, clause_start: int, window_start: int, trig_start: int, root: str,
                codebook: Codebook, when: DateValue, doc: Document) -> str:
    cues = codebook.cues
    conditional = cues.holds(text[clause_start:trig_start], cues.hypothetical) or \
        _conditional_before(text, clause_start, cues)
    if conditional and root not in CONDITIONAL_BY_NATURE:
        return "hypothetical"  # 如果俄方不受谴责…: whatever the act, under a condition it is not told as done
    fixed = codebook.modality_by_root.get(root)
    if fixed:
        return fixed
    if conditional:
        return "hypothetical"
    if cues.holds(text[window_start:trig_start], cues.future):
        return "future"
    ref = doc.date or doc.dateline_date
    if when.value and ref and when.precision != "doc" and when.value[:len(ref)] > ref[:len(when.value)]:
        return "future"  # dated after the document (`明年`, `下周`)
    return "asserted"


def negated(text: str, window_start: int, trig_start: int, cues: Cues, skip=()) -> bool:
    """A negator between the subject and the trigger, actor phrases left out (不向台湾出售武器)."""
    pieces, pos = [], window_start
    for m in sorted(skip, key=lambda m: m.start):
        pieces.append(text[pos:m.start])
        pos = m.end
    pieces.append(text[pos:trig_start])
    raw = "".join(pieces)[-NEGATION_REACH - 2:]
    if any(d in raw for d in cues.double_negation):
        return False  # 不得不: checked before the look-alike words are blanked (不同 in 不得不同步)
    window = cues.strip("".join(pieces))[-NEGATION_REACH:]
    if any(q in window for q in "“”\"「」『』"):
        return False  # a negator inside a quoted slogan (“不扎领带”的会晤)
    if any(d in window for d in cues.double_negation):
        return False
    if not any(n in window for n in cues.negation):
        return False
    # 寻求未支付的工资、赔偿和道歉: a negator inside a short modifier (未支付的) negates that, not the act
    full = cues.strip(text[window_start:trig_start])
    last = max(full.rfind(n) for n in cues.negation)
    return last < 0 or not NEGATED_MODIFIER.match(full, last)


def _conditional_before(text: str, clause_start: int, cues: Cues) -> bool:
    """An earlier clause of the sentence opens with 如果/一旦 (如果美国…, 朝鲜将…; 朝鲜表示，如果美国…，朝鲜将…)."""
    sent_start = last_of(text, SENTENCE_STOPS, clause_start) + 1
    heads = re.split(r"[，,；;：:]", text[sent_start:clause_start])
    return any(h.lstrip(" “\"").startswith(c) for h in heads for c in cues.hypothetical)


def negated_clause(text: str, clause_start: int, start: int, cues: Cues) -> bool:
    """Any negator before the trigger in its clause (任何国家都不应以任何借口干涉别国内政)."""
    before = text[clause_start:start]
    return any(n in before for n in cues.negation) and not any(d in before for d in cues.double_negation)


def prescribed(text: str, clause, left: list, start: int, cues: Cues) -> bool:
    """应/应该/应当 between the clause's subject and the trigger (not 应邀, 回应, 应…邀请): what one
    should do, no act (spec section 3: a bare X应… is not coded)."""
    from_pos = left[0].end if left else clause[0]
    return cues.holds(text[from_pos:start], cues.prescriptive) and "邀" not in text[from_pos:clause[1]]


def past_negation(window: str) -> bool:
    """没有/从未/未 say an act did not happen: asserted, not a declared refusal."""
    return any(w in window for w in ("没有", "从未", "并未", "未曾", "尚未", "没"))
