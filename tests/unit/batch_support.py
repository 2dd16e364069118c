"""Shared helpers of the batch tests (no tests here; importable by spawned pool workers via sys.path)."""

from __future__ import annotations

import os
from pathlib import Path

from analyzer.batch.worker import BatchOptions
from analyzer.ingest import IngestedText
from analyzer.types import DocumentResult

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = (ROOT / "corpora" / "samples" / "000_c5a5949e47dd4678.txt").read_text(encoding="utf-8")


def crashy_pipeline(doc: IngestedText, options: BatchOptions) -> DocumentResult:
    """The normal pipeline, except: a 'crash' file raises inside it, a 'die' file kills its worker process,
    a 'hang' file never returns."""
    from analyzer.pipeline import analyze

    if "crash" in Path(doc.name).name:
        raise RuntimeError("parser exploded\non two lines")
    if "die" in Path(doc.name).name:
        os._exit(3)
    if "hang" in Path(doc.name).name:
        while True:  # a parser stuck in a loop
            pass
    return analyze(doc, convert=options.convert, as_of=options.as_of)  # type: ignore[arg-type]


def stuck_pipeline(doc: IngestedText, options: BatchOptions) -> DocumentResult:
    """crashy_pipeline, plus: a 'cstuck' file spends minutes inside one C call that never looks for
    signals (so no timer can interrupt it; only killing the process ends it)."""
    if "cstuck" in Path(doc.name).name:
        import hashlib

        hashlib.pbkdf2_hmac("sha256", b"x", b"salt", 2**31 - 1)
    return crashy_pipeline(doc, options)


def make_mixed_folder(folder: Path) -> dict[str, str]:
    """Good, empty, binary, GB18030, Big5, HTML, a nested duplicate and a 50 MB file; name → expected status."""
    part = SAMPLE[:1500]
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(SAMPLE, encoding="utf-8")
    (folder / "sub" / "copy.txt").write_text(SAMPLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "gb18030.txt").write_bytes(part.encode("gb18030"))
    (folder / "big5.txt").write_bytes(part.encode("big5", errors="ignore"))
    (folder / "page.html").write_text(f"<html><body><h1>标题</h1><p>{part}</p></body></html>", encoding="utf-8")
    with open(folder / "huge.txt", "wb") as fh:  # sparse: 50 MB of size, never read
        fh.truncate(50 * 1024 * 1024)
    return {
        "good.txt": "ok",
        "sub/copy.txt": "ok",
        "empty.txt": "failed",
        "binary.bin": "failed",
        "gb18030.txt": "ok",
        "big5.txt": "ok",
        "page.html": "ok",
        "huge.txt": "failed",
    }


def make_corpus(folder: Path, n: int, copies: int = 1) -> list[Path]:
    """``n`` distinct documents (the sample with a different number each)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text = "\n".join([SAMPLE] * copies).replace("77.84%", f"{10 + i}.{i % 100:02d}%")
        p = folder / f"doc{i:03d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths
