"""Script and punctuation-width variants for the time tables (both scripts, both widths)."""

from __future__ import annotations

import opencc

S2T = opencc.OpenCC("s2t")
T2S = opencc.OpenCC("t2s")
TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
TO_ASCII = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})
VARIANTS = ("simplified-ascii", "simplified-full", "traditional-ascii", "traditional-full")


def variant(text: str, which: str) -> str:
    """``text`` (Simplified, ASCII punctuation) in the script and width ``which`` names."""
    if which.endswith("full"):
        text = text.translate(TO_FULL)
    if which.startswith("traditional"):
        text = S2T.convert(text)
    return text


def back(surface: str) -> str:
    """A surface from a variant, written back in Simplified with ASCII punctuation."""
    return T2S.convert(surface).translate(TO_ASCII)
