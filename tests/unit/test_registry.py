"""The registries (recognizers, checkers) on catalogue: explicit registration refuses overwrites,
and a plug-in declared as an entry point exists in a fresh process that never imported it — the
situation of a spawned pool worker or a Dask worker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from analyzer.extract import RECOGNIZERS
from analyzer.registry import Registry
from analyzer.verify import CHECKERS

ROOT = Path(__file__).resolve().parents[2]


def test_register_get_and_refuse_overwrite() -> None:
    reg: Registry[object] = Registry("test_widget")
    first, second = object(), object()
    reg.register("a")(first)
    reg.register("a")(first)  # the same object again is fine (a module imported twice)
    with pytest.raises(ValueError, match="already registered"):
        reg.register("a")(second)
    assert reg.get("a") is first
    assert "a" in reg and "b" not in reg and len(reg) == 1
    with pytest.raises(KeyError, match="known: a"):
        reg.get("b")


def test_group_names() -> None:
    assert RECOGNIZERS.entry_point_group == "analyzer_recognizers"
    assert CHECKERS.entry_point_group == "analyzer_checkers"


PLUGIN = '''
    """A user's recognizer in its own package: ISIN codes such as HK0000069689."""
    import re
    from analyzer.extract.base import Hit, Recognizer
    from analyzer.types import MentionKind

    class IsinRecognizer(Recognizer):
        name = "isin"
        kind = MentionKind.CODE
        priority = 5

        def find(self, ctx):
            for m in re.finditer(r"(?<![A-Z0-9])[A-Z]{2}[A-Z0-9]{9}[0-9](?![A-Z0-9])", ctx.text):
                yield Hit(m.start(), m.end(), self.kind, self.name, "isin", 0.9, {"label": m.group()})
'''

CHILD = '''
import json, sys
from analyzer.extract import RECOGNIZERS
from analyzer.pipeline import analyze
result = analyze("友邦保险(ISIN HK0000069689)涨5%。".encode(), name="x.txt")
print(json.dumps({"names": RECOGNIZERS.names(), "isin_loaded": "plugin_isin" in sys.modules,
                  "mentions": [[m.kind.value, m.text, m.recognizer] for m in result.mentions]}, ensure_ascii=False))
'''


@pytest.fixture
def plugin_path(tmp_path: Path) -> Path:
    (tmp_path / "plugin_isin.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = tmp_path / "plugin_isin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: plugin-isin\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[analyzer_recognizers]\nisin = plugin_isin:IsinRecognizer\n", "utf-8")
    return tmp_path


def test_entry_point_recognizer_exists_in_a_fresh_process(plugin_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(plugin_path), str(ROOT)])}
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120,
                         check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert "isin" in report["names"]
    assert report["isin_loaded"]
    assert ["code", "HK0000069689", "isin"] in report["mentions"]
    assert ["percent", "5%", "percent"] in report["mentions"]


def test_without_the_plugin_there_is_no_such_recognizer() -> None:
    assert "isin" not in RECOGNIZERS


def test_a_plugin_that_fails_to_load_is_one_coded_line(tmp_path: Path) -> None:
    (tmp_path / "plugin_broken.py").write_text("raise ImportError('no such dependency: shiny')\n", encoding="utf-8")
    info = tmp_path / "plugin_broken-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: plugin-broken\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[analyzer_recognizers]\nbroken = plugin_broken:Broken\n", "utf-8")
    child = (
        "from analyzer.errors import AnalyzerError\n"
        "from analyzer.extract import RECOGNIZERS\n"
        "try:\n    RECOGNIZERS.get('broken')\nexcept AnalyzerError as exc:\n    print(exc.one_line())\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    out = subprocess.run(
        [sys.executable, "-c", child], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    line = out.stdout.strip()
    assert line.startswith("E907") and "broken" in line and "shiny" in line
