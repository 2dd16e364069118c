"""``analyzer check --fetch`` end to end on real files, with recorded AKShare frames (``tests/data/akshare``,
layouts read from AKShare's source at commit 0e7db00c) served by a stand-in ``akshare`` module: no test
touches the network. Each kind of series — an A-share close, an HK close, A-share and HK annual results,
a fund NAV — is fetched because the store lacks it, stored with its provenance, and checked: the true
figure supported, an altered certain one contradicted."""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from analyzer.claims import subject as subject_module
from analyzer.master import default_master, import_master
from tests.unit.akshare_recorded import VERSION, FakeAkshare, recorded_frame

pytestmark = pytest.mark.issue(21)

# each case: files (true figures, then altered ones), the AKShare function that fills the gap, and per
# file the (metric, status) of its claims. The altered files change the figure, not the sentence form.
CASES = {
    "a_share_close": (
        {"true.txt": "2025年3月6日，比亚迪收报372.05元。\n", "altered.txt": "2025年3月6日，比亚迪收报379.05元。\n"},
        "stock_zh_a_hist",
        {"true.txt": [("close", "supported")], "altered.txt": [("close", "contradicted")]},
    ),
    "hk_close": (
        {"true.txt": "2025年3月6日，小米集团收报52.5港元。\n", "altered.txt": "2025年3月6日，小米集团收报55.2港元。\n"},
        "stock_hk_daily",
        {"true.txt": [("close", "supported")], "altered.txt": [("close", "contradicted")]},
    ),
    "a_share_results": (
        {
            "true.txt": "贵州茅台2024年营业收入1741.44亿元，归母净利润862.28亿元，基本每股收益68.64元。\n",
            "altered.txt": "贵州茅台2024年营业收入1714.44亿元，归母净利润826.28亿元，基本每股收益66.84元。\n",
        },
        "stock_financial_abstract",
        {
            "true.txt": [("revenue", "supported"), ("net_profit_attributable", "supported"), ("eps", "supported")],
            "altered.txt": [
                ("revenue", "contradicted"),
                ("net_profit_attributable", "contradicted"),
                ("eps", "contradicted"),
            ],
        },
    ),
    "hk_results": (
        {
            "true.txt": "腾讯控股2024年收入6602.57亿元人民币，股东应占溢利1940.73亿元人民币，"
            "每股盈利20.904元人民币。\n",
            "altered.txt": "腾讯控股2024年收入6062.57亿元人民币，股东应占溢利1904.73亿元人民币，"
            "每股盈利29.004元人民币。\n",
        },
        "stock_financial_hk_analysis_indicator_em",
        {
            "true.txt": [("revenue", "supported"), ("net_profit_attributable", "supported"), ("eps", "supported")],
            "altered.txt": [
                ("revenue", "contradicted"),
                ("net_profit_attributable", "contradicted"),
                ("eps", "contradicted"),
            ],
        },
    ),
    "fund_nav": (
        {
            "true.txt": "截至2024年12月31日，易方达蓝筹精选混合单位净值为1.8523元。\n",
            "altered.txt": "截至2024年12月31日，易方达蓝筹精选混合单位净值为1.8253元。\n",
        },
        "fund_open_fund_info_em",
        {"true.txt": [("nav", "supported")], "altered.txt": [("nav", "contradicted")]},
    ),
}


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    from analyzer.cli import app

    return app


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store seeded once with the shipped series; each test works on its own copy."""
    from analyzer.verify import open_store

    path = tmp_path_factory.mktemp("seed") / "market.duckdb"
    open_store(path).close()
    return path


@pytest.fixture
def db(seeded: Path, tmp_path: Path) -> Path:
    target = tmp_path / "market.duckdb"
    shutil.copy(seeded, target)
    return target


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeAkshare:
    ak = FakeAkshare()
    monkeypatch.setitem(sys.modules, "akshare", ak)
    return ak


@pytest.fixture(autouse=True)
def fund_list(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The user's own fund list (the analyzer ships none): the fund's code comes from the securities master."""
    folder = tmp_path_factory.mktemp("master")
    monkeypatch.setenv("ANALYZER_MASTER_DIR", str(folder))
    own = folder.parent / f"{folder.name}_funds.csv"
    own.write_text("基金代码,基金简称\n005827,易方达蓝筹精选混合\n", encoding="utf-8")
    import_master(own, "fund")
    subject_module.default_matcher.cache_clear()
    yield
    monkeypatch.undo()
    default_master.cache_clear()
    subject_module.default_matcher.cache_clear()


