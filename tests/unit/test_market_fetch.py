"""``analyzer market fetch`` offline: stand-in functions return DataFrames in AKShare's exact column
layouts (read from github.com/akfamily/akshare, see corpora/market/fetch.yaml). Every value is made up
for the test (not market data); the layouts, column names and units are AKShare's."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from typer.testing import CliRunner

from analyzer.cli.market import market_app
from analyzer.errors import MarketDataError
from analyzer.instruments import default_registry
from analyzer.verify import fetch as fetch_mod
from analyzer.verify.catalog import default_catalog
from analyzer.verify.fetch import fetch_into, resolve
from analyzer.verify.store import MarketStore

D = Decimal
d = dt.date
NOW = dt.datetime(2026, 11, 29, 23, 0, tzinfo=dt.UTC)


def hsgt(symbol: str = "北向资金") -> pd.DataFrame:
    """stock_hsgt_hist_em: amounts in 亿, dates as datetime.date, sorted ascending (stock_hsgt_em.py)."""
    assert symbol == "南向资金"
    return pd.DataFrame(
        {
            "日期": [d(2024, 3, 4), d(2024, 3, 5), d(2024, 3, 6)],
            "当日成交净买额": [10.5, -2.25, 3.0],
            "买入成交额": [100.0, 80.0, 90.0],
            "卖出成交额": [89.5, 82.25, 87.0],
            "历史累计净买额": [3.1, 3.09, 3.1],
            "当日资金流入": [12.0, float("nan"), 4.0],
            "当日余额": [400.0, 400.0, 400.0],
            "持股市值": [7.1e12, 7.1e12, 7.2e12],
            "领涨股": ["甲", "乙", "丙"],
            "领涨股-涨跌幅": [8.0, 5.0, 3.0],
            "沪深300": [16000.0, 16100.0, 16200.0],
            "沪深300-涨跌幅": [0.1, 0.6, 0.6],
            "领涨股-代码": ["00001.HK", "00002.HK", "00003.HK"],
        }
    )


def sina_index(symbol: str = "CES100") -> pd.DataFrame:
    """stock_hk_index_daily_sina: date, open, close, high, low, volume (index_stock_hk.py)."""
    return pd.DataFrame(
        {
            "date": [d(2024, 3, 4), d(2024, 3, 5)],
            "open": [100.0, 101.0],
            "high": [102.0, 103.0],
            "low": [99.0, 100.0],
            "close": [101.25, 102.5],
            "volume": [1e9, 1.1e9],
        }
    )


def money_supply() -> pd.DataFrame:
    """macro_china_money_supply: 月份 as '2025年01月份', levels in 亿元, growth in % (macro_china.py)."""
    return pd.DataFrame(
        {
            "月份": ["2025年01月份", "2024年12月份", "2024年11月份"],
            "货币和准货币(M2)-数量(亿元)": [3180000.0, 3135000.0, 3120000.0],
            "货币和准货币(M2)-同比增长": [7.0, 7.3, 7.1],
            "货币和准货币(M2)-环比增长": [1.4, 0.5, 0.1],
            "货币(M1)-数量(亿元)": [1120000.0, 671000.0, 650000.0],
            "货币(M1)-同比增长": [0.4, -1.4, -3.7],
            "货币(M1)-环比增长": [1.0, 3.0, 0.1],
            "流通中的现金(M0)-数量(亿元)": [130000.0, 128000.0, 127000.0],
            "流通中的现金(M0)-同比增长": [17.2, 13.0, 12.7],
            "流通中的现金(M0)-环比增长": [1.5, 0.8, 0.2],
        }
    )


def a_hist(symbol: str = "000001", adjust: str = "", **_: str) -> pd.DataFrame:
    """stock_zh_a_hist: 日期, 股票代码, 开盘, 收盘, … (stock_hist_em.py)."""
    return pd.DataFrame(
        {
            "日期": [d(2024, 3, 4)],
            "股票代码": [symbol],
            "开盘": [1700.0],
            "收盘": [1710.5],
            "最高": [1720.0],
            "最低": [1690.0],
            "成交量": [30000],
            "成交额": [5.1e9],
            "振幅": [1.8],
            "涨跌幅": [0.6],
            "涨跌额": [10.5],
            "换手率": [0.24],
        }
    )


def etf_nav(fund: str = "511280", **_: str) -> pd.DataFrame:
    """fund_etf_fund_info_em: 净值日期, 单位净值, 累计净值, 日增长率, 申购状态, 赎回状态 (fund_em.py)."""
    return pd.DataFrame(
        {
            "净值日期": [d(2024, 3, 4), d(2024, 3, 5)],
            "单位净值": [0.5123, 0.5201],
            "累计净值": [0.5123, 0.5201],
            "日增长率": [0.2, 1.52],
            "申购状态": ["场内买入", "场内买入"],
            "赎回状态": ["场内卖出", "场内卖出"],
        }
    )


def offline(*_: object, **__: object) -> pd.DataFrame:
    raise ConnectionError("HTTPSConnectionPool(host='datacenter-web.eastmoney.com'): Max retries exceeded")


AK = SimpleNamespace(
    stock_hsgt_hist_em=hsgt,
    stock_hk_index_daily_sina=sina_index,
    macro_china_money_supply=money_supply,
    stock_zh_a_hist=a_hist,
    fund_etf_fund_info_em=etf_nav,
)


@pytest.fixture
def store(tmp_path: Path) -> MarketStore:
    s = MarketStore(tmp_path / "fetch.duckdb")
    s.sync_instruments(default_registry(), default_catalog().calendars)
    yield s
    s.close()


def test_southbound_net_buying_in_units_with_provenance(store: MarketStore) -> None:
    target, spec, written, skipped = fetch_into(store, "southbound", "net_inflow", ak=AK, now=NOW)
    assert (target, spec.provider, written.inserted, skipped) == ("southbound", "eastmoney", 3, 0)
    series = store.series("southbound", "net_inflow", "eastmoney")
    assert series.points == (
        (d(2024, 3, 4), D("1050000000")),
        (d(2024, 3, 5), D("-225000000")),
        (d(2024, 3, 6), D("300000000")),
    )
    # the stand-in has no __version__: the source says the version is unknown
    call = "akshare.stock_hsgt_hist_em(symbol='南向资金')"
    assert series.sources == (f"{call} fetched 2026-11-29T23:00:00Z with akshare unknown",)
    assert "AKShare is MIT-licensed code" in series.licences[0]
    # the quota series skips the day AKShare gives as NaN
    _, _, quota, skipped = fetch_into(store, "southbound", "net_inflow_quota", ak=AK, now=NOW)
    assert quota.inserted == 2 and skipped == 1


def test_fetch_is_idempotent_and_reports_conflicts(store: MarketStore) -> None:
    fetch_into(store, "hstech", "close", ak=AK, now=NOW)
    _, _, again, _ = fetch_into(store, "hstech", "close", ak=AK, now=NOW)
    assert (again.inserted, again.unchanged, again.conflicts) == (0, 2, [])
    revised = SimpleNamespace(stock_hk_index_daily_sina=lambda symbol: sina_index(symbol).assign(close=[101.25, 99.0]))
    _, _, changed, _ = fetch_into(store, "hstech", "close", ak=revised, now=NOW)
    assert [(c.date, c.stored, c.incoming) for c in changed.conflicts] == [(d(2024, 3, 5), D("102.5"), D("99"))]
    assert store.series("hstech", "close", "sina").on(d(2024, 3, 5)) == D("102.5")  # kept, not overwritten
    _, _, replaced, _ = fetch_into(store, "hstech", "close", ak=revised, now=NOW, replace=True)
    assert replaced.replaced == 1 and store.series("hstech", "close", "sina").on(d(2024, 3, 5)) == D("99")


def test_money_supply_split_by_definition_and_range(store: MarketStore) -> None:
    fetch_into(store, "cn_m1", "yoy", ak=AK, now=NOW)
    fetch_into(store, "cn_m1", "yoy_old_def", ak=AK, now=NOW)
    assert store.series("cn_m1", "yoy").points == ((d(2025, 1, 31), D("0.4")),)  # revised definition from 2025-01
    assert store.series("cn_m1", "yoy_old_def").points == ((d(2024, 11, 30), D("-3.7")), (d(2024, 12, 31), D("-1.4")))
    _, _, level, _ = fetch_into(store, "cn_m2", "level", ak=AK, now=NOW, start=d(2024, 12, 1), end=d(2024, 12, 31))
    assert level.inserted == 1 and store.series("cn_m2", "level").points == ((d(2024, 12, 31), D("313500000000000")),)


def test_securities_master_codes(store: MarketStore) -> None:
    target, spec, written, _ = fetch_into(store, "600519", "close", kind="a_share", ak=AK, now=NOW)
    assert target == "600519" and spec.args == {"symbol": "600519", "adjust": ""} and written.inserted == 1
    assert store.series("600519", "close").on(d(2024, 3, 4)) == D("1710.5")
    target, _, _, _ = fetch_into(store, "513180", "nav", kind="etf", ak=AK, now=NOW)
    assert store.series("513180", "nav").on(d(2024, 3, 5)) == D("0.5201")
    assert resolve("0700.HK", "close")[0] == "00700"  # an HK code is recognized by its shape
    with pytest.raises(MarketDataError) as info:
        resolve("600519", "close")  # six digits could be a stock or a fund: the kind must be given
    assert info.value.code == "E533" and "--kind" in info.value.message


@pytest.mark.parametrize(
    ("ak", "code", "words"),
    [
        (SimpleNamespace(stock_hsgt_hist_em=offline), "E531", "ConnectionError: HTTPSConnectionPool"),
        (
            SimpleNamespace(stock_hsgt_hist_em=lambda symbol: hsgt(symbol).rename(columns={"日期": "date"})),
            "E532",
            "'日期'",
        ),
        (SimpleNamespace(), "E532", "has no function stock_hsgt_hist_em"),
    ],
)
def test_failures_are_one_coded_line(store: MarketStore, ak: object, code: str, words: str) -> None:
    with pytest.raises(MarketDataError) as info:
        fetch_into(store, "southbound", "net_inflow", ak=ak, now=NOW)
    assert info.value.code == code and words in info.value.message and "\n" not in info.value.one_line()


def test_cli_without_akshare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "akshare", None)  # import akshare → ImportError
    result = CliRunner().invoke(market_app, ["fetch", "hstech", "close", "--market", str(tmp_path / "m.duckdb")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    (line,) = [x for x in result.output.splitlines() if x.strip()]
    assert line.startswith("error E530 akshare is not installed") and 'pip install "analyzer[fetch]"' in line


def test_cli_fetch_with_stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch_mod, "load_akshare", lambda: AK)
    db = str(tmp_path / "m.duckdb")
    args = ["fetch", "hscei", "close", "--from", "2024-03-05", "--market", db]
    result = CliRunner().invoke(market_app, args)
    assert result.exit_code == 0, result.output
    assert "hscei close (sina) ← akshare.stock_hk_index_daily_sina(symbol='HSCEI'): 1 new, 0 unchanged" in result.output
    assert "1 new" in CliRunner().invoke(market_app, ["fetch", "hscei", "close", "--market", db]).output
    # the store ships East Money's real southbound series: the made-up values here differ from it, so
    # they are reported as conflicts and kept out (exit 1), exactly as ``market import`` does
    clash = CliRunner().invoke(market_app, ["fetch", "southbound", "net_inflow", "--market", db])
    assert clash.exit_code == 1
    assert "conflict 2024-03-04: stored 3662840000, new 1050000000 (kept stored value)" in clash.output
    monkeypatch.setattr(fetch_mod, "load_akshare", lambda: SimpleNamespace(stock_hk_index_daily_sina=offline))
    down = CliRunner().invoke(market_app, args)
    assert down.exit_code == 2 and "error E531" in down.output and "Traceback" not in down.output
