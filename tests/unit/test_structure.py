# ruff: noqa: E501  (data tables: one document per row)
"""The structure stage: the items of a page and each item's role-tagged parts, its date and genre,
as tables written in Simplified with ASCII punctuation and run in four forms (Simplified and
Traditional, ASCII and full-width punctuation); the spans tile each item in order; the data file is
validated when loaded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import opencc
import pytest
import yaml

from analyzer.claims import is_certain
from analyzer.datafiles import load_model
from analyzer.errors import ExtractError
from analyzer.extract import extract_mentions
from analyzer.normalize import normalize
from analyzer.pipeline import analyze
from analyzer.resources import corpora_path
from analyzer.structure import DocumentStructure, Role, structure
from analyzer.structure.vocabulary import StructureVocabulary
from analyzer.types import Claim
from tests.unit.test_claim_cases import full_width

S2T = opencc.OpenCC("s2t")
VARIANTS = {
    "简-ascii": lambda s: s,
    "简-full": full_width,
    "繁-ascii": S2T.convert,
    "繁-full": lambda s: S2T.convert(full_width(s)),
}
AS_OF = dt.date(2025, 5, 20)
H, B, D, Y, S, C, T = Role.HEADLINE, Role.BODY, Role.DATELINE, Role.BYLINE, Role.SOURCE, Role.CAPTION, Role.TABLE_ROW


def read(text: str, as_of: dt.date | None = AS_OF) -> tuple[DocumentStructure, str]:
    """The structure of ``text`` and a slicer of the original text by normalized spans."""
    normalized = normalize(text, "t2s")
    _, hits = extract_mentions(text, normalized, as_of)
    return structure(normalized.text, hits, as_of), normalized


def parts_of(text: str, as_of: dt.date | None = AS_OF) -> list[list[tuple[Role, str]]]:
    found, normalized = read(text, as_of)
    offsets = normalized.offsets

    def original(start: int, end: int) -> str:
        return text[offsets.to_original(start) : offsets.to_original_end(end)]

    return [[(p.role, original(p.start, p.end)) for p in item.parts] for item in found.items]


# fmt: off
#: (text, each item's parts as (role, text)): items split by rules, titles, wire datelines, dated
#: headlines and blank runs; headline, byline, dateline, source bracket, caption, table row, body
ITEMS: list[tuple[str, list[list[tuple[Role, str]]]]] = [
    # rules between items: ---, ***, ===
    ("【港股】新鸿基地产跌约3%\n恒指收报23,100点。\n---\n【A股】沪指涨0.4%\n沪深300收报3,950点。", [
        [(H, "【港股】新鸿基地产跌约3%"), (B, "恒指收报23,100点。")],
        [(H, "【A股】沪指涨0.4%"), (B, "沪深300收报3,950点。")],
    ]),
    ("甲公司公布业绩。\n***\n乙公司派息。\n===\n丙公司回购。", [
        [(B, "甲公司公布业绩。")], [(B, "乙公司派息。")], [(B, "丙公司回购。")],
    ]),
    # a title line starts an item once the one before has body text; a title with a long body after it
    ("# 港股收市\n恒指收报23,100点。\n# 美股隔夜\n道指收报41,200点。", [
        [(H, "# 港股收市"), (B, "恒指收报23,100点。")],
        [(H, "# 美股隔夜"), (B, "道指收报41,200点。")],
    ]),
    ("【A股收评】2025年4月15日\n上证50跌0.6%。\n【券商观点】机构认为市场短期仍将震荡,建议关注低估值蓝筹与高股息板块的配置机会。", [
        [(H, "【A股收评】2025年4月15日"), (B, "上证50跌0.6%。")],
        [(H, "【券商观点】"), (B, "机构认为市场短期仍将震荡,建议关注低估值蓝筹与高股息板块的配置机会。")],
    ]),
    # a dateline alone on its line; a byline (an institution with its date, a reporter)
    ("伊利股份(600887)年报点评\n远景证券研究所 2025年4月2日\n公司营业收入下降。", [
        [(H, "伊利股份(600887)年报点评"), (Y, "远景证券研究所 2025年4月2日"), (B, "公司营业收入下降。")],
    ]),
    # a fund's name with a date is a title, not a writer's line
    ("星辰成长混合基金 2025年3月6日\n本基金份额净值增长率为3.2%。", [
        [(H, "星辰成长混合基金 2025年3月6日"), (B, "本基金份额净值增长率为3.2%。")],
    ]),
    ("港股午后跌幅扩大\n2025年3月12日 星期三\n记者 王小明\n恒指半日收报23,650点。", [
        [(H, "港股午后跌幅扩大"), (D, "2025年3月12日 星期三"), (Y, "记者 王小明"), (B, "恒指半日收报23,650点。")],
    ]),
    # wire datelines start items and are cut from their body line
    ("财联社5月14日电,恒指收涨1%。\n财联社5月15日电,恒指收跌0.5%。", [
        [(D, "财联社5月14日电,"), (B, "恒指收涨1%。")],
        [(D, "财联社5月15日电,"), (B, "恒指收跌0.5%。")],
    ]),
    # a telegraph: its title, dateline and text on one line
    ("【港股收评】财联社5月14日电,恒指收涨1%。\n【美股】财联社5月15日电,道指收跌0.5%。", [
        [(H, "【港股收评】"), (D, "财联社5月14日电,"), (B, "恒指收涨1%。")],
        [(H, "【美股】"), (D, "财联社5月15日电,"), (B, "道指收跌0.5%。")],
    ]),
    ("(中央社记者陈某台北19日电)台股今天收跌。", [
        [(D, "(中央社记者陈某台北19日电)"), (B, "台股今天收跌。")],
    ]),
    # source brackets: a line of its own, or the end of a body line
    ("恒指收报23,100点。(新华社)\n(数据来源:Wind,截至2025年5月19日)", [
        [(B, "恒指收报23,100点。"), (S, "(新华社)"), (S, "(数据来源:Wind,截至2025年5月19日)")],
    ]),
    # a dated headline followed by body text starts an item
    ("甲公司发布公告,拟回购股份。\n5月16日港股收评 恒指跌1%\n恒指收报23,100点,跌1%。", [
        [(B, "甲公司发布公告,拟回购股份。")],
        [(H, "5月16日港股收评 恒指跌1%"), (B, "恒指收报23,100点,跌1%。")],
    ]),
    # several blank lines end an item; one blank line is a paragraph break
    ("甲公司公布业绩。\n\n董事会建议派息。\n\n\n乙公司发布公告。", [
        [(B, "甲公司公布业绩。"), (B, "董事会建议派息。")], [(B, "乙公司发布公告。")],
    ]),
    # captions and table rows; a short line after body text is a sub-heading, not a headline
    ("图1:沪深300走势\n| 指数 | 收盘 |\n核心观点\n公司营收增长。", [
        [(C, "图1:沪深300走势"), (T, "| 指数 | 收盘 |"), (B, "核心观点"), (B, "公司营收增长。")],
    ]),
]

#: (text, each item's date, each item's genre, the document's genre)
DATES_AND_GENRES: list[tuple[str, list[dt.date], list[str | None], str | None]] = [
    ("【A股收评】2025年4月15日\n上证50跌0.6%。\n---\n【港股】恒指收报23,100点。", [dt.date(2025, 4, 15), AS_OF], ["close_report", "close_report"], "close_report"),
    ("财经早餐 2025年4月14日\n纳斯达克指数收涨1.2%。", [dt.date(2025, 4, 14)], ["morning_briefing"], "morning_briefing"),
    ("伊利股份(600887)年报点评\n远景证券研究所 2025年4月2日\n公司营收下降。", [dt.date(2025, 4, 2)], ["research_note"], "research_note"),
    ("远航成长混合型证券投资基金2024年第4季度报告\n本基金份额净值增长率为3.2%。", [AS_OF], ["fund_report"], "fund_report"),
    # a company's annual report is no fund report
    ("甲公司2024年年报\n公司营收增长。", [AS_OF], [None], None),
    ("财联社5月14日电,恒指收涨1%。\n(中央社记者陈某台北19日电)台股收跌。", [dt.date(2025, 5, 14), dt.date(2025, 5, 19)], [None, None], None),
]
# fmt: on


@pytest.mark.issue(20)
@pytest.mark.parametrize("form", VARIANTS)
@pytest.mark.parametrize(("text", "items"), ITEMS, ids=[t[:12] for t, _ in ITEMS])
def test_items_and_parts(text: str, items: list[list[tuple[Role, str]]], form: str) -> None:
    convert = VARIANTS[form]
    want = [[(role, convert(words)) for role, words in item] for item in items]
    assert parts_of(convert(text)) == want


@pytest.mark.issue(20)
@pytest.mark.parametrize("form", VARIANTS)
@pytest.mark.parametrize(("text", "dates", "genres", "genre"), DATES_AND_GENRES, ids=[t[:12] for t, *_ in DATES_AND_GENRES])
def test_item_dates_and_genres(text: str, dates: list[dt.date], genres: list[str | None], genre: str | None, form: str) -> None:
    found, _ = read(VARIANTS[form](text))
    assert [i.date.day if i.date else None for i in found.items] == dates
    assert [i.genre for i in found.items] == genres
    assert found.genre == genre


@pytest.mark.issue(20)
@pytest.mark.parametrize(("text", "_items"), ITEMS, ids=[t[:12] for t, _ in ITEMS])
def test_spans_tile_in_order(text: str, _items: object) -> None:
    """Items and parts are in order and do not overlap; every part lies in its item and is found
    there by position; a position before any item belongs to the first."""
    found, normalized = read(text)
    previous_end = 0
    for index, item in enumerate(found.items):
        assert previous_end <= item.start <= item.end <= len(normalized.text)
        for part in item.parts:
            assert item.start <= part.start < part.end <= item.end
            assert part.start >= previous_end
            previous_end = part.end
            assert found.part_at(part.start) == part and found.item_index(part.end - 1) == index
    assert found.item_index(0) == 0
    for item in found.items:
        headlines = [p for p in item.parts if p.role == Role.HEADLINE]
        assert item.headline == (headlines[0] if headlines else None)


@pytest.mark.issue(20)
@pytest.mark.parametrize("form", VARIANTS)
def test_report_period_of_a_fund_report(form: str) -> None:
    """A fund's periodic report exposes the period its title states, as an item of a page too; an item
    of another genre has none."""
    found, _ = read(VARIANTS[form]("【港股】甲公司2024年第3季度营收增长\n恒指收报23,100点。\n---\n星河价值混合型证券投资基金2024年第3季度报告\n本基金份额净值增长率为-2.1%。"))
    assert [i.genre for i in found.items] == [None, "fund_report"]
    covered = found.items[1].report_period
    assert covered is not None and (covered.first, covered.last) == (dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    assert found.items[0].report_period is None


@pytest.mark.issue(20)
@pytest.mark.parametrize("form", VARIANTS)
def test_a_research_note_is_one_article(form: str) -> None:
    """The titles of a research note or a fund report head its sections: the document stays one item
    (its title's subject reaches its sections), while the same titles on a news page start items."""
    sections = "\n【核心观点】\n公司营收下降。\n【盈利预测】\n我们预计营收增长。"
    note, _ = read(VARIANTS[form]("伊利股份(600887)年报点评\n远景证券研究所 2025年4月2日" + sections))
    page, _ = read(VARIANTS[form]("港股收评\n恒指收报23,100点。" + sections))
    assert (len(note.items), note.genre) == (1, "research_note")
    assert len(page.items) == 3


def test_traditional_text_read_unconverted() -> None:
    """With no script conversion (--convert none) the parts are found in Traditional text as well."""
    text = "港股收評\n財聯社5月14日電，恒指收漲1%。（新華社）\n\n\n伊利股份(600887)年報點評\n遠景證券研究所 2025年4月2日\n圖1：滬深300走勢\n公司營收下降。"
    normalized = normalize(text, "none")
    _, hits = extract_mentions(text, normalized, AS_OF)
    found = structure(normalized.text, hits, AS_OF)
    roles = [[(p.role, text[p.start : p.end]) for p in item.parts] for item in found.items]
    assert roles == [
        [(H, "港股收評"), (D, "財聯社5月14日電，"), (B, "恒指收漲1%。"), (S, "（新華社）")],
        [(H, "伊利股份(600887)年報點評"), (Y, "遠景證券研究所 2025年4月2日"), (C, "圖1：滬深300走勢"), (B, "公司營收下降。")],
    ]
    assert [i.genre for i in found.items] == ["close_report", "research_note"]


def test_no_date_without_as_of() -> None:
    found, _ = read("恒指收报23,100点。", None)
    assert found.items[0].date is None


def test_shipped_vocabulary_loads() -> None:
    path = corpora_path("patterns", "structure.yaml")
    vocab = load_model(path, StructureVocabulary, ExtractError, "E410", "structure vocabulary")
    assert {"close_report", "morning_briefing", "research_note", "fund_report"} <= set(vocab.genres)
    assert vocab.genres["morning_briefing"].session == "previous"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"separator": "(---"}, "not a regex"),
        ({"wire_dateline": "电"}, "group named day"),
        ({"blank_lines_between_items": 1}, "blank_lines_between_items"),
        ({"genres": {"close_report": {"cues": [], "session": "same"}}}, "cues"),
        ({"genres": {"close_report": {"cues": ["收评"], "session": "tomorrow"}}}, "session"),
        ({"unknown_key": 1}, "unknown_key"),
        # claims16a: a word names one overnight market; a market has a reason and words
        (
            {"overnight_markets": {"a": {"why": "x", "words": ["伦铜"]}, "b": {"why": "y", "words": ["伦铜"]}}},
            "names two overnight markets",
        ),
        ({"overnight_markets": {"metals": {"why": "x", "words": []}}}, "words"),
    ],
)
def test_broken_vocabulary_is_a_coded_error(tmp_path: Path, change: dict, message: str) -> None:
    data = yaml.safe_load(corpora_path("patterns", "structure.yaml").read_text(encoding="utf-8"))
    data.update(change)
    path = tmp_path / "structure.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ExtractError) as info:
        load_model(path, StructureVocabulary, ExtractError, "E410", "structure vocabulary")
    assert info.value.code == "E410" and message in str(info.value)


