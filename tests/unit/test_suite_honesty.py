"""issue 15: tests that cannot fail. The suite holds no comparison of an expression with itself
(``x == x``, ``x in (y, x)``), the shape of the old span check in test_sample_claims.py."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def tautologies(source: str) -> list[int]:
    """Line numbers of comparisons that hold whatever the values: ``a == a``, ``a in (b, a)``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare) or len(node.ops) != 1:
            continue
        left, op, right = ast.dump(node.left), node.ops[0], node.comparators[0]
        if isinstance(op, ast.In) and isinstance(right, ast.Tuple | ast.List | ast.Set):
            if any(ast.dump(e) == left for e in right.elts):
                found.append(node.lineno)
        elif isinstance(op, ast.Eq | ast.Is | ast.GtE | ast.LtE) and ast.dump(right) == left:
            found.append(node.lineno)
    return found


def test_the_detector_sees_the_old_shapes() -> None:
    assert tautologies("assert t[a:b] in (p.text, t[a:b])\nassert x == x\nassert x in (y, z)\n") == [1, 2]


def test_no_test_compares_a_value_with_itself() -> None:
    files = sorted(TESTS.rglob("test_*.py"))
    assert len(files) > 20
    found = {p.relative_to(TESTS).as_posix(): lines for p in files if (lines := tautologies(p.read_text("utf-8")))}
    assert not found
