"""Program or Policy implementedIn Place, and proposedBy Person or Organization.

implementedIn: a place written right before the program (浙江“千万工程”); a list of places (舟山市和淳安县、
龙游县) or 在 + place, then a cue verb (开展, 实施, 试点 …) and the program in the same clause; or the program,
在 + places and a cue (…试点在成都市郫都区落地). Of a chain of places (成都市郫都区) the last, most specific one.

proposedBy: a person or organization, a cue verb (提出, 擘画, 部署, 启动 …) and the program, in one sentence
with at most one comma between (习近平同志在浙江工作期间，亲自擘画实施“千村示范、万村整治”工程).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from itertools import takewhile
from typing import TypeVar

from spacy.tokens import Doc, Span

from .. import lexicons
from ..gazetteer import load_gazetteer, provincial
from ..lexicons import clause_end, clause_start, in_one_clause
from ..model import Mention, Relation
from ..names import opening_division
from ..nlp.candidates import HAN, is_region, text_of
from .base import Rule, SentenceContext, ents, mention_of, relation, sentence_memo
from .cues import alternation, chain, chain_before, cue_pattern, cues, passive_agent

PLANS = ("Program", "Policy")
PILOT = "试点"  # the head word a batch of 示范乡镇 refers back to
SHOWCASE = "示范"  # …or the word of a demonstration scheme (示范县创建) it refers back to
T = TypeVar("T")  # the kind of subject earlier_subject looks for


@cache
def g_cues() -> dict:
    return cues()["programs"]


AGENTS = ("Person", "Organization")


def extract(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    # Three sentences in five name no program or policy: the rules that need one are not run there.
    named = bool(ents(doc, *PLANS))

    def run(rules: tuple[Rule, ...]) -> list[Relation]:
        return [r for rule in rules if named or rule not in NEED_A_PLAN for r in rule(doc, ctx)]
    return run(IMPLEMENTED_RULES) + with_paired_government(run(PROPOSED_RULES), text_of(doc))


def with_paired_government(found: list[Relation], text: str) -> list[Relation]:
    """自治区党委、政府部署的P, 县委、政府出台《…》，在全县推行P: a bare 政府 right after a party committee that
    launched a program is the government of the same place, which launched it too (as paired_bodies do for the
    issuers of a title). The government goes to the resolver by its level name (自治区政府, 泉州市政府)."""
    paired = []
    for r in found:
        body = r.object
        committee = re.search(g_cues()["paired_committee_end"], body.text) if body.type == "Organization" else None
        after = re.match(g_cues()["paired_government"], text[body.end:])
        if r.predicate == "proposedBy" and committee and after:
            # 中共桂林市委、政府: the party's name opens the committee's, not the government's
            name = body.text[:committee.start()].removeprefix("中共") + committee.group("level") + "政府"
            government = Mention(name, "Organization", body.end + after.start("body"), body.end + after.end("body"))
            paired.append(Relation(r.subject, r.predicate, government, r.evidence, dict(r.attrs)))
    return found + paired


def implemented(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    text = text_of(doc)
    spans = [e for e in ents(doc, "Place", *PLANS) if not generic(e) and not modelled_on(e, text)]
    agents = ents(doc, *AGENTS)
    found = []
    subject = subject_place(spans, text)
    for i, plan in enumerate(spans):
        if plan.label_ not in PLANS or deployment_named(plan, text) or honoured_in(plan, text):
            continue
        places = places_before(spans, i, text) + places_after(spans, i, text) or enrolled(spans, i, text) \
            or role_holder_after(spans, i, text)
        if not places and subject is not None and (has_cue(between(spans, subject, plan, text)) or taken_as_means(plan, text)) \
                and not urged_at_the_scene(subject, plan, text):
            places = [subject]
        places = places or carried_subject(spans, i, text) or own_document(spans, i, text, agents)
        for place in places:
            found.append(relation(ctx, mention_of(plan), "implementedIn", mention_of(place)))
    return found


def honoured_in(plan: Span, text: str) -> bool:
    """浏阳市获评全国农村综合性改革试点试验先进单位: a program named in an honour's title (before 先进单位, 先进集体 …)
    is where the place did well, not a program the sentence says it carries out."""
    return text[plan.end_char:].lstrip("”’」").startswith(tuple(g_cues()["honour_tails"]))


def deployment_named(plan: Span, text: str) -> bool:
    """按照山东省、甘肃省东西部协作部署，…: a program named as the deployment a clause follows (按照/根据 before it,
    部署 after it) is not carried out by the places written with it; they are the deploying sides."""
    c = g_cues()
    opens = clause_start(text, plan.start_char)
    return text[opens:plan.start_char].startswith(tuple(c["deployment_leads"])) \
        and re.match(c["deployment_tail"], text[plan.end_char:].lstrip("”’」")) is not None


def implemented_by_the_article_subject(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """深化先进制造业集群培育工程，实施大规模设备更新工程: a clause that opens with a launching verb and names no
    actor carries on the subject of the article's latest sentence that opened with a place (临海市系统重塑…; found
    by the resolver, attrs articlePlace). Only in a sentence that names no place, person or body before the program
    (but the agent of a passive: 又被农业农村部列入…), and that does not report what someone demands or says
    (会议强调，…深入推进“项目大会战”)."""
    text = text_of(doc)
    found = []
    if reports_speech(text):
        return found
    spans = ents(doc)
    agents = [a for a in spans if passive_agent(text, a.start_char)]  # 又被农业农村部列入: read as 又被列入
    owners = owners_before_plans(spans, text)
    launched: Span | None = None
    for i, e in enumerate(spans):
        if e.label_ in ("Place", "Person", "Organization") and not scheme_level(e, text) and e not in agents + owners:
            break
        if e.label_ not in PLANS or scope(text, e) or places_after(spans, i, text):
            continue  # 推动…项目在A镇落地: a program placed in its own clause is no task of the article's subject
        opens = clause_start(text, e.start_char)
        lead_end = min((o.start_char for o in owners if opens <= o.start_char < e.start_char), default=e.start_char)
        lead = without_adverbials(without_verb_adverbs(without_names(agents, opens, lead_end, text)))
        if len(lead) <= g_cues()["elided_subject_max_lead"] and lead.startswith(tuple(g_cues()["elided_subject_leads"])) \
                or launched is not None and joined_to(launched, e, text):  # 推行X和Y: the verb governs both
            launched = e
            here = Mention("", "Place", e.start_char, e.start_char)
            found.append(relation(ctx, mention_of(e), "implementedIn", here, articlePlace="1"))
    return found


def joined_to(first: Span, second: Span, text: str) -> bool:
    """推行“标准地”改革和“拿地即开工”审批模式: the second name is joined right to the first (和, 、, 及 …: the words
    that join a list of places join one of programs alike)."""
    return text[first.end_char:second.start_char].strip("“”‘’「」") in g_cues()["place_joiners"]


def implemented_by_local_leadership(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """鞍山市委、市政府深入实施东北振兴战略, 县委、县政府启动X，打造“Y”品牌, 镇里正推进Z: a place's party committee
    and government (or its 里) opening a sentence carry the programs their verbs govern out in their place, up to
    the first place or person the sentence names after them or a body that opens a clause of its own. Not a program
    sited elsewhere (部署开展X，在A区、B区率先实施), nor one a relative clause names (市委、市政府推出的X要在两县率先
    落地: the leadership launched it, others carry it out) or one it only launches (推出), nor one a province's
    leadership deploys (省委部署实施X: the cities and counties below carry it out)."""
    text = text_of(doc)
    spans = ents(doc)
    leadership = local_leadership(spans, text, time_lead(text))
    if leadership is None:
        return []
    place, attrs, end = leadership
    province = (attrs.get("articlePlace") or place.text).endswith(("省", "自治区"))
    found = []
    for i, e in enumerate(spans):
        if e.start_char < end:
            continue
        gap = text[end:e.start_char]
        if e.label_ in ("Place", "Person") or e.label_ == "Organization" and gap[-1:] in "，；：":
            break
        if e.label_ in PLANS and has_cue(gap) and not only_launched(gap) and not gap.rstrip("“‘《").endswith("的") \
                and not (province and "部署" in gap) and not places_after(spans, i, text):
            found.append(relation(ctx, mention_of(e), "implementedIn", place, **attrs))
        end = e.end_char
    return found


def only_launched(gap: str) -> bool:
    """县委、县政府推出“X”品牌: a verb of launching names the leadership as the program's proposers, not its site."""
    return any(verb in gap for verb in g_cues()["leadership_launch_verbs"])


def local_leadership(spans: list[Span], text: str, at: int) -> tuple[Mention, dict[str, str], int] | None:
    """The place of the local leadership a sentence opens with at `at`, with the attrs relation() takes (a Place
    mention of the place the bodies' name holds, or an empty one with the level word for the resolver: 县委 → the
    county the text speaks of), and where the leadership ends; None when the sentence opens otherwise."""
    words = _pattern("local_leadership_words").match(text, at)
    if words:
        return Mention("", "Place", at, at), {"articlePlace": words.group("level")}, words.end()
    bodies = list(takewhile(lambda e: e.label_ == "Organization", (e for e in spans if e.start_char >= at)))
    opening = re.match(g_cues()["local_leadership"], bodies[0].text) if bodies and bodies[0].start_char == at else None
    if opening is None:
        return None
    end = bodies[0].end_char
    for body in bodies[1:]:  # 县委、县政府: the paired body of the same place
        if text[end:body.start_char] not in DEPLOYER_JOINERS or not re.match(g_cues()["local_leadership"], body.text):
            break
        end = body.end_char
    level, place = opening.group("level"), opening.group("place")
    if place in (level, "自治" + level):  # 县委, 自治州人民政府: the level the text speaks of
        return Mention("", "Place", end, end), {"articlePlace": level}, end
    start = bodies[0].start_char + opening.start("place")
    return Mention(place, "Place", start, start + len(place)), {}, end


def owners_before_plans(spans: list[Span], text: str) -> list[Span]:
    """深入实施自治区党委、政府部署的P: the bodies (or persons) of a relative clause right before a program say whose
    program it is (scope_relative_tail); they are no actor of the sentence, whose elided subject still carries
    the program out."""
    owners = []
    for i, agent in enumerate(spans):
        following = next((s for s in spans[i + 1:] if s.label_ not in AGENTS), None)
        if agent.label_ in AGENTS and following is not None and following.label_ in PLANS \
                and re.match(g_cues()["scope_relative_tail"], text[agent.start_char:following.start_char]):
            owners.append(agent)
    return owners


def scheme_level(span: Span, text: str) -> bool:
    """入选江西省首批…试点: a place between a verb of enrolment and a batch is the level of the scheme, not an actor."""
    c = g_cues()
    return span.label_ == "Place" and re.search(c["scheme_level_lead"], text[:span.start_char]) is not None \
        and re.match(c["scheme_level_follow"], text[span.end_char:]) is not None


