"""Certainty audit on the real-text dev split: which rule granted each certain slot, and how often it is right.

    python benchmarks/certainty_audit.py                  # per rule: slots granted, accuracy, texts wrong
    python benchmarks/certainty_audit.py --wrong          # and each wrongly granted slot (text, figure, rules)
    python benchmarks/certainty_audit.py --genre tw_news  # only these genres
    python benchmarks/certainty_audit.py --key K1 --key K2  # only these texts (a fresh batch, before reading it)

A slot (subject, metric, period) is *granted* when the rule that decided it (``Claim.rules``) left its
``decided_by`` words certain; a claim is certain when all three are granted. Dev certain claims can all
be right while a rule still grants wrong slots in claims that another slot's doubt kept uncertain: on
text never seen, the other slot may be read certainly, and the wrong slot becomes a false alarm. So
each rule is held to the accuracy of every slot it grants, against the labels (``realtext.matches``):
the subject against the labelled name, the metric against the labelled metric, intraday reading and
forecast (and a claim on a figure labelled ``none`` or on no labelled figure is a wrong metric), the
period against the labelled span; a second claim on a figure labelled once (a value a list of names
shares, labelled for one of them) has no label to be held to and is left out. A rule granting below 98 %
across texts is one whose certainty does not hold. ``near`` counts the slots it granted in claims with
no other slot doubted, or one doubted for where it was read rather than guessed (``certainty.guessed``),
and no forecast: the combinations one more certain reading would make certain, the ones that matter
most;
``--by-metric`` splits each rule by the metric of its claims (a rule with a metric: a combination),
``--by-name`` by whether a registry knows the claim's subject (a name read from the words alone).
Dev split only (the held-out third is never read).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.realtext import analyze_text, matches
from benchmarks.realtext_source import NOT_A_CLAIM, Missing, label_files, materialize

SLOTS = ("subject", "metric", "period")
#: the label fields each slot answers for (realtext.wrong_fields names them)
SLOT_FIELDS = {"subject": {"subject"}, "metric": {"metric", "intraday", "forecast", "claim"}, "period": {"period"}}
#: the bar a granting rule is held to
BAR = 0.98


@dataclass
class Tally:
    """Slots one rule granted (certain) or decided uncertain, and where the granted ones were wrong."""

    granted: int = 0
    right: int = 0
    doubted: int = 0
    in_certain: int = 0  # certain claims (all three slots granted) this rule decided a slot of
    #: granted slots, and those right, in claims whose other two slots were granted too or whose
    #: only doubt is another slot's (the combinations one more certain reading would make certain)
    paired: int = 0
    paired_right: int = 0
    wrong_texts: set[str] = field(default_factory=set)
    genres: Counter[str] = field(default_factory=Counter)

    @property
    def accuracy(self) -> float:
        return self.right / self.granted if self.granted else 1.0

    @property
    def paired_accuracy(self) -> float:
        return self.paired_right / self.paired if self.paired else 1.0


Audit = tuple[dict[tuple[str, str], Tally], list[str], Counter[str], Counter[str]]


def audit(
    genres: list[str] | None, by_metric: bool = False, keys: list[str] | None = None, by_name: bool = False
) -> Audit:
    """Tallies per (slot, rule), the wrongly granted slots in words, certain claims and certain right per genre
    (``by_metric``, ``by_name``: each rule split by its claims' metric, by whether a registry knows their subject)."""
    from analyzer.claims.certainty import UNCERTAIN, guessed, is_certain, registered

    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    wrong: list[str] = []
    certain: Counter[str] = Counter()
    certain_right: Counter[str] = Counter()
    for labels in label_files():
        if genres and labels.genre not in genres:
            continue
        for text in labels.texts:
            if text.split != "dev" or (keys and text.key not in keys):
                continue
            try:
                body = materialize(text.source)
            except Missing:
                continue
            _result, claims, spans = analyze_text(text, body)
            fields: dict[str, set[str]] = {}
            for _label, claim, bad in matches(text, claims, spans):
                if claim is not None:
                    fields[claim.id] = set(bad)
            labelled = [lb.span for lb in text.claims if lb.span is not None and lb.metric != NOT_A_CLAIM]
            for claim in claims:
                bad = fields.get(claim.id, {"claim"})  # a claim on no labelled figure
                whole = is_certain(claim) and not claim.forecast
                if whole:
                    certain[labels.genre] += 1
                    certain_right[labels.genre] += not bad
                start, end = spans[claim.id]
                if claim.id not in fields and any(s < end and start < e for s, e in labelled):
                    continue  # a second claim on a figure labelled once (a value a list of names shares)
                doubts = [s for s in SLOTS if claim.decided_by.get(s, "").startswith(UNCERTAIN)]
                for slot in SLOTS:
                    rule = claim.rules.get(slot, "(none)")
                    if by_metric:
                        rule += f" / {claim.metric}"
                    if by_name:
                        rule += " / known" if registered(claim.subject) else " / unknown name"
                    tally = tallies[slot, rule]
                    if claim.decided_by.get(slot, "").startswith(UNCERTAIN):
                        tally.doubted += 1
                        continue
                    if bad == {"claim"} and slot != "metric":
                        continue  # no label to hold a subject or period to
                    tally.granted += 1
                    tally.in_certain += whole
                    # one other slot doubted for where it was read, not guessed (certainty.guessed)
                    near = not claim.forecast and (
                        not doubts or (len(doubts) == 1 and not guessed(claim.decided_by[doubts[0]]))
                    )
                    tally.paired += near
                    if bad & SLOT_FIELDS[slot]:
                        tally.wrong_texts.add(f"{labels.genre}/{text.key}")
                        tally.genres[labels.genre] += 1
                        rules = " ".join(f"{s}={claim.rules.get(s, '-')}" for s in SLOTS)
                        mark = "CERTAIN" if whole else "near" if near else "slot"
                        wrong.append(
                            f"{labels.genre}/{text.key} [{claim.text}] {mark} {slot} wrong ({','.join(sorted(bad))}):"
                            f" {rule}: {claim.decided_by.get(slot)} | {rules}"
                        )
                    else:
                        tally.right += 1
                        tally.paired_right += near
    return tallies, wrong, certain, certain_right


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--genre", action="append", help="only these genres")
    parser.add_argument("--key", action="append", help="only the texts of these keys (a fresh batch, audited blind)")
    parser.add_argument("--wrong", action="store_true", help="list each wrongly granted slot")
    parser.add_argument("--by-metric", action="store_true", help="each rule split by the metric of its claims")
    parser.add_argument(
        "--by-name", action="store_true", help="each rule split by whether a registry knows its claims' subject"
    )
    parser.add_argument(
        "--without-doubts", action="store_true", help="as if claim_rules.yaml doubted nothing (the audit before them)"
    )
    args = parser.parse_args(argv)
    if args.without_doubts:
        from analyzer.claims import rules

        rules._doubts = lambda: {}  # the finished claims keep every slot their rules granted
    tallies, wrong, certain, certain_right = audit(args.genre, args.by_metric, args.key, args.by_name)
    if not tallies:
        print("no dev texts on this machine: nothing audited")
        return 0
    head = f"{'slot':<8}{'rule':<52}{'granted':>8}{'right':>7}{'acc.':>8}{'doubted':>8}{'certain':>8}"
    print(head + f"{'near':>6}{'acc.':>7}  texts wrong (genres)")
    for (slot, rule), t in sorted(tallies.items(), key=lambda kv: (SLOTS.index(kv[0][0]), -kv[1].granted)):
        flag = " <" if t.granted and t.accuracy < BAR else ""
        genres = ", ".join(f"{g} {n}" for g, n in t.genres.most_common())
        print(
            f"{slot:<8}{rule:<52}{t.granted:>8}{t.right:>7}{t.accuracy:>8.1%}{t.doubted:>8}{t.in_certain:>8}{t.paired:>6}{t.paired_accuracy:>7.1%}"
            f"  {len(t.wrong_texts)}{f' ({genres})' if genres else ''}{flag}"
        )
    total, right = sum(certain.values()), sum(certain_right.values())
    print(
        f"certain claims: {total}, right {right} ({right / total if total else 1:.1%}); by genre: "
        + ", ".join(f"{g} {certain_right[g]}/{n}" for g, n in sorted(certain.items()))
    )
    if args.wrong:
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
