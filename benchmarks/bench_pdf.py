"""PDF extraction time (issue 26) against PDFium's own text extraction alone, same file, same run, alternated.

A 30-page broker-style report is generated (reportlab, Noto CJK: see tests/unit/pdf_support.py): per
page a title, two columns of text, a forecast table across both columns, a running header and footer.
Timed: (1) PDFium alone: ``get_text_range()`` on every page (text in content order, no boxes, no layout);
(2) ``analyzer.ingest.pdf.pdf_to_text``: characters with boxes, reading order, headers/footers, tables;
(3) the whole ``analyze`` of the PDF (claims included), for scale.

    python benchmarks/bench_pdf.py [--pages 30] [--rounds 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from common import ROOT, alternate, timed

sys.path.insert(0, str(ROOT / "tests" / "unit"))

from pdf_support import PdfMaker  # the test helper draws the PDF

from analyzer.ingest.pdf import pdf_to_text
from analyzer.pipeline import analyze

LEFT = (
    "公司{y}年实现营业收入1,741.4亿元，同比增长15.7%；归母净利润862.3亿元，同比增长15.4%。毛利率维持高位，"
    "直销渠道收入占比提升至43.9%，系列酒营收同比增长19.3%，经营性现金流净额924.6亿元。"
)
RIGHT = (
    "我们预计公司{y}年至{z}年营业收入分别为1,950.6亿元、2,143.0亿元，归母净利润分别为961.0亿元、"
    "1,058.0亿元，对应市盈率19.8倍、18.0倍，维持买入评级，目标价2,100元。风险提示：需求不及预期。"
)
TABLE = [
    ["单位：百万元", "2023A", "2024E", "2025E", "2026E"],
    ["营业收入", "150,560", "174,144", "195,060", "214,300"],
    ["归母净利润", "74,734", "86,228", "96,100", "105,800"],
    ["EPS(元)", "59.49", "68.64", "76.50", "84.22"],
    ["PE", "", "22.1", "19.8", "18.0"],
]


def report(pages: int, folder: Path) -> Path:
    m = PdfMaker(header="某某证券 公司深度报告 贵州茅台(600519)", footer="第{page}页 请务必阅读正文之后的免责声明")
    for p in range(pages):
        if p:
            m.new_page()
        m.text(56, 70, f"第{p + 1}部分：业绩稳健增长，高端需求韧性仍在", 14)
        y = 100.0
        for k in range(4):
            m.paragraph(56, y, 230, LEFT.format(y=2020 + k))
            m.paragraph(306, y, 230, RIGHT.format(y=2025 + k, z=2026 + k))
            y += 110
        m.table(56, y + 10, [150, 80, 80, 80, 80], TABLE)
    return m.save(folder / "report.pdf")


def pdfium_alone(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    n = 0
    for i in range(len(pdf)):
        page = pdf[i]
        textpage = page.get_textpage()
        n += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = report(args.pages, Path(tmp))
        data = path.read_bytes()
        text, _ = pdf_to_text(data, "report.pdf")  # warm: imports, PDFium loaded
        analyze(path)
        t_ours, t_pdfium = alternate(lambda: pdf_to_text(data, "report.pdf"), lambda: pdfium_alone(data), args.rounds)
        t_all, result = timed(lambda: analyze(path))
    print(f"{args.pages} pages, {len(data):,} bytes, {len(text):,} characters extracted, {len(result.claims)} claims")
    print(f"PDFium get_text_range alone : {t_pdfium * 1000:8.1f} ms")
    print(f"analyzer pdf_to_text        : {t_ours * 1000:8.1f} ms  ({t_ours / t_pdfium:.1f}x PDFium alone)")
    print(f"analyze (whole pipeline)    : {t_all * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