def write(folder: Path, files: dict[str, str]) -> list[str]:
    paths = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def check(app: typer.Typer, paths: list[str], db: Path, *extra: str) -> tuple[Any, dict[str, list[tuple[str, dict]]]]:
    """Run ``analyzer check -f json``; per file name, (metric, verdict) of each checked claim."""
    result = CliRunner().invoke(app, ["check", *paths, "--market", str(db), "-f", "json", *extra])
    assert result.exit_code in (0, 1) and result.stdout, (result.exit_code, result.output, result.exception)
    verdicts: dict[str, list[tuple[str, dict]]] = {}
    for doc in json.loads(result.stdout):
        metric = {c["id"]: c["metric"] for c in doc["claims"]}
        verdicts[Path(doc["meta"]["path"]).name] = [(metric[v["claim_id"]], v) for v in doc["verdicts"]]
    return result, verdicts


@pytest.mark.parametrize("case", sorted(CASES))
def test_fetch_fills_the_gap_and_verifies(
    case: str, app: typer.Typer, db: Path, fake: FakeAkshare, tmp_path: Path
) -> None:
    files, function, expected = CASES[case]
    paths = write(tmp_path, files)
    _, unfetched = check(app, paths, db)
    assert fake.calls == []  # without --fetch nothing is fetched and the claims are unverifiable
    assert {v["status"] for vs in unfetched.values() for _, v in vs} == {"unverifiable"}

    result, verdicts = check(app, paths, db, "--fetch")
    assert [name for name, _ in fake.calls] == [function]  # one call for both files' claims
    assert result.exit_code == 1  # the altered file has a contradicted claim
    for name, want in expected.items():
        assert [(m, v["status"]) for m, v in verdicts[name]] == want, verdicts[name]
        for _, v in verdicts[name]:
            provenance = v["data"][-1]
            assert provenance.startswith(f"provider akshare:{function}: akshare.{function}(")
            assert f"with akshare {VERSION}" in provenance and "fetched 20" in provenance
    assert "fetched " in result.stderr and f"(akshare:{function})" in result.stderr


def test_results_checker_names_the_report_and_the_period(
    app: typer.Typer, db: Path, fake: FakeAkshare, tmp_path: Path
) -> None:
    paths = write(
        tmp_path,
        {
            "a.txt": "贵州茅台2024年前三季度营业收入1210亿元，第三季度营业收入390亿元。\n",
            "b.txt": "贵州茅台2024年净利润893.35亿元。\n贵州茅台2024年净利润862.28亿元。\n"
            "贵州茅台2024年净利润870亿元。\n",
            "c.txt": "贵州茅台2024年摊薄每股收益66.00元。\n",
        },
    )
    _, verdicts = check(app, paths, db, "--fetch")
    ytd, quarter = (v for _, v in verdicts["a.txt"])
    assert ytd["status"] == "supported" and "2024-01-01 → 2024-09-30" in ytd["method"]
    # a single quarter is no report's figure (reports are cumulative from January)
    assert quarter["status"] == "unverifiable"
    assert "cumulative figures from the fiscal year's start" in quarter["reason"]
    # 净利润 alone: the total or the shareholders' share, either supports it, neither contradicts it
    total, share, neither = (v for _, v in verdicts["b.txt"])
    assert total["status"] == share["status"] == "supported"
    assert "read as net profit" in total["reason"] and "read as net profit attributable" in share["reason"]
    assert neither["status"] == "unverifiable" and "neither matches" in neither["reason"]
    # the reports give basic EPS: a diluted figure is not compared
    ((_, diluted),) = verdicts["c.txt"]
    assert diluted["status"] == "unverifiable" and "diluted" in diluted["reason"]


