"""``market list`` and ``market show`` fit the terminal (issue 16): one row per series, provenance
printed once, amounts with their magnitude word (exact with --exact), closes and PE plain."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from analyzer.cli.market import market_app, short_licence, short_source
from analyzer.verify import open_store

# the same provenance in both scripts and both punctuation widths
SOURCES = [
    "东方财富 沪深港通历史数据 南向资金（当日成交净买额），手工导出，经分析员核对",
    "東方財富 滬深港通歷史數據 南向資金(當日成交淨買額),手工導出,經分析員核對",
]
WIDTHS = [80, 120]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("market") / "cli.duckdb"
    open_store(path).close()  # seed the shipped series once for the module
    return path


def _import(db: Path, tmp_path: Path, source: str, provider: str) -> None:
    csv = tmp_path / "southbound_net_buy.csv"
    # 亿 in the header: values are stored in HKD (45.2亿 → 4520000000)
    csv.write_text("日期,当日成交净买额(亿元)\n2024-03-01,45.2\n2024-03-04,-12.75\n2024-03-05,0.5\n", encoding="utf-8")
    args = ["import", str(csv), "--instrument", "southbound", "--field", "net_inflow", "--market", str(db)]
    result = CliRunner().invoke(market_app, [*args, "--provider", provider, "--source", source])
    assert result.exit_code == 0, result.output


def _widest(output: str) -> int:
    return max(cell_len(line.rstrip()) for line in output.splitlines())


def _body_rows(output: str) -> list[str]:
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("┡"))
    end = next(i for i, line in enumerate(lines) if line.startswith("└"))
    return lines[start + 1 : end]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("width", WIDTHS)
def test_show_prints_provenance_once_and_amounts_with_magnitude(
    db: Path, tmp_path: Path, source: str, width: int
) -> None:
    provider = f"analyst{SOURCES.index(source)}w{width}"  # one series per case: its source is this one
    _import(db, tmp_path, source, provider)
    args = ["show", "southbound", "--field", "net_inflow", "--provider", provider, "--market", str(db)]
    out = CliRunner().invoke(market_app, args, env={"COLUMNS": str(width)}).output
    assert _widest(out) <= width, out
    flat = "".join(out.split())  # the source may be wrapped over lines above the table
    assert flat.count("".join(source.split())) == 1, out
    assert flat.count("licence:notstatedbytheimporter") == 1
    rows = _body_rows(out)
    assert len(rows) == 3
    assert [r.split("│")[4].strip() for r in rows] == ["45.20亿 HKD", "-12.75亿 HKD", "5,000.00万 HKD"]
    assert "4520000000" not in out
    exact = CliRunner().invoke(market_app, [*args, "--exact"], env={"COLUMNS": str(width)}).output
    assert "4520000000" in exact and "-1275000000" in exact and "45.20亿" not in exact


@pytest.mark.parametrize("width", WIDTHS)
def test_show_keeps_closes_and_pe_plain(db: Path, width: int) -> None:
    args = ["show", "hsi", "--market", str(db), "--from", "2024-03-01", "--to", "2024-03-01"]
    out = CliRunner().invoke(market_app, args, env={"COLUMNS": str(width)}).output
    assert _widest(out) <= width, out
    rows = _body_rows(out)
    wind = next(r for r in rows if " close " in r and " wind " in r)
    lixinger = next(r for r in rows if " pe_ttm " in r and " lixinger " in r)
    assert "16589.44" in wind and "亿" not in wind and "万" not in wind
    assert "8.1814" in lixinger
    flat = "".join(out.split())
    assert flat.count("corpora/market/hsi_close_wind.csv") == 1


@pytest.mark.parametrize("width", WIDTHS)
def test_list_is_one_row_per_series_within_the_width(db: Path, tmp_path: Path, width: int) -> None:
    source = f"{SOURCES[WIDTHS.index(width)]} list{width}"  # this series' own source in the shared store
    _import(db, tmp_path, source, f"listed{width}")
    with open_store(db, read_only=True) as store:
        infos = store.list_series()
    out = CliRunner().invoke(market_app, ["list", "--market", str(db)], env={"COLUMNS": str(width)}).output
    assert _widest(out) <= width, out
    rows = _body_rows(out)
    assert len(rows) == len(infos)  # no row wraps onto a second line
    assert any(f"listed{width}" in r and "not stated" in r for r in rows)
    tushare = next(r for r in rows if "csi300" in r and "tushare" in r)
    assert "CC BY 4.0 *" in tushare
    flat = "".join(out.split())
    # CC BY attribution printed once below the table; long provenance only with --long
    assert flat.count("attributionforcsi300close(tushare):AFAN-LIFE/macropage") == 1
    assert flat.count("licencenotstated:notstatedbytheimporter") == 1
    assert f"list{width}" not in out
    long = CliRunner().invoke(market_app, ["list", "--market", str(db), "--long"], env={"COLUMNS": str(width)}).output
    assert _widest(long) <= width
    assert "".join(long.split()).count("".join(source.split())) == 1


def test_list_wide_shows_every_column(db: Path) -> None:
    out = CliRunner().invoke(market_app, ["list", "--market", str(db), "--wide"], env={"COLUMNS": "80"}).output
    header = next(line for line in out.splitlines() if "instrument" in line)
    for name in ("rows", "from", "to", "source", "licence"):
        assert f" {name} " in header
    assert "hsi_close_wind.csv" in out


@pytest.mark.parametrize(
    ("source", "short"),
    [
        ("corpora/market/hsi_close_wind.csv: Wind export 恒生指数十年日行情 (HSI.HI)", "hsi_close_wind.csv"),
        ("akshare.stock_hk_daily(symbol='00700', adjust='qfq') fetched 2026-01-02T00:00:00Z", "akshare.stock_hk_daily"),
        ("file hand_close_wind.csv", "file hand_close_wind.csv"),
        ("東方財富 手工導出：南向資金", "東方財富 手工導出：南向資金"),
    ],
)
def test_short_source(source: str, short: str) -> None:
    assert short_source(source) == short


@pytest.mark.parametrize(
    ("licence", "short"),
    [
        ("CC BY 4.0 (Creative Commons Attribution 4.0 International)", "CC BY 4.0"),
        ("none stated (the source repository has no licence file)", "none stated"),
        ("not stated by the importer", "not stated"),
        ("Wind 终端数据，仅限内部研究使用，不得转载", "Wind 终端数据，仅限…"),
        ("Wind 終端數據,僅限內部研究使用,不得轉載", "Wind 終端數據,僅限…"),
        ("licensed to the research desk only", "licensed to the res…"),
    ],
)
def test_short_licence(licence: str, short: str) -> None:
    assert short_licence(licence) == short


@pytest.mark.parametrize("width", WIDTHS)
def test_show_numbers_sources_when_a_series_has_several(db: Path, tmp_path: Path, width: int) -> None:
    provider = f"desk{width}"
    for day, value, source in (("2024-03-01", "100.5", "交易台 表一"), ("2024-03-04", "101.5", "交易臺 表二")):
        csv = tmp_path / f"{day}.csv"
        csv.write_text(f"date,close\n{day},{value}\n", encoding="utf-8")
        args = ["import", str(csv), "--instrument", "hsi", "--field", "close", "--market", str(db)]
        assert CliRunner().invoke(market_app, [*args, "--provider", provider, "--source", source]).exit_code == 0
    args = ["show", "hsi", "--provider", provider, "--market", str(db)]
    out = CliRunner().invoke(market_app, args, env={"COLUMNS": str(width)}).output
    assert f"[1] hsi close ({provider}): 交易台 表一" in out and f"[2] hsi close ({provider}): 交易臺 表二" in out
    rows = _body_rows(out)
    assert [r.split("│")[4].strip() + r.split("│")[5].strip() for r in rows] == ["100.5[1]", "101.5[2]"]
