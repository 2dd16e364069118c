"""What a batch worker loads before its first document (``batch.worker.prepare``, run once in the fork
server) is all that its documents need: a document with Chinese numerals or a short alias loads no module
and builds no second segmenter afterwards (issue 25: each worker paid cn2an's import, ≈0.3 s, and a
second tokenizer, ≈0.3 s, on its first such text, inside that document's time limit)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.segment.cutter import private_segmenter

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from analyzer.batch.worker import BatchOptions, prepare
from analyzer.pipeline import analyze
from analyzer.segment import cutter
prepare(BatchOptions())
before, segmenter = set(sys.modules), cutter.private_segmenter()
result = analyze(sys.argv[1].encode("utf-8"), name="probe.txt")
print(json.dumps({
    "new_modules": sorted(set(sys.modules) - before),
    "same_segmenter": cutter.private_segmenter(None) is segmenter,
    "claims": len(result.claims),
}))
"""

#: Chinese-numeral dates and amounts, and a two-character alias that needs words, in both scripts and
#: both punctuation widths (sentences written for this test)
DOCUMENTS = [
    "二〇二三年十二月，某稳健债券基金规模达三千二百亿元，较年初增加四百亿元。",
    "二〇二三年十二月，某穩健債券基金規模達三千二百億元，較年初增加四百億元。",
    "二〇二三年十二月,某稳健债券基金规模达三千二百亿元;较年初增加四百亿元。",
    "二〇二三年十二月,某穩健債券基金規模達三千二百億元;較年初增加四百億元。",
    "恒科（港股科技）今年以来下跌6.2%，腾讯全年回购达一千亿港元。",
    "恒科（港股科技）今年以來下跌6.2%，騰訊全年回購達一千億港元。",
    "恒科(港股科技)今年以来下跌6.2%,腾讯全年回购达一千亿港元。",
    "恒科(港股科技)今年以來下跌6.2%,騰訊全年回購達一千億港元。",
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_a_prepared_worker_loads_nothing_more_for_a_document(text: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, text], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["claims"] >= 1  # the document was read, figures and all
    assert report["same_segmenter"]
    assert report["new_modules"] == []


def test_the_default_dictionary_is_one_segmenter_however_it_is_asked_for() -> None:
    assert private_segmenter() is private_segmenter(None)