# ------------------------------------------------------------------ claims read the structure


def claims_of(text: str, as_of: dt.date | None) -> list[Claim]:
    return analyze(text.encode("utf-8"), name="page.txt", as_of=as_of).claims


@pytest.mark.issue(20)
@pytest.mark.parametrize("form", VARIANTS)
def test_dates_of_datelines_and_bylines_never_make_a_figure_certain(form: str) -> None:
    """A wire dateline in the figure's own sentence, or a byline's date, dates the item: a session
    figure or a price dated by it is a good guess, never certain (no false alarm on the item's date)."""
    convert = VARIANTS[form]
    page = convert("(中央社记者林某台北15日电)台股加权指数收盘下跌180点,收在19,850点。\n---\n某公司点评\n远景证券研究所 2025年4月2日\n目标价75元。")
    claims = claims_of(page, dt.date(2025, 4, 16))
    assert [(c.period.start, c.period.end) for c in claims] == [(dt.date(2025, 4, 15),) * 2] * 2 + [(dt.date(2025, 4, 2),) * 2]
    assert not any(is_certain(c) for c in claims)
    assert all(c.decided_by["period"].startswith("uncertain: ") for c in claims)


@pytest.mark.issue(20)
def test_a_briefing_names_the_session_it_dates_by() -> None:
    claim = claims_of("财经早餐 2025年4月14日\n纳斯达克指数收涨1.2%。", None)[0]
    assert (claim.period.start, claim.period.end) == (dt.date(2025, 4, 11), dt.date(2025, 4, 11))
    assert claim.decided_by["period"].startswith("uncertain: the session before")


