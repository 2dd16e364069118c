"""Claim, rating and verdict conditions over hand-made documents and claims (no extraction needed)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from analyzer.comply import comply
from analyzer.comply.rulebook import shipped_rulebooks
from analyzer.normalize import normalize
from analyzer.types import (
    Claim,
    DocumentMeta,
    DocumentResult,
    Period,
    Severity,
    SourceNote,
    Span,
    SubjectRef,
    Verdict,
    VerdictStatus,
)

HEAD = "恒生科技指數ETF(513180)上述基金為股票基金,屬於中高風險(R4)品種。"
TAIL = (
    "\n風險提示:基金管理人不保證基金一定盈利,也不保證最低收益。基金的過往業績並不預示其未來表現,"
    "基金管理人管理的其他基金的業績並不構成基金業績表現的保證。匯率風險、香港市場風險、港股通機制下交易日不連貫。"
    "跨境ETF實行T+0回轉交易,可能帶來短期波動風險。ETF盤中漲跌價格不代表基金淨值表現。由華夏基金發行與管理。"
    "適合風險承受能力為C4及以上的投資者。市場有風險,投資需謹慎。"
)


def make_result(text: str, claims: list[Claim] = (), verdicts: list[Verdict] = ()) -> DocumentResult:
    norm = normalize(text)
    meta = DocumentMeta(
        doc_id="test", path="test.txt", encoding="utf-8", format="text", conversion="t2s",
        n_chars=len(text), as_of=date(2025, 3, 6), as_of_inferred=False, analyzer_version="test",
    )
    result = DocumentResult(meta=meta, text=text, simplified=norm.text, claims=list(claims), verdicts=list(verdicts))
    result._offsets = norm.offsets
    return result


def claim(text: str, figure: str, cid: str, metric: str = "return", kind: str = "index", *,
          period: tuple[date, date] | None = None, source: SourceNote | None = None,
          attribution: str | None = None, nth: int = 0) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = text.index(figure, start + 1)
    span = Span(start=start, end=start + len(figure))
    sentence_start = text.rfind("\n", 0, start) + 1
    sentence_end = text.find("\n", start)
    subject = SubjectRef(id="hstech" if kind == "index" else "hstech_etf_513180", alias="恒生科技指数", kind=kind)
    return Claim(
        id=cid, subject=subject, metric=metric, value=Decimal("1"), unit="%", mention_id=cid, span=span,
        text=figure, period=Period(start=period[0], end=period[1], text="p") if period else None,
        source=source, attribution=attribution,
        sentence=Span(start=sentence_start, end=sentence_end if sentence_end >= 0 else len(text)),
    )


def note(text: str, marker: str, *periods: tuple[date, date]) -> SourceNote:
    start = text.index(marker)
    return SourceNote(
        id="n1", sources=("Wind",), text=marker, span=Span(start=start, end=start + len(marker)),
        periods=tuple(Period(start=a, end=b, text="note") for a, b in periods),
    )


def rules_hit(result: DocumentResult) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in comply(result, lang="en"):  # the English wording of the details is what is checked
        out.setdefault(f.rule_id, []).append(f)
    return out


def test_clean_handmade_document_raises_no_error() -> None:
    text = HEAD + TAIL
    assert [f for f in comply(make_result(text)) if f.severity is Severity.ERROR] == []


def test_figure_without_source_is_flagged_with_its_words() -> None:
    body = "\n近1年,恒生科技指數累計漲幅達77.84%。指數歷史業績不預示未來表現。"
    text = HEAD + body + TAIL
    c = claim(text, "77.84%", "c1", period=(date(2024, 3, 7), date(2025, 3, 6)))
    found = rules_hit(make_result(text, [c]))
    (f,) = found["CN-FUND-MKT-017.index"]  # an index return shown to sell a fund: an error since issue 13
    assert f.severity is Severity.ERROR
    assert f.quotes == ("77.84%",) and f.claim_ids == ("c1",)
    assert "no data source" in f.message and "no period" not in f.message
    assert "Add the data source" in f.message


def test_fund_figure_without_source_is_an_error() -> None:
    body = "\n近1年,本基金收益率為20.5%。"
    text = HEAD + body + TAIL
    c = claim(text, "20.5%", "c1", kind="fund", period=(date(2024, 3, 7), date(2025, 3, 6)))
    found = rules_hit(make_result(text, [c]))
    assert found["CN-FUND-MKT-017.fund"][0].severity is Severity.ERROR
    assert "CN-FUND-MKT-013" in found  # no benchmark shown for fund performance


def test_period_not_covered_by_the_note() -> None:
    body = "\n2024年南向累計淨流入8078.7億港元。(數據來源:Wind,2024-01-01至2024-03-06)"
    text = HEAD + body + TAIL
    n = note(text, "(數據來源:Wind,2024-01-01至2024-03-06)", (date(2024, 1, 1), date(2024, 3, 6)))
    c = claim(text, "8078.7億港元", "c5", metric="net_inflow", kind="flow",
              period=(date(2024, 1, 1), date(2024, 12, 31)), source=n)
    found = rules_hit(make_result(text, [c]))
    (f,) = found["CN-FUND-MKT-017.period"]
    assert f.quotes == ("8078.7億港元",)
    assert "2024-01-01–2024-12-31" in f.message and "2024-01-01–2024-03-06" in f.message


def test_period_covered_is_fine_and_attribution_counts_as_source() -> None:
    body = (
        "\n近1年漲幅77.84%。(數據來源:Wind,2024-03-07至2025-03-06,指數歷史業績不預示未來表現。)"
        "長江證券指出上行空間96.8%。"
    )
    text = HEAD + body + TAIL
    n = note(text, "(數據來源:Wind,2024-03-07至2025-03-06,指數歷史業績不預示未來表現。)",
             (date(2024, 3, 7), date(2025, 3, 6)))
    c1 = claim(text, "77.84%", "c1", period=(date(2024, 3, 7), date(2025, 3, 6)), source=n)
    c2 = claim(text, "96.8%", "c2", metric="upside", kind="aggregate",
               period=(date(2025, 2, 21), date(2025, 2, 21)), attribution="長江證券")
    found = rules_hit(make_result(text, [c1, c2]))
    assert not {"CN-FUND-MKT-017.index", "CN-FUND-MKT-017.market", "CN-FUND-MKT-017.period",
                "CN-FUND-MKT-051"} & set(found)
    assert found["CN-FUND-MKT-006.market"][0].quotes == ("上行空間",)


def test_index_figure_needs_its_disclaimer_nearby() -> None:
    body = "\n近1年漲幅77.84%。(數據來源:Wind,2024-03-07至2025-03-06)"
    text = HEAD + body + "\n" + "其他內容。" * 80 + TAIL  # the fund disclaimer is too far away
    n = note(text, "(數據來源:Wind,2024-03-07至2025-03-06)", (date(2024, 3, 7), date(2025, 3, 6)))
    c = claim(text, "77.84%", "c1", period=(date(2024, 3, 7), date(2025, 3, 6)), source=n)
    found = rules_hit(make_result(text, [c]))
    assert found["CN-FUND-MKT-051"][0].quotes == ("77.84%",)


def test_short_period_and_missing_fiscal_years() -> None:
    body = "\n近3月本基金漲幅12%。2021年、2023年、2024年業績為1%、2%、3%。"
    text = HEAD + body + TAIL
    short = claim(text, "12%", "c1", kind="fund", period=(date(2024, 12, 6), date(2025, 3, 6)))
    years = [
        claim(text, f"{i}%", f"y{i}", metric="annual_return", kind="fund", period=(date(y, 1, 1), date(y, 12, 31)))
        for i, y in ((1, 2021), (2, 2023), (3, 2024))
    ]
    found = rules_hit(make_result(text, [short, *years]))
    assert found["CN-FUND-MKT-012.fund"][0].severity is Severity.ERROR
    (fy,) = found["CN-FUND-MKT-014"]
    assert "not 2020, 2022" in fy.message
    assert fy.claim_ids == ("y1", "y2", "y3")


def test_rating_changed_to_r1_for_an_equity_etf() -> None:
    text = HEAD.replace("(R4)", "(R1)") + TAIL
    (f, *more) = rules_hit(make_result(text))["CN-FUND-MKT-044"]
    messages = " ".join(x.message for x in (f, *more))
    assert "中高风险 is R4, not R1" in messages
    assert "equity_etf" in messages and "R3/R4/R5" in messages
    assert all(x.severity is Severity.ERROR for x in (f, *more))
    assert any("R1" in q for x in (f, *more) for q in x.quotes)


def test_ratings_must_agree_across_the_document() -> None:
    text = HEAD + "本基金風險等級為R5。" + TAIL
    messages = [f.message for f in rules_hit(make_result(text))["CN-FUND-MKT-044"]]
    assert any("R4, R5" in m for m in messages)


def test_model_names_are_not_ratings() -> None:
    text = "DeepSeek-R1模型。" + HEAD.replace("屬於中高風險(R4)品種", "") + TAIL
    found = rules_hit(make_result(text))
    assert "CN-FUND-MKT-044" not in found
    assert found["CN-FUND-MKT-046"][0].severity is Severity.WARNING


def test_contradicted_verdict_becomes_an_error() -> None:
    body = "\n近1年漲幅88.00%。"
    text = HEAD + body + TAIL
    c = claim(text, "88.00%", "c1", period=(date(2024, 3, 7), date(2025, 3, 6)))
    v = Verdict(claim_id="c1", status=VerdictStatus.CONTRADICTED, checker="return", expected=Decimal("88.00"),
                computed=Decimal("77.84"), tolerance=Decimal("0.05"), method="close-to-close return")
    u = Verdict(claim_id="c1", status=VerdictStatus.UNVERIFIABLE, checker="return", method="none", reason="no data")
    found = rules_hit(make_result(text, [c], [v, u]))
    (f,) = found["CN-FUND-MKT-004"]
    assert f.severity is Severity.ERROR and f.quotes == ("88.00%",)
    assert "stated 88.00, computed 77.84" in f.message
    assert found["CN-FUND-MKT-004.unverifiable"][0].severity is Severity.WARNING


def test_rulebook_does_not_apply_outside_its_scope() -> None:
    text = "今日市場保本穩賺,勢不可擋。"  # no fund named: a research note, not fund marketing
    assert comply(make_result(text), shipped_rulebooks()) == []


@pytest.mark.parametrize("width", ["ascii", "full"])
def test_unverifiable_figures_leave_out_definitions_and_forecasts(tmp_path, width):
    """004.unverifiable asks a reviewer to confirm figures by hand: a benchmark's weights, an asset
    allocation and a forecast are not figures anyone could confirm against data, so they are not listed."""
    from analyzer.pipeline import analyze, review
    from analyzer.verify.seed import open_store

    text = (
        "远帆新能源混合型证券投资基金\n2025年5月6日\n"
        "本基金业绩比较基准：中证新能源指数收益率×70%+中债综合指数收益率×30%，股票资产占比60%-95%。"
        "拟任基金经理管理的远帆成长股票基金近一年收益率18.6%。预计未来一年收益有望达到30%以上。\n"
    )
    if width == "ascii":
        text = text.translate(str.maketrans("：，。（）", ":,.()"))
    result = analyze(text.encode("utf-8"), name="leaflet.txt")
    with open_store(tmp_path / "m.duckdb") as store:
        review(result, store=store, comply=True)
    grouped = [f for f in result.findings if f.rule_id == "CN-FUND-MKT-004.unverifiable"]
    assert len(grouped) == 1
    quoted = set(grouped[0].quotes)
    assert "18.6%" in quoted
    assert not quoted & {"70%", "30%", "60%-95%", "30%以上"}


def test_description_of_a_figure_reads_as_english() -> None:
    from analyzer.comply.conditions.claims import describe
    from analyzer.comply.say import render
    from analyzer.pipeline import analyze

    result = analyze("现在申购，最低年化回报8%！".encode(), name="x.txt")
    claim = next(c for c in result.claims if c.metric == "annualized_return")
    assert render(describe(claim, "market"), "en") == "「8%」 (annualized return)"
    assert render(describe(claim, "market"), "zh-Hans") == "「8%」（年化收益率）"
