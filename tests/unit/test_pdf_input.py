"""PDF input (issue 26): reading order, running headers/footers, split figures, tables as claims,
boilerplate, page and box on every claim, and the same claims as the same text given as plain text."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from pdf_support import PdfMaker
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.ingest import ingest
from analyzer.pipeline import analyze, review

pytestmark = pytest.mark.issue(26)

LEFT = "公司2024年实现营业收入1,741.4亿元，同比增长15.7%；归母净利润862.3亿元，同比增长15.4%，毛利率维持高位。"
RIGHT = "我们预计公司2025年营业收入为1,950.6亿元，维持买入评级，目标价2,100元。风险提示：需求不及预期。"
FORECAST = [
    ["单位：百万元", "2023A", "2024E", "2025E", "2026E"],
    ["营业收入", "150,560", "174,144", "195,060", "214,300"],
    ["归母净利润", "74,734", "86,228", "96,100", "105,800"],
    ["EPS(元)", "59.49", "68.64", "76.50", "84.22"],
    ["PE", "", "22.1", "19.8", "18.0"],
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A two-page broker note: a title, two columns, a forecast table across both, a running header and
    footer (with a figure and the page number), a paragraph with a figure split over two lines, and an
    analyst certification page."""
    m = PdfMaker(header="某某证券 公司点评 沪深300指数上涨1.5%", footer="第{page}页 请务必阅读正文之后的免责声明")
    m.text(56, 80, "贵州茅台：业绩稳健增长", 16)
    m.paragraph(56, 110, 230, LEFT)
    m.paragraph(306, 110, 230, RIGHT)
    m.table(56, 300, [150, 80, 80, 80, 80], FORECAST)
    m.new_page()
    # a figure broken over two lines by the layout: 「3,018.」 ends the first line, 「1亿元」 opens the next
    # (the page's widest line, so the line is full and the paragraph goes on)
    m.text(77, 80, "本周沪深两市成交额合计较上周明显放大，合计3,018.", 10.5)
    m.text(56, 96, "1亿元，较上周增加12.5%，北向资金净买入52.3亿元。", 10.5)
    m.text(56, 200, "分析师声明", 12)
    m.paragraph(56, 220, 280, "本报告署名分析师保证报告所采用的数据均来自合规渠道。报告发布时沪深300指数年内上涨3.2%。")
    m.paragraph(56, 280, 280, "市场有风险，投资需谨慎。")
    return m.save(tmp_path_factory.mktemp("pdf") / "report.pdf")


def test_reading_order_two_columns_then_table(report: Path) -> None:
    doc = ingest(report)
    assert doc.format == "pdf"
    text = doc.text
    # each column read whole (its lines joined into one paragraph), left before right, the table after
    assert LEFT + "\n" + RIGHT + "\n" in text
    assert text.index(RIGHT) < text.index("营业收入\t150,560\t174,144\t195,060\t214,300")
    assert "PE\t\t22.1\t19.8\t18.0\n" in text  # the empty 2023A cell keeps its column


def test_split_figure_joined_with_exact_offsets_and_page(report: Path) -> None:
    result = analyze(report, as_of="2025-03-07")
    turnover = [c for c in result.claims if c.text.startswith("3,018")]
    assert len(turnover) == 1
    claim = turnover[0]
    assert claim.text == "3,018.1亿元" == result.text[claim.span.start : claim.span.end]
    assert claim.value == Decimal("301810000000")
    assert claim.where is not None and claim.where.page == 2
    x0, top, x1, bottom = claim.where.box
    assert x0 < 100 < x1 and top < 80 < 96 < bottom  # the box spans both lines (their union)


