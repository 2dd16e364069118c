"""Generate a synthetic corpus from ``corpora/samples``: every document a sample with its numbers and dates varied.

Deterministic for a given ``--seed``: document ``i`` uses ``random.Random(seed * 1_000_003 + i)``. Dates
(2024-03-07, 2024年3月6日, 3月6日) move by one per-document offset of up to ±400 days; decimals (77.84) are
scaled by 0.5-1.5 keeping their decimal places; small integers (1-3 digits, not years) by the same
factor. A random run of the sample's paragraphs (at least half) is kept, so sizes vary too.

    python benchmarks/make_corpus.py OUT_DIR [--n 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_CJK_FULL = re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日")
_CJK_MD = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_NUMBER = re.compile(r"(?<![\d.\-])(\d{1,3}(?:\.\d+)?|\d+\.\d+)(?![\d年月日\-])")
_HOLD = "\x00"


def _shift(year: int, month: int, day: int, days: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) + dt.timedelta(days=days)
    except ValueError:
        return None


def vary(text: str, rng: random.Random) -> str:
    """``text`` with dates shifted and numbers scaled (one random draw per document and per number)."""
    days = rng.randint(-400, 400)
    held: list[str] = []

    def hold(value: str) -> str:
        held.append(value)
        return f"{_HOLD}{chr(0xE000 + len(held) - 1)}"  # no digits: the number pass must not touch it

    def iso(m: re.Match[str]) -> str:
        d = _shift(int(m[1]), int(m[2]), int(m[3]), days)
        return hold(d.isoformat() if d else m[0])

    def full(m: re.Match[str]) -> str:
        d = _shift(int(m[1]), int(m[2]), int(m[3]), days)
        return hold(f"{d.year}年{d.month}月{d.day}日" if d else m[0])

    def month_day(m: re.Match[str]) -> str:
        d = _shift(2025, int(m[1]), int(m[2]), days)
        return hold(f"{d.month}月{d.day}日" if d else m[0])

    def number(m: re.Match[str]) -> str:
        raw = m[1]
        factor = rng.uniform(0.5, 1.5)
        if "." in raw:
            places = len(raw.split(".")[1])
            return f"{float(raw) * factor:.{places}f}"
        scaled = str(max(1, round(int(raw) * factor)))
        return scaled.zfill(len(raw)) if raw.startswith("0") else scaled  # 01, 02 stay two digits

    out = _ISO.sub(iso, text)
    out = _CJK_FULL.sub(full, out)
    out = _CJK_MD.sub(month_day, out)
    out = _NUMBER.sub(number, out)
    return re.sub(f"{_HOLD}(.)", lambda m: held[ord(m[1]) - 0xE000], out)


def make_corpus(out: Path, n: int = 2000, seed: int = 7) -> list[Path]:
    """Write ``n`` documents ``doc00000.txt`` … under ``out`` (UTF-8) and return their paths."""
    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        lines = rng.choice(samples).splitlines()
        keep = rng.randint(max(1, len(lines) // 2), len(lines))
        first = rng.randint(0, len(lines) - keep)
        text = vary("\n".join(lines[first : first + keep]), rng)
        path = out / f"doc{i:05d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = make_corpus(args.out, args.n, args.seed)
    print(f"{len(paths)} documents under {args.out}")


if __name__ == "__main__":
    main()