def test_a_figure_in_another_currency_is_never_compared(
    app: typer.Typer, db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    frame = recorded_frame("stock_financial_hk_analysis_indicator_em", "00700").assign(CURRENCY="HKD")
    monkeypatch.setitem(
        sys.modules, "akshare", FakeAkshare(overrides={"stock_financial_hk_analysis_indicator_em": frame})
    )
    paths = write(tmp_path, {"a.txt": CASES["hk_results"][0]["altered.txt"]})
    _, verdicts = check(app, paths, db, "--fetch")
    assert [v["status"] for _, v in verdicts["a.txt"]] == ["unverifiable"] * 3
    assert all("the text states CNY" in v["reason"] and "is in HKD" in v["reason"] for _, v in verdicts["a.txt"])


def test_fetched_data_are_reused(app: typer.Typer, db: Path, fake: FakeAkshare, tmp_path: Path) -> None:
    # the second document's date lies past the provider's data: the first run fetches and stores what
    # there is; the second run finds the same series and dates in the fetch log and makes no call
    paths = write(
        tmp_path,
        {
            "a.txt": "2025年3月5日，比亚迪收报366.80元。\n",
            "b.txt": "2025年3月7日，比亚迪收报380.00元。\n",
        },
    )
    _, first = check(app, paths, db, "--fetch")
    assert len(fake.calls) == 1
    result, second = check(app, paths, db, "--fetch")
    assert len(fake.calls) == 1, fake.calls  # no second fetch
    assert "already fetched, no call made: 002594 close" in result.stderr
    assert [v["status"] for _, v in first["a.txt"]] == [v["status"] for _, v in second["a.txt"]] == ["supported"]
    assert [v["status"] for _, v in second["b.txt"]] == ["unverifiable"]


def test_offline_never_touches_the_network(app: typer.Typer, db: Path, fake: FakeAkshare, tmp_path: Path) -> None:
    paths = write(tmp_path, CASES["a_share_close"][0])
    result, verdicts = check(app, paths, db, "--fetch", "--offline")
    assert fake.calls == [] and result.exit_code == 0 and result.stderr == ""
    assert {v["status"] for vs in verdicts.values() for _, v in vs} == {"unverifiable"}
    check(app, paths, db, "--fetch")  # fetched once …
    calls = len(fake.calls)
    _, offline = check(app, paths, db, "--offline")  # … then used offline
    assert len(fake.calls) == calls and [v["status"] for _, v in offline["true.txt"]] == ["supported"]


def test_no_network_is_one_coded_line_and_every_other_verdict_as_before(
    app: typer.Typer, db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    down = FakeAkshare(failing=True)
    monkeypatch.setitem(sys.modules, "akshare", down)
    # two series to fetch and one claim on a shipped series (CSI 300's close on a day the store holds)
    paths = write(
        tmp_path,
        {
            "a.txt": "2025年3月6日，比亚迪收报372.05元。贵州茅台2024年营业收入1741.44亿元。\n",
            "b.txt": "2025年3月6日，沪深300指数收报3956.70点。\n",
        },
    )
    without, before = check(app, paths, db)
    result, after = check(app, paths, db, "--fetch")
    assert len(down.calls) == 2
    lines = [x for x in result.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("warning E535 could not fetch 2 series: ")
    assert "002594 close" in lines[0] and "moutai revenue" in lines[0] and "ConnectionError" in lines[0]
    assert "E531" in lines[0] and lines[0].endswith("; 2 claims needing them stay unverifiable")
    assert "Traceback" not in result.output
    assert after == before and result.exit_code == without.exit_code


def test_without_akshare_installed(app: typer.Typer, db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "akshare", None)  # import akshare → ImportError
    paths = write(tmp_path, CASES["fund_nav"][0])
    result, verdicts = check(app, paths, db, "--fetch")
    (line,) = [x for x in result.stderr.splitlines() if x.strip()]
    assert line.startswith("warning E535 could not fetch 1 series:") and "E530 akshare is not installed" in line
    assert {v["status"] for vs in verdicts.values() for _, v in vs} == {"unverifiable"}


def test_configuration_key(
    app: typer.Typer, db: Path, fake: FakeAkshare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = write(tmp_path, CASES["hk_close"][0])
    (tmp_path / "analyzer.toml").write_text(f'market = "{db.name}"\nfetch = true\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", *paths, "--no-fetch"])
    assert fake.calls == [] and result.exit_code == 0  # the flag overrides the file
    result = CliRunner().invoke(app, ["check", *paths, "--offline"])
    assert fake.calls == [] and result.exit_code == 0
    result = CliRunner().invoke(app, ["check", *paths])
    assert [name for name, _ in fake.calls] == ["stock_hk_daily"] and result.exit_code == 1
    (tmp_path / "analyzer.toml").write_text('fetch = "sometimes"\n', encoding="utf-8")
    bad = CliRunner().invoke(app, ["check", *paths])
    assert bad.exit_code == 2 and "E902" in bad.output and "fetch" in bad.output


def test_batch_verify_fetch(app: typer.Typer, db: Path, fake: FakeAkshare, tmp_path: Path) -> None:
    import pandas as pd

    folder = tmp_path / "docs"
    folder.mkdir()
    write(folder, CASES["a_share_results"][0])
    args = ["batch", str(folder), "--verify", "--market", str(db), "--workers", "0", "--no-progress"]
    result = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "run1"), "--fetch"])
    assert result.exit_code == 1, result.output  # the altered document has contradicted claims
    assert [name for name, _ in fake.calls] == ["stock_financial_abstract"]
    for run in ("run1", "run2"):
        manifest = pd.read_parquet(tmp_path / run / "manifest.parquet")
        columns = (manifest["path"], manifest["n_supported"], manifest["n_contradicted"])
        counts = {Path(p).name: (s, c) for p, s, c in zip(*columns, strict=True)}
        assert counts == {"true.txt": (3, 0), "altered.txt": (0, 3)}
        if run == "run1":  # then offline: no call, the stored figures are used
            offline = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "run2"), "--fetch", "--offline"])
            assert offline.exit_code == 1 and len(fake.calls) == 1


