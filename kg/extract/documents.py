"""Policy issuedBy Organization: 省人力社保厅、省财政厅印发《…》 (two), 《…》经省人大常委会审议通过.

The organizations are the list joined by 、/和 before the cue verb (印发, 联合印发, 审议通过 …), the policies the
《》 list right after it; the passive form puts the policies first (《…》由/经 X 印发). A date written in the
sentence goes to attrs "date".
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from ..gazetteer import load_gazetteer
from ..lexicons import clause_end
from ..model import Mention, Relation
from ..names import body_name, opening_division
from ..nlp.candidates import text_of
from ..nlp.patterns import short_name_aside
from .base import SentenceContext, ents, mention_of, relation
from .cues import alternation, chain, chain_before, cues
from .dates import date_before, sentence_dates, without_dates

BOOK_MARKS = "《》"


def d_cues() -> dict:
    return cues()["documents"]


@cache
def _cue_gap() -> re.Pattern:
    """What may stand between the organizations and the policy: modifiers, where (在…), the cue verb, 了, and
    words describing the document (修订后的)."""
    c = d_cues()
    modifiers = rf"(?:{alternation(c['issue_modifiers'])})*"
    return re.compile(rf"^{modifiers}(?:{c['issue_place']})?{modifiers}(?:{alternation(c['issue_cues'])})"
                      rf"了?(?:的|{alternation(c['issue_object_modifiers'])})?$")


def extract(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    text = text_of(doc)
    # A body's short name in brackets (A（以下简称甲）、B联合印发《…》) stands aside: the list and the cue read
    # across it, and the short name is no second issuer (the recogniser made it an alias of the body).
    asides = [m.span() for m in short_name_aside().finditer(text)]
    spans = [e for e in ents(doc) if e.label_ in ("Organization", "Policy")
             and not any(a < e.start_char and e.end_char < b for a, b in asides)]
    joiners = [*d_cues()["agent_joiners"], *(text[a:b] + j for a, b in asides for j in d_cues()["agent_joiners"])]
    found = title_issuers(doc, ctx) + meeting_issued(doc, ctx) + numbered_issuers(doc, ctx) + passed_at_meeting(doc, ctx)
    for i, span in enumerate(spans):
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if nxt is None or span.label_ == nxt.label_:
            continue
        if span.label_ == "Organization" and nxt.label_ == "Policy" and is_cue(without_aside(text, span.end_char, nxt.start_char)):
            orgs = chain_before(spans, i, text, joiners)
            policies = policy_list(spans, i + 1, text)
            found += issued(ctx, policies, orgs, span.end_char)
        elif span.label_ == "Policy" and nxt.label_ == "Organization" and passive(text[span.end_char:nxt.start_char]):
            orgs = chain(spans, i + 1, text, d_cues()["agent_joiners"])
            # 经市人大常委会审议通过、省人大常委会批准: the verb ends at the clause's end or at the next step
            verb = text[orgs[-1].end_char:clause_end(text, orgs[-1].end_char)].split("、")[0]
            if orgs[-1].label_ == "Organization" and is_cue(verb):
                policies = policy_list_before(spans, i, text)
                found += issued(ctx, policies, orgs, span.end_char)
    return found



def title_issuers(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """《中共中央政治局关于…的若干规定》, 《中共中央办公厅 国务院办公厅关于…》: the bodies a title opens with
    (found by the kg_entities component) issued it."""
    bodies = doc.spans.get("title_bodies", [])
    return [relation(ctx, mention_of(policy), "issuedBy", mention_of(b))
            for policy in ents(doc) if policy.label_ == "Policy"
            for b in bodies if policy.start_char <= b.start_char and b.end_char < policy.end_char]


@cache
def _document_number() -> re.Pattern:
    """（潭政发〔2021〕4号） right after a title: the issuer's short place name and the kind of document."""
    kinds = alternation(list(d_cues()["number_issuers"]))
    return re.compile(rf"》[（(](?P<place>[\u4e00-\u9fff]{{1,3}}?)(?P<kind>{kinds})[〔\[［]\d{{4}}[〕\]］]\d+号[）)]")


