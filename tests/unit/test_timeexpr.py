"""Date and period expressions: a table of cases (after dateparser's test_languages.py), negatives,
the sample article, property tests and the vocabulary file's validation."""

from __future__ import annotations

import gc
import time
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from time_support import VARIANTS, back, variant

from analyzer.errors import ExtractError
from analyzer.extract.timeexpr import (
    TimeHit,
    find_time_expressions,
    infer_as_of,
    load_vocab,
    month_end,
    resolve_year,
)
from analyzer.extract.timevocab import TimeSettings
from analyzer.resources import corpora_path

AS_OF = date(2025, 3, 6)
NOW = AS_OF.isoformat()
D = date

# (text, as_of, [(surface, kind, date, start_date, end_date, precision, relation, year_inferred), ...])
# with the expected dates written as ISO strings (NOW is AS_OF)
CASES: list[tuple[str, date | None, list[tuple]]] = [
    # full dates
    (
        "2024-03-07",
        AS_OF,
        [("2024-03-07", "date", "2024-03-07", "2024-03-07", "2024-03-07", "day", None, False)],
    ),
    (
        "2024/03/07",
        AS_OF,
        [("2024/03/07", "date", "2024-03-07", "2024-03-07", "2024-03-07", "day", None, False)],
    ),
    (
        "2024.03.07",
        AS_OF,
        [("2024.03.07", "date", "2024-03-07", "2024-03-07", "2024-03-07", "day", None, False)],
    ),
    (
        "2024-3-7日",
        None,
        [("2024-3-7日", "date", "2024-03-07", "2024-03-07", "2024-03-07", "day", None, False)],
    ),
    (
        "于2025年3月6日",
        AS_OF,
        [("2025年3月6日", "date", "2025-03-06", "2025-03-06", "2025-03-06", "day", None, False)],
    ),
    (
        "2025年03月06日",
        None,
        [("2025年03月06日", "date", "2025-03-06", "2025-03-06", "2025-03-06", "day", None, False)],
    ),
    (
        "2025年3月6号",
        None,
        [("2025年3月6号", "date", "2025-03-06", "2025-03-06", "2025-03-06", "day", None, False)],
    ),
    (
        "2025年3月6號",
        None,
        [("2025年3月6號", "date", "2025-03-06", "2025-03-06", "2025-03-06", "day", None, False)],
    ),
    (
        "2025 年 3 月 6 日",
        None,
        [("2025 年 3 月 6 日", "date", "2025-03-06", "2025-03-06", "2025-03-06", "day", None, False)],
    ),
    (
        "二〇二五年三月六日",
        None,
        [("二〇二五年三月六日", "date", "2025-03-06", "2025-03-06", "2025-03-06", "day", None, False)],
    ),
    (
        "二〇二四年十二月三十一日",
        None,
        [("二〇二四年十二月三十一日", "date", "2024-12-31", "2024-12-31", "2024-12-31", "day", None, False)],
    ),
    # partial dates
    ("3月6日,阿里", AS_OF, [("3月6日", "date", "2025-03-06", "2025-03-06", "2025-03-06", "day", None, True)]),
    ("3月6号", AS_OF, [("3月6号", "date", "2025-03-06", "2025-03-06", "2025-03-06", "day", None, True)]),
    ("3月7日", AS_OF, [("3月7日", "date", "2025-03-07", "2025-03-07", "2025-03-07", "day", None, True)]),
    ("3月7日收报", AS_OF, [("3月7日", "date", "2025-03-07", "2025-03-07", "2025-03-07", "day", None, True)]),
    ("3月7日收报20000点", AS_OF, [("3月7日", "date", "2024-03-07", "2024-03-07", "2024-03-07", "day", None, True)]),
    ("三月六日", AS_OF, [("三月六日", "date", "2025-03-06", "2025-03-06", "2025-03-06", "day", None, True)]),
    ("9月", AS_OF, [("9月", "date", "2025-09-01", "2025-09-01", "2025-09-30", "month", None, True)]),
    ("已在9月", AS_OF, [("9月", "date", "2024-09-01", "2024-09-01", "2024-09-30", "month", None, True)]),
    ("12月份", AS_OF, [("12月份", "date", "2025-12-01", "2025-12-01", "2025-12-31", "month", None, True)]),
    ("12月份出口增长3%", AS_OF, [("12月份", "date", "2024-12-01", "2024-12-01", "2024-12-31", "month", None, True)]),
    ("3月", AS_OF, [("3月", "date", "2025-03-01", "2025-03-01", "2025-03-31", "month", None, True)]),
    (
        "2025年3月",
        AS_OF,
        [("2025年3月", "date", "2025-03-01", "2025-03-01", "2025-03-31", "month", None, False)],
    ),
    (
        "二〇二五年三月",
        None,
        [("二〇二五年三月", "date", "2025-03-01", "2025-03-01", "2025-03-31", "month", None, False)],
    ),
    (
        "2024年2月",
        None,
        [("2024年2月", "date", "2024-02-01", "2024-02-01", "2024-02-29", "month", None, False)],
    ),
    ("2025年", AS_OF, [("2025年", "date", "2025-01-01", "2025-01-01", "2025-12-31", "year", "year", False)]),
    (
        "2024年全年",
        AS_OF,
        [("2024年全年", "period", None, "2024-01-01", "2024-12-31", "year", "year", False)],
    ),
    ("今年", AS_OF, [("今年", "date", "2025-01-01", "2025-01-01", "2025-12-31", "year", "year", True)]),
    ("去年", AS_OF, [("去年", "date", "2024-01-01", "2024-01-01", "2024-12-31", "year", "year", True)]),
    # ranges
    (
        "2024-03-07至2025-03-06",
        AS_OF,
        [("2024-03-07至2025-03-06", "period", None, "2024-03-07", "2025-03-06", "day", "range", False)],
    ),
    (
        "2024-03-07到2025-03-06",
        None,
        [("2024-03-07到2025-03-06", "period", None, "2024-03-07", "2025-03-06", "day", "range", False)],
    ),
    (
        "2024-03-07~2025-03-06",
        None,
        [("2024-03-07~2025-03-06", "period", None, "2024-03-07", "2025-03-06", "day", "range", False)],
    ),
    (
        "2024-03-07～2025-03-06",
        None,
        [("2024-03-07～2025-03-06", "period", None, "2024-03-07", "2025-03-06", "day", "range", False)],
    ),
    (
        "2024-03-07-2025-03-06",
        None,
        [("2024-03-07-2025-03-06", "period", None, "2024-03-07", "2025-03-06", "day", "range", False)],
    ),
    (
        "2024-03-07 — 2025-03-06",
        None,
        [("2024-03-07 — 2025-03-06", "period", None, "2024-03-07", "2025-03-06", "day", "range", False)],
    ),
    (
        "2024/03/07至2025/03/06",
        None,
        [("2024/03/07至2025/03/06", "period", None, "2024-03-07", "2025-03-06", "day", "range", False)],
    ),
    ("2024-03-07至今", AS_OF, [("2024-03-07至今", "period", None, "2024-03-07", NOW, "day", "since", False)]),
    # hk (stop 30): 至今 followed by 年 runs to this year's month, not to now
    (
        "去年11月至今年1月",
        AS_OF,
        [("去年11月至今年1月", "period", None, "2024-11-01", "2025-01-31", "month", "range", True)],
    ),
    (
        "2020-2024年",
        AS_OF,
        [("2020-2024年", "period", None, "2020-01-01", "2024-12-31", "year", "years", False)],
    ),
    (
        "2020年至2024年",
        AS_OF,
        [("2020年至2024年", "period", None, "2020-01-01", "2024-12-31", "year", "years", False)],
    ),
    (
        "1月14日至3月6日",
        AS_OF,
        [("1月14日至3月6日", "period", None, "2025-01-14", NOW, "day", "range", True)],
    ),
    ("12月-1月", AS_OF, [("12月-1月", "period", None, "2024-12-01", "2025-01-31", "month", "range", True)]),
    (
        "2024年12月1日至1月5日",
        None,
        [("2024年12月1日至1月5日", "period", None, "2024-12-01", "2025-01-05", "day", "range", False)],
    ),
    (
        "2024年3月-2025年2月",
        None,
        [("2024年3月-2025年2月", "period", None, "2024-03-01", "2025-02-28", "month", "range", False)],
    ),
    (
        "2024年1-9月",
        None,
        [("2024年1-9月", "period", None, "2024-01-01", "2024-09-30", "month", "range", False)],
    ),
    (
        "自1月14日以来截至3月6日收盘",
        AS_OF,
        [("自1月14日以来截至3月6日", "period", None, "2025-01-14", NOW, "day", "range", True)],
    ),
    (
        "自1月14日以來截至3月6日收盤",
        AS_OF,
        [("自1月14日以來截至3月6日", "period", None, "2025-01-14", NOW, "day", "range", True)],
    ),
    ("自9月以来", AS_OF, [("自9月以来", "period", None, "2024-09-01", NOW, "month", "since", True)]),
    ("9月以來", AS_OF, [("9月以來", "period", None, "2024-09-01", NOW, "month", "since", True)]),
    (
        "指数2020年7月27日发布以来",
        AS_OF,
        [("2020年7月27日发布以来", "period", None, "2020-07-27", NOW, "day", "since", False)],
    ),
    (
        "2020年7月27日發布以來",
        AS_OF,
        [("2020年7月27日發布以來", "period", None, "2020-07-27", NOW, "day", "since", False)],
    ),
    (
        "基金2019年成立以来",
        AS_OF,
        [("2019年成立以来", "period", None, "2019-01-01", NOW, "year", "since", False)],
    ),
    # a start that has come is a since period up to the as-of date (issue 20: was an open 'from')
    (
        "自2025年1月1日起",
        AS_OF,
        [("自2025年1月1日起", "period", None, "2025-01-01", NOW, "day", "since", False)],
    ),
    (
        "自2025年5月1日起",
        AS_OF,
        [("自2025年5月1日起", "period", None, "2025-05-01", None, "day", "from", False)],
    ),
    ("自2025年1月1日起", None, [("自2025年1月1日起", "period", None, "2025-01-01", None, "day", "from", False)]),
    (
        "2020年成立至今",
        AS_OF,
        [("2020年成立至今", "period", None, "2020-01-01", NOW, "year", "since", False)],
    ),
    ("截至3月6日", AS_OF, [("截至3月6日", "period", None, None, NOW, "day", "until", True)]),
    ("截止3月6日,", AS_OF, [("截止3月6日", "period", None, None, NOW, "day", "until", True)]),
    ("截至2025-03-06;", None, [("截至2025-03-06", "period", None, None, NOW, "day", "until", False)]),
    ("截至2024年末", None, [("截至2024年末", "period", None, None, "2024-12-31", "day", "until", False)]),
    ("截至2024年", None, [("截至2024年", "period", None, None, "2024-12-31", "year", "until", False)]),
    # relative
    ("近1年", AS_OF, [("近1年", "period", None, "2024-03-07", NOW, "day", "trailing", True)]),
    ("近一年", AS_OF, [("近一年", "period", None, "2024-03-07", NOW, "day", "trailing", True)]),
    ("近3个月", AS_OF, [("近3个月", "period", None, "2024-12-07", NOW, "day", "trailing", True)]),
    ("近3個月", AS_OF, [("近3個月", "period", None, "2024-12-07", NOW, "day", "trailing", True)]),
    ("近6月", AS_OF, [("近6月", "period", None, "2024-09-07", NOW, "day", "trailing", True)]),
    ("近三年", AS_OF, [("近三年", "period", None, "2022-03-07", NOW, "day", "trailing", True)]),
    ("近两年", AS_OF, [("近两年", "period", None, "2023-03-07", NOW, "day", "trailing", True)]),
    ("近5年", AS_OF, [("近5年", "period", None, "2020-03-07", NOW, "day", "trailing", True)]),
    ("近半年", AS_OF, [("近半年", "period", None, "2024-09-07", NOW, "day", "trailing", True)]),
    ("过去一年", AS_OF, [("过去一年", "period", None, "2024-03-07", NOW, "day", "trailing", True)]),
    ("過去一年", AS_OF, [("過去一年", "period", None, "2024-03-07", NOW, "day", "trailing", True)]),
    ("最近一年", AS_OF, [("最近一年", "period", None, "2024-03-07", NOW, "day", "trailing", True)]),
    ("近12个月以来", AS_OF, [("近12个月以来", "period", None, "2024-03-07", NOW, "day", "trailing", True)]),
    ("近1年来看", AS_OF, [("近1年", "period", None, "2024-03-07", NOW, "day", "trailing", True)]),
    ("近1周", AS_OF, [("近1周", "period", None, "2025-02-28", NOW, "day", "trailing", True)]),
    ("近20个交易日", AS_OF, [("近20个交易日", "period", None, None, NOW, "day", "trailing", True)]),
    (
        "近1年",
        D(2024, 2, 29),
        [("近1年", "period", None, "2023-03-01", "2024-02-29", "day", "trailing", True)],
    ),
    ("2025年开年至今", AS_OF, [("2025年开年至今", "period", None, "2025-01-01", NOW, "day", "ytd", False)]),
    ("2025年開年至今", AS_OF, [("2025年開年至今", "period", None, "2025-01-01", NOW, "day", "ytd", False)]),
    ("2025年初至今", AS_OF, [("2025年初至今", "period", None, "2025-01-01", NOW, "day", "ytd", False)]),
    ("今年以来", AS_OF, [("今年以来", "period", None, "2025-01-01", NOW, "day", "ytd", True)]),
    ("今年以來", AS_OF, [("今年以來", "period", None, "2025-01-01", NOW, "day", "ytd", True)]),
    ("年初至今", AS_OF, [("年初至今", "period", None, "2025-01-01", NOW, "day", "ytd", True)]),
    ("年内涨幅", AS_OF, [("年内", "period", None, "2025-01-01", NOW, "day", "ytd", True)]),
    ("较去年同期", AS_OF, [("去年同期", "period", None, None, None, "day", "same_period_last_year", False)]),
    # as_of None: still reported, never guessed
    ("3月6日", None, [("3月6日", "date", None, None, None, "day", None, False)]),
    ("9月", None, [("9月", "date", None, None, None, "month", None, False)]),
    ("近1年", None, [("近1年", "period", None, None, None, "day", "trailing", False)]),
    ("下周", None, [("下周", "period", None, None, None, "day", "week", False)]),
    ("本月", None, [("本月", "date", None, None, None, "month", "month", False)]),
    ("上季度", None, [("上季度", "period", None, None, None, "month", "quarter", False)]),
    ("一季度", None, [("一季度", "period", None, None, None, "month", "quarter", False)]),
    ("今日", None, [("今日", "date", None, None, None, "day", None, False)]),
    ("今年以来", None, [("今年以来", "period", None, None, None, "day", "ytd", False)]),
    ("9月以来", None, [("9月以来", "period", None, None, None, "month", "since", False)]),
    ("2025年开年至今", None, [("2025年开年至今", "period", None, "2025-01-01", None, "day", "ytd", False)]),
    ("1月14日至3月6日", None, [("1月14日至3月6日", "period", None, None, None, "day", "range", False)]),
    # sign after a month: only the month
    ("9月-3.3%", AS_OF, [("9月", "date", "2024-09-01", "2024-09-01", "2024-09-30", "month", None, True)]),
    ("最新1月+0.4%", AS_OF, [("1月", "date", "2025-01-01", "2025-01-01", "2025-01-31", "month", None, True)]),
]


