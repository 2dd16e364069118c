"""A stand-in ``akshare`` module serving the recorded frames of ``tests/data/akshare`` (see SOURCES.md
there: layouts read from AKShare's source at commit 0e7db00c, akshare 1.18.94). Every call is recorded,
so a test can assert how many calls a run made; ``failing`` makes every function raise the error a
machine without a network gets."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd

RECORDED = Path(__file__).resolve().parents[1] / "data" / "akshare"
COMMIT = "0e7db00cb98ac6709e2b553efb5a79629aca7a72"
VERSION = "1.18.94"

EM_TEXT_COLUMNS = (
    "SECUCODE SECURITY_CODE SECURITY_NAME_ABBR ORG_CODE REPORT_DATE DATE_TYPE_CODE START_DATE FISCAL_YEAR CURRENCY"
)
#: function → (columns AKShare returns as datetime.date, columns it returns as text)
FUNCTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "stock_zh_a_hist": (("日期",), ("股票代码",)),
    "stock_hk_daily": (("date",), ()),
    "stock_financial_abstract": ((), ("选项", "指标")),
    "stock_financial_hk_analysis_indicator_em": ((), tuple(EM_TEXT_COLUMNS.split())),
    "fund_open_fund_info_em": (("净值日期",), ()),
}


def recorded_frame(function: str, symbol: str) -> pd.DataFrame:
    """The recorded frame of ``function`` for ``symbol``, with AKShare's cell types."""
    dates, texts = FUNCTIONS[function]
    frame = pd.read_csv(RECORDED / f"{function}_{symbol}.csv", dtype={c: str for c in (*dates, *texts)})
    for column in dates:
        frame[column] = [dt.date.fromisoformat(x) for x in frame[column]]
    return frame


class FakeAkshare(ModuleType):
    """``akshare`` as the tests see it: the recorded frames, a call log, optionally no network."""

    def __init__(
        self, *, failing: bool = False, overrides: dict[str, pd.DataFrame] | None = None, delay: float = 0.0
    ) -> None:
        super().__init__("akshare")
        self.__version__ = VERSION
        self.calls: list[tuple[str, dict[str, Any]]] = []
        #: seconds each call waits before answering (a network that accepts and does not answer)
        self.delay = delay
        for name in FUNCTIONS:
            setattr(self, name, self._serve(name, failing, (overrides or {}).get(name)))

    def _serve(self, name: str, failing: bool, override: pd.DataFrame | None) -> Any:
        def function(**kwargs: Any) -> pd.DataFrame:
            self.calls.append((name, kwargs))
            if self.delay:
                time.sleep(self.delay)
            if failing:
                raise ConnectionError(
                    "HTTPSConnectionPool(host='push2his.eastmoney.com', port=443): Max retries exceeded"
                )
            return override.copy() if override is not None else recorded_frame(name, str(kwargs["symbol"]))

        return function
