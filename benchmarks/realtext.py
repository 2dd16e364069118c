"""Claims on real published text: per-genre and total precision and recall against blind labels.

    python benchmarks/realtext.py                       # the dev split
    python benchmarks/realtext.py --split holdout       # only at the start and the end of a piece of work
    python benchmarks/realtext.py --errors              # dev only: each wrong or missed claim, by field

A labelled claim is right when a claim of the analyzer covers its figure and every field the label
states (subject, metric, signed value or range, unit, currency, period, forecast) agrees. Precision
counts every claim the analyzer makes in a labelled text (a claim on a figure labelled `none`, or on
no labelled figure, is wrong); "certain" is the precision of the claims the analyzer marks certain
(only those may ever be reported contradicted). Texts come from fetched snapshots
(``benchmarks/realtext_source.py``); where they are absent this says so and exits 0.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.realtext_source import (
    NOT_A_CLAIM,
    Label,
    Missing,
    Text,
    label_files,
    materialize,
    problems,
    source_title,
)

INTRADAY_METRICS = frozenset({"open", "midday", "intraday_high", "intraday_low", "intraday_move"})


@dataclass
class Score:
    """Counts for one genre (or the total)."""

    texts: int = 0
    labelled: int = 0
    found: int = 0  # labelled claims a claim covers
    right: int = 0  # labelled claims read right
    predicted: int = 0
    certain: int = 0
    certain_right: int = 0
    supported: int = 0
    contradicted: int = 0
    certain_checked: int = 0  # certain claims (not forecasts) whose verdict is supported or contradicted
    wrong_fields: Counter[str] = field(default_factory=Counter)
    #: unverifiable claims by cause (analyzer.verify.causes), 'no_series' split by the series missing
    causes: Counter[str] = field(default_factory=Counter)
    missing_series: Counter[str] = field(default_factory=Counter)

    def add(self, other: Score) -> None:
        for name in (
            "texts",
            "labelled",
            "found",
            "right",
            "predicted",
            "certain",
            "certain_right",
            "supported",
            "contradicted",
            "certain_checked",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.wrong_fields.update(other.wrong_fields)
        self.causes.update(other.causes)
        self.missing_series.update(other.missing_series)

    @property
    def recall(self) -> float:
        return self.right / self.labelled if self.labelled else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def reach(self) -> float:
        """The share of certain claims that get a verdict (supported or contradicted)."""
        return self.certain_checked / self.certain if self.certain else 0.0

    @property
    def checked_share(self) -> float:
        """The share of all claims the analyzer makes that get a verdict (supported or contradicted)."""
        return (self.supported + self.contradicted) / self.predicted if self.predicted else 0.0

    @property
    def certain_precision(self) -> float:
        return self.certain_right / self.certain if self.certain else 1.0


def _simplified() -> object:
    import opencc

    return opencc.OpenCC("t2s")


_T2S = None


def simplify(text: str) -> str:
    global _T2S
    if _T2S is None:
        _T2S = _simplified()
    return _T2S.convert(text).replace(" ", "")  # type: ignore[attr-defined]


#: units the labels write as percent (README: percentage points and basis points are labelled in %)
_AS_PERCENT = {"pp": "%", "bp": "%"}  # a bp claim is held in percentage points (report/table.py)


def _unit(unit: str | None) -> str | None:
    return _AS_PERCENT.get(unit, simplify(unit)) if unit else unit


def is_intraday(claim: object) -> bool:
    """A level or move read during the session (never the close or the session's change)."""
    return bool(getattr(claim, "intraday", False)) or claim.metric in INTRADAY_METRICS  # type: ignore[attr-defined]


def wrong_fields(label: Label, claim: object) -> list[str]:
    """The fields the label states that the claim gets wrong (empty: the claim is right)."""
    c = claim
    wrong = []
    if label.labelled("subject") or label.labelled("subject_id"):
        subject = c.subject  # type: ignore[attr-defined]
        names = {simplify(n) for n in [label.subject, *label.subject_any] if n}
        by_name = subject is not None and simplify(subject.alias) in names
        by_id = subject is not None and label.subject_id is not None and subject.id == label.subject_id
        unnamed = label.subject is None and not label.subject_id
        if not (subject is None if unnamed else by_name or by_id):
            wrong.append("subject")
    if c.metric != label.metric:  # type: ignore[attr-defined]
        wrong.append("metric")
    if label.value is not None:
        if c.value is None or Decimal(c.value) != Decimal(label.value):  # type: ignore[attr-defined]
            wrong.append("value")
    elif label.low is not None and (
        c.low is None
        or c.high is None  # type: ignore[attr-defined]
        or Decimal(c.low) != Decimal(label.low)  # type: ignore[attr-defined]
        or Decimal(c.high) != Decimal(label.high or label.low)  # type: ignore[attr-defined]
    ):
        wrong.append("value")
    if label.labelled("unit") and _unit(c.unit) != _unit(label.unit):  # type: ignore[attr-defined]
        wrong.append("unit")
    if label.labelled("currency") and c.currency != label.currency:  # type: ignore[attr-defined]
        wrong.append("currency")
    if label.labelled("period"):
        period = c.period  # type: ignore[attr-defined]
        got = (period.start, period.end) if period is not None else None
        if got != (tuple(label.period) if label.period else None):
            wrong.append("period")
    if label.labelled("forecast") and label.forecast is not None and c.forecast != label.forecast:  # type: ignore[attr-defined]
        wrong.append("forecast")
    # a metric that names a time of the session (open, midday, a high) says what the flag says: labels of the
    # open differ on whether it is 'intraday' (a convention, not a reading), so the flag is not scored there
    implied = c.metric == label.metric and label.metric in INTRADAY_METRICS  # type: ignore[attr-defined]
    if not implied and label.intraday != is_intraday(c):
        wrong.append("intraday")
    return wrong


def body_offsets(body: str, read: str) -> list[int]:
    """Where each character of ``read`` (the text the analyzer read: HTML turned into text at ingest)
    stands in ``body`` (the labelled text, markup and all), one forward pass skipping tags; an
    unmatched character keeps the position reached. The labels' spans index the body, so a claim's
    span is compared there."""
    where = [0] * (len(read) + 1)
    j = 0
    for i, ch in enumerate(read):
        if ch.isspace():
            where[i] = j
            continue
        k = j
        while k < len(body):
            if body[k] == "<" and ch != "<":
                close = body.find(">", k)
                k = close + 1 if close >= 0 else k + 1
                continue
            if body[k] == ch:
                break
            k += 1
        if k < len(body):
            j = k + 1
            where[i] = k
        else:
            where[i] = j
    where[len(read)] = j
    return where


def _spans_in_body(body: str, result: object) -> dict[str, tuple[int, int]]:
    """Each claim's span in the body: the span itself when the analyzer read the body as it is."""
    read = result.text  # type: ignore[attr-defined]
    claims = result.claims  # type: ignore[attr-defined]
    if read == body:
        return {c.id: (c.span.start, c.span.end) for c in claims}
    where = body_offsets(body, read)
    return {c.id: (where[c.span.start], where[c.span.end - 1] + 1) for c in claims}


def matches(text: Text, claims: list[Any], spans: dict[str, tuple[int, int]]) -> Iterator[tuple[Label, Any, list[str]]]:
    """Each label with a span, the claim matched to it (None: none covers it) and the fields that claim
    gets wrong: of the claims not yet matched that cover the label's figure, the one with fewest wrong
    fields; a label ``none`` takes the first covering claim (that claim is wrong whatever it reads)."""
    used: set[str] = set()
    for label in text.claims:
        if label.span is None:
            continue
        start, end = label.span
        covering = [c for c in claims if c.id not in used and spans[c.id][0] < end and start < spans[c.id][1]]
        if not covering:
            yield label, None, []
            continue
        if label.metric == NOT_A_CLAIM:
            used.add(covering[0].id)
            yield label, covering[0], ["claim"]
            continue
        wrong, best = min(((wrong_fields(label, c), c) for c in covering), key=lambda v: len(v[0]))
        used.add(best.id)
        yield label, best, wrong


def analyze_text(text: Text, body: str) -> tuple[Any, list[Any], dict[str, tuple[int, int]]]:
    """The analyzer's result on a text, its claims on the labelled text and their spans in ``body``.
    An excerpt whose article title lies outside its kept lines is read under that title (a line,
    then a blank line), as a reader of the page sees it and as an RSS item's text opens with its
    title; the claims on the title itself are dropped and the others' spans shifted back."""
    from analyzer.ingest.html import looks_like_html
    from analyzer.pipeline import analyze

    title = source_title(text.source)
    # markup (a saved page's HTML) folds plain line breaks: the title is then a heading element
    head = "" if not title else f"<h1>{html.escape(title)}</h1>\n" if looks_like_html(body[:4096]) else f"{title}\n\n"
    result = analyze((head + body).encode("utf-8"), name=f"{text.key}.txt", as_of=text.as_of)
    spans = _spans_in_body(head + body, result)
    claims = [c for c in result.claims if spans[c.id][0] >= len(head)]
    spans = {c.id: (spans[c.id][0] - len(head), spans[c.id][1] - len(head)) for c in claims}
    return result, claims, spans


def score_text(text: Text, body: str, errors: list[str] | None = None, store: object = None) -> Score:
    """Run the analyzer on one text and compare its claims with the labels (and check them against
    ``store`` when given: published figures are true, so every ``contradicted`` is a false alarm)."""
    from analyzer.claims import is_certain
    from analyzer.pipeline import review

    result, claims, spans = analyze_text(text, body)
    score = Score(texts=1, predicted=len(claims))
    if store is not None:
        review(result, store=store)  # type: ignore[arg-type]
        from analyzer.verify.causes import by_cause

        score.causes.update(by_cause(result.verdicts))
        score.missing_series.update(
            v.missing_series or "(no instrument: the subject is not one the store knows)"
            for v in result.verdicts
            if v.cause in ("no_series", "past_store")
        )
        for verdict in result.verdicts:
            score.supported += verdict.status == "supported"
            score.contradicted += verdict.status == "contradicted"
            if verdict.status == "contradicted" and errors is not None:
                errors.append(f"{text.key} CONTRADICTED {verdict.claim_id}: {verdict.method} ({verdict.reason})")
    decided = {v.claim_id for v in result.verdicts if v.status in ("supported", "contradicted")}
    right_ids: set[str] = set()
    for label, best, wrong in matches(text, claims, spans):
        if label.metric == NOT_A_CLAIM:
            if best is not None and errors is not None:
                errors.append(f"{text.key} [{label.text}] no claim expected; got {best.metric}")
            continue
        score.labelled += 1
        if best is None:
            score.wrong_fields["missed"] += 1
            if errors is not None:
                errors.append(f"{text.key} [{label.text}] missed ({label.subject} {label.metric} {label.value})")
            continue
        score.found += 1
        if not wrong:
            score.right += 1
            right_ids.add(best.id)
        else:
            score.wrong_fields.update(wrong)
            if errors is not None:
                got = (
                    f"{best.subject.alias if best.subject else None} {best.metric} {best.value} {best.unit} "
                    f"{best.period.start if best.period else None}..{best.period.end if best.period else None}"
                )
                want = f"{label.subject} {label.metric} {label.value} {label.unit} {label.period}"
                errors.append(f"{text.key} [{label.text}] wrong {','.join(wrong)}: got {got}; want {want}")
    for claim in claims:
        if is_certain(claim) and not claim.forecast:
            score.certain += 1
            score.certain_right += claim.id in right_ids
            score.certain_checked += claim.id in decided
            if claim.id not in right_ids and errors is not None:
                errors.append(f"{text.key} [{claim.text}] CERTAIN but not right: {claim.metric} {claim.value}")
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="dev")
    parser.add_argument("--genre", action="append", help="only these genres")
    parser.add_argument("--errors", action="store_true", help="list each wrong or missed claim (dev split only)")
    parser.add_argument("--json", action="store_true", help="the scores as JSON")
    parser.add_argument("--verify", action="store_true", help="also check the claims against the market store")
    parser.add_argument("--key", action="append", help="only the texts of these keys (a fresh batch, scored blind)")
    args = parser.parse_args(argv)
    if args.errors and args.split != "dev":
        parser.error("--errors reads the dev split only: the held-out third is scored, never read while tuning")

    files = [f for f in label_files() if not args.genre or f.genre in args.genre]
    if not files:
        print("no label files in corpora/eval/realtext/")
        return 0
    total = Score()
    rows: dict[str, Score] = {}
    missing: list[str] = []
    errors: list[str] | None = [] if args.errors else None
    store = None
    if args.verify:
        from analyzer.verify.seed import open_store

        store = open_store(read_only=True)
    for labels in files:
        genre_score = Score()
        for text in labels.texts:
            if args.split != "all" and text.split != args.split:
                continue
            if args.key and text.key not in args.key:
                continue
            try:
                body = materialize(text.source)
            except Missing as e:
                missing.append(f"{labels.genre}/{text.key}: {e}")
                continue
            bad = problems(text, body)
            if bad:
                print("\n".join(bad), file=sys.stderr)
                return 1
            genre_score.add(score_text(text, body, errors, store))
        rows[labels.genre] = genre_score
        total.add(genre_score)
    if missing and total.texts == 0:
        print(f"the real-text snapshots are not on this machine ({len(missing)} texts), so nothing was scored:")
        print(f"  {missing[0]}")
        print("  fetch the repositories named in corpora/eval/realtext/*.yaml (see its README) to score them")
        return 0
    if args.json:
        print(json.dumps({g: vars(s) | {"wrong_fields": dict(s.wrong_fields)} for g, s in rows.items()}, default=str))
        return 0
    print(f"split: {args.split}" + (f"; {len(missing)} texts absent" if missing else ""))
    columns = ("texts", 6), ("labels", 8), ("claims", 8), ("right", 7), ("recall", 8), ("precision", 10)
    header = "genre".ljust(16) + "".join(name.rjust(width) for name, width in columns)
    header += "certain".rjust(9) + "cert.prec".rjust(10)
    print(header)
    for genre, s in [*rows.items(), ("TOTAL", total)]:
        print(
            f"{genre:<16}{s.texts:>6}{s.labelled:>8}{s.predicted:>8}{s.right:>7}{s.recall:>8.1%}{s.precision:>10.1%}"
            f"{s.certain:>9}{s.certain_precision:>10.1%}"
            + (
                f"{s.supported:>6} supported{s.contradicted:>4} contradicted; checked {s.checked_share:.1%} of all,"
                f" {s.reach:.1%} of certain"
                if args.verify
                else ""
            )
        )
    # Counts only (no text, no label): a measure, so printed for the holdout too.
    print(f"wrong fields ({args.split}): " + ", ".join(f"{k} {v}" for k, v in total.wrong_fields.most_common()))
    for genre, s in rows.items():
        print(f"  {genre:<16}" + ", ".join(f"{k} {v}" for k, v in s.wrong_fields.most_common()))
    if args.verify:
        # Counts only: what blocks reach (a cause per unverifiable claim; the missing series most wanted).
        print(f"unverifiable by cause ({args.split}): " + ", ".join(f"{k} {v}" for k, v in total.causes.most_common()))
        for genre, s in rows.items():
            print(f"  {genre:<16}" + ", ".join(f"{k} {v}" for k, v in s.causes.most_common()))
        print("missing series: " + ", ".join(f"{k} {v}" for k, v in total.missing_series.most_common(25)))
    if errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