def _iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def _row(h: TimeHit) -> tuple:
    return (
        h.surface,
        h.kind,
        _iso(h.date),
        _iso(h.start_date),
        _iso(h.end_date),
        h.precision,
        h.relation,
        h.year_inferred,
    )


@pytest.mark.parametrize("which", VARIANTS)
@pytest.mark.parametrize(("text", "as_of", "expected"), CASES, ids=[c[0] for c in CASES])
def test_cases(which: str, text: str, as_of: date | None, expected: list[tuple]) -> None:
    source = variant(text, which)
    hits = find_time_expressions(source, as_of)
    for h in hits:
        assert source[h.start : h.end] == h.surface
    assert [(back(h.surface), *_row(h)[1:]) for h in hits] == [(back(e[0]), *e[1:]) for e in expected]


def test_years_tuple_and_patterns() -> None:
    (h,) = find_time_expressions("其2020-2024年完整会计年度业绩", AS_OF)
    assert h.years == (2020, 2021, 2022, 2023, 2024)
    assert h.pattern == "range-years"
    (h,) = find_time_expressions("2020年至2024年", AS_OF)
    assert h.years == (2020, 2021, 2022, 2023, 2024)
    assert find_time_expressions("2024-03-07至2025-03-06", AS_OF)[0].pattern == "range-iso"
    assert find_time_expressions("2024-03-07", AS_OF)[0].pattern == "ymd-iso"
    assert find_time_expressions("3月6日", AS_OF)[0].pattern == "md-cn"
    assert find_time_expressions("近1年", AS_OF)[0].pattern == "trailing-n-years"
    assert find_time_expressions("近3个月", AS_OF)[0].pattern == "trailing-n-months"


