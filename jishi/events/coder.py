"""The event stage: trigger → arguments → modality/negation → date and location.

`find_events(doc, codebook, kb)` reads the layers earlier stages added
(sentences, actor mentions, time mentions, speaker turns) and returns events.
Matching triggers is `Codebook.match` (pure); this module decides.
"""
from __future__ import annotations

import re
from datetime import date as Date, timedelta
from typing import Optional

from jishi.actors.kb import KnowledgeBase
from jishi.actors.resolve import country_actor
from jishi.codes import lookup
from jishi.document import Actor, ActorMention, DateValue, Document, Event, Location, TimeMention
from jishi.events.arguments import Roles, read_left, read_right
from jishi.events.codebook import Codebook, TriggerRule
from jishi.events.modality import modality_of, negated

CLAUSE_BREAK = re.compile(r"[,;:，；：。!?！？]")
VISIT_CODES = {"042", "036"}
BACKGROUND_DAYS = 31


class _Context:
    """What a document's event stage remembers from sentence to sentence."""

    def __init__(self):
        self.topic: list[ActorMention] = []  # the last explicit subject
        self.topic_paragraph = -1
        self.last_invite_source: list[Actor] = []


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in CLAUSE_BREAK.finditer(text, start, end):
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    if s < end:
        out.append((s, end))
    return out


def _speaker_at(doc: Document, pos: int) -> Optional[Actor]:
    for s, e, actor in doc.speakers:
        if s <= pos < e:
            return actor
    return None


def _usable(m: ActorMention, rule: TriggerRule, right_side: bool) -> bool:
    """Capitals stand for a country only as the destination of a visit."""
    if m.via == "capital":
        return right_side and rule.code in VISIT_CODES
    return m.via not in ("bare-title",)


def _actors(ms: list[ActorMention]) -> list[Actor]:
    out: list[Actor] = []
    for m in ms:
        for a in m.actors():
            if a.country and not any(_same(a, b) for b in out):
                out.append(a)
    return out


def _same(a: Actor, b: Actor) -> bool:
    if a.kind == "country" and b.kind == "country":
        return a.country == b.country
    return a.name == b.name and a.country == b.country


def _countries(actors: list[Actor]) -> set[str]:
    return {a.country for a in actors if a.country}


def _as_country(actors: list[Actor], kb: KnowledgeBase) -> list[Actor]:
    return actors


class EventCoder:
    def __init__(self, codebook: Codebook, kb: KnowledgeBase):
        self.codebook = codebook
        self.kb = kb

    def __call__(self, doc: Document) -> list[Event]:
        text = doc.text
        hits = self.codebook.match(text)
        mentions = doc.actors
        ctx = _Context()
        events: list[Event] = []
        hi = 0
        mi = 0
        for sent in doc.sentences:
            s_hits = []
            while hi < len(hits) and hits[hi][0] < sent.end:
                if hits[hi][0] >= sent.start:
                    s_hits.append(hits[hi])
                hi += 1
            s_mentions = [m for m in mentions if sent.start <= m.start < sent.end]
            s_times = [t for t in doc.times if sent.start <= t.start < sent.end]
            clauses = _clauses(text, sent.start, sent.end)
            if sent.paragraph != ctx.topic_paragraph and ctx.topic_paragraph >= 0 and not doc.speakers:
                pass  # topics carry across paragraphs of one story
            self._update_topic_first(ctx, text, clauses, s_mentions, sent.paragraph)
            if sent.duplicate:
                continue
            for start, end, word, rules in s_hits:
                if any(m.start <= start < m.end or m.start < end <= m.end for m in s_mentions):
                    continue  # a trigger word inside a name (`中俄友好、和平与发展委员会`)
                ev = self._code_hit(doc, ctx, sent.index, clauses, s_mentions, s_times, start, end, word, rules)
                if ev is not None:
                    events.append(ev)
            self._update_topic_last(ctx, text, clauses, s_mentions, sent.paragraph)
        return events

    # ---- topic (carried subject) ------------------------------------------
    def _clause_subject(self, text: str, clause: tuple[int, int], ms: list[ActorMention]) -> list[ActorMention]:
        inside = [m for m in ms if clause[0] <= m.start < clause[1] and m.via not in ("capital", "bare-title")]
        if not inside:
            return []
        roles = read_left(text, clause[0], clause[1], inside, self.codebook.cues)
        return roles.subject

    def _update_topic_first(self, ctx, text, clauses, ms, paragraph):
        if clauses:
            subj = self._clause_subject(text, clauses[0], ms)
            if subj and text[clauses[0][0]:subj[0].start].strip() == "":
                ctx.topic, ctx.topic_paragraph = subj, paragraph

    def _update_topic_last(self, ctx, text, clauses, ms, paragraph):
        for clause in clauses:
            subj = self._clause_subject(text, clause, ms)
            if subj and text[clause[0]:subj[0].start].strip() == "":
                ctx.topic, ctx.topic_paragraph = subj, paragraph
                break

    # ---- one trigger --------------------------------------------------------
    def _code_hit(self, doc, ctx, sent_index, clauses, s_mentions, s_times, start, end, word, rules) -> Optional[Event]:
        text = doc.text
        clause = next((c for c in clauses if c[0] <= start < c[1]), None)
        if clause is None:
            return None
        rule = next((r for r in rules if not r.needs or any(n in text[clause[0]:start] for n in r.needs)), None)
        if rule is None:
            return None
        cues = self.codebook.cues
        left = [m for m in s_mentions if clause[0] <= m.start and m.end <= start and _usable(m, rule, False)]
        right = [m for m in s_mentions if end <= m.start < clause[1] and _usable(m, rule, True)]
        roles = read_left(text, clause[0], start, left, cues)
        obj = read_right(text, end, clause[1], right)

        # 应 A 邀请 : the inviter invites the subject of the next clause.
        if rule.code.startswith("026") and roles.inviter:
            source_ms = roles.inviter
            nxt = next((c for c in clauses if c[0] >= clause[1]), None)
            target_ms = self._clause_subject(text, nxt, s_mentions) if nxt else []
            event = self._make(doc, ctx, sent_index, rule, rule.code, word, start, end, clause,
                               _actors(source_ms), _actors(target_ms), False, s_times, source_ms)
            if event:
                ctx.last_invite_source = event.source
            return event

        subject = roles.subject
        carried = False
        if not subject or (text[clause[0]:subject[0].start].strip() not in ("",) and roles.toward and not subject):
            subject = self._carried(doc, ctx, clause, start, sent_index)
            carried = True
        if rule.frame == "passive" or roles.agent:
            source_ms, target_ms = roles.agent, subject
        elif rule.frame == "comment":
            speaker = _speaker_at(doc, start)
            src = [speaker] if speaker else _actors(ctx.topic if carried else subject)
            others = [a for a in _actors(left + right) if a.country not in _countries(src)]
            return self._make(doc, ctx, sent_index, rule, rule.code, word, start, end, clause, src, others[:1], False,
                              s_times, left)
        else:
            source_ms = subject
            if rule.frame == "partner":
                target_ms = roles.partner or obj or roles.toward
            elif rule.frame == "toward":
                target_ms = roles.toward or obj or roles.partner
            else:
                target_ms = obj or roles.toward or roles.partner
        source = self._resolve_self(doc, ctx, _actors(source_ms), start)
        target = _actors(target_ms)
        if rule.target:
            target = [country_actor(self.kb, rule.target, word)]
        if rule.inviter and ctx.last_invite_source:
            target = [country_actor(self.kb, a.country, a.text) for a in ctx.last_invite_source[:1]]
        joint = False
        if rule.joint:
            members = _actors(source_ms) if len(_actors(source_ms)) > 1 else []
            if target and not rule.target:
                allm = source + [a for a in target if not any(_same(a, b) for b in source)]
                source, target, joint = allm, list(allm), True
            elif members:
                source, target, joint = members, list(members), True
        event = self._make(doc, ctx, sent_index, rule, rule.code, word, start, end, clause, source, target, joint,
                           s_times, source_ms + target_ms, carried)
        if event and rule.code.startswith("026"):
            ctx.last_invite_source = event.source
        return event

    def _carried(self, doc, ctx, clause, start, sent_index) -> list[ActorMention]:
        speaker = _speaker_at(doc, start)
        if speaker is not None:
            return [ActorMention(start, start, speaker.text, speaker, "speaker")]
        return list(ctx.topic)

    def _resolve_self(self, doc, ctx, actors: list[Actor], pos: int) -> list[Actor]:
        """`我们` in a quote belongs to the quoted speaker's country."""
        out = []
        for a in actors:
            if a.text == "我们" and ctx.topic:
                topic_actor = ctx.topic[0].actor
                if topic_actor.country and topic_actor.kind == "person":
                    a = country_actor(self.kb, topic_actor.country, a.text)
            out.append(a)
        return out

    def _make(self, doc, ctx, sent_index, rule, code, word, start, end, clause, source, target, joint,
              s_times, arg_mentions, carried=False) -> Optional[Event]:
        text = doc.text
        if not source:
            return None
        src_c, tgt_c = _countries(source), _countries(target)
        generic = any(g in text[end:clause[1]] for g in self.codebook.cues.generic_targets)
        if not target and not (generic and code.startswith("02")):
            return None
        if target and not joint and src_c and src_c == tgt_c:
            return None  # one country acting on itself: domestic
        window_start = max([m.end for m in arg_mentions if m.end <= start] + [clause[0]])
        when = self._date(doc, s_times, start, clause)
        root = code[:2]
        mod = modality_of(text, clause[0], window_start, start, root, self.codebook, when, doc)
        if mod == "future" and rule.future:
            code = rule.future
            mod = "future"
        elif mod == "future" and code == "042":
            code = "036"
        neg = False if rule.negative else negated(text, window_start, start, self.codebook.cues)
        if rule.escalate_code and any(mk in text[clause[0]:clause[1]] for mk in rule.escalate_markers):
            code = rule.escalate_code
        if self._background(doc, when, mod):
            return None
        cam = lookup(code)
        ev_start = min([clause[0]] + [m.start for m in arg_mentions if m.start >= 0 and m.start < clause[0]
                                      and m.end <= clause[1]])
        ev_start = max(ev_start, doc.sentences[sent_index].start)
        confidence = 0.7 if not carried else 0.5
        if target and any(m.start >= clause[0] for m in arg_mentions):
            confidence += 0.1
        return Event(doc_id=doc.doc_id, sentence=sent_index, span=(ev_start, clause[1]), trigger=word,
                     cameo=cam.code, quad_class=cam.quad_class, goldstein=cam.goldstein, plover=cam.plover,
                     source=source, target=target, joint=joint, date=when,
                     location=self._location(doc, clause, doc.sentences[sent_index]),
                     modality=mod, negated=neg, confidence=min(confidence, 0.95),
                     evidence=text[ev_start:clause[1]], trigger_span=(start, end))

    # ---- date, location, background ------------------------------------------
    def _date(self, doc: Document, s_times: list[TimeMention], start: int, clause) -> DateValue:
        before = [t for t in s_times if t.end <= start and t.date.value]
        inside_after = [t for t in s_times if t.start >= start and t.start < clause[1] and t.date.value]
        pick = before[-1] if before else (inside_after[0] if inside_after else None)
        if pick is not None:
            return pick.date
        anchor = doc.date or doc.dateline_date
        if anchor:
            return DateValue(anchor, "doc", None)
        return DateValue(None, "unknown", None)

    def _background(self, doc: Document, when: DateValue, modality: str) -> bool:
        """Acts told as history, over a month before the document's date, are not news."""
        ref = doc.date or doc.dateline_date
        if modality != "asserted" or not ref or not when.value or when.precision in ("doc", "unknown", "season"):
            return False
        try:
            ref_d = Date.fromisoformat(ref)
            v = when.value
            if when.precision == "year":
                return int(v[:4]) < ref_d.year
            if when.precision == "month":
                y, m = int(v[:4]), int(v[5:7])
                return (ref_d.year - y) * 12 + ref_d.month - m > 1
            return Date.fromisoformat(v[:10]) < ref_d - timedelta(days=BACKGROUND_DAYS)
        except ValueError:
            return False

    def _location(self, doc: Document, clause, sent) -> Optional[Location]:
        text = doc.text
        for m in doc.actors:
            if sent.start <= m.start < sent.end and m.start >= 1 and text[m.start - 1] in "在于" or \
                    (sent.start <= m.start < sent.end and text[max(0, m.start - 2):m.start] in ("抵达", "到达", "前往")):
                if m.via == "capital" or m.actor.kind == "country":
                    return Location(m.text, m.text, m.actor.country)
        return None
