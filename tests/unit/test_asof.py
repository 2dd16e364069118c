"""The document's as-of date: a dated heading or byline first, then a 截至 date, then the latest full
date that is not in a future-looking context; each with where it came from (issue 10, item 4)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from time_support import VARIANTS, variant

from analyzer.extract.timeexpr import infer_as_of, infer_as_of_with_source

D = date

CASES: list[tuple[str, date | None, str]] = [
    # a line that is only a date, under the title
    ("港股早报\n2025年3月2日\n恒指昨日收报23000点,认购期至2025年12月31日。", D(2025, 3, 2), "heading"),
    ("港股早报\n\n 2025-03-02 \n正文2024年12月31日", D(2025, 3, 2), "heading"),
    # a labelled byline, with a time and a source
    ("发布时间:2025-03-02 08:30\n截至2025年2月28日收盘,恒指上涨。", D(2025, 3, 2), "heading"),
    ("标题\n2025-03-02 08:30 来源:新浪财经\n正文2025年5月1日", D(2025, 3, 2), "heading"),
    ("标题\n(2025年3月2日)\n正文", D(2025, 3, 2), "heading"),
    ("标题\n日期:2025年3月2日 星期日\n正文", D(2025, 3, 2), "heading"),
    # no heading: an explicit 截至 date wins over a later date
    ("正文:截至2025年2月28日收盘,恒指上涨。2025年3月1日发布。", D(2025, 2, 28), "text"),
    # a subscription period or a coming event is never the as-of date
    ("认购期为2025年3月1日至2025年12月31日。2025年2月20日公司公告。", D(2025, 2, 20), "text"),
    ("本基金将于2025年4月1日开放申购。2025年2月20日公司公告。", D(2025, 2, 20), "text"),
    ("公司预计2025年6月30日前完成收购,2025年1月5日董事会通过。", D(2025, 1, 5), "text"),
    # 截至X日止六个月 names a reporting period: the latest date decides
    ("公布截至2024年9月30日止三个月业绩。2024年11月13日公告。", D(2024, 11, 13), "text"),
    # the latest full date otherwise
    ("区间2024-03-07至2025-03-06", D(2025, 3, 6), "text"),
    # a heading date far down the text is no heading
    ("一\n二\n三\n四\n五\n六\n2025年3月2日\n正文2025年1月1日", D(2025, 3, 2), "text"),
    # an impossible date is never an as-of date
    ("2025年2月30日\n正文2025年1月1日", D(2025, 1, 1), "text"),
    ("没有日期的正文", None, "none"),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize("which", VARIANTS)
@pytest.mark.parametrize(("text", "expected", "source"), CASES, ids=[c[0][:20] for c in CASES])
def test_as_of_and_its_source(which: str, text: str, expected: date | None, source: str) -> None:
    got = infer_as_of_with_source(variant(text, which))
    assert got == (expected, source)
    assert infer_as_of(variant(text, which)) == expected


def test_a_heading_beats_a_later_date_in_the_text() -> None:
    text = "快讯\n2025年3月2日\n本基金认购期至2025年12月31日,2025年5月1日起开放申购。"
    assert infer_as_of_with_source(text) == (D(2025, 3, 2), "heading")


FILLER = st.text(alphabet="的是在了和有股市场指数基金收益表现资产配置行业公司，。、", max_size=12)


@settings(max_examples=100, deadline=None)
@given(
    published=st.dates(min_value=D(1990, 1, 1), max_value=D(2099, 12, 31)),
    later=st.dates(min_value=D(1990, 1, 1), max_value=D(2099, 12, 31)),
    left=FILLER,
    cue=st.sampled_from(["将于", "认购期至", "预计", "截止认购日"]),
)
def test_a_future_looking_date_never_becomes_the_as_of_date(published: date, later: date, left: str, cue: str) -> None:
    text = f"{left}{published.year}年{published.month}月{published.day}日公告。{cue}{later.isoformat()}"
    assert infer_as_of_with_source(text) == (published, "text")
