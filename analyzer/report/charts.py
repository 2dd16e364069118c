"""Small SVG charts of the series a verdict was computed from (matplotlib, Agg, no fonts needed).

A verdict names the observations it used in ``Verdict.data`` as ``"<instrument> <field> <date> <value>"``
(e.g. ``hstech close 2024-03-06 3412.57``). The chart shows that series over the claim's period (widened
to the observations used), marks those observations and writes the computed figure on it.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Claim, Verdict

#: (instrument id, field, start, end) -> observations dated start..end inclusive, sorted by date
SeriesLookup = Callable[[str, str, dt.date, dt.date], Sequence[tuple[dt.date, Decimal]]]

_OBS = re.compile(
    r"^(?P<instrument>[\w.-]+) (?P<field>[\w.-]+) (?P<date>\d{4}-\d{2}-\d{2}) (?P<value>-?\d+(?:\.\d+)?)$"
)
MIN_POINTS = 2


@dataclass(frozen=True)
class Observation:
    """One observation a verdict used."""

    instrument: str
    field: str
    date: dt.date
    value: Decimal


def parse_observations(data: Sequence[str]) -> list[Observation]:
    """The observations named in a verdict's ``data`` (other entries are ignored)."""
    found: list[Observation] = []
    for entry in data:
        m = _OBS.match(entry.strip())
        if m is None:
            continue
        try:
            day = dt.date.fromisoformat(m["date"])
        except ValueError:
            continue
        found.append(Observation(m["instrument"], m["field"], day, Decimal(m["value"])))
    return found


def chart_window(claim: Claim, used: Sequence[Observation]) -> tuple[dt.date, dt.date]:
    """The claim's period, widened to include every observation used."""
    days = [o.date for o in used]
    if claim.period is not None:
        days += [d for d in (claim.period.start, claim.period.end) if d is not None]
    return min(days), max(days)


def store_lookup(store: Any) -> SeriesLookup:
    """A SeriesLookup over an ``analyzer.verify.MarketStore`` (``store.series(id, field).between(a, b)``)."""

    def lookup(instrument: str, field: str, start: dt.date, end: dt.date) -> list[tuple[dt.date, Decimal]]:
        # one provider's series, never mixed: the first (in order of preference) that covers the window
        found: list[tuple[dt.date, Decimal]] = []
        for series in store.all_series(instrument, field):
            points = list(series.between(start, end))
            if points and (points[0][0] - start).days <= 7 and (end - points[-1][0]).days <= 7:
                return points
            found = found or points
        return found

    return lookup


def render_svg(
    points: Sequence[tuple[dt.date, Decimal]],
    marked: Sequence[Observation],
    title: str,
    note: str,
) -> str:
    """An SVG line chart of ``points`` with ``marked`` observations labelled and ``note`` written on it.

    Charts are cached per process: in a batch, many documents chart the same series over the same period
    (the HSTECH 2024 return, say), and drawing one costs about 50 ms."""
    return _render_svg(tuple(points), tuple(marked), title, note)


@lru_cache(maxsize=512)
def _render_svg(
    points: tuple[tuple[dt.date, Decimal], ...], marked: tuple[Observation, ...], title: str, note: str
) -> str:
    import matplotlib
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure

    with matplotlib.rc_context(
        {"svg.fonttype": "path", "svg.hashsalt": "analyzer-report", "font.family": "DejaVu Sans", "font.size": 8}
    ):
        fig = Figure(figsize=(4.6, 2.5), dpi=100)
        ax = fig.add_subplot()
        xs = [d for d, _ in points]
        ys = [float(v) for _, v in points]
        ax.plot(xs, ys, color="#3b5b92", linewidth=1.1)
        if marked:
            ax.axhline(float(marked[0].value), color="#999999", linewidth=0.6, linestyle=":")
        for i, o in enumerate(marked):
            ax.plot([o.date], [float(o.value)], "o", color="#c0392b", markersize=5, zorder=3)
            ax.annotate(
                f"{o.date}\n{plain_decimal(o.value)}",
                (o.date, float(o.value)),
                textcoords="offset points",
                xytext=(6, -6) if i == 0 else (-6, 6),
                ha="left" if i == 0 else "right",
                va="top" if i == 0 else "bottom",
                fontsize=7,
                color="#7b241c",
                zorder=4,
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
            )
        locator = AutoDateLocator(minticks=3, maxticks=6)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        ax.set_title(note, fontsize=8.5, loc="left", fontweight="bold")
        fig.suptitle(title, x=0.01, ha="left", fontsize=7, color="#555555")
        ax.grid(True, linewidth=0.3, color="#dddddd")
        ax.margins(x=0.04, y=0.22)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        fig.tight_layout(pad=0.4)
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
    svg = buf.getvalue()
    start = svg.find("<svg")
    return svg[start:] if start >= 0 else svg


def svg_data_uri(svg: str) -> str:
    """The SVG as a ``data:`` URI for an ``<img>`` (the page's CSP allows only data: images)."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


#: units as the chart writes them (its font, DejaVu Sans, has Latin glyphs only)
_CHART_UNITS = {"%": "%", "点": " pts", "x": "x"}


def verdict_chart(claim: Claim, verdict: Verdict, lookup: SeriesLookup | None) -> str | None:
    """The SVG chart for a verdict computed from a series, or None (no series, too few points)."""
    if lookup is None or verdict.computed is None:
        return None
    used = parse_observations(verdict.data)
    if not used:
        return None
    instrument, field = used[0].instrument, used[0].field
    used = [o for o in used if (o.instrument, o.field) == (instrument, field)]
    start, end = chart_window(claim, used)
    points = list(lookup(instrument, field, start, end))
    if len(points) < MIN_POINTS:
        return None
    unit = _CHART_UNITS.get(claim.unit or "", claim.unit or "")
    if not unit.isascii():
        unit = ""  # the chart's font has no CJK glyphs: a unit it cannot draw is left out, never a box
    stated = format(verdict.expected, "f") if verdict.expected is not None else "?"
    note = f"computed {format(verdict.computed, 'f')}{unit}  (stated {stated}{unit})"
    title = f"{instrument} {field}, {start} to {end}"
    return render_svg(points, [used[0], used[-1]] if len(used) > 1 else used, title, note)