def test_running_header_and_footer_give_no_claims(report: Path) -> None:
    result = analyze(report, as_of="2025-03-07")
    layout = result._layout
    kinds = [r.kind for r in layout.regions]
    assert kinds.count("header") == 2 and kinds.count("footer") == 2
    header = next(r for r in layout.regions if r.kind == "header")
    assert "1.5%" in result.text[header.start : header.end]
    assert not any(c.text == "1.5%" for c in result.claims)
    assert any(u.text == "1.5%" and "page header" in u.reason for u in result.unattributed)
    # after the body: the broker's name in the header is no claim's subject
    assert result.text.startswith("贵州茅台：业绩稳健增长\n")
    assert min(r.start for r in layout.regions if r.kind in ("header", "footer")) > result.text.index("52.3亿元")
    assert not any(c.subject is not None and c.subject.alias == "某某证券" for c in result.claims)
    for claim in result.claims:
        assert result.text[claim.span.start : claim.span.end] == claim.text
        assert claim.where is not None and claim.where.page in (1, 2)


def test_forecast_table_cells_are_claims(report: Path) -> None:
    result = analyze(report, as_of="2025-03-07")
    cells = [c for c in result.claims if c.where is not None and c.where.part and c.where.part.startswith("table")]
    got = {(c.metric, c.period.text, c.forecast): c.value for c in cells}
    assert len(cells) == 15  # 4 + 4 + 4 + 3 (PE has no 2023A figure)
    assert got[("revenue", "2023A", False)] == Decimal("150560") * 10**6
    assert got[("revenue", "2026E", True)] == Decimal("214300") * 10**6
    assert got[("net_profit_attributable", "2024E", True)] == Decimal("86228") * 10**6
    assert got[("eps", "2025E", True)] == Decimal("76.50")
    assert got[("pe_forward", "2024E", True)] == Decimal("22.1")
    for c in cells:
        year = int(c.period.text[:4])
        assert (c.period.start.isoformat(), c.period.end.isoformat()) == (f"{year}-01-01", f"{year}-12-31")
        assert c.forecast == c.period.text.endswith("E")
        assert c.decided_by["subject"].startswith("uncertain: ")
        assert c.where.page == 1 and c.where.box is not None


def test_boilerplate_gives_no_claims_and_is_not_the_risk_warning(report: Path) -> None:
    result = analyze(report, as_of="2025-03-07")
    boiler = [r for r in result._layout.regions if r.kind == "boilerplate"]
    assert [r.label for r in boiler] == ["分析师声明"]
    assert not any(boiler[0].start <= c.span.start < boiler[0].end for c in result.claims)
    assert any(u.text == "3.2%" and "boilerplate section (分析师声明)" in u.reason for u in result.unattributed)


