"""Word input and the review handed back in Word (issue 26): paragraphs, tables and footer read with their
parts; ``comply --annotate`` / ``check --annotate`` write one comment per finding at its words and change
nothing else."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.ingest import ingest
from analyzer.pipeline import analyze, review
from analyzer.report.annotate import Note, annotate_docx

pytestmark = pytest.mark.issue(26)

PERFORMANCE = [
    ["阶段", "净值增长率①", "净值增长率标准差②", "业绩比较基准收益率③", "业绩比较基准收益率标准差④", "①-③", "②-④"],
    ["过去三个月", "-4.12%", "1.05%", "-3.80%", "1.10%", "-0.32%", "-0.05%"],
    ["过去六个月", "6.37%", "1.21%", "5.02%", "1.18%", "1.35%", "0.03%"],
    ["过去一年", "12.58%", "1.30%", "10.44%", "1.27%", "2.14%", "0.03%"],
]


def _draft(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("广发稳健回报混合型证券投资基金 推介材料", 1)
    p = d.add_paragraph("本基金过去一年净值增长率为")
    run = p.add_run("12.58%")
    run.bold = True
    p.add_run("，稳赚不赔，保本保收益，是您理财的最佳选择。")
    d.add_paragraph("同期沪深300指数上涨9.7%，基金经理张三管理经验丰富。", style="List Bullet")
    table = d.add_table(rows=len(PERFORMANCE), cols=len(PERFORMANCE[0]))
    for i, row in enumerate(PERFORMANCE):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    d.add_paragraph("数据来源：基金定期报告，截至2024年12月31日。")
    d.sections[0].footer.paragraphs[0].text = "基金管理人：广发基金管理有限公司"
    d.save(path)
    return path


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    return _draft(tmp_path / "draft.docx")


def test_docx_text_parts_and_performance_table_claims(draft: Path) -> None:
    doc = ingest(draft)
    assert doc.format == "docx"
    assert "过去三个月\t-4.12%\t1.05%\t-3.80%" in doc.text
    assert doc.text.rstrip().endswith("基金管理人：广发基金管理有限公司")
    result = analyze(doc, as_of="2024-12-31")
    table = [c for c in result.claims if c.where is not None and (c.where.part or "").startswith("table 1")]
    got = {(c.period.text, c.metric): c.value for c in table}
    # the fund's return, the benchmark's return and the difference for each stated period; no 标准差
    assert len(table) == 9
    assert got[("过去三个月", "fund_return")] == Decimal("-4.12")
    assert got[("过去三个月", "benchmark_return")] == Decimal("-3.80")
    assert got[("过去一年", "excess_return")] == Decimal("2.14")
    one_year = next(c for c in table if c.period.text == "过去一年" and c.metric == "fund_return")
    assert (one_year.period.start.isoformat(), one_year.period.end.isoformat()) == ("2024-01-01", "2024-12-31")
    assert one_year.where.part == "table 1 row 4 cell 2" and one_year.where.page is None
    first = next(c for c in result.claims if c.text == "12.58%" and not c.where.part.startswith("table"))
    assert first.where.part == "paragraph 2"


def test_html_tables_give_the_same_claims(draft: Path) -> None:
    rows = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in PERFORMANCE)
    html = f"<html><body><p>业绩表现</p><table>{rows}</table></body></html>".encode()
    from_html = analyze(html, name="perf.html", as_of="2024-12-31")
    from_word = analyze(draft, as_of="2024-12-31")

    def cells(result: object) -> set[tuple]:
        return {
            (c.metric, c.period.text, c.value, c.period.start, c.period.end)
            for c in result.claims  # type: ignore[attr-defined]
            if c.metric in ("fund_return", "benchmark_return", "excess_return") and c.period.text.startswith("过去")
        }

    assert len(cells(from_html)) == 9
    assert cells(from_html) == cells(from_word)


def _anchored(document: docx.document.Document) -> dict[str, str]:
    """comment id → the text between its range markers."""
    xml = document.element.xml
    out = {}
    for k in re.findall(r'<w:commentRangeStart w:id="(\d+)"/>', xml):  # ranges may nest: each on its own
        m = re.search(rf'<w:commentRangeStart w:id="{k}"/>(.*?)<w:commentRangeEnd w:id="{k}"/>', xml, re.S)
        assert m is not None
        out[k] = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", m.group(1)))
    return out


def _paragraph_shape(document: docx.document.Document) -> list[tuple[str, str, list[tuple[str, bool | None]]]]:
    shape = []
    for p in document.paragraphs:
        shape.append((p.text, p.style.name, [(r.text, r.bold) for r in p.runs if r.text]))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                shape.extend((p.text, p.style.name, []) for p in cell.paragraphs)
    return shape


def _merged(runs: list[tuple[str, bool | None]]) -> list[tuple[str, bool | None]]:
    """Adjacent runs of the same formatting as one: a split run is the same text in the same style."""
    out: list[tuple[str, bool | None]] = []
    for text, bold in runs:
        if out and out[-1][1] == bold:
            out[-1] = (out[-1][0] + text, bold)
        else:
            out.append((text, bold))
    return out


def test_comply_annotate_one_comment_per_finding_at_its_words(draft: Path, tmp_path: Path) -> None:
    out = tmp_path / "reviewed.docx"
    res = CliRunner().invoke(
        app, ["comply", str(draft), "--no-verify", "--as-of", "2024-12-31", "-f", "json", "--annotate", str(out)]
    )
    assert res.exit_code in (0, 1), res.output
    findings = review(analyze(draft, as_of="2024-12-31"), comply=True).findings
    assert len(findings) >= 3
    reviewed = docx.Document(str(out))
    comments = list(reviewed.comments)
    assert len(comments) == len(findings)
    texts = [c.text for c in comments]
    for f in findings:
        assert sum(t.startswith(f"[{f.rule_id}] ") for t in texts) == sum(g.rule_id == f.rule_id for g in findings)
    anchored = _anchored(reviewed)
    by_id = {str(c.comment_id): c.text for c in comments}
    text = analyze(draft, as_of="2024-12-31").text
    for f in findings:
        if not f.spans or f.spans[0].start == f.spans[0].end:
            continue
        words = f.spans[0].slice(text)
        # the comment's range holds exactly the finding's words (within one paragraph)
        assert any(by_id[k].startswith(f"[{f.rule_id}] ") and v == words for k, v in anchored.items()), words
    assert "保本" in anchored.values() or any("保本" in v for v in anchored.values())
    # nothing else changed: paragraph texts, styles and (merged) run formatting
    original = docx.Document(str(draft))
    before, after = _paragraph_shape(original), _paragraph_shape(reviewed)
    assert [(t, s) for t, s, _ in before] == [(t, s) for t, s, _ in after]
    assert [_merged(r) for _, _, r in before] == [_merged(r) for _, _, r in after]
    assert reviewed.sections[0].footer.paragraphs[0].text == original.sections[0].footer.paragraphs[0].text


def test_annotate_splits_runs_keeping_their_format(draft: Path, tmp_path: Path) -> None:
    result = analyze(draft, as_of="2024-12-31")
    start = result.text.index("稳赚不赔")
    from analyzer.types import Span

    out = tmp_path / "one.docx"
    assert annotate_docx(draft, [Note(Span(start=start, end=start + 4), "forbidden")], out) == 1
    reviewed = docx.Document(str(out))
    assert list(_anchored(reviewed).values()) == ["稳赚不赔"]
    assert [c.text for c in reviewed.comments] == ["forbidden"]
    assert reviewed.paragraphs[1].text == docx.Document(str(draft)).paragraphs[1].text


def test_annotate_needs_one_word_input(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("本基金近一年收益率12.5%，保本保收益。", encoding="utf-8")
    res = CliRunner().invoke(app, ["comply", str(text), "--no-verify", "--annotate", str(tmp_path / "x.docx")])
    assert res.exit_code == 2
    assert "E116" in res.output
    assert not (tmp_path / "x.docx").exists()


def test_check_annotate_comments_each_unverifiable_claim(draft: Path, tmp_path: Path) -> None:
    out = tmp_path / "checked.docx"
    res = CliRunner().invoke(app, ["check", str(draft), "--as-of", "2024-12-31", "-f", "json", "--annotate", str(out)])
    assert res.exit_code in (0, 1), res.output
    from analyzer.verify import open_store

    result = analyze(draft, as_of="2024-12-31")
    with open_store(None, read_only=True) as store:
        review(result, store=store)
    flagged = {v.claim_id for v in result.verdicts if v.status.value in ("contradicted", "unverifiable")}
    assert flagged
    reviewed = docx.Document(str(out))
    assert len(list(reviewed.comments)) == len(flagged)
    words = sorted(_anchored(reviewed).values())
    assert words == sorted(c.text for c in result.claims if c.id in flagged)
