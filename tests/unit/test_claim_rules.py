"""Claim assembly rules on small documents, in Simplified and in Traditional (OpenCC s2t):
subject, metric (with negating cues), value and resolved period."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import opencc
import pytest

from analyzer.pipeline import analyze

S2T = opencc.OpenCC("s2t")
D = dt.date
AS_OF = D(2024, 12, 31)

# text → [(subject id, metric, value or label, period start, period end)]
# fmt: off
CASES = [
    ("截至2024年12月31日,恒生指数年内上涨17.67%。",
     [("hsi", "return", "17.67", D(2024, 1, 1), D(2024, 12, 31))]),
    ("沪深300指数近1年跌幅达5.2%。",
     [("csi300", "return", "-5.2", D(2024, 1, 1), D(2024, 12, 31))]),
    ("北向资金当日净流出52.3亿元,较前一交易日减少30%。",
     # a day's flow without a date is dated by the as-of date (marked uncertain in decided_by)
     [("northbound", "net_inflow", "-5230000000", AS_OF, AS_OF), ("northbound", "growth", "-30", AS_OF, AS_OF)]),
    ("本基金成立于2019年5月,近3年年化收益率8.5%,业绩比较基准收益率为5.2%。",
     [("unnamed_fund", "annualized_return", "8.5", D(2022, 1, 1), D(2024, 12, 31)),
      ("unnamed_fund", "benchmark_return", "5.2", D(2022, 1, 1), D(2024, 12, 31))]),
    ("恒生科技指数ETF(513180)跟踪恒生科技指数。该基金近1年收益率为20.5%。",
     [("hstech_etf_513180", "fund_code", "513180", None, None),
      ("hstech_etf_513180", "fund_return", "20.5", D(2024, 1, 1), D(2024, 12, 31))]),
    ("2025年开年至今,南向资金净流入3,018.1亿港元,较去年同期(612.7亿港元)相比,增长393%。",
     [("southbound", "net_inflow", "301810000000", D(2025, 1, 1), D(2025, 3, 6)),
      ("southbound", "net_inflow", "61270000000", D(2024, 1, 1), D(2024, 3, 6)),
      ("southbound", "growth", "393", D(2025, 1, 1), D(2025, 3, 6))]),
    ("3月6日,恒生科技指数收报6068.77点。",
     [("hstech", "close", "6068.77", D(2024, 3, 6), D(2024, 3, 6))]),
    # a short alias counts only as a whole word: 恒科 (HSTECH) is not inside 永恒科技
    ("恒科近1年涨幅达77.84%。", [("hstech", "return", "77.84", D(2024, 1, 1), D(2024, 12, 31))]),
    ("永恒科技营收同比增长12%。", [(None, "growth_yoy", "12", None, None)]),
    ("纳斯达克指数市盈率(TTM)为39.7倍,处于2010年以来85.3%的分位数。",
     [("nasdaq_composite", "pe_ttm", "39.7", AS_OF, AS_OF),
      ("nasdaq_composite", "percentile", "85.3", D(2010, 1, 1), AS_OF)]),
]
# fmt: on


def _params() -> list:
    out = []
    for text, expected in CASES:
        out.append(pytest.param(text, expected, id=f"简-{text[:12]}"))
        out.append(pytest.param(S2T.convert(text), expected, id=f"繁-{text[:12]}"))
    return out


@pytest.mark.parametrize(("text", "expected"), _params())
def test_claims(text: str, expected: list[tuple]) -> None:
    as_of = D(2025, 3, 6) if "2025年" in text else AS_OF
    result = analyze(text.encode("utf-8"), name="case.txt", as_of=as_of)
    got = []
    for c in result.claims:
        assert result.text[c.span.start : c.span.end] == c.text
        value = c.label if c.value is None else c.value
        period = (c.period.start, c.period.end) if c.period else (None, None)
        got.append((c.subject.id if c.subject else None, c.metric, value, *period))
    labels = {"fund_code", "risk_rating"}
    assert got == [(s, m, v if m in labels else Decimal(v), a, b) for s, m, v, a, b in expected]



_PRICES = ("close", "open", "midday", "intraday_high", "intraday_low")


# claims9: money as large as an amount is never a price a session set, whatever cue names one (升至, 报)
# or pattern it continues: a fund's size that rose to a level is the size; a deal's amount is no close
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("某成长混合基金四季度规模增长8.6亿元,季末升至215.3亿元。", True),
        ("某科技股收报32.5元,涨1.2%;公司拟出售子公司股权,交易金额报人民币26.4亿元。", False),
    ],
)
def test_amount_never_a_price(text: str, read: bool) -> None:
    for variant in (text, S2T.convert(text)):
        claims = analyze(variant.encode(), name="t.txt", as_of=AS_OF).claims
        big = [c for c in claims if c.currency and c.value is not None and abs(Decimal(c.value)) >= 10**8]
        assert all(c.metric not in _PRICES for c in big)
        if read:
            assert [c.metric for c in big if "215.3" in c.text] == ["fund_size"]
        assert any(c.metric == "close" for c in claims) == ("收报" in text)
