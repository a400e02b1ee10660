"""The event stage: trigger → arguments → modality/negation → date and location.

`EventCoder(codebook, kb)(doc)` reads the layers earlier stages added
(sentences, actor mentions, time mentions, speaker turns) and returns events.
Matching triggers is `Codebook.match` (pure); this module decides.  The word
lists it decides with are data (`cues.yaml`); the constants here are codes.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Optional

from jishi.actors.kb import KnowledgeBase
from jishi.actors.resolve import country_actor
from jishi.codes import lookup
from jishi.document import Actor, ActorMention, DateValue, Document, Event
from jishi.events.arguments import (anaphoric_object, embedding_trigger, framed_subject, other_of_later_pair,
                                   pair_people, pivot_visitors, read_left, read_right)
from jishi.events.clauses import (NOT_PARTICIPANTS, VISIT_CODES, actors_of, after_prep, countries_of, headline,
                                  in_book_title, is_place, is_standard, published_title, same_actor, speaker_at,
                                  split_clauses, takes_part)
from jishi.events.codebook import Codebook
from jishi.events.modality import modality_of, negated, negated_clause, past_negation, prescribed
from jishi.events.placing import event_date, event_location, is_background, later_bare_day
from jishi.events.subjects import APPEAL_ROOTS, MAX_SUBJECT_LEAD, Subjects
from jishi.events.telling import told

# Speech acts happen when said: a time word after the trigger belongs to what is asked or invited.
SPEECH_ROOTS = {"02", "05", "10", "11", "12", "13"}
# Roots whose missing target may be the bilateral story's other side.
FALLBACK_ROOTS = {"03", "05", "10", "11", "12", "13"}
NEEDS_AFTER_REACH = 40  # characters after a trigger where its `needs_after` words may stand
ANNIVERSARY = re.compile(r"[\d一二三四五六七八九十百]*\s*(?:周年|年来|以来|纪念)")


JOINT_ROOTS = {"03", "04", "05", "06"}
NOT_HE = ("他们", "她们", "他国", "他人", "其他")  # words that open with 他/她 but name no one
PASSIVE_AGENT_GAP = 4  # characters between a passive marker and its agent (遭警察及英国军队)
APPEAL_GAP, OBJECT_GAP = 2, 12  # characters allowed between a trigger and its object
# Of the roots that take a clause as object (arguments.CLAUSE_OBJECT_ROOTS), those whose inner act
# is told as done (谴责X发动空袭); the others only ask for,
# back or oppose it (要求X释放, 支持X维护, 反对X窜美).
TOLD_INSIDE_ROOTS = {"11"}
FORCE_ROOTS = {"17", "18", "19", "20"}
DOMESTIC = {"CHN", "HKG", "MAC"}


# Disapproval and rejection of an act named as a noun (cues.act_nouns) keep an empty target when
# no actor is named.
ACT_JUDGING_ROOTS = ("11", "12")


class _Context:
    """What a document's event stage remembers from sentence to sentence."""

    def __init__(self):
        self.topic: list[ActorMention] = []  # the last explicit subject
        self.topics: list[list[ActorMention]] = []  # every sentence's topic so far
        self.person_topic: list[ActorMention] = []  # the last person subject (for 他/她)
        self.sentence_mentions: list[ActorMention] = []  # the mentions of the sentence being coded
        self.verb_starts: list[int] = []  # offsets of the tokens the tagger calls verbs
        self.text = ""
        self.codebook: Optional[Codebook] = None
        self.last_invite_source: list[Actor] = []  # who invited last (接受邀请 accepts their invitation)
        self.invited_date: Optional[DateValue] = None  # when the invited visit is to be
        self.last_targets: tuple[int, list[ActorMention]] = (-1, [])  # (sentence, mentions) last addressed

    def verbal(self, start: int, end: int) -> bool:
        """A verb in text[start:end]: one the tagger saw, or a trigger word (our own words carry no tag)."""
        i = bisect_left(self.verb_starts, start)
        if i < len(self.verb_starts) and self.verb_starts[i] < end:
            return True
        return bool(self.codebook and self.codebook.match(self.text[start:end]))


