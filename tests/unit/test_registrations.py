"""Everything that is registered — recognizers, checkers, shipped rules — against a snapshot, so
adding or removing one is a visible diff (after spaCy's factory_registrations.json)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from analyzer.comply import load_rulebooks
from analyzer.extract import RECOGNIZERS
from analyzer.verify import CHECKERS

SNAPSHOT = Path(__file__).resolve().parents[1] / "golden" / "registrations.json"


def test_registrations_match_the_snapshot() -> None:
    current = {
        "recognizers": RECOGNIZERS.names(),
        "checkers": CHECKERS.names(),
        "rules": sorted(rule.id for book in load_rulebooks() for rule in book.rules),
    }
    if os.environ.get("UPDATE_GOLDEN"):
        SNAPSHOT.write_text(json.dumps(current, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert current == json.loads(SNAPSHOT.read_text(encoding="utf-8"))