NEGATIVES = [
    "01\n为何本轮AI叙事下港股的表现较好?\n02\n本轮港股大涨后还有多少空间?\n03\n",
    "《财通证券-全球大类资产策略:恒科/纳指估值比或有51%修复空间-250219》",
    "《国金证券-A股投资策略周报-250217》",
    "推出最新的推理模型QwQ-32B",
    "DeepSeek-R1媲美",
    "第四次科技革命",
    "320亿参数的模型",
    "累计涨幅达77.84%",
    "净流入3,018.1亿港元",
    "估值 39.72xPETTM",
    "百年老店已有100年历史",
    "代码2024的基金",
    "2025.13.01",
    "一年内到期",
    "接近3年",
    "持有3年以上",
    "6个月定期",
    "ETF(513180)",
    "T+0回转交易",
    "1.上述基金",
    "2024",
    "成立至今年化收益率",
    "过去年化波动",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert find_time_expressions(text, AS_OF) == []
    assert find_time_expressions(text, None) == []


def test_non_overlapping_sorted() -> None:
    text = "自9月以来显著回升(新口径下,9月-3.3%,12月已经转正至+1.2%,最新1月+0.4%)"
    hits = find_time_expressions(text, AS_OF)
    assert [h.surface for h in hits] == ["自9月以来", "9月", "12月", "1月"]
    assert all(a.end <= b.start for a, b in pairwise(hits))


# --------------------------------------------------------------------------- the sample article


@pytest.fixture(scope="module")
def sample() -> str:
    opencc = pytest.importorskip("opencc")
    raw = corpora_path("samples", "000_c5a5949e47dd4678.txt").read_text(encoding="utf-8")
    text = opencc.OpenCC("t2s").convert(raw)
    assert len(text) == len(raw)
    full = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}
    full.update({"－": "-", "−": "-", "–": "-"})
    return text.translate(str.maketrans(full))


