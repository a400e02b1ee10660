"""Who a clause is about: its subject, a pronoun's antecedent, the one who reports it, and
whether it is what someone else is asked to do.  `Subjects(codebook)` reads; it keeps no state
of a document (the coder's context is passed in)."""
from __future__ import annotations

from typing import Optional

from jishi.document import ActorMention
from jishi.events.arguments import read_left
from jishi.events.clauses import NOT_PARTICIPANTS
from jishi.events.codebook import Codebook

APPEAL_ROOTS = {"02", "10"}  # appeals and demands: said to another side
FRAMING_PREPS = ("以", "按照", "根据", "依照", "本着", "通过", "按")
MAX_SUBJECT_LEAD = 3  # characters allowed before a clause's subject (此外, 同时 are clauses of their own)
ADDRESSEE_PRONOUNS = ("他们", "它们", "她们", "其", "对方")
# Words that open a frame clause (在…的情况下, 如果…, 随着…) between a speaker and what he says.
FRAMES = ("在", "当", "如果", "随着", "鉴于", "由于")


class Subjects:
    def __init__(self, codebook: Codebook):
        self.codebook = codebook

    def clause_subject(self, text: str, clause: tuple[int, int], ms: list[ActorMention],
                       verbal=lambda start, end: False) -> list[ActorMention]:
        """The actors that open the clause as its subject (a mention after a verb is an object)."""
        inside = [m for m in ms if clause[0] <= m.start < clause[1] and m.via not in NOT_PARTICIPANTS + ("capital",)]
        if not inside:
            return []
        roles = read_left(text, clause[0], clause[1], inside, self.codebook.cues, verbal)
        subj = roles.subject + roles.coordinated if roles.subject else []
        if subj and text.startswith(("关系", "两国关系", "双边关系"), subj[-1].end):
            return []  # 斯中关系很好: the relation is the subject, not the sides
        # Only a subject that opens the clause is one (a mention after a verb is an object).
        lead = text[clause[0]:subj[0].start].strip(" “\"") if subj else ""
        if lead.endswith(FRAMING_PREPS):
            return []  # 继续以习近平主席提出的倡议为指引: a noun inside a framing phrase, not the one who acts
        if subj and len(lead) <= MAX_SUBJECT_LEAD and not self.codebook.match(lead):
            return subj
        return []

    def pronoun_subject(self, doc, ctx, text, clause, earlier) -> list[ActorMention]:
        """他/她 → the last person subject; 我 in a quote → the speaker of the sentence.

        (我们/我国/我方 are mentions of their own: `sides.resolve_pairs` and `_resolve_self` place them.)"""
        head = text[clause[0]:clause[0] + 3].lstrip(" “\"")
        if head[:1] in ("他", "她") and head[:2] not in ("他们", "她们", "其他"):
            return list(ctx.person_topic)
        if head[:1] == "我" and head[:2] not in ("我们", "我国", "我方"):
            speaker = next((subj for subj in reversed(earlier) if subj), None) or ctx.person_topic
            return list(speaker or [])
        return []

    def asked_for(self, text: str, clauses, k: int, s_mentions) -> bool:
        """A subjectless clause right after an appeal or demand (要求他们…，支持…) is what is asked."""
        if k == 0 or text[clauses[k][0]:clauses[k][1]].lstrip().startswith(self.codebook.cues.conjunctions + ("同时", "还")):
            return False
        before = clauses[k - 1]
        for _s, e, _w, rules in self.codebook.match(text[before[0]:before[1]]):
            pos = before[0] + e
            if any(r.code[:2] in APPEAL_ROOTS and not r.code.startswith("026") for r in rules) and \
                    (text.startswith(ADDRESSEE_PRONOUNS + self.codebook.cues.generic_targets, pos) or any(pos <= m.start <= pos + 1 for m in s_mentions)):
                return True  # an appeal to someone named: what follows is what they are asked to do
        return False

    def reported_speaker(self, text: str, clauses, k: int, s_mentions, ctx) -> Optional[list[ActorMention]]:
        """The subject of the clause before, when that clause ends in a verb of saying (X说, X表示)."""
        if k == 0:
            return None
        before = clauses[k - 1]
        if not text[before[0]:before[1]].endswith(self.codebook.cues.speech):
            return None
        return self.clause_subject(text, before, s_mentions, ctx.verbal) or None

    def spokesman(self, text: str, clauses, k: int, s_mentions, ctx, subject: ActorMention
                  ) -> Optional[list[ActorMention]]:
        """The person who, in the clause before, says what his own state (the clause's subject) does.
        A named organ (约政府将与伊方合作) is an actor of its own, not the speaker's voice."""
        if subject.actor.kind == "person" or subject.members or not subject.actor.country or subject.via == "organ":
            return None
        reporter = self.reported_speaker(text, clauses, k, s_mentions, ctx)
        if reporter is None and k >= 2 and text[clauses[k - 1][0]:clauses[k - 1][1]].lstrip().startswith(FRAMES):
            # 哈塔米说，在美国依然…的情况下，伊朗不需要…: a frame between the speaker and his state
            reporter = self.reported_speaker(text, clauses, k - 1, s_mentions, ctx)
        if reporter and len(reporter) == 1 and reporter[0].actor.kind == "person" \
                and reporter[0].actor.country == subject.actor.country:
            return reporter
        return None