def test_only_certain_claims_make_a_fetch(app: typer.Typer, db: Path, fake: FakeAkshare, tmp_path: Path) -> None:
    # 公司 refers to a company named elsewhere: the subject is not certain, so nothing is fetched for it;
    # a forecast and a figure read during the session are never fetched for either
    paths = write(
        tmp_path,
        {
            "a.txt": "贵州茅台（600519）2024年年报显示，公司2024年实现营业收入1741.44亿元。\n",
            "b.txt": "2025年3月6日，比亚迪盘中一度涨至380元。\n",
            "c.txt": "预计贵州茅台2026年营业收入将达2000亿元。\n",
        },
    )
    result, verdicts = check(app, paths, db, "--fetch")
    assert fake.calls == [] and result.exit_code == 0
    assert {v["status"] for vs in verdicts.values() for _, v in vs} <= {"unverifiable"}


def test_a_changed_layout_is_named_in_the_one_line(
    app: typer.Typer, db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    frame = recorded_frame("stock_financial_abstract", "600519")
    frame = frame[frame["指标"] != "基本每股收益"]  # a site change dropped the EPS rows
    changed = FakeAkshare(overrides={"stock_financial_abstract": frame})
    monkeypatch.setitem(sys.modules, "akshare", changed)
    paths = write(tmp_path, {"a.txt": CASES["a_share_results"][0]["true.txt"]})
    result, verdicts = check(app, paths, db, "--fetch")
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("warning")]
    assert "E535 could not fetch 3 series" in line and "E532" in line and "基本每股收益" in line
    assert len(changed.calls) == 1  # the call serving all three fields is tried once
    assert [v["status"] for _, v in verdicts["a.txt"]] == ["unverifiable"] * 3


