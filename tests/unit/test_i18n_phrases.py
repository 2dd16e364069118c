"""issue 24 (3): the long texts of --explain and the review pages (a verdict's method, reason and data,
a claim's decided_by, why a figure is no claim) in the reader's language through the phrasebook
(analyzer/i18n/phrases.py, phrase.* entries of corpora/messages/phrases.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzer.i18n.phrases import explained, split_outside, unknown_clauses
from analyzer.pipeline import analyze
from analyzer.report.html import render_document, render_index, write_page
from analyzer.verify import open_store, verify

ROOT = Path(__file__).resolve().parents[2]
CLAIM_DOCS = sorted((ROOT / "corpora" / "eval" / "claims").glob("*.txt"))
ENGLISH = re.compile(r"\b(the|of|from|not|no|in|is|and|store|gives|providers?|before|after|value|checked|figure|"
                     r"named|clause|words|cue|list|uncertain|session|close-to-close|return|sum)\b")


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory, sample_path: Path):
    """The sample and the claims corpus, analyzed and checked against the shipped market data."""
    results = [analyze(p) for p in [sample_path, *CLAIM_DOCS]]
    with open_store(tmp_path_factory.mktemp("store") / "m.duckdb") as store:
        for r in results:
            r.verdicts = verify(r, store)
    return results


# ---------------------------------------------------------------- the mechanism, on forms of its own


@pytest.mark.issue(24)
def test_a_clause_is_written_in_each_language_and_english_stays_as_written():
    text = "2023-10-02 is not a trading day on XSHG; used 2023-09-28"
    assert explained(text, "en") == text
    assert explained(text, "zh-Hans") == "2023-10-02 不是 XSHG 的交易日；改用 2023-09-28"
    assert explained(text, "zh-Hant") == "2023-10-02 不是 XSHG 的交易日；改用 2023-09-28"


@pytest.mark.issue(24)
def test_placeholders_are_translated_in_turn():
    text = "uncertain: carried over from a previous sentence (比亚迪)"
    assert explained(text, "zh-Hans") == "不确定：沿用前一句（比亚迪）"
    # words the book does not know are quoted, in Traditional characters for a Traditional reader
    assert explained(text, "zh-Hant") == "不確定：沿用前一句（比亞迪）"
    nested = "not computable from sina: the 2018 return needs the last close of 2017: no csi500 daily closes " \
             "from sina on or before 2017-12-29 in the store (its data runs 2019-01-02 .. 2025-06-30)"
    assert explained(nested, "zh-Hans") == (
        "无法由 sina 计算：计算 2018 年涨幅需要 2017 年最后一个收盘价："
        "数据库中没有 sina 的 csi500 在 2017-12-29 或之前的日收盘价（其数据范围 2019-01-02 .. 2025-06-30）"
    )


@pytest.mark.issue(24)
def test_a_placeholder_matches_only_what_its_name_says():
    # {date} is an ISO date: a clause with a month in its place is not this phrase, and stays as written
    assert explained("2023-10 is not a trading day on XSHG", "zh-Hans") == "2023-10 is not a trading day on XSHG"
    assert unknown_clauses("2023-10 is not a trading day on XSHG") == ["2023-10 is not a trading day on XSHG"]
    # a metric id reads as the metric's name
    assert explained("continues the list of net_profit before it", "zh-Hans") == "延续前面的 净利润 列表"


@pytest.mark.issue(24)
def test_an_unknown_clause_is_left_alone_and_listed():
    text = "other providers: tushare gives 12.5 (supported); a clause no checker writes yet"
    assert explained(text, "zh-Hans") == "其他数据商：tushare 给出 12.5（与数据相符）；a clause no checker writes yet"
    assert unknown_clauses(text) == ["a clause no checker writes yet"]


@pytest.mark.issue(24)
def test_clauses_are_cut_outside_brackets_only():
    line = "provider acme: x.csv — licence none stated (the source repository has no licence file or licence " \
           "text; re-use terms unknown)"
    assert split_outside(line, "; ") == [line]
    assert explained(line, "zh-Hans") == (
        "数据商 acme：x.csv — 未声明许可（来源仓库没有许可文件或许可文本；再使用条件未知）"
    )


# ---------------------------------------------------------------- what the sample and the corpus print


def _clauses(results):
    for r in results:
        for v in r.verdicts:
            yield from (("method", v.method), ("reason", v.reason or ""))
        for c in r.claims:
            yield from (("decided_by", how) for how in c.decided_by.values())
        yield from (("not a claim", u.reason) for u in r.unattributed)


@pytest.mark.issue(24)
def test_the_sample_explains_itself_in_chinese_throughout(checked):
    sample = checked[0]
    unknown = [(kind, u) for kind, text in _clauses([sample]) for u in unknown_clauses(text)]
    assert not unknown, unknown
    for kind, text in _clauses([sample]):
        for lang in ("zh-Hans", "zh-Hant"):
            shown = explained(text, lang)
            # identifiers (hstech, eastmoney, pe_ttm) and quoted sources keep Latin letters; English words do not
            assert not ENGLISH.findall(shown), (kind, shown)


@pytest.mark.issue(24)
def test_the_claims_corpus_is_covered_by_the_phrasebook(checked):
    """Coverage over documents written for other issues: at least 95% of the clauses of every kind have a
    phrase (the ones that have none are named, so the book can be extended)."""
    by_kind: dict[str, list[int]] = {}
    missing: dict[str, set[str]] = {}
    for kind, text in _clauses(checked):
        unknown = unknown_clauses(text)
        total = max(1, len(split_outside(text, "; ")))
        counts = by_kind.setdefault(kind, [0, 0])
        counts[0] += total - len(unknown)
        counts[1] += total
        missing.setdefault(kind, set()).update(unknown)
    for kind, (known, total) in by_kind.items():
        assert known >= 0.95 * total, (kind, known, total, sorted(missing[kind])[:10])


# ---------------------------------------------------------------- review pages


@pytest.mark.issue(24)
@pytest.mark.parametrize(
    ("lang", "want", "never"),
    [
        ("zh-Hant", ["引用來源", "基準日期", "資料庫中沒有", "與數據相符", "億"],
         ["cited source", "as of", "computed from"]),
        ("zh-Hans", ["引用来源", "基准日期", "数据库中没有"], ["cited source", "as of", "the market store has no"]),
        ("en", ["cited source", "as of", "the market store has no"], ["引用来源", "基准日期"]),
    ],
)
def test_a_review_page_speaks_one_language(checked, lang, want, never):
    html = render_document(checked[0], lang=lang)
    for words in want:
        assert words in html, words
    for words in never:
        assert f">{words}<" not in html and words not in re.sub(r"<[^>]+>", " ", html).split("  "), words
    if lang != "en":
        assert ">cited source<" not in html and ">method<" not in html and ">reason<" not in html


@pytest.mark.issue(24)
@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", ["Review reports: 2 documents", "supported", "total"]),
     ("zh-Hans", ["审阅报告：2 篇文档", "与数据相符", "合计"]),
     ("zh-Hant", ["審閱報告：2 篇文件", "與數據相符", "合計", "正文推斷"])],
)
def test_the_index_page_speaks_the_chosen_language(checked, tmp_path, lang, words):
    taken: set[str] = set()
    rows = [write_page(r, tmp_path, taken, None, lang=lang) for r in checked[:2]]
    html = render_index(rows, lang=lang)
    for w in words:
        assert w in html, w
    if lang != "en":
        assert "Review reports" not in html and ">total<" not in html and ">claims<" not in html


@pytest.mark.issue(24)
def test_the_findings_table_title_counts_in_the_chosen_language(checked):
    from analyzer.comply import comply
    from analyzer.comply.review import Review
    from analyzer.report.findings_table import findings_tables
    from analyzer.types import Severity

    result = checked[0]
    review = Review.of(result, comply(result), "zh-Hant")
    (table, _), *_ = findings_tables([review], 120, "zh-Hant", Severity.INFO)
    title = str(table.title)
    assert "項錯誤" in title and "errors" not in title and "warnings" not in title


@pytest.mark.issue(24)
@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_every_shipped_reason_for_leaving_a_metric_unchecked_reads_in_chinese(lang):
    """corpora/market/reasons.yaml: each metric's reason, and the default one, without an English word left."""
    from analyzer.verify.words import reasons

    texts = [*reasons().unchecked.values(), reasons().default_unchecked.format(metric="growth mom")]
    for text in texts:
        shown = explained(text, lang)
        assert not re.search(r"[a-z]{3,}", shown), (text, shown)


@pytest.mark.issue(24)
@pytest.mark.parametrize(
    "text",
    [
        # reasons the checkers write that the sample and the corpus do not meet (altered figures and dates)
        "the text gives no date for this figure",
        "the text gives no month or quarter for this growth figure",
        "the figure covers 2024-07-01 → 2024-09-30, not one session",
        "sse_composite close (tushare) has no close on 2024-10-05 (1932 observations 2016-01-04 .. 2024-09-30)",
        "the figure is in HKD; cn_fx_reserves level (eastmoney) is in USD",
        "no southbound daily net buying after 2025-06-30 in the store (the period runs to 2025-07-15)",
        "the figure should be computed from 2 stated figures; the text links 1",
    ],
)
def test_other_checker_reasons_read_in_chinese(text):
    assert not unknown_clauses(text), unknown_clauses(text)
    shown = explained(text, "zh-Hans")
    assert not ENGLISH.findall(shown), shown
