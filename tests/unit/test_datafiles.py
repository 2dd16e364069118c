"""Broken data files give one coded line naming the file and the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.errors import ConfigError
from analyzer.instruments import load_registry


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("instruments: [\n  - id: x\n", "cannot read instrument registry"),
        ("instruments:\n  - id: x\n    kind: planet\n    name: X\n    aliases: [X]\n", "instruments.0.kind"),
        ("instruments:\n  - id: x\n    kind: index\n    name: X\n    aliases: []\n", "instruments.0.aliases"),
        (
            "instruments:\n  - {id: x, kind: index, name: X, aliases: [X]}\n"
            "  - {id: x, kind: index, name: Y, aliases: [Y]}\n",
            "duplicate instrument ids: x",
        ),
    ],
)
def test_broken_registry(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "instruments.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_registry(path)
    line = info.value.one_line()
    assert "\n" not in line and str(path) in line and expected in line
    assert line.startswith(("E902", "E903"))