def numbered_issuers(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """《湘潭市…三年行动计划》（潭政发〔2021〕4号）: a government numbers its documents with a character of its
    place's name and 政发, so a title that opens with that place was issued by the place's 人民政府."""
    text, gazetteer, found = text_of(doc), load_gazetteer(), []
    for policy in (e for e in ents(doc) if e.label_ == "Policy"):
        m = _document_number().match(text, policy.end_char)
        place = opening_division(policy.text, gazetteer) if m else None
        if place is not None and all(c in place.name for c in m.group("place")):
            name = body_name(place, d_cues()["number_issuers"][m.group("kind")], gazetteer)
            issuer = Mention(name, "Organization", m.start("place"), m.end("kind"), name)
            found.append(relation(ctx, mention_of(policy), "issuedBy", issuer))
    return found


def meeting_issued(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """会议表决通过了《…》: the body whose meeting it was issued it. The resolver finds that body (the one named
    in the article's last meeting name), so the relation carries the meeting word and attrs meetingBody."""
    text = text_of(doc)
    found = []
    for m in re.finditer(rf"(?:{alternation(d_cues()['meeting_agents'])})", text):
        policies = [e for e in ents(doc) if e.label_ == "Policy" and e.start_char > m.end()]
        agent = Mention(m.group(), "Organization", m.start(), m.end())
        if policies and is_cue(text[m.end():policies[0].start_char]):
            found += [relation(ctx, mention_of(p), "issuedBy", agent, meetingBody="1")
                      for p in policy_list(policies, 0, text)]
        elif (later := next((i for i, p in enumerate(policies) if passed_in_later_clause(doc, m.end(), p)), None)) is not None:
            found += [relation(ctx, mention_of(p), "issuedBy", agent, meetingBody="1")
                      for p in policy_list(policies, later, text)]
    return found


def passed_in_later_clause(doc: Doc, agent_end: int, policy: Span) -> bool:
    """会议听取了…的报告，表决通过了《…条例》: the meeting is still the subject of a later clause of its sentence
    that holds nothing but a verb of passing before the policy (a clause with a subject of its own, 市政府出台了
    《…》, is no such clause, nor one that urges: 会议强调，要…修订《…》)."""
    text = text_of(doc)
    clause = text.rfind("，", agent_end, policy.start_char) + 1
    verb = without_dates(text[clause:policy.start_char]).strip(BOOK_MARKS + " ").removesuffix("了")
    # an adverb may open the clause (还审议通过了, 并表决通过)
    return clause > 0 and any(verb.endswith(cue) and len(verb) - len(cue) <= 2 for cue in d_cues()["passing_cues"])


def passed_at_meeting(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """《…条例》经自治区人大常委会第二十七次会议审议通过: the body whose meeting passed the documents before it
    issued them (found by the resolver from the meeting's name, as for 会议审议通过《…》)."""
    text, spans = text_of(doc), ents(doc)
    found = []
    for i, meeting in enumerate(spans):
        if meeting.label_ != "Meeting" or i == 0 or spans[i - 1].label_ != "Policy":
            continue
        verb = text[meeting.end_char:clause_end(text, meeting.end_char)].split("、")[0]
        if passive(text[spans[i - 1].end_char:meeting.start_char]) and is_cue(verb):
            agent = Mention(meeting.text, "Organization", meeting.start_char, meeting.end_char)
            found += [relation(ctx, mention_of(p), "issuedBy", agent, meetingBody="1")
                      for p in policy_list_before(spans, i - 1, text)]
    return found


def without_aside(text: str, start: int, end: int) -> str:
    """The text between two spans, less a short-name bracket that opens it."""
    m = short_name_aside().match(text, start, end)
    return text[m.end() if m else start:end]


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