def test_sample_as_of(sample: str) -> None:
    assert infer_as_of(sample) == AS_OF


def test_sample_hits(sample: str) -> None:
    hits = find_time_expressions(sample, infer_as_of(sample))
    for h in hits:
        assert sample[h.start : h.end] == h.surface
    assert all(a.end <= b.start for a, b in pairwise(hits))
    got = {(h.surface, h.relation, h.start_date, h.end_date) for h in hits}
    expected = {
        ("自1月14日以来截至3月6日", "range", D(2025, 1, 14), AS_OF),
        ("近1年", "trailing", D(2024, 3, 7), AS_OF),
        ("2024-03-07至2025-03-06", "range", D(2024, 3, 7), AS_OF),
        ("截至2025-03-06", "until", None, AS_OF),
        ("自9月以来", "since", D(2024, 9, 1), AS_OF),
        ("9月", None, D(2024, 9, 1), D(2024, 9, 30)),
        ("12月", None, D(2024, 12, 1), D(2024, 12, 31)),
        ("1月", None, D(2025, 1, 1), D(2025, 1, 31)),
        ("2024年全年", "year", D(2024, 1, 1), D(2024, 12, 31)),
        ("2024年", "year", D(2024, 1, 1), D(2024, 12, 31)),
        ("2025年开年至今", "ytd", D(2025, 1, 1), AS_OF),
        ("去年同期", "same_period_last_year", D(2024, 1, 1), D(2024, 3, 6)),  # as 2025年开年至今 before it
        ("2024-01-01至2024-03-06", "range", D(2024, 1, 1), D(2024, 3, 6)),
        ("2025-01-01至2025-03-06", "range", D(2025, 1, 1), AS_OF),
        ("截止3月6日", "until", None, AS_OF),
        ("2020年7月27日发布以来", "since", D(2020, 7, 27), AS_OF),
        ("2020-07-27至2025-03-06", "range", D(2020, 7, 27), AS_OF),
        ("2月21日", None, D(2025, 2, 21), D(2025, 2, 21)),
        ("2020-2024年", "years", D(2020, 1, 1), D(2024, 12, 31)),
    }
    assert expected <= got
    assert hits[0].surface == "3月6日" and hits[0].start == 0
    negatives = ["\n01\n", "\n02\n", "\n03\n", "-250219", "-250217", "-250216", "-250301", "-250225"]
    negatives += [
        "QwQ-32B",
        "DeepSeek-R1",
        "第四次",
        "320亿参数",
        "77.84%",
        "3,018.1亿港元",
        "39.72x",
        "(513180)",
    ]
    for bad in negatives:
        at = sample.index(bad)
        assert not any(h.start < at + len(bad) and at < h.end for h in hits), bad


