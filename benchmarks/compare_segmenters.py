"""Evaluate drop-in segmenters against jieba (issue 14): rjieba (jieba-rs) and jieba-fast-dat.

For each text (the sample and ``tests/data/texts``, both scripts) it reports: tokens that differ from
jieba's on the whole converted text, short-alias decisions that differ (the only thing the pipeline
asks the segmenter), whether the claims are identical, and start-up and cutting speed.

    python benchmarks/compare_segmenters.py
"""

from __future__ import annotations

import difflib
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer.claims import assemble_claims  # noqa: E402
from analyzer.claims.assemble import SHORT_ALIAS  # noqa: E402
from analyzer.claims.subject import find_subjects  # noqa: E402
from analyzer.extract import extract_mentions  # noqa: E402
from analyzer.extract.timeexpr import infer_as_of  # noqa: E402
from analyzer.normalize import normalize  # noqa: E402
from analyzer.segment.cutter import user_dict_path  # noqa: E402
from analyzer.segment.lazy import WordBoundaries  # noqa: E402

Cut = Callable[[str], list[str]]
STARTUP = {
    "jieba": "import jieba; t = jieba.Tokenizer(); t.load_userdict(D); t.lcut('恒科上涨')",
    "rjieba": "import rjieba; j = rjieba.Jieba(); "
    "[j.add_word(w, int(f), None) for w, f, *_ in (l.split() for l in open(D, encoding='utf-8'))]; j.cut('恒科上涨')",
    "jieba_fast_dat": "import jieba_fast_dat as jf; t = jf.Tokenizer(); t.load_userdict(D); t.lcut('恒科上涨')",
}


def cutters() -> dict[str, Cut]:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    reference = jieba.Tokenizer()
    reference.load_userdict(str(user_dict_path()))
    out: dict[str, Cut] = {"jieba": reference.lcut}
    lines = [line.split() for line in user_dict_path().read_text(encoding="utf-8").splitlines() if line.strip()]
    try:
        import rjieba

        rj = rjieba.Jieba()
        for word, freq, *_ in lines:
            rj.add_word(word, int(freq), None)
        out["rjieba"] = rj.cut
    except ImportError:
        print("rjieba not installed")
    try:
        import jieba_fast_dat

        jf = jieba_fast_dat.Tokenizer()
        jf.load_userdict(str(user_dict_path()))
        out["jieba_fast_dat"] = jf.lcut
    except ImportError:
        print("jieba-fast-dat not installed")
    return out


def texts() -> list[tuple[str, str]]:
    paths = [
        ROOT / "corpora" / "samples" / "000_c5a5949e47dd4678.txt",
        *sorted((ROOT / "tests/data/texts").glob("*.txt")),
    ]
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    out = []
    for p in paths:
        text = p.read_text(encoding="utf-8")
        out += [
            (p.name, text),
            (p.name + " (other script)", s2t.convert(text) if t2s.convert(text) == text else t2s.convert(text)),
        ]
    return out


def main() -> None:
    cuts = cutters()
    totals = {name: {"token_diffs": 0, "alias_diffs": 0, "claim_diffs": 0} for name in cuts}
    for name, text in texts():
        normalized = normalize(text, "t2s")
        as_of = infer_as_of(normalized.text)
        mentions, hits = extract_mentions(text, normalized, as_of)
        protect = [(h.start, h.end) for h in hits]
        short = [a for a in find_subjects(normalized.text) if a.end - a.start <= SHORT_ALIAS]
        ref_tokens = cuts["jieba"](normalized.text)
        ref_bounds = WordBoundaries(normalized.text, protect, lambda: cuts["jieba"])
        ref_claims = [c.model_dump() for c in assemble_claims(text, normalized, hits, mentions, as_of, ref_bounds)[0]]
        for cname, cut in cuts.items():
            if cname == "jieba":
                continue
            tokens = cut(normalized.text)
            diff = [d for d in difflib.ndiff(ref_tokens, tokens) if d[:1] in "+-"]
            bounds = WordBoundaries(normalized.text, protect, lambda cut=cut: cut)
            alias_diffs = [
                a.alias for a in short if bounds.aligned(a.start, a.end) != ref_bounds.aligned(a.start, a.end)
            ]
            claims = [c.model_dump() for c in assemble_claims(text, normalized, hits, mentions, as_of, bounds)[0]]
            t = totals[cname]
            t["token_diffs"] += len(diff)
            t["alias_diffs"] += len(alias_diffs)
            t["claim_diffs"] += claims != ref_claims
            if diff or alias_diffs:
                print(f"{cname:15} {name}: {len(diff)} token lines differ {diff[:6]}; aliases differ {alias_diffs}")
    print()
    big = normalize((ROOT / "corpora/samples/000_c5a5949e47dd4678.txt").read_text(encoding="utf-8") * 100, "t2s").text
    for cname, cut in cuts.items():
        start = time.perf_counter()
        cut(big)
        speed = len(big) / (time.perf_counter() - start)
        env = {"D": str(user_dict_path())}
        code = f"D = {env['D']!r}; " + STARTUP[cname]
        starts = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
            starts.append(time.perf_counter() - t0)
        print(f"{cname:15} {totals.get(cname, {})}  cut {speed:,.0f} chars/s, start+load {sorted(starts)[1]:.2f} s")


if __name__ == "__main__":
    main()