@pytest.fixture(scope="module")
def fund_piece(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fund marketing piece whose only 「市场有风险，投资需谨慎」 stands in the distributor's 免责声明 page."""
    m = PdfMaker()
    m.text(56, 80, "鹏华中证酒交易型开放式指数证券投资基金", 14)
    m.paragraph(56, 110, 480, "本基金成立以来净值增长率为23.4%，同期业绩比较基准收益率为18.1%，欢迎投资者申购。")
    m.new_page()
    m.text(56, 80, "【免责声明】", 12)
    disclaimer = "本材料由某某证券转载，市场有风险，投资需谨慎。本公司不对任何人因使用本材料所引致的损失负责。"
    m.paragraph(56, 100, 480, disclaimer)
    return m.save(tmp_path_factory.mktemp("fund") / "piece.pdf")


def test_comply_does_not_take_a_disclaimer_for_the_risk_warning(fund_piece: Path) -> None:
    result = analyze(fund_piece, as_of="2025-03-07")
    assert [r.label for r in result._layout.regions if r.kind == "boilerplate"] == ["免责声明"]
    findings = review(result, comply=True).findings
    assert "CN-FUND-MKT-027.caution" in {f.rule_id for f in findings}
    # the same words as plain text (no pages, no boilerplate known) do count as the warning
    plain = review(analyze(result.text.encode(), name="same.txt", as_of="2025-03-07"), comply=True).findings
    assert "CN-FUND-MKT-027.caution" not in {f.rule_id for f in plain}


def test_pdf_claims_equal_plain_text_claims(tmp_path: Path) -> None:
    paragraphs = [
        "恒生科技指数近1年累计上涨77.84%，同期恒生指数上涨41.2%。",
        "2024年贵州茅台实现营业收入1,741.4亿元，同比增长15.7%，归母净利润862.3亿元。",
        "截至2025年3月6日，沪深300指数收报3,958.2点，年内上涨0.6%，成交额合计4,512.7亿元。",
    ]
    m = PdfMaker()
    y = 80.0
    for p in paragraphs:
        m.paragraph(56, y, 300, p)
        y += 70
    pdf = analyze(m.save(tmp_path / "plain.pdf"))
    plain_text = "\n".join(paragraphs) + "\n"
    assert pdf.text == plain_text
    plain = analyze(plain_text.encode(), name="plain.txt")

    def fields(claims: list) -> list[dict]:
        return [c.model_dump(mode="json", exclude={"where"}) for c in claims]

    assert len(pdf.claims) >= 8
    assert fields(pdf.claims) == fields(plain.claims)
    assert all(c.where is not None and c.where.page == 1 for c in pdf.claims)
    assert all("where" not in c.model_dump() or c.where is None for c in plain.claims)
    assert "where" not in plain.claims[0].model_dump(mode="json")  # text records keep their old form


def test_sarif_and_review_page_name_the_page(report: Path, fund_piece: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.sarif"
    res = CliRunner().invoke(app, ["comply", str(fund_piece), "--no-verify", "-f", "sarif", "-o", str(out)])
    assert res.exit_code in (0, 1), res.output
    sarif = json.loads(out.read_text(encoding="utf-8"))
    located = [loc for r in sarif["runs"][0]["results"] for loc in r["locations"] if "message" in loc]
    assert located and all(loc["message"]["text"].startswith("page ") for loc in located)
    assert {loc["properties"]["page"] for loc in located} <= {1, 2}
    from analyzer.report.html import render_document

    result = review(analyze(report, as_of="2025-03-07"), comply=True)
    page = render_document(result)
    assert "page 1, table 1 row 2 cell 2" in page and "page 2" in page


def test_one_column_page_with_a_table_keeps_its_paragraphs_whole(tmp_path: Path) -> None:
    """A short last line left of the middle and a table's cells on both sides do not make two columns."""
    text = (
        "截至2024年末，公司在手订单合计356.2亿元，同比增长21.4%，其中海外订单占比提升至38.5%，"
        "全年新签合同额创历史新高，毛利率较上年提高1.2个百分点，经营性现金流持续改善。"
    )
    m = PdfMaker()
    m.paragraph(56, 80, 480, text)
    m.paragraph(56, 140, 480, "分业务看：")
    rows = [
        ["单位：亿元", "2024A", "2025E", "2026E"],
        ["营业收入", "812.5", "903.4", "988.0"],
        ["归母净利润", "121.5", "140.3", "156.6"],
    ]
    m.table(56, 170, [150, 80, 80, 80], rows)
    result = analyze(m.save(tmp_path / "one.pdf"), as_of="2025-03-07")
    assert result.text.startswith(text + "\n分业务看：\n单位：亿元\t2024A\t2025E\t2026E\n")
    assert {(c.metric, c.period.text) for c in result.claims if c.period and c.period.text.endswith("E")} >= {
        ("revenue", "2025E"), ("net_profit_attributable", "2026E")
    }


def test_a_paragraph_and_a_figure_go_on_over_a_page_break(tmp_path: Path) -> None:
    m = PdfMaker(footer="— {page} —")
    m.text(56, 80, "第一部分", 14)
    m.text(56, 110, "报告期内公司持续推进渠道改革，经销网络覆盖全国三百余个地级市，线上直营收入合计12,", 10.5)
    m.new_page()
    m.text(56, 80, "456.7万元，同比增长8.9%。", 10.5)
    m.text(77, 110, "下半年公司将继续加大研发投入。", 10.5)
    result = analyze(m.save(tmp_path / "break.pdf"), as_of="2025-03-07")
    assert result.text.startswith(
        "第一部分\n报告期内公司持续推进渠道改革，经销网络覆盖全国三百余个地级市，线上直营收入合计12,456.7万元，"
        "同比增长8.9%。\n下半年公司将继续加大研发投入。\n"
    )
    claim = next(c for c in result.claims if c.text == "12,456.7万元")
    assert claim.value == Decimal("124567000")
    assert claim.where.page == 1  # where its first character stands
