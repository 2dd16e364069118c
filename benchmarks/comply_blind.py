"""Score `comply` on the blind set (corpora/eval/comply_blind/pieces.yaml, written by a reviewer who
never read the rules).

A labelled breach is found when a finding at its severity quotes words that overlap the labelled
words (``words: null``: a finding about a missing statement of that kind, at its severity). A
false alarm is an error or warning on a compliant piece. ``--split holdout`` prints numbers only:
the held-out pieces are scored, never read.

    PYTHONPATH=. python benchmarks/comply_blind.py --split dev [--show]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PIECES = ROOT / "corpora" / "eval" / "comply_blind" / "pieces.yaml"

# a missing statement's kind (words of the label's `what`) → the rules that report that statement missing
MISSING_KINDS = {
    ("risk warning", "风险提示", "風險提示"): ("CN-FUND-MKT-027",),
    ("past-performance", "past performance", "过往业绩", "過往業績"): ("CN-FUND-MKT-020",),
    ("benchmark",): ("CN-FUND-MKT-013",),
    ("qdii", "港股通", "cross-border", "overseas", "exchange-rate", "汇率", "匯率"): ("CN-FUND-MKT-047",),
    ("money-market", "money market", "货币", "貨幣", "deposit"): ("CN-FUND-MKT-049",),
    ("pension", "养老", "養老"): ("CN-FUND-MKT-050",),
    ("etf", "index"): ("CN-FUND-MKT-051",),
    ("holding period", "持有期", "liquidity"): ("CN-FUND-MKT-048",),
    ("feeder", "联接", "聯接"): ("CN-FUND-MKT-052",),
    ("不保证", "不保證", "guarantee"): ("CN-FUND-MKT-027.no-guarantee",),
    ("谨慎", "謹慎", "caution"): ("CN-FUND-MKT-027.caution",),
    ("业务隔离", "業務隔離", "shareholder", "business-separation"): ("CN-FUND-MKT-026",),
}
REQUIRED_RULES = tuple(p for rules in MISSING_KINDS.values() for p in rules)


@dataclass
class Score:
    breaches: int = 0
    found: int = 0
    found_any_severity: int = 0
    compliant: int = 0
    compliant_clean: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)


def _missing_rules(what: str) -> tuple[str, ...]:
    low = what.lower()
    rules = tuple(r for words, ids in MISSING_KINDS.items() if any(w in low for w in words) for r in ids)
    return rules or REQUIRED_RULES


def _is_rule(rule_id: str, prefixes: tuple[str, ...]) -> bool:
    return any(rule_id == p or rule_id.startswith(p + ".") for p in prefixes)


def score(split: str) -> Score:
    from analyzer.comply import comply
    from analyzer.pipeline import analyze

    pieces = [p for p in yaml.safe_load(PIECES.read_text(encoding="utf-8"))["pieces"]
              if split == "all" or p["split"] == split]
    out = Score()
    for piece in pieces:
        text = piece["text"]
        findings = comply(analyze(text.encode("utf-8"), name=f"{piece['id']}.txt"), lang="en")
        loud = [f for f in findings if f.severity.value in ("error", "warning")]
        if piece["compliant"]:
            out.compliant += 1
            out.compliant_clean += not loud
            out.false_alarms += len(loud)
            out.alarms += [f"{piece['id']}: {f.rule_id} {f.severity.value} {f.quotes}" for f in loud]
            continue
        for breach in piece["breaches"]:
            out.breaches += 1
            words, severity = breach["words"], breach["severity"]
            if words is None:
                rules = _missing_rules(breach["what"])
                matching = [f for f in findings if _is_rule(f.rule_id, rules)]
            else:
                start = text.index(words)
                end = start + len(words)
                matching = [f for f in findings if any(s.start < end and start < s.end for s in f.spans)]
            at_severity = [f for f in matching if f.severity.value == severity]
            out.found += bool(at_severity)
            out.found_any_severity += bool(matching)
            if not at_severity:
                got = ", ".join(f"{f.rule_id} {f.severity.value}" for f in matching) or "nothing"
                out.misses.append(f"{piece['id']}: [{severity}] {words!r} ({breach['what']}) → {got}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "holdout", "all"], default="dev")
    parser.add_argument("--show", action="store_true", help="list misses and false alarms (dev only)")
    args = parser.parse_args(argv)
    s = score(args.split)
    rate = s.found / s.breaches if s.breaches else 1.0
    print(f"{args.split}: breaches found at their severity {s.found}/{s.breaches} ({rate:.0%}); "
          f"at any severity {s.found_any_severity}/{s.breaches}; compliant pieces clean "
          f"{s.compliant_clean}/{s.compliant} ({s.false_alarms} errors/warnings on them)")
    if args.show and args.split == "dev":
        for line in s.misses:
            print("miss  ", line)
        for line in s.alarms:
            print("alarm ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
