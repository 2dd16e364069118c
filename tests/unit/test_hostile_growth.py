"""Inputs built to be slow stay linear (issue 23 #6): 4x the input may cost at most 8x the time (a
generous bound for a linear stage; the quadratic ones cost 11-22x at these sizes).

Each shape is timed in its own subprocess (same run: the small input, then the 4x one; the smaller of
two small runs, after a warm-up that loads patterns and vocabularies), bounded in time, so a stage
that regresses to quadratic fails here instead of hanging the suite. No absolute time is asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_RATIO = 8.0
TIMEOUT = 300

_PROBE = """
import json, time
{setup}
def timed(n):
    arg = make(n)
    start = time.perf_counter()
    run(arg)
    return time.perf_counter() - start
timed({n} // 16)
small = min(timed({n}), timed({n}))
large = min(timed(4 * {n}), timed(4 * {n}))  # best of two at both sizes: a busy machine's pause is no growth
print(json.dumps([small, large]))
"""

_HTML = "from analyzer.ingest.html import html_to_text as run\n"
_EXTRACT = (
    "from analyzer.normalize import normalize\n"
    "from analyzer.extract import extract_mentions\n"
    "def run(text):\n"
    "    extract_mentions(text, normalize(text), None)\n"
)
_PIPELINE = (
    "from analyzer.pipeline import analyze\n"
    "def run(data):\n"
    "    analyze(data, name='probe.html' if data.startswith(b'<') else 'probe.txt')\n"
)

SHAPES = {
    # HTML (analyzer/ingest/html.py and the parser under it)
    "nested div": (_HTML, "def make(n): return '<html><body>' + '<div>' * n + '恒指涨1%' + '</div>' * n", 20_000),
    "nested lists": (_HTML, "def make(n): return '<ul><li>' * n + '南向资金流入' + '</li></ul>' * n", 10_000),
    "unclosed divs": (_HTML, "def make(n): return '<body>' + '<div>x' * n", 20_000),
    "one table row": (
        _HTML,
        "def make(n): return '<table><tr>' + ''.join(f'<td>{i}.5%</td>' for i in range(n)) + '</tr></table>'",
        5_000,
    ),
    "tags never closed": (_HTML, "def make(n): return '<div ' * n", 50_000),
    # the normalize and extract stages
    "run of 十": (_EXTRACT, "def make(n): return '十' * n", 20_000),
    "run of 〇": (_EXTRACT, "def make(n): return '〇' * n", 20_000),
    "run of 三百": (_EXTRACT, "def make(n): return '三百' * n + '元'", 10_000),
    "one sentence of figures": (
        _EXTRACT,
        "def make(n): return '沪深300指数' + '、'.join(f'上涨{i % 97}.{i % 7}%' for i in range(n)) + '。'",
        3_000,
    ),
    "a repeated date": (_EXTRACT, "def make(n): return '2024年3月' * n", 5_000),
    # the whole pipeline, through the HTML parser
    "nested div document": (
        _PIPELINE,
        "def make(n): return ('<html><body>' + '<div>' * n + '恒生指数上涨1.5%' + '</div>' * n).encode()",
        20_000,
    ),
    "run of one character": (_PIPELINE, "def make(n): return ('涨' * n).encode()", 20_000),
    # the claims stage: a row whose cells never end a clause; a run of numerals the rate names could open
    "table row of figures, whole pipeline": (
        _PIPELINE,
        "def make(n): return ('<table><tr>' + ''.join(f'<td>{i}.5%</td>' for i in range(n))"
        " + '</tr></table>').encode()",
        1_500,
    ),
    "run of 十, whole pipeline": (_PIPELINE, "def make(n): return ('十' * n).encode()", 5_000),
    "one sentence of figures, whole pipeline": (
        _PIPELINE,
        "def make(n): return ('沪深300' + '，'.join(f'涨{i % 9 + 1}.{i % 7}%' for i in range(n)) + '。').encode()",
        1_000,
    ),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_four_times_the_input_costs_less_than_eight_times_the_time(shape: str) -> None:
    setup, make, n = SHAPES[shape]
    code = _PROBE.format(setup=setup + make, n=n)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT, env=env, cwd=ROOT
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{shape}: not done in {TIMEOUT} s")
    assert done.returncode == 0, done.stderr[-2000:]
    small, large = json.loads(done.stdout.strip().splitlines()[-1])
    assert large < MAX_RATIO * max(small, 1e-3), f"{shape}: {small:.3f}s → {large:.3f}s for 4x the input"
