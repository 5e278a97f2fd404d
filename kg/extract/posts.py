"""Who holds which post (holds), and who is a member of which body (memberOf).

A post is an official title from kg/lexicons/titles.txt with the organization or place written right before it
(浙江省副省长, 四川省人民政府省长, 中共四川省委书记). Its holder is the name right after it (省委书记王晓晖,
副省长罗强、李云泽, 市委书记、市长…), or the name before it joined by a cue (刘捷（浙江省副省长）, 任命X为Y,
X任Y, X当选为Y, 接受X请求辞去Y职务, 免去X的Y职务), or the last name before 其 (决定其代理Y职务).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span

from .. import lexicons
from ..ingest.clean import lists_posts
from ..lexicons import clause_start
from ..model import Mention, Relation
from ..names import opens_with_prefecture_word
from ..nlp.candidates import text_of
from .base import SentenceContext, ents, mention_of, relation
from .cues import cues, longest_first
from .dates import date_before, sentence_dates


@dataclass
class Post:
    start: int  # the title's offsets in the sentence
    end: int
    title: str  # as written, 代理 prefixed when the text says 代理<place>省长
    head: int  # where the post's words begin: its organization/place, or 代理
    org: Span | None = None
    place: Span | None = None
    org_inside: Span | None = None  # an organization written inside the title (省委 in 省委书记)
    place_of: Span | None = None  # a body whose place is the post's (太原市委 for 副市长 in 太原市委常委、副市长)
    committee: str = ""  # a village's or community's committee the title opened with (村委会 of 村委会主任)
    own_kind: str = ""  # the kind of body (厅) a head's title with no body names: the article's own (own_body_kind)

    def mention(self, text: str) -> Mention:
        return Mention(text[self.head:self.end], "Title", self.head, self.end, self.title)


def extract(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    text = text_of(doc)
    people = ents(doc, "Person")
    posts = find_posts(doc)
    found: list[Relation] = []
    dates = sentence_dates(ctx) if posts else []
    for post in posts:
        holders = holders_of(post, posts, people, text)
        for person, dated in holders:
            found += posts_held(ctx, mention_of(person), post, dated, dates, text)
        if not holders:
            found += pronoun_holders(ctx, post, people, dates, text)
    if author_role(doc, ctx, posts, people):
        author = Mention(ctx.article.authors[0], "Person", 0, 0)
        found += [r for post in posts for r in posts_held(ctx, author, post, False, dates, text)]
    noted = noted_author(ctx, text) if posts and not people else ""
    if noted:
        found += [r for post in posts for r in posts_held(ctx, Mention(noted, "Person", 0, 0), post, False, dates, text)]
    found += stated_memberships(doc, ctx) + cooperative_members(doc, ctx)
    return found


def pronoun_holders(ctx: SentenceContext, post: Post, people: list[Span], dates: list, text: str) -> list[Relation]:
    """他是X合作社理事长, …，也是州人大代表 (pronoun_holder): the post of the person the pronoun, or the clause with
    no subject, refers to."""
    cue = re.search(p_cues()["pronoun_holder"], text[:post.head])
    if cue is None:
        return []
    if cue.group("pronoun"):
        holder, attrs = pronoun_referent(people, cue.start(), cue.start() + 1, text)
    elif (subject := copula_subject(people, cue.start(), text)) is not None and ends_title_clause(post, text):
        holder, attrs = subject
    else:
        return []
    found = posts_held(ctx, holder, post, False, dates, text)
    for r in found:
        r.attrs.update(attrs)
    return found


def copula_subject(people: list[Span], start: int, text: str) -> tuple[Mention, dict[str, str]] | None:
    """王春梅是羌族绣娘，也是州人大代表, 她是合作社的第一批社员，也是县人大代表: the person (or the pronoun's) that the clause
    before `start` says something is (X是…), whom a clause with no subject of its own (也是…) goes on about."""
    before = clause_start(text, start - 1)
    if re.match(p_cues()["pronoun_copula"], text[before:start]):
        return pronoun_referent(people, before, before + 1, text)
    person = next((p for p in reversed(people) if before <= p.start_char and p.end_char < start
                   and text.startswith(p_cues()["copula"], p.end_char)), None)
    return (mention_of(person), {}) if person is not None else None


def ends_title_clause(post: Post, text: str) -> bool:
    """县人大代表，, 村党支部书记、: the title ends its clause or list item, so it is what the copula says the person
    is (not 县长的司机, 村党支部书记最操心的事)."""
    return lexicons.clause_end(text, post.end) == post.end or text.startswith("、", post.end)


def pronoun_referent(people: list[Span], start: int, end: int, text: str) -> tuple[Mention, dict[str, str]]:
    """The person 他 or 她 (text[start:end]) refers to: the last the sentence named before it, else the one the article
    named last before the sentence (attrs latestPerson, for the resolver)."""
    earlier = [p for p in people if p.end_char <= start]
    if earlier:
        return mention_of(earlier[-1]), {}
    return Mention(text[start:end], "Person", start, end), {"latestPerson": "1"}


def posts_held(ctx: SentenceContext, person: Mention, post: Post, dated: bool, dates: list, text: str) -> list[Relation]:
    # A deputy (人大代表) is a member of the congress, not the holder of an office in it.
    member_only = post.title in p_cues()["membership_titles"] and not office_member(post)
    held = [] if member_only else [holds(ctx, person, post, dated, dates, text)]
    return held + memberships(ctx, person, post, text)


def office_member(post: Post) -> bool:
    """县监察委员会委员, 县人大常委会委员: a member the body's appointing organ names to an office, unlike a deputy."""
    body = post.org or post.org_inside
    return body is not None and (body._.canonical or body.text).endswith(tuple(p_cues()["office_bodies"]))


def author_role(doc: Doc, ctx: SentenceContext, posts: list[Post], people: list[Span]) -> bool:
    """■江海洋 / 中共嘉兴市委常委、嘉善县委书记: a line of titles alone (no name, no sentence), among the first
    lines of an article with one author, is that author's posts: titles, bodies and places cover all of it but
    the joiners between them."""
    text = text_of(doc)
    if len(ctx.article.authors) != 1 or people or not posts or not lists_posts(text) \
            or ctx.article.sentences.index(ctx.sentence) > p_cues()["author_role_max_line"]:
        return False
    covered = [*(doc._.kg_titles or []), *((e.start_char, e.end_char) for e in ents(doc, "Organization", "Place"))]
    return all(c in "、，, " for i, c in enumerate(text) if not any(a <= i < b for a, b in covered))


def noted_author(ctx: SentenceContext, text: str) -> str:
    """周海涛 / （作者系肇庆市派驻梧州市挂职干部、梧州市人民政府副市长）: an author's note in brackets on the line
    right under a line that is only a name gives that name's posts (a byline with no cue such as 本报记者)."""
    if not re.match(p_cues()["author_note"], text):
        return ""
    i = ctx.article.sentences.index(ctx.sentence)
    above = ctx.article.sentences[i - 1].text.strip() if i > 0 else ""
    return above if re.fullmatch(p_cues()["author_name_line"], above) else ""


@cache
def p_cues() -> dict:
    return cues()["posts"]


def find_posts(doc: Doc) -> list[Post]:
    """Titles that name an office here: not inside another entity's name, not job words of prose (记者)."""
    extension = doc._  # each doc._ makes a new accessor: read both values through one
    titles = extension.kg_titles
    if not titles:  # most sentences name no office: the edges below are then not needed
        return []
    text = text_of(doc)
    edges = {w.end for w in extension.kg_words or []} | {e.start_char for e in ents(doc)} | {len(text)}
    posts = []
    for start, end in titles:
        title = text[start:end]
        if title in p_cues()["skip_titles"] or end not in edges:
            continue
        overlapping = [e for e in ents(doc) if e.start_char < end and start < e.end_char]
        if any(not fits_title(e, start, end) for e in overlapping):
            continue
        post = Post(start, end, title, start)
        post.org_inside = next((e for e in overlapping if e.start_char >= start), None)
        attach_prefix(post, doc)
        if post.org is None and post.place is None:
            post.org = body_named_before(post, doc, text) or group_of_post(post, doc, text)
        normalise(post, text)
        if not (post.org or post.place or post.org_inside):
            inherit_body(post, posts, text)
        if not (post.org or post.place or post.org_inside) or opens_with_prefecture_word(post.title):
            chained_body(post, posts, text)  # 阿克苏地委副书记、行署|专员: 阿克苏's office
        if needs_org(title) and not (post.org or post.place or post.org_inside):
            post.own_kind = own_body_kind(title, text[:start])
            if not post.own_kind:
                continue
        posts.append(post)
    return posts


def fits_title(entity: Span, start: int, end: int) -> bool:
    """An organization may begin before the title or lie inside it (中共四川省委|书记, 省委书记), a place may
    share its level word with the title (广州市|委书记: 广州市 and 市委书记); any other overlap means the title
    is part of a name (省人大常委会 holds 常委) or a person."""
    if entity.label_ == "Place":
        return entity.start_char < start and entity.end_char < end
    if entity.label_ != "Organization":
        return False
    return entity.end_char < end or (entity.start_char >= start and entity.end_char <= end)


def attach_prefix(post: Post, doc: Doc) -> None:
    """The organization and place written right before the title (四川省|副省长, 四川省人民政府|省长), the places that
    one lies in written before it (匹河怒族乡|老姆登村|党总支书记: the post's words begin with them), and 代理."""
    text = text_of(doc)
    head = post.start - len(former_word(text, post.start, doc))
    for entity in reversed(ents(doc)):
        if entity.start_char >= head:
            continue
        straddles = entity.label_ in ("Organization", "Place") and entity.end_char > head
        if entity.end_char != head and not straddles:
            break
        if entity.label_ == "Organization" and post.org is None and post.place is None:
            post.org = entity
        elif entity.label_ == "Place" and post.place is None:
            post.place = entity
        elif entity.label_ != "Place" or entity.end_char != head:
            break  # else 匹河怒族乡|老姆登村|党总支书记: the place the post's own lies in is written among its words
        head = entity.start_char
    acting = p_cues()["acting"]
    if text[:head].endswith(acting) and not post.title.startswith(("代", acting)):
        head -= len(acting)
        post.title = acting + post.title
    post.head = head


def body_named_before(post: Post, doc: Doc, text: str) -> Span | None:
    """市人大常委会组成检查组，由常委会副主任刘建华任组长: a title right after a body's bare generic word (常委会)
    is an office of the sentence's latest body before it whose name ends in that word."""
    word = next((w for w in p_cues()["bare_body_words"] if text[:post.head].endswith(w)), None)
    return latest_body(doc, post.head - len(word), (word,)) if word is not None else None


def group_of_post(post: Post, doc: Doc, text: str) -> Span | None:
    """成立海西州盐湖产业发展领导小组，由州长A任组长，B任副组长: a group's post given by 任 is an office of the
    latest group the sentence named before it; 成立由A任组长，B任副组长的X领导小组: of the group whose name ends
    the relative clause the post is given in."""
    c = p_cues()
    if post.title not in c["group_titles"] or not text[:post.head].endswith(tuple(c["group_post_verbs"])):
        return None
    endings = tuple(c["group_body_ends"])
    return latest_body(doc, post.head, endings) or group_named_after(post, doc, text, endings)


RELATIVE_GROUP_GAP = re.compile("[^，。；]*(?:，[^，。；]*)?的")  # 任组长，B任副组长的: the rest of the clause, 的


def group_named_after(post: Post, doc: Doc, text: str, endings: tuple[str, ...]) -> Span | None:
    """The group whose name ends the relative clause the post is given in (由A任组长，B任副组长的X领导小组)."""
    return next((e for e in ents(doc, "Organization") if e.start_char > post.end and e.text.endswith(endings)
                 and RELATIVE_GROUP_GAP.fullmatch(text, post.end, e.start_char)), None)


def latest_body(doc: Doc, before: int, endings: tuple[str, ...]) -> Span | None:
    """The sentence's latest body that ends by offset `before` and whose name ends in one of `endings`."""
    bodies = [e for e in ents(doc, "Organization") if e.end_char <= before and e.text.endswith(endings)]
    return bodies[-1] if bodies else None


def former_word(text: str, start: int, doc: Doc) -> str:
    """原 right before a title and right after a body or place (市人民医院原副院长): the post was held
    in that body; "" when no name ends there (the 原 of 太原 is inside the place's name)."""
    word = next((w for w in p_cues()["former"] if text[:start].endswith(w)), "")
    named = {e.end_char for e in ents(doc, "Organization", "Place")}
    return word if word and start - len(word) in named and start not in named else ""


def normalise(post: Post, text: str) -> None:
    """Titles as analysts write them: a party committee stays in the title (州委|常委 -> 州委常委, 省委书记),
    any other body leaves it (省人大常委会主任 -> 主任 of 省人大常委会; 省政府秘书长 -> 秘书长), but for a prefecture's
    office, which its titles keep (行署专员)."""
    if opens_with_prefecture_word(post.title):  # a prefecture's titles keep the body they open with (行署专员)
        if post.org is not None and post.start <= post.org.start_char and post.org.end_char < post.end:
            post.org_inside, post.org = post.org, None  # 行署|专员: named inside the title, as 省委 in 省委书记
        return
    if post.org is not None and post.start < post.org.end_char < post.end:
        rest = text[post.org.end_char:post.end]  # 市委组织部|副部长: the body's name holds the title's first words
        party_words = (*p_cues()["party_bodies"], *p_cues()["party_committees"])  # 中共四川省委|书记: 省委书记
        if rest in _titles() and not text[post.start:post.org.end_char].endswith(party_words):
            post.title, post.start = rest, post.org.end_char
            return
    party = (*p_cues()["party_committees"], *p_cues()["supervisory_commissions"])
    # 东弄村党支部书记, and 村党支部书记 / 村委会主任 of the village the text is about: the 党支部书记 of the
    # village's branch, the 村委会主任 of its committee (the body is the village's, written before or known from
    # context)
    level = grassroots_level(post.title)
    if level:
        post.title = post.title[len(level):]
        post.start += len(level)
        return
    committee = next((c for c in p_cues()["grassroots_committees"] if post.title.startswith(c)), "")
    if committee and post.title[len(committee):] in _titles():
        post.committee = committee  # the title keeps it (村委会主任: 主任 alone says nothing of the body)
        return
    if post.org is not None and post.org.end_char == post.start and post.org.text in party:
        post.title = post.org.text + post.title
        post.org_inside, post.org = post.org, None
        post.title = post.title[len(grassroots_level(post.title)):]  # 镇党委|委员 -> 党委委员, as 镇党委委员 is
        return
    body = next((a for a in _org_abbreviations() if post.title.startswith(a) and a not in party), "")
    rest = post.title[len(body):]
    if body and rest in _titles():
        post.title = rest
        post.start += len(body)
        if post.org is None and (post.org_inside is None or post.org_inside.text != body):
            post.org_inside = None
        elif post.org is None:
            post.org, post.org_inside = post.org_inside, None


def grassroots_level(title: str) -> str:
    """The level word a township's or village's party title opens with (镇 of 镇党委书记, 村 of 村党支部书记)."""
    return next((v for v in p_cues()["grassroots_levels"] if title.startswith(v + "党")), "")


@cache
def _titles() -> frozenset[str]:
    return frozenset(lexicons.lines("titles.txt"))


def inherit_body(post: Post, posts: list[Post], text: str) -> None:
    """A deputy listed after the head of a body holds the same body's post (人大常委会主任李振华主持会议，
    副主任高玉芬、于德胜出席): 副主任 with no body of its own takes that of the last 主任 before it; so does the
    secretary-general listed after the head who presides (主任王德明主持会议，副主任A、B和秘书长C出席)."""
    if post.title in p_cues()["presiding_staff_titles"]:
        head = next((q for q in reversed(posts) if q.title in p_cues()["presiding_titles"] and q.org), None)
        if head is not None and p_cues()["presiding_verb"] in text[head.end:post.start]:
            post.org = head.org
        return
    bare = bare_title(post.title)
    if bare == post.title:
        return
    head = next((q for q in reversed(posts) if bare_title(q.title) == bare and (q.org or q.place)), None)
    if head is not None:
        post.org, post.place = head.org, head.place


def chained_body(post: Post, posts: list[Post], text: str) -> None:
    """浙江大学党委书记、校长任少波, 省农业农村厅党组书记、厅长X: a title with no body or place of its own right
    after another title and a joiner (、) is a post in the same body, and in the same place (太原市委常委、副市长:
    太原市's); a party committee's titles lend only the place (中共广州市委常委、组织部部长: the department is the
    committee's, not the committee), but for the committee's own offices (市委常委、秘书长)."""
    previous = posts[-1] if posts else None
    if previous is None or text[previous.end:post.head] not in p_cues()["title_joiners"]:
        return
    body = previous.org or previous.org_inside
    party = body is not None and re.search(p_cues()["party_committee"], body.text)
    if body is not None and needs_org(post.title) and (not party or post.title in p_cues()["committee_own_titles"]):
        post.org = body
    post.place = previous.place
    if party:  # 黔南州都匀市委副书记、市长: 都匀市's, not 黔南州's
        post.place_of = body


def bare_title(title: str) -> str:
    """The title without its rank (副主任 -> 主任, 常务副省长 -> 省长)."""
    for rank in longest_first(p_cues()["rank_prefixes"]):
        if title.startswith(rank) and len(title) > len(rank):
            return title[len(rank):]
    return title


def needs_org(title: str) -> bool:
    """A title that names no jurisdiction (局长, 书记, 主任) is an office only with an organization or place."""
    c = p_cues()
    bare = bare_title(title)
    return bare not in c["standalone_titles"] and title not in c["standalone_titles"] and not bare.startswith(
        tuple(c["jurisdiction_prefixes"])
    )


def own_body_kind(title: str, before: str) -> str:
    """厅 for 副厅长, 局 for 局长: the kind of body whose head the title names, when it is written with no body, for
    the resolver to find the article's own body of that kind (青海省农业农村厅召开新闻发布会。副厅长X介绍); the bare
    word for a kind of body right before the title (合作社理事长X: 合作社), for the one the article has named."""
    c = p_cues()
    return c["own_body_titles"].get(bare_title(title), "") or next(
        (word for word in c["generic_body_words"] if before.endswith(word)), "")


def holders_of(post: Post, posts: list[Post], people: list[Span], text: str) -> list[tuple[Span, bool]]:
    """(person, whether a cue dates the post) for each holder of the post."""
    after = names_after(post.end, people, text)
    if after:
        return [(p, False) for p in after]
    joined = next((q for q in posts if q.head > post.end and text[post.end:q.head] in p_cues()["title_joiners"]), None)
    if joined is not None:  # 省人大代表、村党总支书记、村委会主任陈某: the name after the last title of the chain
        return holders_of(joined, posts, people, text)
    before = name_before(post, people, text)
    if before is None:
        head = chain_head(post, posts, text)
        if head < post.head:
            # 任命A为X法院副院长、审判委员会委员: the holder joined by its cue before the first title of the chain
            before = name_before(replace(post, head=head), people, text)
        if before is None:
            before = name_before_adverb(post, people, text, head)
            return [(before, False)] if before is not None else []
    return [(p, True) for p in listed_before(people, people.index(before), text)]


def names_after(end: int, people: list[Span], text: str) -> list[Span]:
    """The name right after the title, and the names listed after it (副省长罗强、李云泽)."""
    first = next((p for p in people if p.start_char == end or (p.start_char > end and not text[end:p.start_char].strip())), None)
    if first is None:
        return []
    names = [first]
    for person in people:
        gap = text[names[-1].end_char:person.start_char]
        if person.start_char <= names[-1].end_char:
            continue
        if strip_honorific(gap) not in p_cues()["list_joiners"]:
            break
        names.append(person)
    return names


def strip_honorific(gap: str) -> str:
    for word in p_cues()["honorifics"]:
        gap = gap.removeprefix(word)
    return gap


def name_before(post: Post, people: list[Span], text: str) -> Span | None:
    """The holder written before the post: joined by a cue (任, 当选为, （…）, 请求辞去), or referred to by 其."""
    c = p_cues()
    earlier = [p for p in people if p.end_char <= post.head]
    if not earlier:
        return None
    person = earlier[-1]
    gap = text[person.end_char:post.head]
    if gap in c["holder_gaps"] and not (gap == "" and post.title in c["not_after_name"]) \
            or re.match(c["reasoned_resignation"], gap):
        return person
    if gap in c["copula_gaps"] and ends_title_clause(post, text):
        return person
    for opening, closing in c["brackets"]:
        if gap == opening and text[post.end:].startswith(closing):
            return person
    cue_before = text[clause_start(text, person.start_char):person.start_char]
    if gap in c["gaps_after_end_cue"] and cue_before.endswith(tuple(c["end_cues"])):
        return person
    if text[:post.head].endswith(tuple(c["pronoun_gaps"])) or text[:post.start].endswith(tuple(c["pronoun_gaps"])):
        return person
    return None


def chain_head(post: Post, posts: list[Post], text: str) -> int:
    """Where the titles joined to the post's front begin (现任A局党组成员、副局长: A局's offset for 副局长)."""
    head = post.head
    for q in reversed([q for q in posts if q.end <= post.head]):
        if text[q.end:head] not in p_cues()["title_joiners"]:
            break
        head = q.head
    return head


def name_before_adverb(post: Post, people: list[Span], text: str, head: int) -> Span | None:
    """孙振华此前任云冈区副区长, X曾任Y, X现任Y (and 张某，男，汉族，…，中共党员，现任Y in a notice of cadres): a
    time adverb before the cue says when the post is held (before, or now whatever the sentence's date), so no
    date of the sentence goes with it. `head` is where the post's chain of joined titles begins."""
    earlier = [p for p in people if p.end_char <= head]
    if not earlier:
        return None
    gap = text[earlier[-1].end_char:head]
    gap = gap[len(biography.group()):] if (biography := re.match(p_cues()["biography"], gap)) else gap
    adverb = next((a for a in longest_first(p_cues()["time_adverbs"]) if gap.startswith(a)), "")
    return earlier[-1] if adverb and gap[len(adverb):] in p_cues()["holder_gaps"] and gap != adverb else None


def holds(ctx: SentenceContext, person: Mention, post: Post, dated: bool, dates: list, text: str) -> Relation:
    attrs: dict[str, str] = {}
    if dated:
        attrs = post_dates(post, person, dates, text)
    links = {}
    if post.org is not None:
        group = party_group_of(post.org, post, text)  # 财政局党组书记: the post is in the bureau's party group
        links["org"] = group or mention_of(post.org)
        if group is not None:
            attrs["partyBody"] = group.canonical or group.text
    if post.place is not None:
        links["place"] = mention_of(post.place)
    if post.org is None:
        attrs["orgHint"] = org_hint(post, text)
    if post.org is None and post.org_inside is not None:  # resolved as its mention is, where the hint is not
        links["orgInside"] = mention_of(post.org_inside)
    if post.place_of is not None:
        attrs["placeOf"] = post.place_of.text
    if post.own_kind:
        attrs["ownBody"] = post.own_kind
    found = relation(ctx, person, "holds", post.mention(text), **attrs)
    found.links.update(links)
    return found


def post_dates(post: Post, person: Mention, dates: list, text: str) -> dict[str, str]:
    """start or end, as the cue words of the clause say (任命/当选 -> start; 免去/辞去 -> end), with the date."""
    c = p_cues()
    said = text[clause_start(text, min(person.start, post.head)):post.head]
    if any(cue in said for cue in c["end_cues"]):
        key = "end"
    elif any(cue in said for cue in c["start_cues"]):
        key = "start"
    else:
        return {}
    date = date_before(dates, post.head)
    if date is None:
        return {}
    return {key: date.last, "dateText": date.text}


@cache
def _org_abbreviations() -> tuple[str, ...]:
    return longest_first(lexicons.patterns()["org_abbreviations"])


def org_hint(post: Post, text: str) -> str:
    """The organization the title itself names (省委 in 省委书记), for the resolver to complete: in the form the
    recogniser completed it to (宣传部 after 市委常委、 is 市委宣传部)."""
    if post.org_inside is not None:
        return post.org_inside._.canonical or post.org_inside.text
    if post.committee:
        return post.committee
    title = text[post.start:post.end]
    return next((a for a in _org_abbreviations() if title.startswith(a)), "")


def memberships(ctx: SentenceContext, person: Mention, post: Post, text: str) -> list[Relation]:
    """A member's title (中央政治局委员, 省委常委) makes its holder a member of the body it names."""
    body = post.org or post.org_inside
    if body is None or not post.title.endswith(tuple(p_cues()["member_words"])) \
            or bare_title(post.title) in p_cues()["chair_titles"] or court_committee_seat(post.title, body):
        return []
    return [relation(ctx, person, "memberOf", party_group_of(body, post, text) or mention_of(body))]


def court_committee_seat(title: str, body: Span) -> bool:
    """X法院审判委员会委员 with the court as the post's body: a seat on the court's committee, which the text names
    no body of its own (X法院副院长、审判委员会委员 names it: a member of that committee)."""
    committee = title.removesuffix("委员")
    return committee in lexicons.patterns()["court_committee_of"].values() and not body.text.endswith(committee)


def party_group_of(body: Span, post: Post, text: str) -> Mention | None:
    """省财政厅党组成员, 某大学党委书记: a title that opens with a party group's or committee's word (党组, 党委)
    right after a body names a post in, or a member of, the body's party group or committee, not the body."""
    group = next((g for g in p_cues()["body_parties"] if post.title.startswith(g)), "")
    if not group or text[body.end_char:post.start] not in ("", *p_cues()["former"]) \
            or body.text.endswith(group) or (body._.canonical or body.text).endswith(group):
        return None  # 天荒坪镇党委|党委委员 (named 中共天荒坪镇委员会): the body is the committee
    end = post.start + len(group)
    canonical = (body._.canonical or body.text) + group  # 市煤炭工业局原党组成员: the group's name without 原
    surface = text[body.start_char:end]
    return Mention(surface, "Organization", body.start_char, end, "" if canonical == surface else canonical)


def stated_memberships(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """X是Y的成员 / X为Y委员; every name of a list before the cue counts (选举A、B、C为Y常务委员会委员)."""
    c = p_cues()
    text = text_of(doc)
    found = []
    spans = list(ents(doc))
    for i, (person, body) in enumerate(zip(spans, spans[1:])):
        if person.label_ != "Person" or body.label_ != "Organization":
            continue
        if text[person.end_char:body.start_char] in c["member_gaps"] and text[body.end_char:].startswith(
            tuple(c["member_tails"])
        ):
            found += [relation(ctx, mention_of(p), "memberOf", mention_of(body)) for p in listed_before(spans, i, text)]
    return found


def cooperative_members(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """马世林就是合作社的第一批社员, 她是X合作社的首批社员, 刘秀梅也加入了合作社 (joined_members): the member is the name
    right before the cue, or for 她/他 the last the sentence named before it, else the person the article named last
    (latestPerson, for the resolver); the cooperative is the one named in the cue, else the last the sentence named
    before it, else the one the article named (ownBody, by its bare word or none)."""
    text = text_of(doc)
    spans = list(ents(doc))
    found = []
    people = [e for e in spans if e.label_ == "Person"]
    for pattern in p_cues()["joined_members"]:
        for m in re.finditer(pattern, text):
            if m["pronoun"]:
                member, attrs = pronoun_referent(people, m.start("pronoun"), m.end("pronoun"), text)
            else:
                named_before = [e for e in people if e.end_char == m.start()]
                if not named_before:
                    continue
                member, attrs = mention_of(named_before[-1]), {}
            coops = [e for e in spans if e.label_ == "Organization" and (
                e.end_char == m.end("body") if m["body"] else e.end_char <= m.start() and e.text.endswith("合作社"))]
            body = mention_of(coops[-1]) if coops else Mention("合作社", "Organization", m.start(), m.start())
            if not coops:
                attrs["ownBody"] = "合作社"
            found.append(relation(ctx, member, "memberOf", body, **attrs))
    return found


def listed_before(spans: list[Span], i: int, text: str) -> list[Span]:
    """The person spans[i] and the names listed right before it (A、B、C)."""
    first = i
    while first > 0 and spans[first - 1].label_ == "Person" \
            and text[spans[first - 1].end_char:spans[first].start_char] in p_cues()["list_joiners"]:
        first -= 1
    return spans[first:i + 1]