# --------------------------------------------------------------------------- properties

FILLER = st.text(alphabet="的是在了和有股市场指数基金收益表现资产配置行业公司，。、", max_size=12)
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def _forms(d: date) -> list[str]:
    return [
        d.isoformat(),
        f"{d.year}-{d.month}-{d.day}",
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"{d.year}.{d.month:02d}.{d.day:02d}",
        f"{d.year}年{d.month}月{d.day}日",
        f"{d.year}年{d.month:02d}月{d.day:02d}日",
        f"{d.year}年{d.month}月{d.day}号",
    ]


@settings(max_examples=200, deadline=None)
@given(d=DATES, left=FILLER, right=FILLER, which=st.integers(min_value=0, max_value=6))
def test_roundtrip_full_dates(d: date, left: str, right: str, which: int) -> None:
    surface = _forms(d)[which]
    text = left + surface + right
    hits = find_time_expressions(text, None)
    assert len(hits) == 1
    (h,) = hits
    assert (h.start, h.end, h.surface) == (len(left), len(left) + len(surface), surface)
    assert (h.kind, h.date, h.precision, h.year_inferred) == ("date", d, "day", False)
    assert infer_as_of(text) == d


def _cn_month(m: int) -> str:
    """A month's number in Chinese numerals, written independently of the parser (十二, not 一十二)."""
    return ("十" if m >= 10 else "") + ("", *"一二三四五六七八九")[m % 10]