def implemented_at_the_scene(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """在安顺市西秀区，农村“三变”改革已覆盖所有村: a sentence that opens (after a time phrase) with 在, places and
    nothing else before a comma sets the scene: the programs of the clause after it run there, up to a place,
    person or body the clause names of its own."""
    text = text_of(doc)
    opening, lead = time_lead(text), g_cues()["scene_lead"]
    spans = ents(doc)
    first = next((k for k, e in enumerate(spans) if e.start_char == opening + len(lead)), None)
    if first is None or not text.startswith(lead, opening) or spans[first].label_ != "Place":
        return []
    places = [p for p in chain(spans, first, text, listed_joiners()) if p.label_ == "Place"]
    comma = places[-1].end_char
    if not text.startswith("，", comma) or modelled_on(places[-1], text):
        return []
    found = []
    anaphor = re.compile(g_cues()["anaphor_opening"]).match(text, comma + 1)  # 在六盘水市，这项改革…已覆盖…
    if anaphor is not None:
        subject, attrs = referent([e for e in spans if e.label_ in PLANS], anaphor)
        found += [relation(ctx, subject, "implementedIn", mention_of(p), **attrs) for p in most_specific(places, text)]
    visitor = inspecting_visitor(spans, comma, text)
    for e in spans:
        if e.start_char <= comma or visitor is not None and e.start_char <= visitor.start_char:
            continue  # the visitor, and the body of the visitor's title
        if acting_division(e, places, comma, text):
            continue
        if e.start_char >= clause_end(text, comma + 1) and not inspected_later(visitor, e, text) \
                or e.label_ not in PLANS or urged_at_the_scene(places[-1], e, text):
            break
        found += [relation(ctx, mention_of(e), "implementedIn", mention_of(p)) for p in most_specific(places, text)]
    return found


def acting_division(e: Span, places: list[Span], comma: int, text: str) -> bool:
    """在还地桥镇、保安镇，大冶市推行X: a city or county that opens the clause after a scene of towns or villages is
    the body acting there, not a scene of its own; X runs in the towns."""
    return e.label_ == "Place" and e.start_char == comma + 1 and not local_place(e.text) \
        and all(local_place(p.text) for p in places)


def local_place(name: str) -> bool:
    """A town's or a village's name (镇, 乡, 街道, 村, 社区 …)."""
    return bool(lexicons.suffix_of(name, "town_suffixes") or lexicons.suffix_of(name, "village_suffixes"))


VISITOR_TITLE_REACH = 12  # characters of a title (省委书记, 副省长) between the scene's comma and the visitor


def inspecting_visitor(spans: list[Span], comma: int, text: str) -> Span | None:
    """在泰来县，韩立明察看嫩江干流治理工程: the person who opens the scene's clause (after a title or not) and
    inspects (visit_verbs) what follows; the works inspected run at the scene, the visitor is no actor there."""
    # 在靖安县，省委书记赵林察看…: the body of the visitor's title (省委) is no actor of its own
    person = next((e for e in spans if e.start_char > comma and not (e.label_ == "Organization"
                                                                     and e.end_char - comma <= VISITOR_TITLE_REACH)), None)
    if person is None or person.label_ != "Person" or person.start_char - comma - 1 > VISITOR_TITLE_REACH \
            or not all(HAN.match(c) for c in text[comma + 1:person.start_char]):
        return None
    return person if re.match(_visit(), text[person.end_char:]) else None


def inspected_later(visitor: Span | None, plan: Span, text: str) -> bool:
    """在中峰镇，胡建明来到茶叶基地，察看高标准农田建设项目: after the visitor's first stop, a later clause of the
    sentence that opens with a verb of inspecting (and names nobody else before the program) is still at the scene."""
    if visitor is None:
        return False
    opening = clause_start(text, plan.start_char)
    return re.match(_visit() + "$", text[opening:plan.start_char]) is not None


@cache
def _visit() -> str:
    """A verb of inspecting (visit_verbs), with 实地 before it and 了 after it."""
    return f'(?:实地)?(?:{alternation(g_cues()["visit_verbs"])})了?'


def urged_at_the_scene(place: Span, plan: Span, text: str) -> bool:
    """在延安，总书记强调要深入实施X: a place the sentence opens with as a scene (在 …，) is no subject of what a
    speech there urges."""
    return text.startswith(g_cues()["scene_lead"], time_lead(text)) \
        and any(verb in text[place.end_char:plan.start_char] for verb in g_cues()["speech_verbs"])


def implemented_by_place_anaphor(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """该村还开展了X, 镇里同步实施X: 该 + a level word (or a level word + 里) opening a clause, then a launching
    verb and the program (and the programs of the clauses after it that name no other actor), means the place
    of that level the article named last (found by the resolver: attrs placeAnaphor = the level word); 这里 or
    当地 means the article's subject place (attrs articlePlace "1")."""
    text = text_of(doc)
    found = []
    for m in re.finditer(g_cues()["place_anaphor"], text):
        plans = launched_by_us(doc, text, m.end()) + designated_in_clauses(doc, text, m.end())
        for plan in (p for p in plans if p is not None):  # 县里打造A，建成B
            here = Mention("", "Place", m.start(), m.start())
            if m.group("here"):  # 这里, 当地: the place the article's latest sentences are about
                found.append(relation(ctx, mention_of(plan), "implementedIn", here, articlePlace="1"))
            else:
                found.append(relation(ctx, mention_of(plan), "implementedIn", here, placeAnaphor=m.group("level") or m.group("home")))
    return found


def implemented_by_the_report_place(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """一年来，我们深入实施X行动 (the authors of a work report: the place of the level the document calls its own,
    attrs articlePlace "我"); 本县被…确定为全区首批X县 (the document's own county: attrs articlePlace = the level
    word). 我们 must be followed right by a launching verb; 我市/本县 by a launching verb anywhere before the
    program in its clause, with no other place between."""
    text = text_of(doc)
    if reports_speech(text):
        return []
    found = []
    for m in re.finditer(g_cues()["self_subject"], text):
        if m.group("level") is None:
            plans, level = launched_by_us(doc, text, m.end()), "我"
        else:
            plans, level = [launched_in_clause(doc, text, m.end())], m.group("level")
        for plan in (p for p in plans if p is not None):
            here = Mention("", "Place", m.start(), m.start())
            found.append(relation(ctx, mention_of(plan), "implementedIn", here, articlePlace=level))
    return found


def launched_by_us(doc: Doc, text: str, at: int) -> list[Span | None]:
    """我们深入实施X，扎实开展Y (also 县里打造X，建成Y): what 我们 launches in its clause and in the clauses after it
    that name no other actor (a place, person or body ends its turn)."""
    plans = [launched_right_after(doc, text, at)]
    if any(e.label_ not in PLANS and at <= e.start_char < clause_end(text, at) for e in ents(doc)):
        return plans  # 我们以西樵镇、丹灶镇为重点，推进…: the places named carry it out, not 我们
    for clause in re.finditer(f'[{re.escape(lexicons.patterns()["clause_breaks"])}]', text[at:]):
        start = at + clause.end()
        end = clause_end(text, start)
        if any(e.label_ not in PLANS and start <= e.start_char < end for e in ents(doc)):
            break
        plans.append(launched_right_after(doc, text, start))
    return plans


def launched_right_after(doc: Doc, text: str, at: int) -> Span | None:
    """The program a clause's actor at offset `at` launches: the first named in the clause, when only adverbs and
    a launching verb stand between (还开展了, 同步实施, 深入实施)."""
    after = [e for e in ents(doc) if e.start_char >= at]
    bodies = deployers_before(after, text)  # 我们全面落实省委、省政府部署的X: the bodies only qualify X
    plan = after[len(bodies)] if len(after) > len(bodies) else None
    if plan is None or plan.label_ not in PLANS:
        return None
    lead = re.sub(g_cues()["time_adverbial"], "", without_names(bodies, at, plan.start_char, text))  # 当地从2022年起推行X
    if bodies:
        lead = re.sub(f'(?:{alternation(DEPLOYER_JOINERS)})*{g_cues()["deployers_relative"]}$', "", lead)
    lead = without_adverbials(without_verb_adverbs(lead))
    if not in_one_clause(lead) or len(lead) > g_cues()["elided_subject_max_lead"]:
        return None
    taken = lead.rstrip("“‘「") in {first for first, _ in g_cues()["means_frames"]} and taken_as_means(plan, text)  # 县里把X作为…
    return plan if lead.startswith(tuple(g_cues()["elided_subject_leads"])) or taken else None


DEPLOYER_JOINERS = ("、", "和", "与", "及")  # between the bodies of a relative clause of deployment (省委、省政府部署的)


def deployers_before(spans: list[Span], text: str) -> list[Span]:
    """落实省委、省政府部署的X: the bodies (joined by 、和与及) that open `spans` and a relative clause of deployment
    (部署的, 提出的) closes, right before a program; none when they are not followed so."""
    listed = chain(spans, 0, text, DEPLOYER_JOINERS) if spans else []
    agents = list(takewhile(lambda e: e.label_ in AGENTS, listed))
    if not agents or len(spans) == len(agents) or spans[len(agents)].label_ not in PLANS:
        return []
    gap = text[agents[-1].end_char:spans[len(agents)].start_char]
    return agents if re.fullmatch(g_cues()["deployers_relative"], gap) else []


def designated_in_clauses(doc: Doc, text: str, at: int) -> list[Span | None]:
    """该县先后被自治区林业局确定为X县，被A、B列为Y县: what a place anaphor is passively designated as in its clause
    (被 after adverbs) and in each clause right after it that opens with 被 again."""
    plans, start = [], at
    while re.match(g_cues()["passive_designation_lead"], text[start:]):
        plans.append(launched_in_clause(doc, text, start))
        end = clause_end(text, start)
        if not text.startswith("，", end):
            break
        start = end + 1
    return plans


def launched_in_clause(doc: Doc, text: str, at: int) -> Span | None:
    """The first program of the clause from offset `at` on, when a launching verb stands before it (names left
    out) and no place does (本县被…厅确定为全区首批X县)."""
    end = clause_end(text, at)
    inside = [e for e in ents(doc) if at <= e.start_char and e.end_char <= end]
    plan = next((k for k, e in enumerate(inside) if e.label_ in PLANS), None)
    if plan is None or any(e.label_ == "Place" for e in inside[:plan]):
        return None
    return inside[plan] if carries_out(without_names(inside, at, inside[plan].start_char, text)) else None


def modelled_on(span: Span, text: str) -> bool:
    """大阳镇借鉴阳城经验，开展…: whether a place is inside what is learned from (a model, not a site)."""
    return span.label_ == "Place" and any(start <= span.start_char and span.end_char <= end
                                         for start, end in model_phrases(span.doc, text))


def model_phrases(doc: Doc, text: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence's phrases of learning from a model are (modelled_on), found once a sentence."""
    return sentence_memo(doc, "model phrases", lambda: tuple(m.span() for m in _pattern("model_phrase").finditer(text)))


def implemented_by_reference(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """宁德市、南平市率先开展试点: a launching verb whose object is a program's bare head word refers back to the
    article's latest program of that head word (found by the resolver: attrs anaphor), carried out in the places
    written right before the verb."""
    text = text_of(doc)
    spans = named_places(doc)
    found = []
    for m in re.finditer(g_cues()["bare_reference"], text):
        titled = titled_program(doc, m.start(), m.group("head"))
        subject = titled or Mention(m.group("head"), "Program", m.start("head"), m.end("head"))
        attrs = {"titled": "1"} if titled else {"anaphor": m.group("head")}
        if not titled and (topic := sentence_topic(doc, text, m.start(), m.group("head"))) is not None:
            subject, attrs = topic
        for place in places_right_before(spans, before_site_count(text, m.start()), text):  # 在A、B等4个县（市）开展试点
            found.append(relation(ctx, subject, "implementedIn", mention_of(place), **attrs))
    return found


def sentence_topic(doc: Doc, text: str, before: int, head: str) -> tuple[Mention, dict] | None:
    """该行动由省委、省政府部署，市里在A、B率先开展试点; “X”行动由省委部署，A、B率先开展试点: a bare 试点 in a
    later clause is a pilot of the program the sentence is about: the program that opens it, or the one an
    anaphor opening an earlier clause means (referent). Another bare head (改革) refers only to a program named
    with it."""
    plans = ents(doc, *PLANS)
    if plans and opens_sentence(doc, plans[0], text) and plans[0].end_char < clause_start(text, before) \
            and (head == g_cues()["any_program_pilot"] or head in plans[0].text):
        return mention_of(plans[0]), {}
    anaphor = next((a for a in re.finditer(g_cues()["anaphor_opening"], text) if a.end() < clause_start(text, before)), None)
    return referent(plans, anaphor) if anaphor is not None else earlier_program(plans, text, before, head)


def earlier_program(plans: list[Span], text: str, before: int, head: str) -> tuple[Mention, dict] | None:
    """将A、B探索的X改革在全省推广，首批在C、D开展试点; 启动X工程，首批在C、D开展试点: with no program opening the
    sentence, a bare 试点 in a later clause is a pilot of the latest program the sentence names in an earlier
    clause, not of one in an earlier sentence (a document's title, 印发《X推广方案》, names the plan, not it)."""
    earlier = [e for e in plans if e.label_ == "Program" and e.end_char < clause_start(text, before)
               and (head == g_cues()["any_program_pilot"] or head in e.text)]
    return (mention_of(earlier[-1]), {}) if earlier else None


def titled_program(doc: Doc, before: int, head: str) -> Mention | None:
    """印发《关于开展农村承包地“三权分置”改革试点的通知》，决定在A、B开展试点: the program that a document's title
    names, before the bare head word in the sentence, is the one the head word means."""
    policies = [e for e in ents(doc) if e.label_ == "Policy" and e.end_char <= before]
    return next((plan for policy in reversed(policies) if (plan := program_in_title(policy, head)) is not None), None)


def program_in_title(policy: Span, head: str) -> Mention | None:
    """The program of the head word a document's title launches (关于开展X试点工作的通知: X试点) or a plan is named
    after (眉山市X试点工作方案: X试点, the place it opens with left out), if it does."""
    m = next((m for pattern in g_cues()["titled_programs"]
              if (m := re.search(pattern.format(head=re.escape(head)), policy.text))), None)
    if m is None:
        return None
    place = opening_division(m.group("name"), load_gazetteer())
    start = policy.start_char + m.start("name") + (len(place.name) if place else 0)
    return Mention(policy.doc.text[start:policy.start_char + m.end("name")], "Program", start,
                   policy.start_char + m.end("name"))


def implemented_by_designation(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """确定A县、B县等8个县为试点地区; C镇、D镇为首批试点乡镇; 首批试点地区E县、F县: places named as a batch's
    sites by a program's bare head word (试点 and a site word) carry out the sentence's latest program of that
    head word before them, else the article's (found by the resolver: attrs anaphor)."""
    text = text_of(doc)
    spans = named_places(doc)
    plans = ents(doc, *PLANS)
    joiners = listed_joiners()
    found = []
    for k, place in enumerate(spans):
        listed = k + 1 < len(spans) and text[place.end_char:spans[k + 1].start_char] in joiners
        sites = None if listed else _pattern("designated_sites").match(text, place.end_char)
        if sites is not None:
            places = places_right_before(spans, place.end_char, text)
            if not text[:places[0].start_char].endswith(g_cues()["focus_lead"]):  # 以和龙市为试点，推行X
                found += designated_sites(ctx, plans, sites, places, doc)
    for sites in _pattern("designated_sites_before").finditer(text):
        first = next((k for k, s in enumerate(spans) if s.start_char == sites.end()), None)
        if first is not None:
            found += designated_sites(ctx, plans, sites, most_specific(chain(spans, first, text, joiners), text), doc)
    return found


def implemented_by_published_list(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """…公布2024年X示范县名单，铜川市耀州区成功入选; …试点名单，A镇、B镇名列其中: the places that open the clause
    after a published list of a scheme's sites and enter it carry the scheme out (of a chain, the last place)."""
    text = text_of(doc)
    c = g_cues()
    places = named_places(doc)
    found = []
    for plan in ents(doc, *PLANS):
        opens = clause_start(text, plan.start_char)
        tail = re.match(c["published_list_tail"], text[plan.end_char:])
        if tail is None or re.search(c["published_list_gap"].lstrip("^"), text[opens:plan.start_char]) is None:
            continue
        first = next((k for k, p in enumerate(places) if p.start_char == plan.end_char + tail.end()), None)
        if first is None:
            continue
        listed = listed_groups(places, first, text)
        if re.match(c["published_list_entry"], text[listed[-1].end_char:]):
            found += [relation(ctx, mention_of(plan), "implementedIn", mention_of(p)) for p in most_specific(listed, text)]
    return found


def listed_groups(places: list[Span], first: int, text: str) -> list[Span]:
    """A、B、C等20个乡镇和D等100个村: the places of a list from places[first], over groups each closed by 等 and
    its count and joined to the next (published_list_more)."""
    c = g_cues()
    listed = chain(places, first, text, listed_joiners())
    while (more := re.match(c["published_list_more"], text[listed[-1].end_char:])) is not None:
        at = listed[-1].end_char + more.end()
        following = next((k for k, p in enumerate(places) if p.start_char == at), None)
        if following is None:
            break
        listed += chain(places, following, text, listed_joiners())
    return listed


def implemented_as_named_pilot(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """武安市、涉县为全市县城建设提质升级试点县（市）: places named (为/作为) the sites of a program written out in
    full, whose name ends in 试点 or 示范 and is followed only by a site word, carry it out."""
    text = text_of(doc)
    spans = named_places(doc)
    found = []
    for plan in ents(doc, *PLANS):
        if not plan.text.rstrip("”’」").endswith((PILOT, SHOWCASE)) or not _pattern("named_pilot_tail").match(text[plan.end_char:]):
            continue
        last = next((p for p in reversed(spans) if p.end_char <= plan.start_char), None)
        if last is None or not _pattern("named_pilot_gap").match(text[last.end_char:plan.start_char]):
            continue
        places = places_right_before(spans, last.end_char, text)
        if passive_agent(text, places[0].start_char):  # 永新县被吉安市确定为X试点县: the places before 被 are the sites
            places = passive_subject(spans, places[0], text)
        if places and not text[:places[0].start_char].endswith(g_cues()["focus_lead"]):
            found += [relation(ctx, mention_of(plan), "implementedIn", mention_of(place)) for place in places]
    return found


def designated_sites(ctx: SentenceContext, plans: list[Span], sites: re.Match, places: list[Span], doc: Doc
                     ) -> list[Relation]:
    """The places as sites of the program the bare head word in `sites` refers to: the sentence's latest one of
    that head word, else the one a document's title before them launches (印发《关于开展X试点工作的通知》，确定A县、
    B县为试点县), else the article's. Towns named a batch of 示范乡镇 or 示范村镇 (no head word) show the
    sentence's latest 试点 or 示范 scheme before them (…示范县创建名单，A村、B镇列为首批示范村镇), and only that one."""
    earlier = [p for p in plans if p.end_char <= places[0].start_char]
    if sites.group("head") is None:
        # a scheme's name ends in its 试点, or in its 示范 and what is built or founded (示范县创建, 示范区建设),
        # not a name with 示范 inside (“千村示范、万村整治”工程)
        shown = [p for p in earlier if p.text.rstrip("”’」》").endswith(PILOT) or SHOWCASE in p.text[-6:]]
        return [relation(ctx, mention_of(shown[-1]), "implementedIn", mention_of(place)) for place in places] if shown else []
    subject, attrs = referent(earlier, sites)
    titled = titled_program(doc, places[0].start_char, sites.group("head")) if attrs else None
    if titled is not None:
        subject, attrs = titled, {"titled": "1"}
    return [relation(ctx, subject, "implementedIn", mention_of(place), **attrs) for place in places]


def implemented_with_elided_object(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """印发《…实施方案》后，阳城县、泽州县、高平市率先落实: a verb of carrying out that ends its clause without an
    object takes the latest program or document the sentence names before its places."""
    text = text_of(doc)
    spans = named_places(doc)
    plans = ents(doc, *PLANS)
    found = []
    for m in re.finditer(g_cues()["elided_object"], text):
        places = places_right_before(spans, before_site_count(text, m.start()), text)  # 选取A、B两个乡镇先行开展
        found += latest_program_sites(ctx, plans, m.start(), places)
    return found


def before_site_count(text: str, at: int) -> int:
    """Where the count of a list of places that ends at `at` begins (A、B两个乡镇, A、B等4个县（市）), else `at`."""
    count = re.search(f'等?(?:{g_cues()["site_count"]})$', text[:at])
    return count.start() if count else at


def implemented_in_core_area(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """获批创建国家现代农业产业园，核心区布局在米箩镇; 承担…示范园创建任务，在点头镇、磻溪镇布局示范园核心区: the
    places a park's or zone's core area is laid out in carry out the sentence's latest program before them; so do
    the places a batch of its projects is laid out in (启动X示范项目建设，首批示范项目布局在A、B、C三市)."""
    text = text_of(doc)
    spans = named_places(doc)
    plans = ents(doc, *PLANS)
    found = []
    for m in re.finditer(g_cues()["core_area_before_places"], text):
        found += latest_program_sites(ctx, plans, m.start(), most_specific(places_from(spans, m.end(), text), text))
    for m in re.finditer(g_cues()["batch_laid_out_before_places"], text):  # 首批示范项目布局在A、B、C三市
        named = plans if m.group("batch") else [p for p in plans if m.group("head") in p.text]
        found += latest_program_sites(ctx, named, m.start(), most_specific(places_from(spans, m.end(), text), text))
    for m in re.finditer(g_cues()["core_area_after_places"], text):
        found += latest_program_sites(ctx, plans, m.start(), places_right_before(spans, m.start(), text))
    return found


def latest_program_sites(ctx: SentenceContext, plans: list[Span], at: int, places: list[Span]) -> list[Relation]:
    """The places as sites of the latest program that ends before them and before offset `at` (the cue that
    makes them sites: an elided object's verb, a core area laid out)."""
    earlier = [p for p in plans if places and p.end_char <= min(at, places[0].start_char)]
    return [relation(ctx, mention_of(earlier[-1]), "implementedIn", mention_of(p)) for p in places] if earlier else []


def implemented_in_annex_list(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """毕节市：大方县、赫章县、黔西市: a line that lists places after the division they lie in and a colon, and
    nothing else, names sites of the program an annex's list heading names (附件：第二批省级X试点县名单; found by
    the resolver: attrs listed)."""
    text = text_of(doc).rstrip("。；")
    spans = ents(doc)
    joiners = g_cues()["place_joiners"]
    numbered = numbered_place_line(spans, text)
    if numbered is not None:
        return [relation(ctx, Mention("", "Program", 0, 0), "implementedIn", mention_of(numbered), listed="1")]
    if len(spans) < 2 or any(s.label_ != "Place" for s in spans) or spans[0].start_char != 0 \
            or text[spans[0].end_char:spans[1].start_char] != "：" or spans[-1].end_char != len(text) \
            or any(text[a.end_char:b.start_char] not in joiners for a, b in zip(spans[1:], spans[2:])):
        return []
    return [relation(ctx, Mention("", "Program", 0, 0), "implementedIn", mention_of(p), listed="1") for p in spans[1:]]


def numbered_place_line(spans: list[Span], text: str) -> Span | None:
    """2.阜新市彰武县哈尔套镇: a numbered line of an annex's list that is one chain of places and nothing else names
    one site, the last and most specific place of the chain."""
    number = re.match(r"[0-9]{1,3}[.、．]", text)
    if number is None or not spans or any(s.label_ != "Place" for s in spans) or spans[0].start_char != number.end() \
            or spans[-1].end_char != len(text) or any(a.end_char != b.start_char for a, b in zip(spans, spans[1:])):
        return None
    return spans[-1]


def places_right_before(spans: list[Span], at: int, text: str) -> list[Span]:
    """The most specific places of the list of places that ends right at offset `at` (宁德市、南平市率先…); none when
    no place ends there (spans may hold other entities too)."""
    last = next((k for k, s in enumerate(spans) if s.end_char == at), None)
    if last is None or spans[last].label_ != "Place":
        return []
    listed = chain_before(spans, last, text, listed_joiners())
    return most_specific([p for p in listed if p.label_ == "Place"], text)


def implemented_in_scope(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """在全市推广“美丽庭院”创建活动, 今年全市将实施X, “乡村好讲堂”已在全市推广: 全 + a level word is the whole of
    the place of that level the text speaks of. The place is found by the resolver (attrs articlePlace = the
    level word): one of that level named earlier in the sentence, else the article's city or county, or the
    document's province."""
    text = text_of(doc)
    found = []
    plans = ents(doc, *PLANS)
    for plan, level_at in scoped_plans(plans, text):
        if level_at is not None:
            level, at = level_at
            here = Mention("", "Place", at, at)
            found.append(relation(ctx, mention_of(plan), "implementedIn", here, articlePlace=level))
    for anaphor in re.finditer(g_cues()["anaphor_opening"], text):  # 这一模式由…推出，目前已在全市推广
        subject, attrs = referent(plans, anaphor)
        for level, at in scopes_after(text, anaphor.end()):
            found.append(relation(ctx, subject, "implementedIn", Mention("", "Place", at, at), articlePlace=level, **attrs))
        for place in spread_to(doc, text, anaphor.end()) + sited_after(doc, text, anaphor.end()):
            found.append(relation(ctx, subject, "implementedIn", mention_of(place), **attrs))
    found += inner_word_spread(doc, ctx, plans, text)
    found += scope_without_object(doc, ctx, plans, text)
    opening = plans[0] if len(plans) == 1 and opens_sentence(doc, plans[0], text) and scope(text, plans[0]) is None else None
    later = scopes_after(text, opening.end_char) if opening is not None else []
    for level, at in later:  # 《…办法》经…通过，已在全县施行
        found.append(relation(ctx, mention_of(opening), "implementedIn", Mention("", "Place", at, at), articlePlace=level))
    if opening is not None:  # 农村“厕所革命”由县农业农村局牵头，在A镇、B镇率先推进: the lead body's clause may come first
        at = _pattern("lead_body_clause").match(text, opening.end_char).end()
        found += [relation(ctx, mention_of(opening), "implementedIn", mention_of(p)) for p in sited_after(doc, text, at)]
    in_force = [p for p in plans
                if p.label_ == "Policy" and p is not opening and _pattern("in_force_after").match(text[p.end_char:])]
    if opening is not None and opening.label_ == "Policy" and not later \
            and re.search(g_cues()["in_force"], text[opening.end_char:]):  # 《X市…条例》…，于…起施行: in force in X市
        in_force.append(opening)
    for document in in_force:  # …审议通过《X市…条例》，自…起施行: in force in X市 too
        here = Mention("", "Place", document.start_char, document.start_char)
        found.append(relation(ctx, mention_of(document), "implementedIn", here, namedPlace="1"))
    return found


def implemented_in_next_clause(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """启动实施乡村旅游富民工程，在泾河源、六盘山两镇打造15个旅游示范村; 要实施“百企帮百村”产业扶贫行动，由市扶贫办
    牵头，在平顺、壶关、武乡三县组织…: a program launched at a clause's end (next_clause_launch) is carried out in
    the places the next clause opens with, past a lead body's clause: 在, the places and their count, then a verb,
    when that clause names no program of its own (实施X，在A、B两县开展Y试点: the places are Y's), the launching clause
    gives X no place of its own and the places are no provinces (outlets opened afar)."""
    text = text_of(doc)
    spans = named_places(doc)
    plans = ents(doc, *PLANS)
    found = []
    for plan in ents(doc, "Program"):
        end = plan.end_char + (text[plan.end_char:plan.end_char + 1] in "”’")
        opening = text[:plan.start_char]
        if text[end:end + 1] != "，" or not _pattern("next_clause_launch").search(opening) \
                or "在" in opening[clause_start(opening, len(opening)):]:
            continue  # 在全县推行X，在A镇建成基地: X has its scope; the base is one thing done in A镇
        at = _pattern("lead_body_clause").match(text, end + 1).end()
        places = places_from(spans, at + 1, text) if text.startswith("在", at) else []
        tail = text[places[-1].end_char:] if places else ""
        tail = tail[_pattern("anaphor_site_count").match(tail).end():]
        clause = (places[-1].end_char, clause_end(text, places[-1].end_char)) if places else (0, 0)
        if tail[:1].isalpha() and tail[:1] != "的" and not any(clause[0] <= p.start_char < clause[1] for p in plans) \
                and not any(provincial(p._.adcode or "") for p in places):  # 在北京市、上海市开设直营店: outlets afar
            found += [relation(ctx, mention_of(plan), "implementedIn", mention_of(p)) for p in most_specific(places, text)]
    return found


def inner_word_spread(doc: Doc, ctx: SentenceContext, plans: list[Span], text: str) -> list[Relation]:
    """启动沿黄生态廊道建设工程，廊道覆盖A、B、C3个县: a clause opening with a word of the sentence's latest program
    before it (its own noun, here 廊道, right before the head words that end the name) and a verb of covering
    means that program; a word the program's name does not hold (公交覆盖A县), one that opens the name (开展医保
    支付方式改革试点，医保已覆盖…: insurance, not the pilot) or the bare head word (工程) refers to something else."""
    found = []
    for m in re.finditer(g_cues()["inner_word_spread"], text):
        earlier = [p for p in plans if p.end_char <= m.start()]
        word = m.group("word")
        if not earlier or word not in earlier[-1].text or lexicons.suffix_of(word, "program_suffixes") == word \
                or len(earlier[-1].text) - earlier[-1].text.rindex(word) - len(word) > g_cues()["inner_word_max_tail"]:
            continue
        for place in spread_to(doc, text, m.end()):
            found.append(relation(ctx, mention_of(earlier[-1]), "implementedIn", mention_of(place)))
    return found


def spread_to(doc: Doc, text: str, at: int) -> list[Span]:
    """这项改革由…部署，如今已覆盖A、B、C的全部乡镇; 这一做法已推广到A、B: the places right after the first verb of
    covering or extending to (anaphor_spread) in the sentence after offset `at`, before any other name."""
    m = re.compile(g_cues()["anaphor_spread"]).search(text, at)
    if m is None or any(at <= e.start_char < m.start() and e.label_ in PLANS for e in ents(doc)):
        return []
    spans = named_places(doc)
    return most_specific(places_from(spans, m.end(), text), text)


def sited_after(doc: Doc, text: str, at: int) -> list[Span]:
    """该试点在石泉、宁陕两县率先落地: adverbs, 在, the places (and their count) right after offset `at` (an anaphor),
    then a launching verb that ends the clause: the places carry out what the anaphor means."""
    lead = _pattern("anaphor_site_lead").match(text, at)
    spans = named_places(doc)
    places = places_from(spans, lead.end(), text) if lead is not None else []
    if not places:
        return []
    tail = text[places[-1].end_char:clause_end(text, places[-1].end_char)]
    tail = tail[_pattern("anaphor_site_count").match(tail).end():]
    return most_specific(places, text) if re.fullmatch(carrying_out_verbs(), tail) else []


def places_from(spans: list[Span], at: int, text: str) -> list[Span]:
    """The places written one after another (joined by a place joiner or nothing, or by a count and a joiner: A、B两县和
    C区) from offset `at` on; none when no place starts there (A、B、C after 覆盖, 在 or 核心区位于)."""
    first = next((k for k, e in enumerate(spans) if e.start_char == at), None)
    if first is None:
        return []
    found = chain(spans, first, text, listed_joiners())
    rest = text[found[-1].end_char:]
    count = _pattern("anaphor_site_count").match(rest).end()  # 在A、B、C三县和D区: the list goes on after its count
    if count and rest[count:count + 1] in g_cues()["place_joiners"]:
        found += places_from(spans, found[-1].end_char + count + 1, text)
    return found


def scoped_plans(plans: list[Span], text: str) -> list[tuple[Span, tuple[str, int] | None]]:
    """Each program with its 全X scope; a program listed right after a scoped one (全市全面推行河长制、湖长制;
    在全县实施A和B) shares its scope: the launching verb governs the whole list."""
    scoped, previous = [], None
    for plan in plans:
        level_at = scope(text, plan)
        if level_at is None and previous is not None and previous[1] is not None \
                and text[previous[0].end_char:plan.start_char].strip("”’」“‘「") in g_cues()["place_joiners"]:
            level_at = previous[1]
        scoped.append((plan, level_at))
        previous = (plan, level_at)
    return scoped


def scope_without_object(doc: Doc, ctx: SentenceContext, plans: list[Span], text: str) -> list[Relation]:
    """率先推行“党支部+合作社+贫困户”模式，今年起在全州推广 (在全县15个乡镇推广): a clause of 在全 + a level word
    (and a count of its units) and launching verbs that ends without an object (and names nothing before the scope) carries out the sentence's latest program before it."""
    found = []
    for m in _scope_elided().finditer(text):
        earlier = [p for p in plans if p.end_char <= m.start()]
        scope_at = m.start("level") - 1  # 全州 may be read as a place's short name (全州县): only names before it block
        if earlier and not any(m.start() <= e.start_char < scope_at for e in ents(doc)):
            here = Mention("", "Place", m.start("level"), m.start("level"))
            found.append(relation(ctx, mention_of(earlier[-1]), "implementedIn", here, articlePlace=m.group("level")))
    return found


@cache
def _scope_elided() -> re.Pattern:
    """在全州推广, 在全县15个乡镇推广: the scope (a count of its units may stand before the verbs), launching verbs
    and the clause's end."""
    c = g_cues()
    return re.compile(f'{c["scope_elided_lead"]}(?:{c["site_count"]})?{carrying_out_verbs()}{c["scope_elided_tail"]}')


def opens_sentence(doc: Doc, plan: Span, text: str) -> bool:
    """Whether the program or document is the sentence's first name, at its start (after a time phrase): its subject."""
    lead = re.sub(g_cues()["document_modifiers"], "", text[:plan.start_char])
    return ents(doc)[0] == plan and len(lead) <= time_lead(text) + g_cues()["subject_place_max_start"]


def referent(plans: list[Span], anaphor: re.Match) -> tuple[Mention, dict]:
    """What 这项改革 (at anaphor) means: the sentence's latest program before it of that head word (大丰区首创“拿地即
    开工”审批改革，这项改革由…推出); else the article's latest one, found by the resolver (attrs anaphor)."""
    head = anaphor.group("head") or PILOT
    any_head = head in g_cues()["anaphor_any_heads"]  # 这一做法: whatever the program's name ends in
    named = [p for p in plans if p.end_char <= anaphor.start() and (any_head or p.text.rstrip("”’」》").endswith(head))]
    if named:
        return mention_of(named[-1]), {}
    return Mention(anaphor.group(), "Program", anaphor.start(), anaphor.end()), {"anaphor": head}


def scope(text: str, plan: Span) -> tuple[str, int] | None:
    """(level word, offset) of the 全X scope a program is carried out in: 在全县推行X (the scope, then a launching
    verb at most scope_max_tail characters before the program, in one clause), or X在全区29个街镇落地, or X已覆盖全县."""
    c = g_cues()
    opens = clause_start(text, plan.start_char)
    lead = text[opens:plan.start_char]
    before = re.search(c["scope_lead"], lead)
    verb_end = cue_end(lead)
    tail = lead[verb_end:] if verb_end >= 0 else None  # 全市要推进省委部署的X: a relative clause may stand between
    if before is not None and tail is not None and (len(tail) <= c["scope_max_tail"] or re.match(c["scope_relative_tail"], tail)
                                                    or spread_model(tail, text[plan.end_char:])):
        return before.group("level"), opens + before.start("level")
    reported = re.search(c["scope_report_lead"], lead)
    if reported is not None and re.match(c["scope_report_tail"], text[plan.end_char:]):  # 关于全市X开展情况的报告
        return reported.group("level"), opens + reported.start("level")
    after = re.compile(c["scope_follow"]).match(text, plan.end_char)
    if after is not None:
        return scope_of(text, after)
    taken = _pattern("scope_taken_as").match(text, plan.end_char)
    if taken is not None:  # 把“百千万工程”作为全县头号工程
        return taken.group("level"), taken.start("level")
    covered = _pattern("scope_covered").match(text, plan.end_char)
    if covered is not None:  # “汉中仙毫”区域公用品牌，目前已覆盖全市10个产茶县区
        return covered.group("level"), covered.start("level")
    return carried_scope(text, opens) if subjectless(lead) else None


def spread_model(tail: str, after: str) -> bool:
    """在全市推广醴陵市“陶瓷产业链链长制”经验: a place's program named as the experience spread over the scope (the
    place's name, the program, then 经验 or 做法) is carried out in the whole scope too."""
    c = g_cues()
    return re.match(c["scope_model_place"], tail) is not None and after.lstrip("”’」").startswith(tuple(lexicons.patterns()["experience_words"]))


def carried_scope(text: str, opens: int) -> tuple[str, int] | None:
    """全省要巩固…，持续推进A，全面推行B: the 全X scope that opens an earlier clause of the sentence."""
    def scope_opening(start: int, end: int) -> tuple[str, int] | None:
        found = re.match(g_cues()["scope_lead"], text[start:end])
        return (found.group("level"), start + found.start("level")) if found is not None else None
    return earlier_subject(text, opens, scope_opening)


def earlier_subject(text: str, opens: int, subject_of: Callable[[int, int], T | None]) -> T | None:
    """For a clause at `opens` with no subject of its own: the subject (`subject_of` the clause's start and end)
    of the nearest earlier clause of the sentence that has one, when every clause between has none either."""
    while opens > 0:
        previous = clause_start(text, opens - 1)
        found = subject_of(previous, opens - 1)
        if found or not (subjectless(text[previous:opens - 1]) or sited_without_subject(text[previous:opens - 1])):
            return found
        opens = previous
    return None


def sited_without_subject(clause: str) -> bool:
    """全市将以此为契机，在A区、B县推广X，深入实施Y: a clause that opens with 在 and its places, then a verb of carrying
    out, says where, not who; the subject of the clause before it goes on past it."""
    return re.match(f'在[\u4e00-\u9fff、]{{2,30}}?{carrying_out_verbs("subjectless_clause_adverbs")}', clause) is not None


def subjectless(clause: str) -> bool:
    """Whether a clause opens with its verb of carrying out, after adverbs only (扎实开展X, 要深入实施X, 在各乡镇推广X),
    or after a time word (今年又全面启动X, 2023年启动Y: when it was done, not who did it)."""
    untimed = clause[m.end():] if (m := _pattern("time_adverbial").match(clause)) else clause
    return _subjectless_verbs().match(without_every_division(untimed)) is not None


@cache
def _subjectless_verbs() -> re.Pattern:
    return re.compile(carrying_out_verbs("subjectless_clause_adverbs"))


def without_every_division(lead: str) -> str:
    """要在各乡镇推广X: the clause's opening without the scope of every division one level down (after adverbs)."""
    return _every_division().sub(r"\1", lead, count=1)


@cache
def _every_division() -> re.Pattern:
    adverbs = alternation(g_cues()["subjectless_clause_adverbs"])
    return re.compile(f'^((?:{adverbs})*){g_cues()["every_division"]}')


def scopes_after(text: str, start: int) -> list[tuple[str, int]]:
    """Every 全X scope with a launching verb after it in the text from `start` on (…，目前已在全市推广)."""
    found = (scope_of(text, m) for m in re.compile(g_cues()["scope_follow"]).finditer(text, start))
    return [f for f in found if f is not None]


def scope_of(text: str, scope_match: re.Match) -> tuple[str, int] | None:
    """(level word, offset) of a 全X scope when a launching verb follows it in its clause."""
    end = scope_match.end()
    if cue_end(text[end:clause_end(text, end)][:g_cues()["scope_reach"]]) < 0:
        return None
    return scope_match.group("level"), scope_match.start("level")


def cue_end(text: str) -> int:
    """Where the last launching verb in text ends (-1 when there is none)."""
    return max((text.rfind(cue) + len(cue) for cue in g_cues()["implement_cues"] if cue in text), default=-1)


def reports_speech(text: str) -> bool:
    """会议强调，…; 他指出，…: a first clause ending in a verb of saying makes the rest someone's words."""
    head, comma, _ = text.partition("，")
    return bool(comma) and head.endswith(tuple(g_cues()["speech_verbs"]))


def without_verb_adverbs(lead: str) -> str:
    """同时推行X, 还开展了X: a clause's opening without the adverbs before its verb."""
    return re.sub(f'^(?:{alternation(g_cues()["verb_adverbs"])})+', "", lead)


def without_adverbials(lead: str) -> str:
    """在全省率先推动…, 在各乡镇推广…: an adverbial of scope and precedence before the verb leaves it launching the program."""
    lead = without_every_division(lead)
    for adverbial in g_cues()["elided_subject_adverbials"]:
        lead = lead.removeprefix(adverbial)
    return lead


def subject_place(spans: list[Span], text: str) -> Span | None:
    """The place a sentence opens with, as its subject (宁波市推进…改革; 景宁…，深化…行动，开展…行动), when it
    names no other place; of a chain of places written one after the other (勐海县打洛镇打洛村则…，开展…试点)
    the last; a time phrase may come first (2024年以来，浙江…); the places of a clause that only says where it lies
    (金寨县地处大别山腹地，…) do not count. What the sentence then says is carried out, is carried out there."""
    places = [s for s in spans if s.label_ == "Place" and s.start_char >= news_lead(text)]  # not the dateline's
    if not places or places[0].start_char > time_lead(text) + g_cues()["subject_place_max_start"] \
            and places[0].start_char != scene_lead(text):
        return None
    opening = chain(places, 0, text, [""])
    # A region (长三角, 武陵山区) is where the subject lies or what it joins, not another site of the sentence.
    others = [p for p in places[len(opening):] if not is_region(p.text, p._.adcode) and not combined_with(p, text)]
    if text.startswith(tuple(g_cues()["location_verbs"]), opening[-1].end_char):  # 金寨县地处大别山腹地，…实施X
        others = [p for p in others if p.start_char >= clause_end(text, opening[-1].end_char)]
    if others or text.startswith(tuple(g_cues()["visit_verbs"]), opening[-1].end_char):
        return None  # 在杭州市调研时，他强调深入实施X: a place visited is no subject
    return opening[-1]


def combined_with(place: Span, text: str) -> bool:
    """修武县把试点与云台山镇康养旅游结合起来，打造X: a place right after 与/同 in a clause that puts the subject's work
    (把, 将) together with it (结合, 融合, 衔接) names what the subject joins its work to, not another site of the
    sentence."""
    c = g_cues()
    end = clause_end(text, place.end_char)
    opened = text[clause_start(text, place.start_char):place.start_char]
    return opened.endswith(tuple(c["combined_leads"])) and any(word in opened for word in c["combined_disposals"]) \
        and re.search(alternation(c["combined_verbs"]), text[place.end_char:end]) is not None


def time_lead(text: str) -> int:
    """2024年以来，浙江…; 本报讯（记者 X）近年来，X县…: how long the news lead and the time phrase a sentence opens
    with are (0 when none)."""
    at = news_lead(text)
    opening = _pattern("subject_time_lead").match(text, at)
    return opening.end() if opening else at


def scene_lead(text: str) -> int:
    """在坝上地区，丰宁持续实施X: how long the time phrase and a phrase of where before the subject are; the subject
    place must follow it at once (not 在之江大地，时任浙江省委书记…). A place inside that phrase is still the first
    place, which then decides as before (在杭州市调研时，他…: no subject)."""
    at = time_lead(text)
    scene = _pattern("subject_scene_lead").match(text, at)
    return scene.end() if scene else at


def news_lead(text: str) -> int:
    """本报讯（记者 杨丽）, 新华社北京3月5日电: how long the lead of a news item is (0 when none)."""
    dateline = _pattern("news_lead").match(text)
    return dateline.end() if dateline else 0


@cache
def carrying_out_verbs(adverbs: str = "verb_adverbs") -> str:
    """Adverbs of the list `adverbs`, then one or more verbs of carrying out (将逐步推广, 已落地实施): a clause's
    verb with no object."""
    c = g_cues()
    return f'(?:{alternation(c[adverbs])})*(?:{alternation(c["implement_cues"])})+'


@cache
def listed_joiners() -> frozenset[str]:
    """What stands between two places of a list: a joiner (、, 和 …) or nothing (长沙县望城区)."""
    return frozenset({*g_cues()["place_joiners"], ""})


def _pattern(name: str) -> re.Pattern:
    return cue_pattern("programs", name)


def named_places(doc: Doc) -> list[Span]:
    """The sentence's places but the generic ones (全市, 该镇), found once a sentence (a new list each call)."""
    return list(sentence_memo(doc, "named places", lambda: tuple(e for e in ents(doc, "Place") if not generic(e))))


def generic(span: Span) -> bool:
    """全市, 本县, 该镇: no named place. But a division whose name opens with such a word (全椒县, 全州县; 全州 in a
    list: 兴安、全州、灌阳) is one; 全州 alone may be the whole prefecture. Found once a span and sentence."""
    return sentence_memo(span.doc, ("generic", span.start, span.end, span.label), lambda: _generic(span))


def _generic(span: Span) -> bool:
    if span.label_ != "Place" or not span.text.startswith(tuple(cues()["places"]["generic_prefixes"])):
        return False
    text = text_of(span.doc)
    listed = "、" in text[max(span.start_char - 1, 0):span.start_char] + text[span.end_char:span.end_char + 1]
    return not (span._.adcode and (len(span.text) > 2 or listed))


def most_specific(places: list[Span], text: str) -> list[Span]:
    """Of places written one right after the other (成都市郫都区), only the last."""
    return [p for p, q in zip(places, places[1:] + [None]) if q is None or text[p.end_char:q.start_char] != ""]


def places_before(spans: list[Span], i: int, text: str) -> list[Span]:
    if i > 0 and spans[i - 1].label_ in PLANS and text[spans[i - 1].end_char:spans[i].start_char] in ("", "“"):
        return places_before(spans, i - 1, text)  # 上线“无废城市”信息平台“渝废通”: the name after its generic head
    if i > 0 and spans[i - 1].label_ in PLANS and tasked_after_designation(text[spans[i - 1].end_char:spans[i].start_char]):
        return places_before(spans, i - 1, text)  # 确定A、B为X试点县，重点实施Y: the sites of X carry Y out
    if i == 0 or spans[i - 1].label_ != "Place":
        return []
    last = spans[i - 1]
    gap = text[last.end_char:spans[i].start_char]
    if gap in g_cues()["place_program_joiners"]:
        owners = listed_divisions(spans, i - 1, text) or [last]
        return owners + spread_sites(spans, spans.index(owners[0]), text)
    places = chain_before(spans, i - 1, text, listed_joiners())
    if passive_agent(text, places[0].start_char):
        return passive_subject(spans, places[0], text)
    if text[:places[0].start_char].endswith(tuple(g_cues()["resource_leads"])):
        return resource_subject(spans, places[0], text)
    # The count of a list cut short (等12个县（市、区）) is no distance between the places and their verb, nor is
    # the name of the body a passive names (A县已被国家林业和草原局确定为…); other names are (A镇党委书记X介绍…).
    agents = [e for e in ents(spans[i].doc, "Organization") if passive_agent(text, e.start_char)]
    named = without_names(agents, last.end_char, spans[i].start_char, text)
    counted = re.sub(g_cues()["list_count_tail"], "", named)
    in_clause = in_one_clause(gap) and len(counted) <= g_cues()["implement_max_gap"]
    if not (in_clause and (carries_out(gap) or builds_a_zone(gap, spans[i]) or designated(places[0], gap, text))
            or focused(places[0], gap, text)
            or picked(places[0], gap, text)):
        return []
    return most_specific([p for p in places if p.label_ == "Place"], text)


def spread_sites(spans: list[Span], owner: int, text: str) -> list[Span]:
    """在垦利区、利津县推广广饶县“美丽村居”建设试点经验: places after 在 and before a verb of spreading whose object is
    a place's own program (its first place at `owner`) take that program up too, as in 在A、B推广P."""
    first = chain_before(spans, owner, text, listed_joiners())[0]
    k = spans.index(first)
    if k == 0 or spans[k - 1].label_ != "Place" \
            or text[spans[k - 1].end_char:first.start_char] not in g_cues()["spread_verbs_before_owner"]:
        return []
    places = chain_before(spans, k - 1, text, listed_joiners())
    if not text[:places[0].start_char].endswith("在"):
        return []
    return most_specific([p for p in places if p.label_ == "Place"], text)


def listed_divisions(spans: list[Span], last: int, text: str) -> list[Span]:
    """齐河县、平原县黄河滩区迁建工程: a list of administrative divisions right before a program's name are all its
    sites; a list that holds a zone or base (西北旺镇永丰产业基地、上庄镇X建设) lists things built, not sites."""
    before = chain_before(spans, last, text, listed_joiners())
    # 对A区X项目、B县Y项目: the list of B县 ends at the program before it; A区 is X's site, not Y's
    plans = [k for k, p in enumerate(before) if p.label_ != "Place"]
    listed = before[plans[-1] + 1:] if plans else before
    divisions = all(lexicons.suffix_of(p.text, "admin_suffixes") and not lexicons.suffix_of(p.text, "zone_suffixes")
                    for p in listed)
    return most_specific(listed, text) if divisions else []


def builds_a_zone(gap: str, plan: Span) -> bool:
    """同意鹰潭市建设江西省X试验区, 支持A市建设国家级Y示范区: 建设 alone is mostly a noun in prose (no implement_cue),
    but right before the zone of a scheme it is the place's verb: the place builds the zone, so carries it out."""
    return gap == "建设" and plan.text.endswith(tuple(g_cues()["built_zone_heads"]))


def tasked_after_designation(gap: str) -> bool:
    """确定荔波县、三都县为全州X试点县，重点实施Y (被确定为X试点县，率先推行Y): after a scheme and its site word, a
    clause that opens with an adverb of focus and a launching verb gives the scheme's sites a task of their own."""
    c = g_cues()
    adverbs = alternation(c["verb_adverbs"])
    tail = f'{c["designated_task_gap"]}(?:{adverbs})*(?:{alternation(c["implement_cues"])})了?[“‘「]?$'
    return re.match(tail, gap) is not None


def resource_subject(spans: list[Span], resource: Span, text: str) -> list[Span]:
    """密山市依托兴凯湖灌区打造X: the place after 依托 is what the clause's subject builds on; the places right
    before the verb are the sites (none when no place stands there)."""
    lead = next(v for v in g_cues()["resource_leads"] if text[:resource.start_char].endswith(v))
    return places_right_before(spans, resource.start_char - len(lead), text)


def passive_subject(spans: list[Span], agent: Span, text: str) -> list[Span]:
    """右所镇被大理州确定为X: the place after 被 only designates; the places right before 被 are the sites."""
    return places_right_before(spans, agent.start_char - 1, text)


def carried_subject(spans: list[Span], i: int, text: str) -> list[Span]:
    """岳阳、常德、益阳三市扎实开展专项整治，全面完成退田还湖; 长汀将继续…，推进X: a clause that opens with its
    launching verb (after adverbs) goes on with the places an earlier clause of the sentence opens with."""
    opens = clause_start(text, spans[i].start_char)
    if not subjectless(text[opens:spans[i].start_char]):
        return []
    return earlier_subject(text, opens, lambda start, end: clause_subject(spans, start, end, text)) or []


def clause_subject(spans: list[Span], start: int, end: int, text: str) -> list[Span]:
    """The places a clause opens with as its subject (阜阳、亳州、宿州、淮北四市扎实推进…; 王坝镇、碾坝镇正借鉴…;
    闽侯县南屿镇，): a list or chain of places at the clause's start, then a count of them (四市, 等地) and an
    adverb or a launching verb, or the clause's end. Of a chain the last, most specific place."""
    first = next((k for k, s in enumerate(spans) if s.start_char == start), None)
    if first is None or spans[first].label_ != "Place":
        return []
    places = chain(spans, first, text, listed_joiners())
    if any(p.label_ != "Place" for p in places) or places[-1].end_char > end:
        return []
    return most_specific(places, text) if _pattern("subject_follow").match(text[places[-1].end_char:end]) else []


def carries_out(gap: str) -> bool:
    """A launching verb (A、B开展…), or 作为 (敦化市作为全国…试点: the place holds the program's role)."""
    return has_cue(gap) or gap.startswith(tuple(g_cues()["role_leads"]))


def focused(first: Span, gap: str, text: str) -> bool:
    """以城口县、巫溪县为重点，启动“…行动”; 以和龙市为试点，率先推行X: the places a body or place takes as its focus
    (以 before them, 为 and a word of focus after) are the sites of the program launched right after."""
    c = g_cues()
    adverbs = alternation([*c["verb_adverbs"], *c["elided_subject_adverbials"]])
    verb = f'{c["focus_sites"]}(?:{adverbs})*(?:{alternation(c["implement_cues"])})了?[“‘「]?$'
    return text[:first.start_char].endswith(c["focus_lead"]) and re.match(verb, gap) is not None


def picked(first: Span, gap: str, text: str) -> bool:
    """柘荣县选取英山乡、乍洋乡两个乡，开展X; 选择A村、B村作为试点，推行Y: the places a verb of choosing takes (their
    count and the role they are chosen for may follow them) are the sites of the program launched right after."""
    c = g_cues()
    adverbs = alternation([*c["verb_adverbs"], *c["elided_subject_adverbials"]])
    verb = f'(?:等?{c["site_count"]})?{c["picked_role"]}(?:{adverbs})*(?:{alternation(c["implement_cues"])})了?[“‘「]?$'
    return text[:first.start_char].endswith(tuple(c["pick_verbs"])) and re.match(verb, gap) is not None


def implemented_as_reported(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """农村集体产权制度改革基本完成, “一件事一次办”改革覆盖市、镇、村三级, “一圈两场三道”建设在我市全面铺开: a clause
    that opens (after a time word, or a relative clause saying whose it is) with a program and goes on with how far
    it has come reports the place the document calls its own carrying it out (attrs articlePlace "我", as 我们:
    a work report's or a signed article's place; none in a text that calls no place its own)."""
    text = text_of(doc)
    if reports_speech(text):
        return []
    found = []
    for plan in ents(doc, *PLANS):
        lead = re.sub(g_cues()["time_adverbial"], "", text[clause_start(text, plan.start_char):plan.start_char])
        whose = re.match(g_cues()["scope_relative_tail"], lead) is not None  # 岳阳市委、市政府部署的X在我市全面铺开
        if (lead.strip("，") == "" or whose) and re.match(g_cues()["reported_progress"], text[plan.end_char:]):
            here = Mention("", "Place", plan.start_char, plan.start_char)
            found.append(relation(ctx, mention_of(plan), "implementedIn", here, articlePlace="我"))
    return found


def applied_in_own_place(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """对《X法》和《Y条例》在我市的贯彻实施情况进行检查, 听取《Z条例》在本县的执行情况: a law or regulation (each of
    a list of them) followed by 在我市/本县 and how it is carried out there is applied in the place the document
    calls its own (attrs articlePlace "我", as implemented_as_reported)."""
    text = text_of(doc)
    found = []
    for policy in ents(doc, "Policy"):
        if re.match(g_cues()["applied_in_own_place"], text[policy.end_char:]):
            here = Mention("", "Place", policy.start_char, policy.start_char)
            found.append(relation(ctx, mention_of(policy), "implementedIn", here, articlePlace="我"))
    return found


def role_holder_after(spans: list[Span], i: int, text: str) -> list[Span]:
    """作为全国农村宅基地制度改革试点地区，大足区探索…: a clause of 作为 and the program (and its site word) before
    a clause that opens with places: those places hold the role, i.e. carry the program out."""
    c = g_cues()
    plan = spans[i]
    if i + 1 >= len(spans) or spans[i + 1].label_ != "Place":
        return []
    lead = text[clause_start(text, plan.start_char):plan.start_char]
    gap = text[plan.end_char:spans[i + 1].start_char].lstrip("”’」》")
    if not re.match(c["role_first_lead"], lead) or not re.match(c["role_first_follow"], gap):
        return []
    return most_specific([p for p in chain(spans, i + 1, text, listed_joiners()) if p.label_ == "Place"], text)


def own_document(spans: list[Span], i: int, text: str, agents: list[Span]) -> list[Span]:
    """舟山市加快…改革，出台《舟山市…实施意见》: a place that opens a clause and itself issues a document named
    after it (the issuing verb right before the document, no body in between) issues it for itself; the document
    applies there."""
    plan = spans[i]
    issuer = next((s for s in reversed(spans[:i]) if s.label_ == "Place"), None)
    if plan.label_ != "Policy" or issuer is None or not plan.text.startswith(issuer.text):
        return []
    gap = text[issuer.end_char:plan.start_char]
    opens = clause_start(text, issuer.start_char) == issuer.start_char \
        or issuer.start_char <= time_lead(text) + g_cues()["subject_place_max_start"]
    if not opens or any(mark in gap for mark in "。；;") or not issues_right_before(gap) \
            or any(issuer.end_char <= a.start_char < plan.start_char for a in agents):
        return []
    return [issuer]


def issues_right_before(gap: str, particle: bool = False) -> bool:
    """印发《…》: a verb of issuing right before the title; with `particle`, also with an aspect particle after it
    (县委、县政府制定了《…》，在全县推行P)."""
    verb = gap.rstrip("《“")
    if particle:
        verb = verb[: len(verb) - len(lexicons.suffix_of(verb, "aspect_particles"))]
    return verb.endswith(tuple(cues()["documents"]["issue_cues"]))


def enrolled(spans: list[Span], i: int, text: str) -> list[Span]:
    """勐腊县、勐海县的76个行政村被纳入云南省第一批…建设范围: places a batch of a scheme takes in are its sites;
    the place between the verb and the batch (云南省) is the level of the scheme, not a site."""
    opens = clause_start(text, spans[i].start_char)
    lead = re.search(g_cues()["enrol_pattern"], text[opens:spans[i].start_char])
    if lead is None:
        return []
    verb_at = opens + lead.start()
    before = [k for k in range(i) if spans[k].label_ == "Place" and opens <= spans[k].start_char and spans[k].end_char <= verb_at]
    if not before or verb_at - spans[before[-1]].end_char > g_cues()["implement_max_gap"]:
        return []
    places = chain_before(spans, before[-1], text, listed_joiners())
    return most_specific([p for p in places if p.label_ == "Place"], text)


def designated(first: Span, gap: str, text: str) -> bool:
    """确定伊金霍洛旗、鄂托克前旗为…试点旗: a verb that designates (确定, 选定 …) before the places and 为 after
    them (past the count of a list cut short: 等8个县（市）为) make the places the program's sites; so does a list
    that opens the clause after such a designation (确定A、B为X试点县，C、D为首批Y试点乡镇: the verb governs both
    lists)."""
    opens = clause_start(text, first.start_char)
    before = text[opens:first.start_char]
    if not re.sub(g_cues()["list_count_tail"], "", gap).startswith("为"):  # 确定A、B等8个县（市）为…
        return False
    return before.endswith(tuple(g_cues()["designate_verbs"])) or before == "" and designates_in_clause_before(text, opens)


def designates_in_clause_before(text: str, opens: int) -> bool:
    """Whether the clause before the one at `opens` designates places as something (确定A、B为…)."""
    if opens == 0 or text[opens - 1] != "，":
        return False
    previous = text[clause_start(text, opens - 1):opens - 1]
    return re.search(f'(?:{alternation(g_cues()["designate_verbs"])})[^为]+为', previous) is not None


def places_after(spans: list[Span], i: int, text: str) -> list[Span]:
    """…试点在X、Y落地, “千万工程”在嘉兴, 《…法》在A、B实施情况, …试点扩大到X、Y两县: 在 (or a verb of extending to) right after the
    program, then the places; or, past a comma, a time
    word and adverbs, 在, the places and a launching verb that ends the clause, the program being its object
    (《…办法》，明年将在东乌珠穆沁旗、西乌珠穆沁旗推广; not 实施X，在A开展Y)."""
    if i + 1 >= len(spans) or spans[i + 1].label_ != "Place":
        return []
    gap = text[spans[i].end_char:spans[i + 1].start_char]
    # 检查《…法》在A、B实施情况: a title's close may stand before 在 too
    right_after = gap.lstrip("”’」》") in g_cues()["place_lead"] or re.match(g_cues()["place_extend_lead"], gap) is not None
    if not right_after and not re.match(g_cues()["place_after_lead"], gap):
        return []
    places = [p for p in chain(spans, i + 1, text, listed_joiners()) if p.label_ == "Place"]
    tail = text[places[-1].end_char:clause_end(text, places[-1].end_char)]
    if gap.startswith("》") and not has_cue(tail):
        return []  # 《…条例》在昆明召开的会议上: a document is carried out only where a verb says so
    if not right_after and not re.fullmatch(carrying_out_verbs(), tail) \
            and not work_done_there(spans, spans[i], places[-1].end_char, text):
        return []  # past a comma, only a launching verb with no object of its own (明年将在…推广。) takes the program
    return most_specific(places, text)


def work_done_there(spans: list[Span], plan: Span, at: int, text: str) -> bool:
    """启动实施X，在A、B改造农村住房1500户: a program launched in its own clause (a launching verb before it), then
    past one comma 在 and places and a clause that counts the work done there (site_work_amount) and names no
    other program or document: the places are where the launched program is carried out."""
    opens, ends = clause_start(text, plan.start_char), clause_end(text, at)
    lead = without_names(spans, opens, plan.start_char, text)
    if not has_cue(lead) or re.search(g_cues()["preposition_zai"], lead):
        return False  # 在全县推行X，在A、B建成基地1.2万亩: the launching clause has its own site, the later one a part
    return not any(s.label_ in PLANS and at <= s.start_char < ends for s in spans) \
        and re.search(g_cues()["site_work_amount"], text[at:ends]) is not None


def between(spans: list[Span], first: Span, last: Span, text: str) -> str:
    """The text between two spans with the names in it left out: a cue word inside another name (…改革试点方案)
    is no verb of the sentence."""
    return without_names(spans, first.end_char, last.start_char, text)


def without_names(spans: list[Span], start: int, end: int, text: str) -> str:
    """The text from start to end with the spans inside it left out."""
    gap, at = [], start
    for s in (s for s in spans if start <= s.start_char and s.end_char <= end):
        gap.append(text[at:s.start_char])
        at = s.end_char
    return "".join([*gap, text[at:end]])


def taken_as_means(plan: Span, text: str) -> bool:
    """嘉善…，以“双示范”建设为核心牵引…, 瑞丽市把兴边富民行动作为…主抓手: what the subject takes as its lever or its
    task (以X为抓手, 把X作为…) it carries out."""
    before, after = text[:plan.start_char].rstrip("“‘「"), text[plan.end_char:].lstrip("”’」")
    return any(before.endswith(lead) and after.startswith(follow) for lead, follow in g_cues()["means_frames"])


def has_cue(gap: str) -> bool:
    return any(cue in gap for cue in g_cues()["implement_cues"])


def proposed(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    text = text_of(doc)
    c = g_cues()
    found = []
    spans = ents(doc, "Person", "Organization", "Meeting", *PLANS)
    for i, plan in enumerate(spans):
        # 市营商环境建设局牵头建设“连心办”政务服务平台，推出“不见面审批”服务: the agent may stand before another plan,
        # when the verb that launches this one follows that plan.
        j = next((j for j in range(i - 1, -1, -1) if spans[j].label_ not in PLANS), -1)
        if plan.label_ not in PLANS or j < 0 or spans[j].label_ not in ("Person", "Organization"):
            continue
        if text.startswith("由", plan.end_char):
            continue  # A由州民委提出，B由州委部署: B names its own launcher (proposed_by_agents_after), not A's
        agent = spans[j]
        gap = text[agent.end_char:plan.start_char]
        own = text[spans[i - 1].end_char:plan.start_char]  # the words right before this plan
        at = max((gap.rfind(cue) + len(cue) for cue in launching_cues(agent, plan, j == i - 1) if cue in own), default=-1)
        if at < 0 and (piloted_by(agent, plan, j == i - 1, text) or launched_there(agent, plan, j == i - 1, gap)):
            at = len(gap)
        # 被自治区财政厅、自治区生态环境厅列为X: 被 stands before the first body of the list
        passive = passive_agent(text, agents_joined(spans, j, text)[0].start_char)
        if issues_then_designates(spans, j, i, text):
            found += [relation(ctx, mention_of(plan), "proposedBy", mention_of(one)) for one in agents_joined(spans, j, text)]
            continue
        if not ((designates(gap, passive) or sites_frame(gap, text[plan.end_char:]))
                and j == i - 1) and (at < 0 or len(gap) > c["propose_max_gap"] or len(gap) - at > c["propose_max_tail"]):
            continue
        if any(b in gap for b in "。；;") or gap.count("，") > 1 or any(b in gap for b in c["propose_blockers"]):
            continue
        if passive and "，" in gap and subject_after_comma(doc, agent.end_char + gap.rfind("，") + 1):
            continue  # A乡被农业农村部认定为X，B镇推行Y: B镇 launches Y, the designating body only named A乡
        for one in agents_joined(spans, j, text):
            found.append(relation(ctx, mention_of(plan), "proposedBy", mention_of(one)))
    return found


def subject_after_comma(doc: Doc, at: int) -> bool:
    """Whether a place opens the clause at `at` as its subject (…，宁安镇推行Y)."""
    return any(e.label_ == "Place" and e.start_char == at for e in ents(doc))


def launching_cues(agent: Span, plan: Span, next_to_plan: bool) -> list[str]:
    """The verbs by which `agent` launches the program: 推行 only for a body with no other program between (not
    省委部署的X活动，在全市推行Y, nor a person: 党委书记…介绍，村里推行Y), and not a national system (市林业局在全市
    推行林长制 applies it)."""
    c = g_cues()
    return [*c["propose_cues"], *(c["body_propose_cues"] if body_may_launch(agent, plan, next_to_plan) else [])]


def launched_there(agent: Span, plan: Span, next_to_plan: bool, gap: str) -> bool:
    """县农业农村局在A镇、B镇开展X试点, 由县林业局牵头，在A镇开展X试点, 县农业农村局打造的“X”品牌: a body that
    carries a program out in named places in its own clause, or builds it, launched it (relations.json
    sited_launch); not a national system it applies."""
    return body_may_launch(agent, plan, next_to_plan) and re.match(g_cues()["sited_launch"], gap) is not None


def body_may_launch(agent: Span, plan: Span, next_to_plan: bool) -> bool:
    """Whether the agent is a body next to the plan and the plan no national system, which a body only applies: the
    body may launch it by the verbs bodies use (推行, 在…开展)."""
    return body_next_to_plan(agent, next_to_plan) and not national_system(plan)


def body_next_to_plan(agent: Span, next_to_plan: bool) -> bool:
    """Whether the agent is a body with no other program between it and the plan: one that may launch it by the
    verbs bodies use (推行, 试点)."""
    return agent.label_ == "Organization" and next_to_plan


def piloted_by(agent: Span, plan: Span, next_to_plan: bool, text: str) -> bool:
    """海原县纪委监委在李旺镇试点“阳光三资”监管平台: a body that tries a program out (试点, 试行 right before the quote
    that opens its name) launched it."""
    quote = plan.start_char - (not plan.text.startswith("“"))
    return body_next_to_plan(agent, next_to_plan) and text.startswith("“", quote) \
        and bool(lexicons.suffix_of(text[agent.end_char:quote], "quote_pilot_verbs"))


NATIONAL_SYSTEM_FIELD = 2  # characters of the kind of land before 长制: 林, 河湖


def national_system(plan: Span) -> bool:
    """河长制, 林长制, 河湖长制: a system of chiefs named by its kind of land alone, which every province applies as
    the centre decided it (not a place's own, named by its field: “新能源+”产业链链长制)."""
    name = plan.text.strip("“”")
    suffix = lexicons.suffix_of(name, "chief_system_suffixes")
    return bool(suffix) and len(name) <= len(suffix) + NATIONAL_SYSTEM_FIELD


def proposed_at_meeting(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """全会决定，从2024年起在全市开展“海洋强市建设年”行动 (会议研究决定，启动…): the programs a meeting decides to
    launch, each after a launching verb of its clause that no person or body opens, were launched by the meeting's
    body (found by the resolver from the article's latest meeting name, attrs meetingBody, as for 会议审议通过《…》)."""
    text = text_of(doc)
    decision = _meeting_decides().search(text)
    if decision is None:
        return []
    agent = Mention(decision.group("meeting"), "Organization", decision.start("meeting"), decision.end("meeting"))
    # A decision (决定) runs on to the sentence's end; an agreement or approval (同意, 批准) covers its own clause and
    # a row of launch clauses after it (会议同意在A实施P，在B开展Q), not a clause of its own (…的汇报，要求各地开展R).
    until = len(text) if "决定" in decision.group() else _launch_row_end(text, clause_end(text, decision.end()))
    found = []
    for plan, lead in decided_plans(doc, text, decision.end(), until, PLANS):
        if lexicons.prefix_at(text, plan.end_char, "experience_words"):
            continue  # 会议决定，…推广应城市X经验: the meeting spreads a place's model, it did not launch it
        verb = cue_end(lead)
        if verb >= 0 and len(lead) - verb <= g_cues()["propose_max_tail"]:
            found.append(relation(ctx, mention_of(plan), "proposedBy", agent, meetingBody="1"))
    return found


def proposed_by_the_notice(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """经…专家评审和网上公示，确定A、B等8个县为第二批省级P试点县（名单见附件）; 经市人民政府同意，决定在全市开展P: a
    designation or decision that opens its clause, with no body opening a clause before it in its sentence as its
    subject (not 农业农村部、财政部开展评审，…，确定A为X; but 根据A、B印发的《…》，…确定, 为落实A部署的X，…确定 or an
    approver's 经A同意: bodies the notice follows), is the decision of the body whose notice the article is
    (its title line, 贵州省农业农村厅关于公布…名单的通知); the resolver finds that body (attrs noticeIssuer) and
    drops the relation in any other article."""
    text, spans = text_of(doc), ents(doc)
    found = []
    for plan in (e for e in spans if e.label_ == "Program"):
        opens = clause_start(text, plan.start_char)
        if re.match(g_cues()["notice_designation"], text[opens:plan.start_char]) is None \
                or any(e.label_ in AGENTS and e.start_char < plan.start_char and not followed_body(text, e.start_char)
                       for e in spans):
            continue
        agent = Mention("", "Organization", opens, opens)
        found.append(relation(ctx, mention_of(plan), "proposedBy", agent, noticeIssuer="1"))
    return found


def proposed_by_titled_designation(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """省民政厅、省财政厅联合印发《关于开展X试点工作的通知》，确定全省30个县为试点单位: bodies that issue a document
    whose title launches a program and, in the next clause, designate its sites by the program's bare head word
    launched the program the title names (the program stands only inside the title, so issues_then_designates,
    which needs it after the document, does not see it)."""
    text, spans = text_of(doc), ents(doc)
    found = []
    for k, document in enumerate(spans):
        if document.label_ != "Policy" or k == 0 or spans[k - 1].label_ != "Organization" \
                or not issues_right_before(text[spans[k - 1].end_char:document.start_char], particle=True):
            continue
        sites = _pattern("titled_designation").match(text, document.end_char)
        plan = program_in_title(document, sites.group("head")) if sites else None  # this document's, no earlier one's
        if plan is not None:
            found += [relation(ctx, plan, "proposedBy", mention_of(one), titled="1")
                      for one in agents_joined(spans, k - 1, text)]
    return found


def followed_body(text: str, at: int) -> bool:
    """Whether the body at `at` is one a notice follows rather than its subject: after 经, 根据, 按照 or 落实 in its
    clause (经市人民政府同意, 根据A印发的《…》, 为落实A部署的X)."""
    return re.search(g_cues()["followed_body_lead"], text[clause_start(text, at):at]) is not None


def decided_plans(doc: Doc, text: str, start: int, end: int, labels: tuple[str, ...]) -> Iterator[tuple[Span, str]]:
    """What a decision ending at `start` may launch up to `end` (会议研究决定，启动…; 县委、县政府决定，在全县开展P):
    each entity of `labels` there, with the lead of its clause since the decision, when no person or body stands
    in that lead (the clause has a subject of its own)."""
    spans = ents(doc)
    for plan in (e for e in spans if e.label_ in labels and start <= e.start_char < end):
        opens = max(clause_start(text, plan.start_char), start)
        if not any(e.label_ in AGENTS and opens <= e.start_char < plan.start_char for e in spans):
            yield plan, text[opens:plan.start_char]


@cache
def _meeting_decides() -> re.Pattern:
    meetings = alternation(cues()["documents"]["meeting_agents"])
    return re.compile(rf'(?:^|(?<=[，；：]))(?P<meeting>{meetings}){g_cues()["meeting_decides"]}')


def issues_then_designates(spans: list[Span], j: int, i: int, text: str) -> bool:
    """州农业农村局、州委网信办联合印发《…实施方案》，确定A、B为首批州级…试点县: the bodies that issue a document
    and, in the next clause, designate a program's sites or say where it is carried out launched the program; so
    they do in each of a row of such clauses (出台《…》，在A开展P，在B推行Q: Q too), and of a clause that plans
    programs (印发《…方案》，明确实施P、Q); so do the bodies of a relative clause whose document states the
    designation (印发的《…》明确，…，确定A、B为…)."""
    document = spans[j + 1] if j + 1 < i else None
    if document is None or document.label_ != "Policy":
        return False
    gap = text[spans[j].end_char:document.start_char]
    after = text[document.end_char:spans[i].start_char]
    opening = re.match(g_cues()["document_then_clause"], after)
    clauses_start = document.end_char + (opening.end() if opening else 0)  # 《通知》 in the aside is the document
    if any(s.label_ != "Program" for s in spans[j + 2:i] if s.start_char >= clauses_start):
        return False
    stated = issued_then_stated(gap, after)  # what the document states runs on to the sentence's end
    if not stated and not (issues_right_before(gap, particle=True) and opening):
        return False
    rest = after[opening.end():] if opening else after[after.index("，") + 1:]
    if designates(BATCH_OPENING.sub("", rest)):
        return True  # 确定A市B县、C县，D市E县等15个县为…: the list of sites runs over commas
    *earlier, last = rest.split("，")
    if not stated and not all(_launch_clause().fullmatch(clause) for clause in earlier):
        return False  # 印发《…》，要求各地…，在全市推行P: a clause between that is no launch of its own
    last = BATCH_OPENING.sub("", last)  # 首批确定A、B为…: the batch word before the designating verb
    return designates(last) or launched_where(spans, j, i, last, text, document) \
        or re.match(g_cues()["planned_launch"], last) is not None


def _sited_verb() -> str:
    """在兴宁市、五华县开展: a site after 在 and a verb of carrying out."""
    return f'在[^，。；]{{1,20}}?{carrying_out_verbs()}'


def _launch_row_end(text: str, end: int) -> int:
    """Where a row of launch clauses (在A开展P，在B推行Q) that goes on from `end` ends."""
    while end < len(text) and text[end] == "，" and _launch_clause().match(text, end + 1, clause_end(text, end + 1)):
        end = clause_end(text, end + 1)
    return end


@cache
def _launch_clause() -> re.Pattern:
    """在兴宁市、五华县开展首批典型县创建: a clause of its own that carries a program out in named places (site, verb
    of carrying out, object)."""
    return re.compile(f'{_sited_verb()}[^，。；]{{2,30}}')


BATCH_OPENING = re.compile("^(?:首批|第[一二三四五六七八九十0-9]+批)")


def issued_then_stated(gap: str, after: str) -> bool:
    """省委、省政府印发的《…方案》明确，今年起…，首批确定A、B为X试点县: what a document the bodies issued (a relative
    clause: 印发的) states (明确, 规定 …) runs to the sentence's end; a designation in any of those clauses is the
    document's, and its issuers launched the program."""
    issued = gap.rstrip("《“")
    return issued.endswith("的") and issues_right_before(issued[:-1]) \
        and re.match(g_cues()["stated_content"], after) is not None


def launched_where(spans: list[Span], j: int, i: int, clause: str, text: str, document: Span) -> bool:
    """市委、市政府出台《…》，在全市推行P; 省农业农村厅、省财政厅印发《…》，在全省部署开展P: a clause that says where
    the program is carried out, after the document, is its issuers' launch of it when a party committee or a
    government is among them (they decide) or the clause deploys it; not when the document is named after the program (县委、县政府
    印发《…河长制工作考核办法》，在全县推行河长制: a national system applied), nor a department's guidance that only
    carries a program out (农业农村局发布《…指导意见》，在全市开展P), nor 出台《…》，全面推进P (no where)."""
    c = g_cues()
    plan = spans[i]
    if re.fullmatch(f'{_sited_verb()}[“‘「]?', clause) is None \
            or plan.text.strip("“”") in document.text or national_system(plan):
        return False
    bodies = agents_joined(spans, j, text)
    return any(re.search(c["deciding_body_end"], b.text) for b in bodies) or c["deploy_word"] in clause


def agents_listed_from(spans: list[Span], first: int, text: str) -> list[Span]:
    """省委、省政府, 省委省政府: the persons or bodies of a list starting with spans[first], joined by 、和与及 or by
    nothing."""
    return [s for s in chain(spans, first, text, [*g_cues()["place_joiners"], *g_cues()["joint_agent_joiners"], ""])
            if s.label_ in AGENTS]


def agents_joined(spans: list[Span], last: int, text: str) -> list[Span]:
    """市委、市政府和市农业农村局, 省发展改革委会同省农业农村厅: the persons or bodies of a list ending with
    spans[last] act together (a body that 会同 or 联合 another acts with it)."""
    return [s for s in chain_before(spans, last, text, [*g_cues()["place_joiners"], *g_cues()["joint_agent_joiners"]])
            if s.label_ in AGENTS]


def proposed_by_agents_after(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """“美丽庭院”创建活动由市妇联、市农业农村局于2019年联合发起; 这一工程由临沂市委、市政府部署实施: the program
    (or the article's latest program an anaphor at the clause's start points to, found by the resolver: attrs
    anaphor = its head word) was launched by every person or body of the list after 由."""
    text = text_of(doc)
    spans = ents(doc, *AGENTS, *PLANS)
    found = []
    for k, first in enumerate(spans):
        by = first.start_char - 1
        if first.label_ not in AGENTS or by < 0 or text[by] != "由" or (k and spans[k - 1].end_char == by and spans[k - 1].label_ in AGENTS):
            continue
        agents = agents_listed_from(spans, k, text)
        if not _launched_by_agents().match(text[agents[-1].end_char:]):  # the pattern opens with ^
            continue
        subject = launched_program(spans, k, text, by)
        if subject is not None:
            found += [relation(ctx, subject[0], "proposedBy", mention_of(a), **subject[1]) for a in agents]
    return found


@cache
def _launched_by_agents() -> re.Pattern:
    """What follows the bodies after 由 when they launched the program: a launching verb (联合推出, 部署实施), an
    approval that ends its clause (由A、B批复，在…实施; not 由市财政局批准拨付资金, a payment approved), or the lead
    that ends it (由市扶贫办牵头，在…组织)."""
    c = g_cues()
    approved = f'(?:{alternation(c["approval_cues"])})(?:同意)?(?=[，。；]|$)'
    return re.compile(f'{c["by_agents_tail"]}(?:{alternation(c["propose_cues"])}|{approved}|{c["led_by_agents"]})')


def proposed_by_deployment(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """按照省委、省政府部署，我们深入开展X; 根据市委统一部署，全市启动X: the bodies whose deployment a sentence
    follows (按照/根据 … 部署，) launched the program that the next clause carries out first (a launching verb
    before it; not one it follows or studies: 对落实X情况进行督查). An approval is read alike (经海关总署批复，
    东兴市开展X: the approving body set the place's program up)."""
    c = g_cues()
    return _proposed_by_lead(doc, ctx, c["deployment_leads"], c["deployment_tail"]) \
        + _proposed_by_lead(doc, ctx, c["approval_leads"], c["approval_tail"])


def _proposed_by_lead(doc: Doc, ctx: SentenceContext, leads: list[str], agents_tail: str) -> list[Relation]:
    """The bodies after one of `leads` and before `agents_tail` (which ends in a comma) launched the program that
    the next clause carries out first."""
    text = text_of(doc)
    c = g_cues()
    spans = ents(doc, *AGENTS, *PLANS)
    found = []
    for k, first in enumerate(spans):
        if first.label_ not in AGENTS or not text[:first.start_char].endswith(tuple(leads)):
            continue
        agents = agents_listed_from(spans, k, text)
        tail = re.match(agents_tail, text[agents[-1].end_char:])
        if tail is None:
            continue
        start = agents[-1].end_char + tail.end()
        plan = next((e for e in spans if start <= e.start_char < clause_end(text, start)), None)
        gap = text[start:plan.start_char] if plan is not None else ""
        if plan is not None and plan.label_ in PLANS and has_cue(gap) and not any(b in gap for b in c["propose_blockers"]):
            found += [relation(ctx, mention_of(plan), "proposedBy", mention_of(a)) for a in agents]
    return found


def proposed_by_deployment_about(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """贯彻落实省委、省政府关于实施X的决策部署: a deployment about a program (关于 + at most a launching verb before
    it, 的 + 部署 after it) names the bodies that launched it, whatever the sentence does with it."""
    text = text_of(doc)
    c = g_cues()
    return [relation(ctx, mention_of(plan), "proposedBy", mention_of(a))
            for agents, plan in agents_before_plans(doc, text)
            if re.match(c["deployment_about_gap"], text[agents[-1].end_char:plan.start_char])
            and re.match(c["deployment_about_tail"], text[plan.end_char:]) for a in agents]


def proposed_in_relative_clause(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """州委、州政府倾力打造的“恩施玉露”区域公用品牌: the bodies of a relative clause that built, fostered or launched
    the program right after it (relative_launch_gap) launched it."""
    text = text_of(doc)
    return [relation(ctx, mention_of(plan), "proposedBy", mention_of(a))
            for agents, plan in agents_before_plans(doc, text)
            if re.match(g_cues()["relative_launch_gap"], text[agents[-1].end_char:plan.start_char]) for a in agents]


def agents_before_plans(doc: Doc, text: str) -> Iterator[tuple[list[Span], Span]]:
    """Each list of persons or bodies (agents_listed_from) whose next entity is a program or policy, with it."""
    spans = ents(doc, *AGENTS, *PLANS)
    for k, first in enumerate(spans):
        if first.label_ not in AGENTS or (k and spans[k - 1].label_ in AGENTS and spans[k - 1].end_char >= first.start_char - 1):
            continue
        agents = agents_listed_from(spans, k, text)
        after = k + len(agents)
        if after < len(spans) and spans[after].label_ in PLANS:
            yield agents, spans[after]


def launched_program(spans: list[Span], k: int, text: str, by: int) -> tuple[Mention, dict] | None:
    """The program right before 由 (a closing quote and a comma may stand between: X，由A、B联合部署), or what an
    anaphor means (这一工程由…)."""
    if k and spans[k - 1].label_ in PLANS and (text[spans[k - 1].end_char:by].strip("”’」") in ("", "，")
                                               or quote_named_head(text[spans[k - 1].end_char:by])):
        return mention_of(spans[k - 1]), {}
    anaphor = re.search(g_cues()["anaphor"], text[:by])
    return None if anaphor is None else referent([s for s in spans if s.label_ in PLANS], anaphor)


QUOTE_HEAD_REACH = 8  # characters of the generic head after a brand's quote: 区域公用品牌, 农产品公用品牌


def quote_named_head(gap: str) -> bool:
    """“丹棱桔橙”区域公用品牌由县委、县政府联合推出: the brand is named by its quote (patterns quote_named_suffixes),
    so the generic head between the closing quote and 由 stands between the program and its launchers."""
    head = gap.removeprefix("”")
    return gap.startswith("”") and len(head) <= QUOTE_HEAD_REACH and re.fullmatch(r"[\u4e00-\u9fff]+", head) is not None \
        and head.endswith(tuple(lexicons.patterns()["quote_named_suffixes"]))


def sites_frame(gap: str, after: str) -> bool:
    """The words between bodies and a program, and those after it, that make the bodies its launchers by naming its
    sites: 市委、市政府把A、B作为X的承载地 (taken_as_site_gap / _tail: the role word after the program makes the places
    sites), 商务部、财政部联合公布X示范县名单 (published_list_gap / _tail: those that publish the list of a scheme's
    sites launched it, as those that designate them do)."""
    c = g_cues()
    return any(re.match(c[f"{frame}_gap"], gap) is not None and re.match(c[f"{frame}_tail"], after) is not None
               for frame in ("taken_as_site", "published_list"))


def designates(gap: str, passive: bool = False) -> bool:
    """农牧厅确定伊金霍洛旗、鄂托克前旗为全区首批牧区现代化试点旗: the body that designates the sites of a program
    (a designating verb opens the gap, 为 ends the list of sites) launched it; so does one that 将 the sites 列为 it,
    or that the sites are 被 列为 it by (passive: 被 right before the body)."""
    c = g_cues()
    if len(gap) > c["designate_max_gap"]:
        return False
    return (gap.startswith(tuple(c["designate_verbs"])) and "为" in gap and in_one_clause(gap[gap.rfind("为"):])) \
        or re.match(c["designate_disposal"], gap) is not None \
        or (passive and re.match(c["designate_passive"], gap) is not None)


def proposed_by_copula(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """城市更新行动是省委、省政府部署的重点工作; 特色田园乡村建设行动是省委、省政府部署的一项重大工程: a program
    that opens its clause and is (是) the task a list of bodies launched (a verb of launching, 的 and the kind of
    task: copula_task_tail) was launched by each of them."""
    text = text_of(doc)
    c = g_cues()
    spans = ents(doc, *AGENTS, *PLANS)
    found = []
    for k, plan in enumerate(spans[:-1]):
        first = spans[k + 1]
        if plan.label_ not in PLANS or first.label_ not in AGENTS or clause_start(text, plan.start_char) != plan.start_char \
                or not re.fullmatch(c["copula_gap"], text[plan.end_char:first.start_char]):
            continue
        agents = agents_listed_from(spans, k + 1, text)
        if re.match(c["copula_task_tail"], text[agents[-1].end_char:]):
            found += [relation(ctx, mention_of(plan), "proposedBy", mention_of(a)) for a in agents]
    return found


IMPLEMENTED_RULES: tuple[Rule, ...] = (
    implemented, implemented_in_scope, implemented_by_the_article_subject, implemented_by_reference,
    implemented_by_designation, implemented_with_elided_object, implemented_by_place_anaphor,
    implemented_by_the_report_place, implemented_at_the_scene, implemented_in_annex_list, implemented_as_reported,
    applied_in_own_place, implemented_in_core_area, implemented_as_named_pilot, implemented_by_published_list,
    implemented_in_next_clause, implemented_by_local_leadership)
PROPOSED_RULES: tuple[Rule, ...] = (
    proposed, proposed_by_agents_after, proposed_by_deployment, proposed_by_deployment_about, proposed_at_meeting,
    proposed_in_relative_clause, proposed_by_the_notice, proposed_by_copula, proposed_by_titled_designation)
# The rules whose every relation has a program or policy the sentence names as its subject (the others may stand
# for one by an anaphor, a bare head word or an annex's heading): nothing to find in a sentence that names none.
NEED_A_PLAN = frozenset({
    implemented, implemented_by_the_article_subject, implemented_with_elided_object, implemented_by_place_anaphor,
    implemented_by_the_report_place, implemented_as_reported, applied_in_own_place, implemented_in_core_area,
    implemented_as_named_pilot, implemented_by_published_list, implemented_in_next_clause,
    implemented_by_local_leadership, proposed, proposed_by_deployment, proposed_by_deployment_about,
    proposed_at_meeting, proposed_in_relative_clause, proposed_by_the_notice, proposed_by_copula,
    proposed_by_titled_designation})
