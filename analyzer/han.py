"""The Han characters as a regex class: the unified ideographs with every extension plane and the
compatibility blocks. OpenCC's t2s maps some Traditional characters to extension-plane ones (鋐 → U+2CB4E),
so a class of the basic block alone (\\u4e00-\\u9fff) cuts a name that holds one."""

from __future__ import annotations

#: the ranges, for a regex character class (``f"[{HAN}A-Za-z]"``)
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


def is_han(ch: str) -> bool:
    """Whether the character ``ch`` is a Han character of any block (``HAN``)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F