@settings(max_examples=200, deadline=None)
@given(
    m=st.integers(min_value=1, max_value=12),
    suffix=st.sampled_from(["份", "的", "，", "。", "CPI"]),
    left=FILLER,
    right=FILLER,
    as_of=st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31)),
)
def test_bare_chinese_month_is_that_month_of_the_as_of_year(
    m: int, suffix: str, left: str, right: str, as_of: date
) -> None:
    # claims15d: 三月 / 十二月份 alone is the whole month, in the as-of year (current_year setting), before 份,
    # a joining word or no Han character
    surface = f"{_cn_month(m)}月" + ("份" if suffix == "份" else "")
    hits = find_time_expressions(left + f"{_cn_month(m)}月{suffix}" + right, as_of)
    assert [(h.start, h.surface, h.precision) for h in hits] == [(len(left), surface, "month")]
    assert (hits[0].start_date, hits[0].end_date) == (date(as_of.year, m, 1), month_end(as_of.year, m))


@settings(max_examples=100, deadline=None)
@given(m=st.integers(min_value=1, max_value=12), name=st.text(alphabet="稻田花物产科技酒店生", min_size=1, max_size=3))
def test_a_name_that_opens_with_a_chinese_month_is_no_month(m: int, name: str) -> None:
    # claims15d: 十月稻田升5% is a company's move; a month alone needs 份, a joining word or no Han after it
    assert find_time_expressions(f"{_cn_month(m)}月{name}升5%。", AS_OF) == []


@settings(max_examples=200, deadline=None)
@given(
    m=st.integers(min_value=1, max_value=12),
    count_word=st.sampled_from(["第", "每", "前", "首", "约", "逾"]),
    left=FILLER,
    right=FILLER,
)
def test_a_counted_chinese_month_is_no_month_of_the_year(m: int, count_word: str, left: str, right: str) -> None:
    # claims15d: after an ordinal, 每 or a count word the numeral counts months (前三月, 第六月): no calendar month
    assert find_time_expressions(f"{left}{count_word}{_cn_month(m)}月{right}", AS_OF) == []


