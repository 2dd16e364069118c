"""Score recognized mentions against hand labels: precision, recall and F1 per kind by exact span.

Independent of the analyzer (it reads text, a labels file and plain prediction dicts), so the same
scorer can judge any extractor. A labels file (``<name>.yaml`` beside ``<name>.txt``) lists the
mentions in document order; each label's ``text`` is located in the document from the end of
the previous label, which fixes its span without hand-counted offsets::

    as_of: 2025-03-05
    mentions:
      - {text: 5%至10%, kind: percent, low: "5", high: "10", unit: "%"}
      - {text: 3月5日, kind: date, start: 2025-03-05, end: 2025-03-05}

A prediction is ``{"span": (start, end), "kind": ..., **fields}`` in the same text's offsets, with
time fields ``start``/``end`` as dates.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

QUANTITY_KINDS = ("percent", "money", "multiple", "points", "count", "number", "code", "rating")
TIME_KINDS = ("date", "period")
VALUE_FIELDS = ("value", "low", "high", "unit", "currency", "label")
TIME_FIELDS = ("start", "end")


@dataclass(frozen=True)
class Label:
    start: int
    end: int
    kind: str
    fields: Mapping[str, Any]


@dataclass
class Document:
    name: str
    text: str
    as_of: dt.date | None
    labels: list[Label]
    split: str = "dev"


def load_document(txt: Path) -> Document:
    """The text and its labels, each label's span found left to right."""
    text = txt.read_text(encoding="utf-8")
    data = yaml.safe_load(txt.with_suffix(".yaml").read_text(encoding="utf-8"))
    labels, pos = [], 0
    for entry in data["mentions"]:
        surface = str(entry["text"])
        start = text.find(surface, pos)
        if start < 0:
            raise ValueError(f"{txt.name}: label {surface!r} not found after offset {pos}")
        pos = start + len(surface)
        fields = {k: v for k, v in entry.items() if k not in ("text", "kind")}
        labels.append(Label(start, pos, entry["kind"], fields))
    return Document(txt.stem, text, data.get("as_of"), labels, data.get("split", "dev"))


def load_corpus(root: Path) -> list[Document]:
    return [load_document(p) for p in sorted(root.glob("*/*.txt"))]


@dataclass
class Scores:
    """Counts per kind, and mismatched field values among span matches."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    span_only_tp: int = 0
    checked: int = 0
    wrong_values: list[str] = field(default_factory=list)
    wrong_kind: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def prf(self, kinds: Iterable[str] | None = None) -> tuple[float, float, float]:
        """Micro precision, recall, F1 over ``kinds`` (all kinds when None)."""
        keys = set(kinds) if kinds is not None else set(self.tp) | set(self.fp) | set(self.fn)
        tp = sum(self.tp[k] for k in keys)
        fp = sum(self.fp[k] for k in keys)
        fn = sum(self.fn[k] for k in keys)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def value_accuracy(self) -> float:
        return 1 - len(self.wrong_values) / self.checked if self.checked else 1.0


def _same(expected: Any, got: Any) -> bool:
    if expected is None:
        return got is None
    if isinstance(expected, dt.date) or isinstance(got, dt.date):
        return str(expected) == str(got)
    try:
        return Decimal(str(expected)) == Decimal(str(got))
    except ArithmeticError:
        return str(expected) == str(got)


def score(
    documents: Iterable[tuple[Document, list[dict[str, Any]]]], kinds: tuple[str, ...], *, merge_kinds: bool = False
) -> Scores:
    """Exact-span scores for the labels and predictions of ``kinds``.

    A prediction counts for its kind when a label of the same kind has the same span; a span match
    with another kind is a false positive for the predicted kind and a false negative for the
    labelled one. Field values are compared on same-kind matches: quantities on value, low, high,
    unit, currency, label; time on start and end where the label states them. ``merge_kinds`` scores
    spans alone (every kind in ``kinds`` counts as the first one: date vs period is not judged).
    """
    s = Scores()
    for doc, predictions in documents:
        labels = {(lab.start, lab.end): lab for lab in doc.labels if lab.kind in kinds}
        preds = {tuple(p["span"]): p for p in predictions if p["kind"] in kinds}
        if merge_kinds:
            labels = {k: Label(v.start, v.end, kinds[0], v.fields) for k, v in labels.items()}
            preds = {k: {**v, "kind": kinds[0]} for k, v in preds.items()}
        for span, lab in labels.items():
            pred = preds.get(span)
            where = f"{doc.name}: {doc.text[span[0]:span[1]]!r}"
            if pred is None:
                s.fn[lab.kind] += 1
                s.missed.append(f"{where} ({lab.kind})")
                continue
            s.span_only_tp += 1
            if pred["kind"] != lab.kind:
                s.fn[lab.kind] += 1
                s.fp[pred["kind"]] += 1
                s.wrong_kind.append(f"{where}: kind {pred['kind']} ≠ {lab.kind}")
                continue
            s.tp[lab.kind] += 1
            s.checked += 1
            names = VALUE_FIELDS if lab.kind in QUANTITY_KINDS else TIME_FIELDS
            for name in names:
                if lab.kind in TIME_KINDS and name not in lab.fields:
                    continue  # a relative window the annotator left unresolved
                if not _same(lab.fields.get(name), pred.get(name)):
                    s.wrong_values.append(f"{where}: {name} {pred.get(name)} ≠ {lab.fields.get(name)}")
                    break
        for span, pred in preds.items():
            if span not in labels:
                s.fp[pred["kind"]] += 1
                s.spurious.append(f"{doc.name}: {doc.text[span[0]:span[1]]!r} ({pred['kind']})")
    return s


def report(s: Scores, kinds: tuple[str, ...], title: str) -> str:
    """A plain-text table: per kind and overall precision, recall, F1 and counts."""
    lines = [f"{title}", f"{'kind':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for kind in kinds:
        if s.tp[kind] + s.fp[kind] + s.fn[kind] == 0:
            continue
        p, r, f = s.prf([kind])
        lines.append(f"{kind:10} {p:6.3f} {r:6.3f} {f:6.3f} {s.tp[kind]:5} {s.fp[kind]:5} {s.fn[kind]:5}")
    p, r, f = s.prf(kinds)
    tp, fp, fn = (sum(c[k] for k in kinds) for c in (s.tp, s.fp, s.fn))
    lines.append(f"{'all':10} {p:6.3f} {r:6.3f} {f:6.3f} {tp:5} {fp:5} {fn:5}")
    lines.append(f"field values right on {s.checked - len(s.wrong_values)}/{s.checked} same-kind matches")
    groups = (("missed", s.missed), ("spurious", s.spurious), ("wrong kind", s.wrong_kind), ("wrong", s.wrong_values))
    for title_, items in groups:
        lines.extend(f"  {title_}: {item}" for item in items)
    return "\n".join(lines)