def test_a_fiscal_year_ending_in_march(
    app: typer.Typer, db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # the same frame as a company whose fiscal year ends on March 31 (FISCAL_YEAR "03-31")
    frame = recorded_frame("stock_financial_hk_analysis_indicator_em", "00700").head(1)
    frame = frame.assign(REPORT_DATE="2025-03-31 00:00:00", START_DATE="2024-04-01 00:00:00", FISCAL_YEAR="03-31")
    monkeypatch.setitem(
        sys.modules, "akshare", FakeAkshare(overrides={"stock_financial_hk_analysis_indicator_em": frame})
    )
    paths = write(
        tmp_path,
        {
            "fy.txt": "腾讯控股2024/25财年收入6602.57亿元人民币。\n",
            "fy_altered.txt": "腾讯控股2024/25财年收入6206.57亿元人民币。\n",
            "calendar.txt": "腾讯控股2025年一季度收入6602.57亿元人民币。\n",
        },
    )
    _, verdicts = check(app, paths, db, "--fetch")
    ((_, fiscal),) = verdicts["fy.txt"]
    assert fiscal["status"] == "supported" and "2024-04-01 → 2025-03-31" in fiscal["method"]
    assert [v["status"] for _, v in verdicts["fy_altered.txt"]] == ["contradicted"]
    ((_, quarter),) = verdicts["calendar.txt"]
    assert quarter["status"] == "unverifiable" and "(2024-04-01 → 2025-03-31)" in quarter["reason"]


@pytest.mark.parametrize(
    ("report_end", "fiscal_year_end", "start"),
    [
        ("2024-12-31", "12-31", "2024-01-01"),
        ("2024-06-30", "12-31", "2024-01-01"),
        ("2025-03-31", "03-31", "2024-04-01"),
        ("2024-09-30", "03-31", "2024-04-01"),
        ("2024-06-30", "06-30", "2023-07-01"),
        ("2024-02-29", "02-28", "2023-03-01"),
    ],
)
def test_fiscal_start(report_end: str, fiscal_year_end: str, start: str) -> None:
    import datetime as dt

    from analyzer.verify.results_frames import fiscal_start

    got = fiscal_start(dt.date.fromisoformat(report_end), fiscal_year_end)
    assert got == dt.date.fromisoformat(start)


def test_a_store_that_cannot_be_written_is_one_line_and_verification_goes_on(
    app: typer.Typer, db: Path, fake: FakeAkshare, tmp_path: Path
) -> None:
    from analyzer.verify.store import MarketStore

    paths = write(tmp_path, CASES["a_share_close"][0])
    with MarketStore(db, read_only=True):  # another reader holds the file: it cannot be opened to write
        result, verdicts = check(app, paths, db, "--fetch")
    (line,) = [x for x in result.stderr.splitlines() if x.strip()]
    assert line.startswith("warning E535 could not fetch: the market store cannot be opened to write (E52")
    assert fake.calls == [] and result.exit_code == 0
    assert {v["status"] for vs in verdicts.values() for _, v in vs} == {"unverifiable"}


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ({"layout": "wide", "fields": {"revenue": "营业总收入"}, "currency": "CNY"}, "item column"),
        ({"layout": "long", "fields": {"revenue": "OPERATE_INCOME"}, "currency": "CNY"}, "report date column"),
        ({"layout": "long", "date": "REPORT_DATE", "fields": {"revenue": "OPERATE_INCOME"}}, "reporting currency"),
    ],
)
def test_a_results_spec_names_what_its_layout_needs(spec: dict, words: str) -> None:
    from pydantic import ValidationError

    from analyzer.verify.fetch import ResultsSpec

    with pytest.raises(ValidationError, match=words):
        ResultsSpec.model_validate({"function": "f", "provider": "p", **spec})


def test_a_hung_network_is_one_coded_line_not_a_hang(
    app: typer.Typer, db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A fetcher that answers only after 5 s against a limit of 0.3 s: the first call gives up at the limit,
    the second is not tried (a hung network hangs again), and every verdict is as without a fetch."""
    from analyzer.verify import fetch as fetch_module

    slow = FakeAkshare(delay=5.0)
    monkeypatch.setitem(sys.modules, "akshare", slow)
    monkeypatch.setattr(fetch_module, "CALL_TIMEOUT_S", 0.3)
    paths = write(
        tmp_path,
        {
            "a.txt": "2025年3月6日，比亚迪收报372.05元。贵州茅台2024年营业收入1741.44亿元。\n",
            "b.txt": "2025年3月6日，沪深300指数收报3956.70点。\n",
        },
    )
    without, before = check(app, paths, db)
    started = time.monotonic()
    result, after = check(app, paths, db, "--fetch")
    assert time.monotonic() - started < 4.0  # not the 5 s of even one answer
    assert len(slow.calls) == 1
    (line,) = [x for x in result.stderr.splitlines() if x.strip()]
    assert line.startswith("warning E535 could not fetch 2 series: ") and "E537" in line
    assert "did not answer within 0.3 s" in line and "Traceback" not in result.output
    assert after == before and result.exit_code == without.exit_code