@settings(max_examples=300, deadline=None)
@given(as_of=st.dates(min_value=date(1901, 1, 1), max_value=date(2100, 12, 31)), probe=DATES)
def test_resolve_year_within_a_year(as_of: date, probe: date) -> None:
    if (probe.month, probe.day) == (2, 29):
        return
    got = resolve_year(probe.month, probe.day, as_of)
    floor = as_of.replace(year=as_of.year - 1, day=28 if (as_of.month, as_of.day) == (2, 29) else as_of.day)
    assert (got.month, got.day) == (probe.month, probe.day)
    assert floor < got <= as_of
    month = resolve_year(probe.month, None, as_of)
    assert month.day == 1 and month.month == probe.month
    assert (month.year, month.month) <= (as_of.year, as_of.month)
    assert (month.year + 1, month.month) > (as_of.year, as_of.month)


def test_resolve_year_examples() -> None:
    assert resolve_year(3, 6, AS_OF) == D(2025, 3, 6)
    assert resolve_year(3, 7, AS_OF) == D(2024, 3, 7)
    assert resolve_year(3, None, AS_OF) == D(2025, 3, 1)
    assert resolve_year(4, None, AS_OF) == D(2024, 4, 1)
    assert resolve_year(2, 29, AS_OF) == D(2024, 2, 29)
    assert resolve_year(2, 29, D(2024, 2, 28)) == D(2020, 2, 29)
    with pytest.raises(ValueError):
        resolve_year(2, 30, AS_OF)
    with pytest.raises(ValueError):
        resolve_year(13, None, AS_OF)


# --------------------------------------------------------------------------- vocabulary file


def test_vocab_loads() -> None:
    v = load_vocab()
    assert "以来" in v.since.suffixes and "以來" in v.since.suffixes
    assert v.units["个月"] == "month" and v.units["個月"] == "month"


def _write(tmp_path: Path, data: object) -> Path:
    p = tmp_path / "time.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return p


def test_vocab_validation(tmp_path: Path) -> None:
    good = yaml.safe_load(corpora_path("patterns", "time.yaml").read_text(encoding="utf-8"))
    bad = dict(good)
    del bad["since"]
    with pytest.raises(ExtractError, match="since") as err:
        load_vocab(_write(tmp_path, bad))
    assert err.value.code == "E401"
    bad = dict(good, range={**good["range"], "connectors": ["至", ""]})
    with pytest.raises(ExtractError, match=r"range\.connectors"):
        load_vocab(_write(tmp_path, bad))
    bad = dict(good, trailing={**good["trailing"], "units": {"fortnight": ["双周"]}})
    with pytest.raises(ExtractError, match="fortnight"):
        load_vocab(_write(tmp_path, bad))
    with pytest.raises(ExtractError, match="version"):
        load_vocab(_write(tmp_path, dict(good, version=99)))
    p = tmp_path / "broken.yaml"
    p.write_text("trailing: [", encoding="utf-8")
    with pytest.raises(ExtractError):
        load_vocab(p)


# --------------------------------------------------------------------------- speed


