"""Policy issuedBy Organization: 省人力社保厅、省财政厅印发《…》 (two), 《…》经省人大常委会审议通过.

The organizations are the list joined by 、/和 before the cue verb (印发, 联合印发, 审议通过 …), the policies the
《》 list right after it; the passive form puts the policies first (《…》由/经 X 印发). A date written in the
sentence goes to attrs "date".

Program proposedBy Organization, by a decision (decided): 县委、县政府决定，在全县开展P; the bodies that issue a
document which decides the program (X部、Y部联合印发《…》，决定在A、B等地开展P); the meeting that adopts a document
and decides it (会议研究通过了《…》，决定在A开展P).
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from .. import lexicons
from ..gazetteer import load_gazetteer
from ..lexicons import clause_end, clause_start
from ..model import Mention, Relation
from ..names import body_name, opening_division
from ..nlp.candidates import text_of
from ..nlp.patterns import short_name_aside
from .base import SentenceContext, ents, mention_of, relation
from .cues import alternation, chain, chain_before, cue_pattern, cues, passive_agent
from .dates import date_before, sentence_dates, without_dates
from .programs import decided_plans, has_cue, reports_speech

BOOK_MARKS = "《》"
SITES_MADE = re.compile(r"(?<![作成因])为(?!了)")  # 确定A、B为P试点镇 (not 作为, 成为, 因为, 为了)


def _pattern(name: str) -> re.Pattern:
    return cue_pattern("documents", name)


@cache
def d_cues() -> dict:
    return cues()["documents"]


@cache
def _cue_gap() -> re.Pattern:
    """What may stand between the organizations and the policy: modifiers, where (在…), the cue verb, 了, and
    words describing the document (修订后的); in the passive, a word of time may end the verb (由A联合印发后)."""
    c = d_cues()
    modifiers = rf"(?:{alternation(c['issue_modifiers'])})*"
    return re.compile(rf"^{modifiers}(?:{c['issue_place']})?{modifiers}(?:{alternation(c['issue_cues'])})"
                      rf"了?(?:的|{alternation(c['issue_object_modifiers'])}|{alternation(c['issue_tails'])})?$")


def extract(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    if not ents(doc, "Policy", "Program"):  # every rule but anaphor_issued needs a document or a program named
        return anaphor_issued(doc, ctx)
    text = text_of(doc)
    # A body's short name in brackets (A（以下简称甲）、B联合印发《…》) stands aside: the list and the cue read
    # across it, and the short name is no second issuer (the recogniser made it an alias of the body).
    asides = [m.span() for m in short_name_aside().finditer(text)]
    spans = [e for e in ents(doc) if e.label_ in ("Organization", "Policy")
             and not any(a < e.start_char and e.end_char < b for a, b in asides)]
    joiners = [*d_cues()["agent_joiners"], *(text[a:b] + j for a, b in asides for j in d_cues()["agent_joiners"])]
    found = title_issuers(doc, ctx) + published_in_title(doc, ctx) + meeting_issued(doc, ctx) + numbered_issuers(doc, ctx) + passed_at_meeting(doc, ctx) \
        + decided(doc, ctx) + issued_in_later_clause(doc, ctx) + paired_bodies_issued(doc, ctx) \
        + anaphor_issued(doc, ctx) + issued_in_later_passive_clause(doc, ctx) + issued_in_the_name_of(doc, ctx)
    for i, span in enumerate(spans):
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if nxt is None or span.label_ == nxt.label_:
            continue
        if span.label_ == "Organization" and nxt.label_ == "Policy" and (is_cue(without_aside(text, span.end_char, nxt.start_char))
                                                                         or text[span.end_char:nxt.start_char] == "《"):
            # 按照省委、省政府《关于…的意见》要求: the bodies written right before a title are its issuers
            orgs = chain_before(spans, i, text, joiners)
            policies = policy_list(spans, i + 1, text)
            found += issued(ctx, policies, orgs, span.end_char)
        elif span.label_ == "Organization" and nxt.label_ == "Policy" and _pattern("basis_lead").fullmatch(text, span.end_char, nxt.start_char):
            # 县农业农村局依据《…法》制定了《…办法》: the documents the body goes by are no issue of its own
            made = drafted_on_basis(spans, i + 1, text)
            found += issued(ctx, made, chain_before(spans, i, text, joiners), span.end_char) if made else []
        elif span.label_ == "Policy" and nxt.label_ == "Organization" and passive(text[span.end_char:nxt.start_char]):
            orgs = issuing_bodies(spans, i + 1, text)
            if orgs:
                found += issued(ctx, policy_list_before(spans, i, text), orgs, span.end_char)
    return found



def paired_bodies_issued(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """县两办印发《…》, 自治区党委、政府《…》, 县委、政府已出台《…》: a short pair stands for two bodies of one level
    (the party committee's and the government's general offices; the party committee and the bare 政府 of the
    same place), which both issue the titles right after it. The bodies go to the resolver by their level names."""
    text = text_of(doc)
    policies = ents(doc, "Policy")
    found = []
    for pattern, bodies in d_cues()["paired_bodies"].items():
        for m in re.finditer(pattern, text):
            first = next((i for i, p in enumerate(policies) if p.start_char >= m.end()), None)
            gap = text[m.end():policies[first].start_char] if first is not None else ""
            if not (is_cue(gap) or gap == "《"):  # 按照自治区党委、政府《…》: the title right after its issuers
                continue
            place = _place_before(doc, text, m.start())
            orgs = [Mention(place + body.format(**m.groupdict()), "Organization", m.start(), m.end()) for body in bodies]
            found += issued_by(ctx, [mention_of(p) for p in policy_list(policies, first, text)], orgs, m.end(), paired="1")
    return found


def _place_before(doc: Doc, text: str, at: int) -> str:
    """泉州市委、政府, 泉州市两办: the start of the place's name that the level word at `at` ends, when a recognised
    name runs across it; "" when the pair stands alone (县两办, 按照自治区党委、政府《…》)."""
    covering = next((e for e in ents(doc) if e.label_ in ("Place", "Organization") and e.start_char < at < e.end_char), None)
    return text[covering.start_char:at] if covering is not None else ""


def anaphor_issued(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """这份文件由市发展改革委牵头起草, 该条例经省人大常委会审议通过: a document named by an anaphor without 《》 is
    issued by the bodies after 由/经 (the resolver finds the document: attrs policyAnaphor)."""
    text = text_of(doc)
    spans = ents(doc, "Organization", "Policy")
    found = []
    for m in re.finditer(d_cues()["document_anaphor"], text):
        first = next((i for i, s in enumerate(spans) if s.start_char == m.end()), None)
        if first is None or spans[first].label_ != "Organization":
            continue
        orgs = issuing_bodies(spans, first, text)
        if orgs:
            document = Mention(m.group("word"), "Policy", m.start(), m.end())
            found += issued_by(ctx, [document], [mention_of(o) for o in orgs], orgs[-1].end_char,
                               policyAnaphor=m.group("word"))
    return found


def issued_in_later_clause(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """市委、市政府把P作为头号工程来抓，出台《…》: the bodies that open the sentence are still the subject of a later
    clause that holds nothing but the verb of issuing before the policies (no person or body of its own in
    between), unless the first clause reports what they said (…强调，制定《…》)."""
    text = text_of(doc)
    spans = ents(doc, "Person", "Organization", "Policy")
    if not spans or spans[0].label_ != "Organization" or spans[0].start_char > opening_time(text) + d_cues()["decider_max_lead"] \
            or reports_speech(text):
        return []
    chained = chain(spans, 0, text, d_cues()["agent_joiners"])
    orgs = [o for o in chained if o.label_ == "Organization"]
    followed = [m.span() for m in _pattern("followed_deployment").finditer(text)]
    # 自治州党委、自治州人民政府深入贯彻自治区党委部署，印发《…》: the body whose deployment they follow acts in nothing
    rest = [e for e in spans[len(chained):] if not any(a <= e.start_char < b for a, b in followed)]
    k = next((k for k, e in enumerate(rest) if e.label_ != "Policy"), len(rest))  # no other agent before them
    opens = clause_start(text, rest[0].start_char) if k else 0
    # the clause right before the policies' must be the bodies' own (not 各县区积极响应，相继出台《…》)
    if k == 0 or opens <= orgs[-1].end_char or clause_start(text, opens - 1) > orgs[0].start_char \
            or not is_cue(text[opens:rest[0].start_char]):
        return []
    return issued(ctx, policy_list(rest, 0, text), orgs, opens)


@cache
def _decision() -> re.Pattern:
    return re.compile(d_cues()["decision"])


def decided(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """县政府研究确定，A、B为全县P试点镇; 两部联合印发《…》，决定在A、B等地开展P: the deciders (bodies that open the
    clause of the decision, the issuers of the document it follows, or a meeting that opens the sentence) launched
    every program after the decision that its clause launches (a launching verb before it, or 为 after the sites
    a 确定 names), when no other person or body stands before it in that clause."""
    text = text_of(doc)
    spans = ents(doc, "Person", "Organization", "Policy", "Program")
    found = []
    for m in _decision().finditer(text):
        deciders, attrs = decided_by(spans, text, m)
        # 决定，在A开展P；确定，…: a decision set off by its comma governs the sentence, else its own clause
        end = text.find("。", m.end()) if m.group().endswith(("，", "：")) else clause_end(text, m.end())
        for plan, lead in decided_plans(doc, text, m.end(), end if end >= 0 else len(text), ("Program",)):
            if _pattern("purpose").search(lead):
                continue  # 确定，为了做好X宣传，…: what a purpose clause means to do well is no program the decision launches
            if has_cue(lead) or (m.group("verb") == "确定" and SITES_MADE.search(lead) is not None):
                found += [relation(ctx, mention_of(plan), "proposedBy", d, **attrs) for d in deciders]
    return found


def decided_by(spans: list[Span], text: str, m: re.Match) -> tuple[list[Mention], dict]:
    """Who makes the decision at m: the persons or bodies right before it that open its clause (县委、县政府决定;
    not 提出, which as often brings in what a speaker urges: 他提出，要深入实施乡村振兴战略);
    after 》，, the issuers of the document (印发《…》，决定); after another comma, a meeting that opens the sentence
    (会议审议通过了《…》，决定: its body, found by the resolver, attrs meetingBody), unless the sentence reports
    what the meeting said (会议强调，…); a clause that opens with 经研究 and names no one (经研究，确定A、B为P) goes
    on with the body of the article's meeting (none when the article names no meeting)."""
    c = d_cues()
    last = next((k for k, e in enumerate(spans) if e.end_char == m.start()), None)
    if last is not None and spans[last].label_ in ("Person", "Organization") and m.group("verb") in c["body_decisions"]:
        agents = [a for a in chain_before(spans, last, text, c["agent_joiners"]) if a.label_ in ("Person", "Organization")]
        lead = text[clause_start(text, agents[0].start_char):agents[0].start_char]
        # 宁都县被商务部、财政部确定为…: the agents of a passive decide nothing for the clauses after
        opening = len(lead) <= c["decider_max_lead"] and not passive_agent(text, agents[0].start_char)
        return ([mention_of(a) for a in agents], {}) if opening else ([], {})
    if m.group().startswith("经研究") and len(text[clause_start(text, m.start()):m.start()]) <= c["decider_max_lead"]:
        return [Mention(m.group(), "Organization", m.start(), m.end())], {"meetingBody": "1"}
    if not text.endswith("，", 0, m.start()):
        return [], {}
    policy = next((k for k, e in enumerate(spans) if e.label_ == "Policy" and decides_after(text, e.end_char, m.start())), None)
    if policy is not None and m.group("verb") in c["document_decisions"]:
        first = policy_list_before(spans, policy, text)[0]
        k = spans.index(first) - 1
        if k >= 0 and spans[k].label_ == "Organization" and is_cue(without_aside(text, spans[k].end_char, first.start_char)):
            return [mention_of(o) for o in chain_before(spans, k, text, c["agent_joiners"]) if o.label_ == "Organization"], {}
    meeting = re.match(alternation(c["meeting_agents"]), text)
    if meeting is not None and m.group("verb") in c["meeting_decisions"] and not reports_speech(text):
        return [Mention(meeting.group(), "Organization", meeting.start(), meeting.end())], {"meetingBody": "1"}
    return [], {}


