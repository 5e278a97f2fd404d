"""Meetings: heldIn Place (with start/end dates), presided and spokeAt by a Person.

heldIn: 会议(暨会议)[date]在杭州举行/召开; 在杭州召开会议; 浙江召开会议. presided: X主持(召开)… in the
meeting's sentence; spokeAt: X…讲话/作报告/强调 in the same clause, in a sentence that names the meeting.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicons import clause_end, in_one_clause
from ..model import Relation
from ..nlp.candidates import text_of
from .base import SentenceContext, ents, mention_of, relation
from .cues import chain, cues
from .dates import date_before, sentence_dates, without_dates


def m_cues() -> dict:
    return cues()["meetings"]


def extract(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    meetings = ents(doc, "Meeting")
    if not meetings:
        return []
    return held(doc, ctx) + roles(doc, ctx, meetings)


def held(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    text = text_of(doc)
    c = m_cues()
    spans = ents(doc, "Meeting", "Place")
    found = []
    for i, span in enumerate(spans):
        if span.label_ != "Meeting" or (i > 0 and text[spans[i - 1].end_char:span.start_char] == "暨"):
            continue
        meetings = [m for m in chain(spans, i, text, ["暨"]) if m.label_ == "Meeting"]
        after = spans[i + len(meetings)] if i + len(meetings) < len(spans) else None
        before = spans[i - 1] if i > 0 else None
        if after is not None and after.label_ == "Place":
            gap = without_dates(text[meetings[-1].end_char:after.start_char]).strip()
            if gap in c["place_leads"] and text[after.end_char:].startswith(tuple(c["held_cues"])):
                found += [held_in(ctx, m, after, after.end_char) for m in meetings]
                continue
        if before is not None and before.label_ == "Place":
            gap = without_dates(text[before.end_char:span.start_char]).strip()
            if any(gap == cue or gap == cue + "了" for cue in c["held_cues"]):
                found += [held_in(ctx, m, before, before.end_char) for m in meetings]
    return found


def held_in(ctx: SentenceContext, meeting: Span, place: Span, cue_at: int) -> Relation:
    date = date_before(sentence_dates(ctx), cue_at)
    attrs = {}
    if date is not None:
        attrs = {"start": date.begin, "end": date.finish if date.finish != date.begin else "", "dateText": date.text}
    return relation(ctx, mention_of(meeting), "heldIn", mention_of(place), **attrs)


def roles(doc: Doc, ctx: SentenceContext, meetings: list[Span]) -> list[Relation]:
    """presided / spokeAt: the person's clause says 主持 / 讲话 …; the meeting is the one named after the cue,
    else the sentence's only meeting."""
    text = text_of(doc)
    c = m_cues()
    found = []
    for person in ents(doc, "Person"):
        end = clause_end(text, person.end_char)
        said = text[person.end_char:end]
        meeting = next((m for m in meetings if person.end_char <= m.start_char < end), None)
        if meeting is None and len(meetings) == 1 and meetings[0].end_char <= person.start_char:
            meeting = meetings[0]
        if meeting is None:
            continue
        if said.startswith(tuple(c["preside_cues"])) or said.startswith(tuple("同志" + p for p in c["preside_cues"])):
            found.append(relation(ctx, mention_of(person), "presided", mention_of(meeting)))
        window = said[: c["speak_max_gap"]]
        if any(cue in window for cue in c["speak_cues"]) and in_one_clause(window):
            found.append(relation(ctx, mention_of(person), "spokeAt", mention_of(meeting)))
    return found

