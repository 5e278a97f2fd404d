"""Policy issuedBy Organization: 省人力社保厅、省财政厅印发《…》 (two), 《…》经省人大常委会审议通过.

The organizations are the list joined by 、/和 before the cue verb (印发, 联合印发, 审议通过 …), the policies the
《》 list right after it; the passive form puts the policies first (《…》由/经 X 印发). A date written in the
sentence goes to attrs "date".
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from ..model import Mention, Relation
from ..nlp.candidates import text_of
from .base import SentenceContext, mention_of, relation
from .cues import alternation, chain, chain_before, clause_end, cues
from .dates import date_before, sentence_dates, without_dates

BOOK_MARKS = "《》"


def d_cues() -> dict:
    return cues()["documents"]


@cache
def _cue_gap() -> re.Pattern:
    """What may stand between the organizations and the policy: modifiers, a date, the cue verb, 了."""
    c = d_cues()
    return re.compile(rf"^(?:{alternation(c['issue_modifiers'])})*(?:{alternation(c['issue_cues'])})[了的]?$")


def extract(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    text = text_of(doc)
    spans = [e for e in doc.ents if e.label_ in ("Organization", "Policy")]
    found = title_issuers(doc, ctx) + meeting_issued(doc, ctx)
    for i, span in enumerate(spans):
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if nxt is None or span.label_ == nxt.label_:
            continue
        if span.label_ == "Organization" and nxt.label_ == "Policy" and is_cue(text[span.end_char:nxt.start_char]):
            orgs = chain_before(spans, i, text, d_cues()["agent_joiners"])
            policies = policy_list(spans, i + 1, text)
            found += issued(ctx, policies, orgs, span.end_char)
        elif span.label_ == "Policy" and nxt.label_ == "Organization" and passive(text[span.end_char:nxt.start_char]):
            orgs = chain(spans, i + 1, text, d_cues()["agent_joiners"])
            if orgs[-1].label_ == "Organization" and is_cue(text[orgs[-1].end_char:clause_end(text, orgs[-1].end_char)]):
                policies = policy_list_before(spans, i, text)
                found += issued(ctx, policies, orgs, span.end_char)
    return found



def title_issuers(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """《中共中央政治局关于…的若干规定》: the body a title opens with, before 关于 or 贯彻, issued it."""
    policies = {e.start_char: e for e in doc.ents if e.label_ == "Policy"}
    openers = tuple(d_cues()["title_issuer_openers"])
    return [relation(ctx, mention_of(policies[b.start_char]), "issuedBy", mention_of(b))
            for b in doc.spans.get("title_bodies", [])
            if b.start_char in policies and text_of(doc).startswith(openers, b.end_char)]


def meeting_issued(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """会议表决通过了《…》: the body whose meeting it was issued it. The resolver finds that body (the one named
    in the article's last meeting name), so the relation carries the meeting word and attrs meetingBody."""
    text = text_of(doc)
    found = []
    for m in re.finditer(rf"(?:{alternation(d_cues()['meeting_agents'])})", text):
        policies = [e for e in doc.ents if e.label_ == "Policy" and e.start_char > m.end()]
        if policies and is_cue(text[m.end():policies[0].start_char]):
            agent = Mention(m.group(), "Organization", m.start(), m.end())
            found += [relation(ctx, mention_of(p), "issuedBy", agent, meetingBody="1")
                      for p in policy_list(policies, 0, text)]
    return found


def is_cue(gap: str) -> bool:
    return bool(_cue_gap().match(without_dates(gap).strip(BOOK_MARKS + " ")))


def passive(gap: str) -> bool:
    return gap.strip(BOOK_MARKS + " ") in d_cues()["passive_markers"]



def policy_list(spans: list[Span], first: int, text: str) -> list[Span]:
    joiners = {j.join("》《") if j else "》《" for j in d_cues()["policy_joiners"]}
    return [s for s in chain(spans, first, text, joiners | {""}) if s.label_ == "Policy"]


def policy_list_before(spans: list[Span], last: int, text: str) -> list[Span]:
    joiners = {j.join("》《") if j else "》《" for j in d_cues()["policy_joiners"]}
    return [s for s in chain_before(spans, last, text, joiners | {""}) if s.label_ == "Policy"]


def issued(ctx: SentenceContext, policies: list[Span], orgs: list[Span], cue_at: int) -> list[Relation]:
    date = date_before(sentence_dates(ctx), cue_at)
    attrs = {"date": date.last, "dateText": date.text} if date is not None else {}
    return [
        relation(ctx, mention_of(p), "issuedBy", mention_of(o), **attrs)
        for p in policies
        for o in orgs
        if o.label_ == "Organization"
    ]