def decides_after(text: str, policy_end: int, decision: int) -> bool:
    """《…的通知》（以下简称《通知》），决定: only the closing mark, a short-name bracket and a comma between the
    policy and the decision."""
    start = policy_end + text.startswith("》", policy_end)
    return without_aside(text, start, decision) == "，"


def title_issuers(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """《中共中央政治局关于…的若干规定》, 《中共中央办公厅 国务院办公厅关于…》: the bodies a title opens with
    (found by the kg_entities component) issued it."""
    return [relation(ctx, mention_of(policy), "issuedBy", mention_of(b))
            for policy in ents(doc, "Policy") for b in bodies_in_title(doc, policy)]


def bodies_in_title(doc: Doc, title: Span) -> list[Span]:
    """The bodies a title opens with (kg_entities' title_bodies inside it), or that head the line a joint notice
    named by its title proper opens (农业农村部办公厅 财政部办公厅关于…的通知: the bodies before it)."""
    bodies = doc.spans.get("title_bodies", [])
    inside = [b for b in bodies if title.start_char <= b.start_char and b.end_char < title.end_char]
    heading = sorted((b for b in bodies if b.end_char <= title.start_char), key=lambda b: b.start_char)
    heads_the_line = title.text.startswith("关于") and heading and heading[0].start_char == 0 \
        and heading[-1].end_char == title.start_char
    return inside or (heading if heads_the_line else [])


def published_in_title(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """东营市人民政府办公室关于印发东营市盐碱地综合利用实施方案的通知: a notice's headline that prints a document
    without 《》 names that document too, and the bodies the headline opens with issued both (as 印发《…》 does)."""
    found = []
    for notice in ents(doc, "Policy"):
        m = _pattern("published_in_title").search(notice.text)
        if m is None or not lexicons.suffix_of(m.group("inner"), "policy_suffixes"):
            continue
        start = notice.start_char + m.start("inner")
        inner = Mention(m.group("inner"), "Policy", start, start + len(m.group("inner")))
        found += [relation(ctx, inner, "issuedBy", mention_of(b)) for b in bodies_in_title(doc, notice)]
    return found


@cache
def _document_number() -> re.Pattern:
    """（潭政发〔2021〕4号） right after a title: the issuer's short place name and the kind of document."""
    kinds = alternation(list(d_cues()["number_issuers"]))
    return re.compile(rf"》[（(](?P<place>[\u4e00-\u9fff]{{1,3}}?)(?P<kind>{kinds})[〔\[［]\d{{4}}[〕\]］]\d+号[）)]")


def numbered_issuers(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """《湘潭市…三年行动计划》（潭政发〔2021〕4号）: a government numbers its documents with a character of its
    place's name and 政发, so a title that opens with that place was issued by the place's 人民政府."""
    text, gazetteer, found = text_of(doc), load_gazetteer(), []
    for policy in ents(doc, "Policy"):
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
        gap = text[m.end():policies[0].start_char] if policies else ""
        if policies and (is_cue(gap) or passing(gap) or passing(without_drafters(gap))):
            found += [relation(ctx, mention_of(p), "issuedBy", agent, meetingBody="1")
                      for p in policy_list(policies, 0, text)]
        elif (later := next((i for i, p in enumerate(policies) if passed_in_later_clause(doc, m.end(), p)), None)) is not None:
            found += [relation(ctx, mention_of(p), "issuedBy", agent, meetingBody="1")
                      for p in policy_list(policies, later, text)]
    return found


def issued_in_later_passive_clause(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """《若干措施》经市政府常务会议审议通过，由市政府办公室印发实施: a later clause that opens with 由 (an adverb may
    come first) and bodies before an issuing verb goes on with the documents that open the sentence passively
    (由/经 right after them), as a later 经 + meeting clause does (passive_subjects)."""
    text = text_of(doc)
    spans = ents(doc, "Organization", "Policy", "Meeting")
    if not spans or spans[0].label_ != "Policy" or lead_into(text, spans[0].start_char) > d_cues()["passive_subject_max_lead"]:
        return []
    policies = policy_list(spans, 0, text)
    if not opened_passively(text, policies[-1].end_char):
        return []
    found = []
    for m in re.finditer(d_cues()["later_agent_lead"], text):
        first = next((k for k, e in enumerate(spans) if e.start_char == m.end()), None)
        if first is None or spans[first].label_ != "Organization" or m.start() <= policies[-1].end_char:
            continue
        orgs = issuing_bodies(spans, first, text)
        if orgs:
            found += issued(ctx, policies, orgs, m.end())
    return found


def issued_in_the_name_of(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """会议原则同意《…》，由市住建局修改完善后以市政府办公室名义印发: a later clause that issues in a body's name
    (以B名义印发) with no document of its own after the verb issues the documents the sentence names before it;
    that body issued them (not the one that only revises the draft)."""
    text = text_of(doc)
    spans = ents(doc, "Organization", "Policy")
    found = []
    for k, body in enumerate(spans):
        if body.label_ != "Organization" or not text[:body.start_char].endswith("以") \
                or re.match(d_cues()["in_the_name_of"], text[body.end_char:]) is None:
            continue
        end = clause_end(text, body.end_char)
        last = next((i for i in range(k - 1, -1, -1) if spans[i].label_ == "Policy"), None)
        if last is None or any(s.label_ == "Policy" and body.end_char <= s.start_char < end for s in spans) \
                or clause_start(text, body.start_char) <= spans[last].start_char:
            continue
        found += issued(ctx, policy_list_before(spans, last, text), [body], body.start_char)
    return found


def opened_passively(text: str, at: int) -> bool:
    """Whether 由/经 follows the document ending at `at` (past its closing mark and a date)."""
    after = without_dates(text[at:clause_end(text, at)]).lstrip(BOOK_MARKS + " ")
    return after.startswith(tuple(d_cues()["passive_markers"]))


def passed_in_later_clause(doc: Doc, agent_end: int, policy: Span) -> bool:
    """会议听取了…的报告，表决通过了《…条例》: the meeting is still the subject of a later clause of its sentence
    that holds nothing but a verb of passing before the policy (a clause with a subject of its own, 市政府出台了
    《…》, is no such clause, nor one that urges: 会议强调，要…修订《…》)."""
    text = text_of(doc)
    clause = text.rfind("，", agent_end, policy.start_char) + 1
    return clause > 0 and passing(text[clause:policy.start_char])


def passing(gap: str) -> bool:
    """Whether a gap before a document is a meeting's verb of passing (原则同意, 表决通过了): a body that only
    approves a document (省政府原则同意《…规划》) did not issue it, a meeting that passes it did."""
    verb = without_dates(gap).strip(BOOK_MARKS + " ").removesuffix("了")
    # an adverb may open the clause (还审议通过了, 并表决通过)
    return any(verb.endswith(cue) and len(verb) - len(cue) <= 2 for cue in d_cues()["passing_cues"])


def without_drafters(gap: str) -> str:
    """通过了|县农业农村局起草的《: the gap up to a verb of passing, when the relative clause of the bodies that
    drafted the document follows it (the meeting passed the document too), else the gap as it is."""
    for cue in d_cues()["passing_cues"]:
        at = gap.find(cue)
        if at >= 0 and re.fullmatch(d_cues()["drafter_clause"], gap[at + len(cue):].removeprefix("了")):
            return gap[:at + len(cue)]
    return gap


def passed_at_meeting(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """《…条例》经自治区人大常委会第二十七次会议审议通过: the body whose meeting passed the documents before it
    issued them (found by the resolver from the meeting's name, as for 会议审议通过《…》)."""
    text, spans = text_of(doc), ents(doc)
    found = []
    for i, meeting in enumerate(spans):
        if meeting.label_ != "Meeting" or i == 0:
            continue
        verb = verb_after(text, meeting.end_char)
        if spans[i - 1].label_ == "Policy" and passive(text[spans[i - 1].end_char:meeting.start_char]):
            policies = policy_list_before(spans, i - 1, text)
        else:
            policies = passive_subjects(spans, meeting, text)
        if policies and is_cue(verb):
            agent = Mention(meeting.text, "Organization", meeting.start_char, meeting.end_char)
            found += [relation(ctx, mention_of(p), "issuedBy", agent, meetingBody="1") for p in policies]
    return found


def passive_subjects(spans: list[Span], meeting: Span, text: str) -> list[Span]:
    """《…方案》由市海洋与渔业局牵头制定，已经市政府第三十七次常务会议审议通过: a later clause that opens with
    经 (an adverb may come first) before the meeting goes on with the policies the sentence opens with, when they
    open it passively (由/经 right after them)."""
    c = d_cues()
    lead = text[clause_start(text, meeting.start_char):meeting.start_char] + "经" * meeting.text.startswith("经")
    drafted = drafted_right_before(spans, meeting, text)
    if drafted and re.fullmatch(c["later_passive_lead"], lead):
        return drafted
    spans = [e for e in spans if e.start_char >= speaker_turn_end(text)]  # not the speaker (黄志远：《…》由…)
    policies = policy_list(spans, 0, text) if spans and spans[0].label_ == "Policy" else []
    if not policies or clause_start(text, meeting.start_char) <= policies[-1].end_char \
            or lead_into(text, spans[0].start_char) > c["passive_subject_max_lead"]:
        return []
    return policies if opened_passively(text, policies[-1].end_char) and re.fullmatch(c["later_passive_lead"], lead) else []


def speaker_turn_end(text: str) -> int:
    """Where a speaker's turn that opens the sentence in a transcript ends (黄志远：《行动方案》由…, 答：该《办法》经…),
    or 0: the speaker's name and colon open no clause of the sentence."""
    turn = re.match(d_cues()["speaker_turn"], text)
    return turn.end() if turn else 0


def lead_into(text: str, at: int) -> int:
    """How far into the sentence `at` stands, past a speaker's turn."""
    turn = speaker_turn_end(text)
    return at - turn if turn <= at else at


def drafted_right_before(spans: list[Span], meeting: Span, text: str) -> list[Span]:
    """省发展改革委牵头起草了《若干措施》，经省政府常务会议审议通过后印发: the documents that end the clause right
    before the meeting's clause, as the object of an issuing verb (起草, 制定, 印发 …), are what the meeting passed."""
    opens = clause_start(text, meeting.start_char)
    before = [k for k, e in enumerate(spans) if e.label_ == "Policy" and e.end_char < opens]
    if not before or text[spans[before[-1]].end_char:opens].lstrip(BOOK_MARKS) != "，":
        return []
    policies = policy_list_before(spans, before[-1], text)
    lead = text[clause_start(text, policies[0].start_char):policies[0].start_char].rstrip(BOOK_MARKS).removesuffix("了")
    return policies if lead.endswith(tuple(d_cues()["issue_cues"])) else []


def drafted_on_basis(spans: list[Span], first: int, text: str) -> list[Span]:
    """The documents drafted after the ones cited from spans[first] on (依据《A》《B》，制定了《C》: [C]), when a
    verb of issuing stands between; [] otherwise."""
    cited = policy_list(spans, first, text)
    k = spans.index(cited[-1]) + 1
    if k == len(spans) or spans[k].label_ != "Policy":
        return []
    gap = text[cited[-1].end_char:spans[k].start_char]
    return policy_list(spans, k, text) if is_cue(_pattern("basis_tail").sub("", gap, count=1)) else []


def issuing_bodies(spans: list[Span], first: int, text: str) -> list[Span]:
    """The bodies listed from spans[first] (A、B和C) when a verb of issuing follows the last of them (由市政府办公室
    印发, 经市人大常委会审议通过、省人大常委会批准); [] when none does, or the list ends in no body."""
    listed = chain(spans, first, text, d_cues()["agent_joiners"])
    if listed[-1].label_ != "Organization" or not is_cue(verb_after(text, listed[-1].end_char)):
        return []
    return [o for o in listed if o.label_ == "Organization"]


def verb_after(text: str, at: int) -> str:
    """What follows offset `at` in its clause, up to a 、 (the verb after a list of bodies or a meeting: 印发、转发)."""
    return text[at:clause_end(text, at)].split("、")[0]


def opening_time(text: str) -> int:
    """The length of the time word and its comma that open a sentence (2022年，今年以来，): the bodies after it
    still open the sentence."""
    m = _pattern("opening_time").match(text)
    return m.end() if m else 0


def without_aside(text: str, start: int, end: int) -> str:
    """The text between two spans, less a short-name bracket that opens it."""
    m = short_name_aside().match(text, start, end)
    return text[m.end() if m else start:end]


def is_cue(gap: str) -> bool:
    return bool(_cue_gap().match(without_dates(gap).strip(BOOK_MARKS + " ")))


def passive(gap: str) -> bool:
    """由/经 between a document and its issuer; a date may follow 经 (《…》经2025年2月26日市政府常务会议审议通过)."""
    return without_dates(gap).strip(BOOK_MARKS + " ") in d_cues()["passive_markers"]



def policy_list(spans: list[Span], first: int, text: str) -> list[Span]:
    joiners = {j.join("》《") if j else "》《" for j in d_cues()["policy_joiners"]}
    return [s for s in chain(spans, first, text, joiners | {""}) if s.label_ == "Policy"]


def policy_list_before(spans: list[Span], last: int, text: str) -> list[Span]:
    joiners = {j.join("》《") if j else "》《" for j in d_cues()["policy_joiners"]}
    return [s for s in chain_before(spans, last, text, joiners | {""}) if s.label_ == "Policy"]


def issued(ctx: SentenceContext, policies: list[Span], orgs: list[Span], cue_at: int) -> list[Relation]:
    return issued_by(ctx, [mention_of(p) for p in policies],
                     [mention_of(o) for o in orgs if o.label_ == "Organization"], cue_at)


def issued_by(ctx: SentenceContext, policies: list[Mention], orgs: list[Mention], cue_at: int, **attrs) -> list[Relation]:
    """Each policy issued by each body, with the date written before the cue (县两办于5月印发《…》); a date inside a
    title (《…规划（2021—2030年）》) is the document's term, not its issue."""
    dates = [d for d in sentence_dates(ctx) if not any(p.start <= d.start < d.end <= p.end for p in policies)]
    date = date_before(dates, cue_at)
    dated = {"date": date.last, "dateText": date.text} if date is not None else {}
    return [relation(ctx, p, "issuedBy", o, **dated, **attrs) for p in policies for o in orgs]