@pytest.mark.issue(20)
@pytest.mark.parametrize("form", VARIANTS)
def test_a_byline_names_no_subject(form: str) -> None:
    """The names in a byline (a broker, a reporter) are the writers: no figure's subject, even when
    the figure has no subject of its own."""
    convert = VARIANTS[form]
    claims = claims_of(convert("远景证券研究所 2025年4月2日\n营业收入321亿元,同比下降5%。"), None)
    assert claims and all(c.subject is None or "远景" not in c.subject.alias for c in claims)


@pytest.mark.issue(20)
@pytest.mark.parametrize("form", VARIANTS)
def test_relative_dates_read_against_their_item(form: str) -> None:
    """The mentions themselves (not only the claims) read 今天 against the item's dateline; an item
    with no date of its own reads it against the document's as-of date."""
    page = VARIANTS[form]("(中央社记者林某台北14日电)台股今天收跌。\n---\n恒指今天收涨。")
    result = analyze(page.encode("utf-8"), name="page.txt", as_of=dt.date(2025, 4, 16))
    today = [m.date for m in result.mentions if m.text in ("今天",)]
    assert today == [dt.date(2025, 4, 14), dt.date(2025, 4, 16)]


@pytest.mark.parametrize(("text", "_items"), ITEMS, ids=[t[:12] for t, _ in ITEMS])
def test_roles_at_many_positions_are_each_role(text: str, _items: object) -> None:
    """``roles_at`` (computed in C for a document's names and times) gives ``role_at`` of every
    position, in the order asked (backwards too), the ends of the text and the gaps between parts included."""
    found, normalized = read(text)
    positions = list(range(len(normalized.text) + 2))
    for asked in (positions, positions[::-1]):
        assert found.roles_at(asked) == [found.role_at(p) for p in asked]
    assert {found.role_at(p) for p in positions} - {None}  # the texts have parts: the roles compared are some
