"""Hand-worked cases for the session, arithmetic and gate checks (HAND-MADE series, not real data).

Each checker gets a supported and a contradicted case; the gates (forecast, invalid date, range,
uncertain claim, closes-only store) say why in words. Sentences are given in Simplified and
Traditional script and in ASCII and full-width punctuation where the checker reads them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import opencc
import pytest
from handmade import make_claim, make_doc

from analyzer.instruments import default_registry
from analyzer.types import Claim, Mention, Period, Verdict, VerdictStatus
from analyzer.verify import summarize, verify
from analyzer.verify.catalog import default_catalog
from analyzer.verify.store import MarketStore

D = Decimal
S, C, U = VerdictStatus.SUPPORTED, VerdictStatus.CONTRADICTED, VerdictStatus.UNVERIFIABLE
d = dt.date
S2T = opencc.OpenCC("s2t")
Item = tuple[Claim, Mention, str]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> MarketStore:
    """Hand-made hsi closes: 2024-03-01 16000, 03-04 16864 (+5.40%), 03-05 16729 (−135 points)."""
    s = MarketStore(tmp_path_factory.mktemp("hand2") / "hand.duckdb")
    s.sync_instruments(default_registry(), default_catalog().calendars)
    s.write("hsi", "close", [(d(2024, 3, 1), D(16000)), (d(2024, 3, 4), D(16864)), (d(2024, 3, 5), D(16729))], "hand")
    s.write("hsi", "pb", [(d(2024, 3, 1), D("1.00")), (d(2024, 3, 4), D("1.20")), (d(2024, 3, 5), D("1.10"))], "hand")
    s.write("hsi", "pe_ttm", [(d(2024, 3, 1), D("9")), (d(2024, 3, 4), D("8")), (d(2024, 3, 5), D("10"))], "hand")
    s.write("cn_m1", "yoy", [(d(2024, 9, 30), D("-3.3"))], "hand")
    s.write("cn_m1", "yoy_old_def", [(d(2024, 9, 30), D("-7.3"))], "hand")
    yield s
    s.close()


def run(store: MarketStore | None, *items: Item) -> dict[str, Verdict]:
    return {v.claim_id: v for v in verify(make_doc(*items), store)}


def on(day: dt.date) -> dict[str, dt.date]:
    return {"start": day, "end": day}


def scripts(sentence: str) -> list[str]:
    """The sentence in Simplified and Traditional script."""
    return [sentence, S2T.convert(sentence)]


def widths(sentence: str) -> list[str]:
    """The sentence with ASCII and full-width punctuation, each in both scripts."""
    full = sentence.translate(str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"}))
    return scripts(sentence) + scripts(full)


# -- a session's change and a close -------------------------------------------------------------------


@pytest.mark.parametrize("sentence", widths("恒生指数全日上升5.40%,收报16864点"))
def test_change_pct(store: MarketStore, sentence: str) -> None:
    # 16864 / 16000 − 1 = 0.054 → 5.40%
    good = make_claim("p1", "hsi", "change_pct", "5.40", sentence=sentence, **on(d(2024, 3, 4)))
    bad = make_claim("p2", "hsi", "change_pct", "4.40", sentence=sentence, **on(d(2024, 3, 4)))
    v = run(store, good, bad)
    assert v["p1"].status is S and v["p1"].computed == D("5.4")
    assert v["p1"].data[:2] == ("hsi close 2024-03-01 16000", "hsi close 2024-03-04 16864")
    assert v["p2"].status is C and v["p2"].difference == D("1")


@pytest.mark.parametrize("sentence", widths("恒指跌135点,收报16729点"))
def test_change_points(store: MarketStore, sentence: str) -> None:
    # 16729 − 16864 = −135
    good = make_claim("q1", "hsi", "change_points", "-135", unit="点", sentence=sentence, **on(d(2024, 3, 5)))
    bad = make_claim("q2", "hsi", "change_points", "-153", unit="点", sentence=sentence, **on(d(2024, 3, 5)))
    v = run(store, good, bad)
    assert v["q1"].status is S and v["q1"].computed == D("-135")
    assert v["q2"].status is C and v["q2"].difference == D("18")


def test_session_change_on_a_holiday_says_so(store: MarketStore) -> None:
    v = run(store, make_claim("q3", "hsi", "change_pct", "1.0", **on(d(2024, 3, 9))))["q3"]
    assert v.status is U and "2024-03-09 is not a trading day on XHKG" in v.reason


@pytest.mark.parametrize(("stated", "status"), [("16729", S), ("16792", C)])
def test_close_on_its_date(store: MarketStore, stated: str, status: VerdictStatus) -> None:
    v = run(store, make_claim("k1", "hsi", "close", stated, unit="点", **on(d(2024, 3, 5))))["k1"]
    assert v.status is status and "hsi close (user) on 2024-03-05" in v.method


@pytest.mark.parametrize(
    ("metric", "words"),
    [
        ("midday", "a midday level"),
    ],
)
def test_intraday_levels_are_not_checked(store: MarketStore, metric: str, words: str) -> None:
    v = run(store, make_claim("i1", "hsi", metric, "16800", unit="点", **on(d(2024, 3, 5))))["i1"]
    assert v.status is U and v.reason == f"the store holds daily closes only, so {words} is not checked"


@pytest.mark.issue(21)
@pytest.mark.parametrize(
    ("metric", "what"),
    # an opening level is read on the day's open bar (reach17, checkers/day_bars.py), as the extremes on theirs
    [("intraday_high", "highs"), ("intraday_low", "lows"), ("open", "opens")],
)
def test_a_days_extreme_needs_the_providers_bars(store: MarketStore, metric: str, what: str) -> None:
    # a day's high or low is checked against the day's bars (issue 21); closes alone cannot settle it
    v = run(store, make_claim("i1", "hsi", metric, "16800", unit="点", **on(d(2024, 3, 5))))["i1"]
    assert v.status is U and f"the store holds no daily {what} of this provider" in (v.reason or "")


# -- gates ----------------------------------------------------------------------------------------------


def test_forecast_is_never_verified(store: MarketStore) -> None:
    claim, mention, sentence = make_claim("f1", "hsi", "close", "16729", unit="点", **on(d(2024, 3, 5)))
    v = run(store, (claim.model_copy(update={"forecast": True}), mention, sentence))["f1"]
    assert v.status is U and v.reason == "a forecast; not checked against history" and v.computed is None


def test_invalid_period_is_not_checked(store: MarketStore) -> None:
    claim, mention, sentence = make_claim("v1", "hsi", "close", "5000", unit="点")
    period = Period(start=None, end=None, text="2025年2月30日", invalid="February 2025 has 28 days")
    v = run(store, (claim.model_copy(update={"period": period}), mention, sentence))["v1"]
    assert v.status is U
    assert (
        v.reason
        == "the date «2025年2月30日» cannot be real (February 2025 has 28 days), so there is no period to check"
    )


@pytest.mark.parametrize(("low", "high", "status"), [("5", "6", S), ("6", "8", U)])
def test_ranges(store: MarketStore, low: str, high: str, status: VerdictStatus) -> None:
    # 5.40% lies in 5%–6%: supported; 6%–8% does not contain it, and a range is never contradicted
    claim, mention, sentence = make_claim("r1", "hsi", "change_pct", "5", **on(d(2024, 3, 4)))
    ranged = claim.model_copy(update={"value": None, "low": D(low), "high": D(high)})
    v = run(store, (ranged, mention.model_copy(update={"value": None, "low": D(low), "high": D(high)}), sentence))["r1"]
    assert v.status is status and v.computed == D("5.4")
    if status is U:
        assert "5.4 is outside the stated range 6–8; a range or bound is not contradicted" in v.reason


UNSURE = "uncertain: the period was taken from the publication date, not stated beside the figure"


@pytest.mark.parametrize(
    ("update", "why"),
    [
        (
            {"decided_by": {"period": UNSURE}},
            "the period was taken from the publication date, not stated beside the figure",
        ),
        ({"confidence": 0.6}, "the analyzer is not sure which subject, figure or period this is (confidence 0.60)"),
    ],
)
def test_uncertain_claims_are_never_contradicted(store: MarketStore, update: dict[str, object], why: str) -> None:
    claim, mention, sentence = make_claim("u1", "hsi", "close", "16792", unit="点", **on(d(2024, 3, 5)))
    certain = run(store, (claim, mention, sentence))["u1"]
    assert certain.status is C
    v = run(store, (claim.model_copy(update=update), mention, sentence))["u1"]
    assert v.status is U and v.computed == D("16729") and why in v.reason
    # an uncertain claim that the data support stays supported
    good = claim.model_copy(update={**update, "value": D("16729")})
    assert run(store, (good, mention.model_copy(update={"value": D("16729")}), sentence))["u1"].status is S


# -- the document's own arithmetic ------------------------------------------------------------------


def yi(cid: str, metric: str, stated: str, **kw: object) -> Item:
    return make_claim(cid, "hsi", metric, stated, currency="CNY", scale=10**8, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("sentence", widths("营收120亿元,较去年同期的100亿元增长20%"))
def test_growth_of_any_metric_over_a_stated_base(sentence: str) -> None:
    cur, base = yi("a1", "revenue", "120", sentence=sentence), yi("a0", "revenue", "100", sentence=sentence)
    good = make_claim("g1", "hsi", "growth_yoy", "20", refs=("a1", "a0"), sentence=sentence)
    bad = make_claim("g2", "hsi", "growth_yoy", "25", refs=("a1", "a0"), sentence=sentence)
    v = run(None, cur, base, good, bad)
    assert v["g1"].status is S and v["g1"].checker == "growth" and v["g1"].computed == D("20")
    assert v["g2"].status is C and v["g2"].difference == D("-5")
    # the revenue figures themselves are company results the store does not hold
    assert v["a1"].reason == "company results (revenue) are not in the market store, so the figure is not checked"


@pytest.mark.parametrize("sentence", widths("净利润80亿元,较上年的100亿元下降20%"))
def test_a_fall_over_a_stated_base(sentence: str) -> None:
    cur, base = yi("b1", "net_profit", "80", sentence=sentence), yi("b0", "net_profit", "100", sentence=sentence)
    good = make_claim("h1", "hsi", "growth", "-20", refs=("b1", "b0"), sentence=sentence)
    bad = make_claim("h2", "hsi", "growth", "-2", refs=("b1", "b0"), sentence=sentence)
    v = run(None, cur, base, good, bad)
    assert v["h1"].status is S and v["h1"].computed == D("-20")
    assert v["h2"].status is C


@pytest.mark.parametrize("sentence", widths("其中港股30亿元,占总额120亿元的25%"))
def test_share_of_a_whole(sentence: str) -> None:
    part, whole = yi("s1", "fund_size", "30", sentence=sentence), yi("s0", "fund_size", "120", sentence=sentence)
    good = make_claim("w1", "hsi", "equity_share", "25", refs=("s1", "s0"), sentence=sentence)
    bad = make_claim("w2", "hsi", "equity_share", "30", refs=("s1", "s0"), sentence=sentence)
    v = run(None, part, whole, good, bad)
    assert v["w1"].status is S and v["w1"].checker == "ratio" and v["w1"].computed == D("25")
    assert v["w2"].status is C


@pytest.mark.parametrize("sentence", widths("沪市1.5亿元,深市2.25亿元,合计3.8亿元"))
def test_sum_of_parts(sentence: str) -> None:
    # 1.5 + 2.25 = 3.75亿; 3.8亿 is stated to 0.1亿 (±0.05亿): supported at the edge; 4.0亿 is not
    p1, p2 = yi("t1", "turnover", "1.5", sentence=sentence), yi("t2", "turnover", "2.25", sentence=sentence)
    good = yi("t3", "sum", "3.8", refs=("t1", "t2"), sentence=sentence)
    bad = yi("t4", "sum", "4.0", refs=("t1", "t2"), sentence=sentence)
    v = run(None, p1, p2, good, bad)
    assert v["t3"].status is S and v["t3"].computed == D("375000000")
    assert v["t4"].status is C


@pytest.mark.parametrize("sentence", widths("目标价150港元,较现价120港元有25%上行空间"))
def test_upside_from_a_target_and_a_close(sentence: str) -> None:
    target = make_claim("x1", "tencent", "target_price", "150", currency="HKD", sentence=sentence)
    target = (target[0].model_copy(update={"forecast": True}), target[1], target[2])
    close = make_claim("x0", "tencent", "close", "120", currency="HKD", sentence=sentence)
    good = make_claim("up1", "tencent", "upside", "25", refs=("x1", "x0"), sentence=sentence)
    bad = make_claim("up2", "tencent", "upside", "35", refs=("x1", "x0"), sentence=sentence)
    v = run(None, target, close, good, bad)
    # (150 / 120 − 1) × 100 = 25%: the text's own arithmetic is checked even though the target is a forecast
    assert v["up1"].status is S and v["up1"].computed == D("25")
    assert v["up2"].status is C
    assert v["x1"].reason == "a forecast; not checked against history"


# -- basis and field words in both scripts and widths ----------------------------------------------


@pytest.mark.parametrize("sentence", widths("M1同比(新口径):-7.3%"))
def test_new_basis_words(store: MarketStore, sentence: str) -> None:
    v = run(
        store,
        make_claim("m1", "cn_m1", "growth_yoy", "-7.3", start=d(2024, 9, 1), end=d(2024, 9, 30), sentence=sentence),
    )
    assert v["m1"].status is C and v["m1"].computed == D("-3.3")


@pytest.mark.parametrize("sentence", widths("M1同比(旧口径):-7.3%"))
def test_old_basis_words(store: MarketStore, sentence: str) -> None:
    v = run(
        store,
        make_claim("m2", "cn_m1", "growth_yoy", "-7.3", start=d(2024, 9, 1), end=d(2024, 9, 30), sentence=sentence),
    )
    assert v["m2"].status is S and "yoy_old_def" in v["m2"].method


@pytest.mark.parametrize("sentence", widths("恒指市净率分位数:66.67%"))
def test_percentile_of_pb_by_its_word(store: MarketStore, sentence: str) -> None:
    # PB 1.00, 1.20, 1.10: 1.10 on 03-05 has 2 of 3 at or below → 66.67% (PE would give 3 of 3 → 100%)
    v = run(
        store, make_claim("pc", "hsi", "percentile", "66.67", start=d(2024, 3, 1), end=d(2024, 3, 5), sentence=sentence)
    )
    assert v["pc"].status is S and "PB figures" in v["pc"].method


def test_summarize_counts_and_fail_on(store: MarketStore) -> None:
    v = run(
        store,
        make_claim("z1", "hsi", "close", "16729", unit="点", **on(d(2024, 3, 5))),
        make_claim("z2", "hsi", "close", "16792", unit="点", **on(d(2024, 3, 5))),
        make_claim("z3", "hsi", "midday", "16800", unit="点", **on(d(2024, 3, 5))),
        make_claim("z4", "hsi", "midday", "16801", unit="点", **on(d(2024, 3, 5))),
    )
    counts = summarize(v.values())
    assert (counts.supported, counts.contradicted, counts.unverifiable, counts.total) == (1, 1, 2, 4)
    assert counts.line() == "1 supported, 1 contradicted, 2 unverifiable (4 verdicts)"
    assert counts.fails("contradicted") and counts.fails("unverifiable") and not counts.fails("never")
    clean = summarize([x for x in v.values() if x.status is not C])
    assert not clean.fails("contradicted") and clean.fails("unverifiable")
    assert (counts + clean).total == 7


@pytest.mark.parametrize("sentence", scripts("腾讯控股第四季度收入同比增长11%"))
def test_company_growth_says_results_are_not_held(store: MarketStore, sentence: str) -> None:
    v = run(
        store,
        make_claim("cg", "tencent", "growth_yoy", "11", start=d(2024, 10, 1), end=d(2024, 12, 31), sentence=sentence),
    )
    assert v["cg"].status is U
    assert (
        v["cg"].reason
        == "tencent: company results are not in the market store, so a growth figure of its results is not checked"
    )


@pytest.mark.parametrize("sentence", widths("毛利率52.9%,较上年的48.1%提升4.8个百分点"))
def test_change_of_a_rate_in_points(sentence: str) -> None:
    now, before = (
        make_claim(c, "tencent", "gross_margin", v, sentence=sentence) for c, v in (("gm1", "52.9"), ("gm0", "48.1"))
    )
    good = make_claim("pp1", "tencent", "gross_margin", "4.8", unit="pp", refs=("gm1", "gm0"), sentence=sentence)
    bad = make_claim("pp2", "tencent", "gross_margin", "5.8", unit="pp", refs=("gm1", "gm0"), sentence=sentence)
    alone = make_claim("pp3", "tencent", "gross_margin", "4.8", unit="pp", sentence=sentence)
    v = run(None, now, before, good, bad, alone)
    assert v["pp1"].status is S and v["pp1"].checker == "difference" and v["pp1"].computed == D("4.8")
    assert v["pp2"].status is C and v["pp2"].difference == D("-1")
    assert v["pp3"].status is U and v["pp3"].reason.startswith("stated in percentage points (a change of a rate)")


def test_a_series_that_has_ended_is_not_carried_forward(store: MarketStore) -> None:
    # the hand hsi closes end 2024-03-05: a return to Thursday 03-07 must not reuse the 03-05 close
    v = run(store, make_claim("e1", "hsi", "return", "4.56", start=d(2024, 3, 4), end=d(2024, 3, 7)))["e1"]
    assert v.status is U
    assert (
        "no hsi daily closes from user for 2024-03-07 in the store; the latest before it is 2024-03-05 and its data "
        "ends 2024-03-05" in v.reason
    )


# -- a checker's span must be the claim's period ------------------------------------------------------


@pytest.mark.parametrize("metric", ["change_pct", "change_points", "close"])
@pytest.mark.parametrize(
    ("start", "end"),
    [(d(2024, 3, 1), d(2024, 3, 5)), (d(2024, 1, 1), d(2024, 3, 4)), (None, d(2024, 3, 4))],
)
def test_a_session_check_never_judges_a_figure_over_several_days(
    store: MarketStore, metric: str, start: dt.date | None, end: dt.date
) -> None:
    """「年初至今(截至3月4日收盘)上涨0.84%」 read as a session's change must not be contradicted by the
    session's data: a one-session method says nothing about a figure over several days (or an open start)."""
    unit = "%" if metric == "change_pct" else "点"
    v = run(store, make_claim("w1", "hsi", metric, "0.84", unit=unit, start=start, end=end))
    if metric == "change_points" and start is not None:
        # a change in points over stated sessions is checked over them (last close − base close), never on one
        assert "one-session" not in v["w1"].method and "base" in v["w1"].method
    else:
        assert v["w1"].status is U and "not one session" in (v["w1"].reason or "")
    # the same figure dated on one session is checked (and here wrong)
    one = run(store, make_claim("w2", "hsi", metric, "0.84", unit=unit, **on(end)))
    assert one["w2"].status is C