def test_one_megabyte_reads_every_copy_alike(sample: str) -> None:
    """A megabyte of copies reads each copy as the copy alone: nothing carried across copies, no hit lost at
    scale. Speed is for benchmarks/bench_extract.py; growth is guarded by test_linear_in_the_text."""
    one = find_time_expressions(sample, AS_OF)
    copies = 1_000_000 // (len(sample) + 1) + 1
    big = "\n".join([sample] * copies)
    hits = find_time_expressions(big, AS_OF)
    assert len(one) > 10 and len(hits) == copies * len(one)
    step = len(sample) + 1
    last = hits[-len(one):]
    assert [(h.start - (copies - 1) * step, h.end - (copies - 1) * step, h.start_date, h.end_date) for h in last] == [
        (h.start, h.end, h.start_date, h.end_date) for h in one
    ]
    assert all(big[h.start : h.end] == h.surface for h in hits[:: max(1, len(hits) // 500)])


def test_trailing_day_arithmetic() -> None:
    (h,) = find_time_expressions("近30天", AS_OF)
    assert h.start_date == AS_OF - timedelta(days=29)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("恒生指数年内上涨17.67%", ["年内"]),  # 指数 is a noun, not a count before 年内
        ("沪深300指数年內上漲", ["年內"]),
        ("一年内到期", []),
        ("数年内", []),
    ],
)
def test_year_to_date_guard_and_its_exceptions(text: str, surfaces: list[str]) -> None:
    hits = find_time_expressions(text, date(2024, 12, 31))
    assert [h.surface for h in hits] == surfaces
    assert all(h.relation == "ytd" and h.start_date == date(2024, 1, 1) for h in hits)


# --------------------------------------------------------------------------- properties of the parser

TIME_TEXT = st.text(
    alphabet="0123456789〇一二三四十年月日号季度上下半首前第至到-/.~自从以来起截至止近过去未来今本周週昨初底末内"
    "累计同期财年FYQH、，,：: 个余",
    max_size=40,
)
SETTINGS = st.sampled_from([TimeSettings(prefer_dates_from=p) for p in ("current_year", "past", "future")])


@settings(max_examples=400, deadline=None)
@given(text=TIME_TEXT, as_of=st.none() | st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31)), s=SETTINGS)
def test_parser_never_crashes_and_never_returns_an_impossible_period(
    text: str, as_of: date | None, s: TimeSettings
) -> None:
    hits = find_time_expressions(text, as_of, s)
    assert all(a.end <= b.start for a, b in pairwise(hits))
    for h in hits:
        assert text[h.start : h.end] == h.surface and h.start < h.end
        if h.invalid is not None:
            assert (h.date, h.start_date, h.end_date) == (None, None, None)
        if h.start_date is not None and h.end_date is not None:
            assert h.start_date <= h.end_date
        if h.date is not None:
            assert h.kind == "date" and h.date == h.start_date


@pytest.mark.issue(15)
@settings(max_examples=400, deadline=None)
@given(
    y=st.integers(min_value=0, max_value=2200),
    m=st.integers(min_value=0, max_value=19),
    d=st.integers(min_value=0, max_value=39),
    form=st.sampled_from(["{y:04d}年{m}月{d}日", "{y:04d}-{m:02d}-{d:02d}", "{y:04d}/{m}/{d}"]),
)
def test_a_written_date_is_that_date_or_invalid_never_another(y: int, m: int, d: int, form: str) -> None:
    text = "据报道," + form.format(y=y, m=m, d=d) + ",指数收于5000点"
    hits = find_time_expressions(text, date(2025, 3, 6))
    try:
        real: date | None = date(y, m, d) if 1900 <= y <= 2100 else None
    except ValueError:
        real = None
    dated = [h for h in hits if h.date is not None or h.start_date is not None or h.end_date is not None]
    if real is not None:
        assert [(h.date, h.invalid) for h in dated] == [(real, None)]
    else:
        assert dated == []  # never moved to a neighbouring date
        if "年" in form and (m > 12 or y < 1900 or y > 2100 or d > 31):
            assert any(h.invalid for h in hits)


@pytest.mark.parametrize(
    "unit",
    [
        "2020、",
        "2020 、 ",
        "2025年",
        "上",
        "3月",
        "2025-01-01至",
        "近1年今年以来上半年第一季度",
        "2025年3月2日\n",
        # issue 20
        "从一月十日到十二日,",
        "自2016到2018,",
        "前1周",
        "18年10月1日",
        "2015年起",
        "一至二月",
    ],
)
def test_linear_in_the_text(unit: str) -> None:
    """Twice the text takes about twice the time (a year list once took quadratic time)."""

    def cpu(n: int) -> float:
        text = unit * (n // len(unit))
        best = float("inf")
        gc.disable()  # a collection over a big test process's heap is not the parser's time
        try:
            for _ in range(3):
                t0 = time.process_time()
                find_time_expressions(text, AS_OF)
                infer_as_of(text)
                best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
        return best

    cpu(2_000)  # warm up
    small, large = cpu(20_000), cpu(80_000)
    assert large < 8 * small + 0.05  # 4× the text: linear is ~4×, quadratic ~16×