class EventCoder:
    def __init__(self, codebook: Codebook, kb: KnowledgeBase):
        self.codebook = codebook
        self.subjects = Subjects(codebook)
        self.kb = kb

    def __call__(self, doc: Document) -> list[Event]:
        text = doc.text
        bounds = {t.start for t in doc.tokens}
        bounds.update(t.end for t in doc.tokens)
        # A short trigger must end a word: 公开批评 holds 批评, but 访问团 and 支持者 hold no act.
        hits = [h for h in self.codebook.match(text) if h[1] - h[0] > 2 or not bounds or h[1] in bounds]
        mentions = doc.actors
        m_starts = [m.start for m in mentions]
        t_starts = [t.start for t in doc.times]
        h_starts = [h[0] for h in hits]
        ctx = _Context()
        ctx.verb_starts = [t.start for t in doc.tokens if t.pos.startswith("v")]
        ctx.text, ctx.codebook = text, self.codebook
        events: list[Event] = []
        for sent in doc.sentences:
            if headline(text, sent.start, sent.end):
                # 首脑会晤在即 特朗普批评俄罗斯: a news digest's new item; the last story's topic ends here
                ctx.topic, ctx.person_topic = [], []
            s_hits = hits[bisect_left(h_starts, sent.start):bisect_left(h_starts, sent.end)]
            s_mentions = mentions[bisect_left(m_starts, sent.start):bisect_left(m_starts, sent.end)]
            s_times = doc.times[bisect_left(t_starts, sent.start):bisect_left(t_starts, sent.end)]
            clauses = split_clauses(text, sent.start, sent.end)
            ctx.sentence_mentions = s_mentions
            subjects = []
            for c in clauses:
                subj = self.subjects.clause_subject(text, c, s_mentions, ctx.verbal)
                if not subj:
                    subj = self.subjects.pronoun_subject(doc, ctx, text, c, subjects)
                subjects.append(subj)
                if subj and subj[0].actor.kind == "person":
                    ctx.person_topic = subj
            if not sent.duplicate:
                for start, end, word, rules in s_hits:
                    if in_book_title(text, start, sent.start) and not published_title(text, start, sent.start):
                        continue  # 违反了《中英联合声明》: a document's name, not an act
                    if any((m.start <= start < m.end or m.start < end <= m.end) and m.via != "segmenter"
                           for m in s_mentions):
                        continue  # a trigger word inside a name (`中俄友好、和平与发展委员会`)
                    k = next((i for i, c in enumerate(clauses) if c[0] <= start < c[1]), None)
                    if k is None:
                        continue
                    carried = next((subjects[j] for j in range(k, -1, -1) if subjects[j]), None)
                    events.extend(self._code_hit(doc, ctx, sent.index, clauses, k, carried, s_mentions, s_times,
                                                 start, end, word, rules))
            last = next((subj for subj in reversed(subjects) if subj), None)
            first = next((subj for subj in subjects if subj), None)
            # The topic that later sentences inherit: the sentence's leading subject
            # (`江泽民说, …`), else its last one.
            if first or last:
                ctx.topic = first or last
                ctx.topics.append(ctx.topic)
        return events

    # ---- one trigger --------------------------------------------------------
    def _code_hit(self, doc, ctx, sent_index, clauses, k, carried_subject, s_mentions, s_times, start, end, word,
                  rules) -> list[Event]:
        text = doc.text
        clause = clauses[k]
        if k + 1 < len(clauses) and not text[end:clause[1]].strip(" ，,：:") and \
                any(r.code[:2] == "10" or "020" <= r.code[:3] <= "025" for r in rules):
            clause = (clause[0], clauses[k + 1][1])  # 我们呼吁，发达国家应…: the appeal's content follows the comma
        if not told(text, clause, start, end, rules, self.codebook.cues):
            return []
        sent_end = doc.sentences[sent_index].end
        after = text[end:min(sent_end, end + NEEDS_AFTER_REACH)]
        rule = next((r for r in rules if (not r.needs or any(n in text[clause[0]:start] for n in r.needs))
                     and (not r.needs_after or any(n in after for n in r.needs_after))), None)
        if rule is None:
            return []
        cues = self.codebook.cues
        if rule.code[:2] == "04" and rule.code not in VISIT_CODES and text.startswith(cues.setting_after, end) \
                and "在" in text[clause[0]:start]:
            return []  # 在…举行的执委会会议上呼吁…: the meeting is where another act happens
        left = [m for m in s_mentions if clause[0] <= m.start and m.end <= start and takes_part(m, rule, False)]
        if rule.frame != "comment" and rule.code[:2] != "10" and prescribed(text, clause, left, start, cues):
            return []  # 欧盟应与安理会磋商: what one should do is no act (spec: a bare X应… is not coded)
        right = [m for m in s_mentions if end <= m.start < clause[1] and takes_part(m, rule, True)]
        framed = framed_subject(text, end, left, cues.future_after)
        if framed is not None:  # 白宫是在布希与卢武铉交谈过后…: the talk is between those two
            left = [m for m in left if m.start >= framed.start]
            roles = read_left(text, framed.start, start, left, cues, ctx.verbal)
        else:
            roles = read_left(text, clause[0], start, left, cues, ctx.verbal)
        lead_end = roles.subject[0].start if roles.subject else clause[0]
        passive_end = cues.last_end(text[clause[0]:lead_end], cues.passive)
        if roles.subject and not roles.agent and passive_end >= 0 and \
                lead_end - clause[0] - passive_end <= PASSIVE_AGENT_GAP:
            # 遭警察及英国军队开枪击毙: a passive opens the clause; the one named just after it acts
            roles.agent, roles.subject = roles.subject + roles.coordinated, []
        embed = embedding_trigger(text, clause[0], start, left, self.codebook)
        if rule.frame == "comment":
            if embed is not None and embed[1] in APPEAL_ROOTS:
                return []  # 要求美韩立即停止挑衅言行: the demand names what to stop; the demand is the event
            if any(any(r.frame != "comment" and r.code[:2] in ("11", "12") for r in rules)
                   and told(text, clause, clause[0] + s0, clause[0] + e0, rules, cues)
                   and not any(p in text[clause[0]:clause[0] + s0] for p in cues.passive)
                   for s0, e0, _w, rules in self.codebook.match(text[clause[0]:clause[1]])):
                # 反对美方的错误做法, 对美方的错误行径深表遗憾: the wording of that one act (受到…反对 is
                # others' act, told or not)
                return []
            embed = None
        if embed is not None:
            embed_end, embed_root = embed
            if embed_root not in TOLD_INSIDE_ROOTS:
                return []  # 要求美方释放…, 支持巴方维护…: an act asked for or backed, not one done
            # 中方谴责美国对伊拉克发动空袭: the condemned act is told; its actor is 美国
            inner = [m for m in left if m.start >= embed_end]
            roles = read_left(text, embed_end, start, inner, cues, ctx.verbal)
        elif roles.subject and self.codebook.match(text[clause[0]:roles.subject[0].start]):
            # 出席在北京举行的中非合作论坛…并来华访问: a noun phrase after a verb is that verb's object
            roles.obj = roles.subject + roles.obj
            roles.subject, roles.coordinated = [], []
        # An appeal's addressee follows it directly (希望欧盟…, 敦促美方…); 期待通过此访推动… has none.
        obj = read_right(text, end, clause[1], right, cues.generic_targets,
                         APPEAL_GAP if rule.code[:2] in ("02", "10") else OBJECT_GAP)
        if text.startswith(("他", "她"), end) and not text.startswith(NOT_HE, end):
            # 致电金正恩，祝贺他再次当选: 他 is the person just named, not the country after it
            named = [m for m in s_mentions if m.end <= start and m.actor.kind == "person" and m not in roles.subject]
            obj = named[-1:] or obj

        # 应 A 邀请 : the inviter invites the subject of the next clause.
        if rule.code.startswith("026") and roles.inviter:
            # 应 A、B 和 C 邀请: everyone between 应 and 邀请 invites
            source_ms = [m for m in left if m.start >= roles.inviter[0].start]
            nxt = next((c for c in clauses if c[0] >= clause[1]), None)
            target_ms = self.subjects.clause_subject(text, nxt, s_mentions, ctx.verbal) if nxt else []
            if not target_ms:
                target_ms = [m for m in roles.subject if m.start < roles.inviter[0].start]  # 廷觉是应习近平的邀请…
            event = self._make(doc, ctx, sent_index, rule, rule.code, word, start, end, clause,
                               actors_of(source_ms), actors_of(target_ms), False, s_times, source_ms)
            if event:
                ctx.last_invite_source = event.source
            return [event] if event else []

        subject = roles.subject
        carried = False
        known_ends = {m.end for m in s_mentions if m.via != "segmenter"}
        unknown = [m for m in s_mentions if m.via == "segmenter" and m.actor.kind == "person"
                   and 0 <= start - m.end <= 1 and m.start >= clause[0] and m.start not in known_ends]
        if unknown:
            return []  # 佩洛西访台: the one who acts is a person no dictionary knows; no guessing
        if not roles.subject and any(m.via == "segmenter" and m.actor.kind == "person" and m.end <= start and
                                     0 <= m.start - clause[0] <= MAX_SUBJECT_LEAD for m in s_mentions):
            return []  # 狄恩已将反对…: an unknown person opens the clause; the topic is not its subject
        invited = False
        if roles.obj and rule.code in VISIT_CODES and len(text[roles.obj[-1].end:start]) <= 6:
            subject = pivot_visitors(text, roles.obj)  # 欢迎 B 来俄访问, 邀请 B 明年访华: B visits
            before_pivot = cues.strip(text[clause[0]:subject[0].start])
            # 邀请 B, 安排 B: the visit is still to come
            invited = "邀" in before_pivot or any(w in before_pivot for w in cues.pivot_plans)
        if not subject and not roles.agent and rule.code[:2] in FORCE_ROOTS:
            return []  # 金融危机袭击韩国: force needs an actor named in its own clause
        if not subject and text[clause[0]:start].lstrip("，,；; ").startswith(cues.unnamed_subjects):
            return []  # 有关方拒不回应…: someone unnamed acts
        told_before = text[max([clause[0]] + [m.end for m in left]):start]
        if not subject and any(g in told_before and not after_prep(told_before, g, "同与跟向对和")
                               for g in cues.generic_targets):
            return []  # 包括…在内的国际社会各界都明确反对…: everyone acts, not the speaker (同各国…: a partner)
        passive_end = cues.last_end(text[clause[0]:start], cues.passive)  # 被迫 is no passive
        if passive_end >= 0 and not roles.agent and not any(clause[0] + passive_end <= m.start for m in left):
            return []  # 受到地区国家和国际社会的警惕和反对, 都将受到反对: suffered from no one named
        if not roles.subject and self.subjects.asked_for(text, clauses, k, s_mentions):
            return []  # 要求他们响应该倡议，以实际行动支持阿巴斯: the act asked for, not one done
        if not subject:
            speaker = speaker_at(doc, start)
            if carried_subject:
                subject = carried_subject
            elif speaker is not None:
                subject = [ActorMention(start, start, speaker.text, speaker, "speaker")]
            else:
                subject = list(ctx.topic)
            carried = True
        if rule.frame == "passive" or roles.agent:
            source_ms, target_ms = roles.agent, subject
        elif rule.frame == "comment" and negated_clause(text, clause[0], start, cues):
            return []  # 不搞双重标准, 不应…政治操弄: an appeal, not a judgement
        elif rule.frame == "comment":
            speaker = speaker_at(doc, start)
            reporter = self.subjects.reported_speaker(text, clauses, k, s_mentions, ctx) if roles.subject else None
            # 哈塔米说，美国现在以世界霸主自居: the one who says judges the clause's subject
            src = [speaker] if speaker else actors_of(reporter or subject)
            # The judged actor: in the clause, else earlier in the sentence (美方…, 纯属政治操弄).
            earlier = [m for m in s_mentions if m.end <= clause[0] and m.via not in NOT_PARTICIPANTS + ("capital",)]
            placed = [m for m in left + right + earlier[::-1] if not is_place(text, m) and not is_standard(text, m)]
            # the first judged mention, with all its members (美英澳三边安全伙伴关系: the three)
            judged = next((m for m in placed if any(a.country not in countries_of(src) for a in m.actors())), None)
            if any(w in text[clause[0]:start] for w in cues.anyone):
                judged = None  # 任何企图削弱东盟…的错误做法: anyone's act, whoever it touches
            others = [a for a in judged.actors() if a.country not in countries_of(src)] if judged else []
            event = self._make(doc, ctx, sent_index, rule, rule.code, word, start, end, clause, src, others, False,
                               s_times, left)
            return [event] if event else []
        else:
            source_ms = subject
            if subject is roles.subject and len(subject) == 1 and not roles.coordinated:
                # 俄外长普里马科夫表示，俄坚决反对…: the one who speaks for his state is the source
                source_ms = self.subjects.spokesman(text, clauses, k, s_mentions, ctx, subject[0]) or source_ms
            if rule.frame != "partner" and roles.coordinated and subject is roles.subject:
                # 美国和欧盟拒绝…: coordinated actors act together unless the frame makes a partner.
                source_ms = subject + roles.coordinated
                roles.partner = [m for m in roles.partner if m not in roles.coordinated]
            if rule.joint and not roles.partner and roles.obj and not ctx.verbal(roles.obj[-1].end, start) \
                    and "请" in text[clause[0]:roles.obj[-1].start]:
                # 克林顿邀请波罗的海三国总统在华盛顿签署了…: the invited sign with the one who invited
                target_ms = roles.obj[-1:]
            elif rule.frame == "partner":
                target_ms = roles.partner or obj or roles.toward
            elif rule.frame == "toward":
                target_ms = roles.toward or obj or roles.partner
            elif rule.code in VISIT_CODES:
                # 同印尼官员一同抵达园区: a companion is not the host; one visits a place, not a person
                target_ms = [m for m in (obj or roles.toward) if m.actor.kind != "person"]
            else:
                target_ms = obj or roles.toward or roles.partner
                if rule.code[:2] == "12" and target_ms and target_ms == obj and ctx.verbal(end, obj[0].start) \
                        and "来自" not in text[end:obj[0].start]:
                    target_ms = []  # 反对干涉中国内政, 反对强行迁移巴勒斯坦平民: the one acted on, not opposed
        if rule.code in VISIT_CODES and text.startswith("的", end):
            # 正在美国访问的法国总统马克龙: the visitor follows 的, the host precedes the trigger.
            visitor = [m for m in s_mentions if end < m.start <= end + 3]
            if visitor:
                host = roles.obj or subject if not roles.toward else roles.toward
                source_ms, target_ms = visitor[:1], [m for m in (left or host) if m.start < start][-1:]
        held = text.rfind("举行的", clause[0], start)
        if rule.code == "043" and held >= 0 and start - held <= 8 and "出席" in text[clause[0]:held]:
            # 习近平出席杜达在华沙王宫举行的欢迎晚宴: the one who holds it hosts the one who attends
            hosts = [m for m in left if m.end <= held and m.start > text.rfind("出席", clause[0], held)]
            if hosts and subject:
                source_ms, target_ms = hosts[:1], subject[:1]
        if not target_ms and rule.code == "043" and k > 0 and not text[end:clause[1]].strip("。!?！？ "):
            # 习近平抵达王宫，杜达热情迎接: the host greets the one who arrived in the clause before
            arrived = self.subjects.clause_subject(text, clauses[k - 1], s_mentions, ctx.verbal)
            target_ms = [m for m in arrived if m.actor.kind == "person"][:1]
        if not target_ms and text.startswith(("他们", "它们", "她们"), end) and ctx.last_targets[0] == sent_index:
            target_ms = ctx.last_targets[1]  # 打电话给A、B和C,要求他们…: those just addressed
        source = self._resolve_self(doc, ctx, actors_of(source_ms), start)
        target = actors_of(target_ms)
        if carried and target and rule.code[:2] in APPEAL_ROOTS and not text[clause[0]:start].strip(" ，,") \
                and countries_of(source) <= countries_of(target):
            # 美方执意加征关税…。希望美方认识到…: one does not appeal to oneself; the one who speaks is the
            # last topic of another side
            other = next((t for t in reversed(ctx.topics) if not countries_of(actors_of(t)) & countries_of(target)), None)
            if other:
                source = actors_of(other)
        if not target and rule.code[:2] == "03" and not rule.joint:
            # 美国商会愿继续支持…，持续深化中美经贸关系: the pair named later in the sentence, less oneself
            target = other_of_later_pair(s_mentions, clause[1], countries_of(source))
        if target_ms:
            ctx.last_targets = (sent_index, list(target_ms))
        if not target and not rule.target and rule.code[:2] in FALLBACK_ROOTS and \
                (anaphoric_object(text, clause, end, cues) or
                 (not carried and not text[end:clause[1]].strip()
                  and not any(p in text[clause[0]:start] for p in ("对", "向")))):
            target = self._other_main(doc, source)
        if rule.target:
            target = [country_actor(self.kb, rule.target, word)]
        if rule.inviter and ctx.last_invite_source:
            target = [country_actor(self.kb, a.country, a.text) for a in ctx.last_invite_source[:1]]
        if rule.joint and not target and not roles.subject and not carried_subject:
            return []  # 期待峰会为发展中国家…作出贡献: a meeting the speaker only names has no sides
        pairs = [(source, target, False)]
        if rule.joint:
            members = actors_of(source_ms) if len(actors_of(source_ms)) > 1 else []
            if target and not rule.target and len(source) == 1 and len(target) > 1 and \
                    any(w in text[clause[0]:start] for w in self.codebook.cues.separately):
                # One side meets several in turn: one joint event per pair (罗斯先后与A和B举行会晤).
                pairs = [(source + [t], source + [t], True) for t in target if not same_actor(t, source[0])]
            elif target and not rule.target:
                allm = source + [a for a in target if not any(same_actor(a, b) for b in source)]
                pairs = [(allm, list(allm), True)]
            elif members:
                if rule.code[:2] == "04" and len(source_ms) == 1 and source_ms[0].text == "双方":
                    members = pair_people(ctx.topics, members) or members
                pairs = [(members, list(members), True)]
        elif not target and rule.code[:2] in JOINT_ROOTS and len(actors_of(source_ms)) > 1 \
                and rule.code not in VISIT_CODES:
            members = actors_of(source_ms)  # 双方高度评价…: both sides, each the other's target
            pairs = [(members, list(members), True)]
        events = []
        for src, tgt, joint in pairs:
            event = self._make(doc, ctx, sent_index, rule, rule.code, word, start, end, clause, src, tgt, joint,
                               s_times, source_ms + target_ms, carried, source_ms, invited)
            if event:
                events.append(event)
        if events and rule.code.startswith("026"):
            ctx.last_invite_source = events[0].source
        if events and invited:
            ctx.invited_date = events[0].date  # 邀请叶利钦明年访华: the visit's date, for 接受邀请 below
        return events

    def _other_main(self, doc: Document, source: list[Actor]) -> list[Actor]:
        """A bilateral story's other side, when the sentence names no target (中方对此坚决反对)."""
        src = countries_of(source)
        others = [iso for iso in doc.main_countries[:2] if iso not in src]
        if len(doc.main_countries) >= 2 and len(others) == 1 and src & set(doc.main_countries[:2]):
            return [country_actor(self.kb, others[0], "")]
        return []

    def _resolve_self(self, doc, ctx, actors: list[Actor], pos: int) -> list[Actor]:
        """`我们` in a quote belongs to the quoted speaker's country."""
        out = []
        author = speaker_at(doc, pos)
        for a in actors:
            if a.text == "我们" and author is not None and author.kind == "person":
                a = replace(author, text=a.text)  # a signed speech's 我们 is its author (not a spokesperson)
            elif a.text == "我们" and author is not None:
                pass  # a spokesperson's turn: 我们 is the state the turn speaks for
            elif a.text == "我们" and ctx.topic:
                topic_actor = ctx.topic[0].actor
                if topic_actor.country and topic_actor.kind == "person" and topic_actor.role != "spokesperson" \
                        and topic_actor.role:
                    a = replace(topic_actor, text=a.text)  # 李鹏说…我们将…: a leader's 我们 is the leader
                elif topic_actor.country and topic_actor.kind == "person":
                    a = country_actor(self.kb, topic_actor.country, a.text)  # a spokesperson's: the state
            out.append(a)
        return out

    def _make(self, doc, ctx, sent_index, rule, code, word, start, end, clause, source, target, joint,
              s_times, arg_mentions, carried=False, source_ms=(), planned=False) -> Optional[Event]:
        text = doc.text
        if not source:
            return None
        if ANNIVERSARY.match(text, end) or "周年" in text[end:clause[1]]:
            return None  # 建交45周年, 建交74年来: an anniversary, not an act
        src_c, tgt_c = countries_of(source), countries_of(target)
        generics = self.codebook.cues.generic_targets
        # 呼吁各方…, 同各国领导人共商…: a generic addressee after the trigger or as the partner before it
        generic = not target and (any(g in text[end:clause[1]] for g in generics) or
                                  any(g in text[clause[0]:start] and after_prep(text[clause[0]:start], g, "同与跟向对")
                                      for g in generics))
        # An act needs its target, unless that is generic (各方, 发展中国家: spec section 3) or the act
        # disapproves of an act whose doer goes unnamed (谴责针对平民的暴力活动); checked only when needed.
        if not target and not generic and not (
                code[:2] in ACT_JUDGING_ROOTS and any(w in text[clause[0]:clause[1]] for w in self.codebook.cues.act_nouns)):
            return None
        if joint:
            # 美国媒体报道了习近平与拜登的会晤: the ones who report are not the ones who meet
            source = [a for a in source if a.sector != "MED"] or source
            target = [a for a in target if a.sector != "MED"] or target
            src_c, tgt_c = countries_of(source), countries_of(target)
            if len(src_c | tgt_c) < 2:
                return None  # a joint act inside one country gives no dyad
        if target and not joint and src_c and src_c == tgt_c:
            return None  # one country acting on itself: domestic
        if target and (src_c | tgt_c) <= DOMESTIC and len(src_c | tgt_c) > 1:
            return None  # Hong Kong and Macao toward the central government: domestic (spec section 3)
        if code[:2] == "02" and not joint and any(a.country in src_c for a in target) \
                and any(a.country not in src_c for a in target):
            code = "030"  # 希望两国加强合作: a hope that includes oneself is an intent, not an appeal
        if not joint:
            # 意方支持两国…: the source's own country is not its target
            target = [a for a in target if a.country not in src_c] or target
            tgt_c = countries_of(target)
        # Negation may stand before a target phrase (不向台湾出售武器): look from the subject on.
        neg_start = max([m.end for m in source_ms if m.end <= start] + [clause[0]])
        when = event_date(doc, s_times, start, clause, code[:2] not in SPEECH_ROOTS)
        if rule.inviter and ctx.invited_date is not None and when.precision in ("doc", "day"):
            when = ctx.invited_date  # accepting the invitation: the visit happens when it was invited for
        root = code[:2]
        mod = modality_of(text, clause[0], neg_start, start, root, self.codebook, when, doc)
        if mod == "asserted" and any(w in text[end:clause[1]] for w in self.codebook.cues.future_after):
            mod = "future"  # 为…会晤作准备: the meeting is still to come
        if planned and mod == "asserted":
            mod = "future"  # 邀请 B 访华: the invited visit is still to come
        if mod == "future" and any(t.date is when for t in s_times):
            # 将在24日举行: this month's 24th; a story's lead date (17日晚…遇刺) is past, not planned
            when = later_bare_day(when, doc.date or doc.dateline_date)
        if mod == "future" and rule.future:
            code = rule.future
            mod = "future"
        elif mod == "future" and code == "042":
            code = "036"
        neg = False if rule.negative else negated(text, neg_start, start, self.codebook.cues,
                                                   [m for m in arg_mentions if neg_start <= m.start < start])
        if neg and not target:
            return None  # 俄不威胁任何国家: denying an act toward no one in particular is a plain statement
        if not target and any(w in text[neg_start:start] for w in self.codebook.cues.habitual):
            return None  # 中方一贯坚决反对…: a standing policy toward no one in particular
        if neg and joint and source_ms:
            # 伊朗不需要同美国恢复外交关系: a refusal is one side's, not a joint act
            src_actors = actors_of(list(source_ms))
            target = [a for a in target if not any(same_actor(a, b) for b in src_actors)]
            source, joint = src_actors, False
            if not target or not source:
                return None
        if neg and mod == "asserted" and not past_negation(text[neg_start:start]):
            mod = "future"  # a side declares it will not act (spec: 不向台湾出售武器 is negated, future)
        if any(r in text[clause[0]:clause[1]] for r in self.codebook.cues.rhetorical):
            neg = not neg  # 难道美方不是在搞双重标准吗: the question asserts what it seems to deny
        if code == "043" and mod == "future":
            return None  # the host's planned welcome inside a planned visit is not coded (spec section 3)
        if rule.escalate_code and any(mk in text[clause[0]:clause[1]] for mk in rule.escalate_markers):
            code = rule.escalate_code
        sentence = doc.sentences[sent_index]
        if code[:2] in ("18", "19") and target and all(a.sector == "CVL" for a in target) and \
                any(w in text[sentence.start:sentence.end] for w in self.codebook.cues.protest):
            code = "175"  # 抗议事件中，遭警察及英国军队开枪击毙: force on protesters is violent repression (CAMEO 175)
        if is_background(doc, when, mod):
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
                     location=event_location(ctx.sentence_mentions, text),
                     modality=mod, negated=neg, confidence=min(confidence, 0.95),
                     evidence=text[ev_start:clause[1]], trigger_span=(start, end))

    # ---- date, location, background ------------------------------------------
