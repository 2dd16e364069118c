"""Bytes to text: BOM, strict UTF-8, then a checked choice between GB18030 and Big5.

Everything here is a pure function of its arguments. Errors are :class:`IngestError` with codes
E101 (binary / undecodable), E102 (empty), E104 (unknown codec), E105 (forced codec fails).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from analyzer.errors import IngestError
from analyzer.resources import corpora_path

__all__ = [
    "check_not_binary",
    "decode_bytes",
    "display_name",
    "plausibility",
    "resolve_codec",
]

# (BOM, codec that consumes it and is reported). UTF-32 first: its LE BOM starts with UTF-16's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SNIFF_BYTES = 65536
_MAX_CONTROL_SHARE = 0.05
_SCORE_CHARS = 20000
_SCORE_MARGIN = 0.5

# C0 controls other than \t \n \v \f \r and ESC (ANSI colour codes are harmless), plus DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")

_BIG5_FAMILY = ("big5", "cp950", "big5hkscs")
# fmt: off
_GB_LABELS = frozenset({
    "gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "chinese", "csgb2312", "iso-ir-58", "cp936",
    "windows-936", "ms936", "gb18030", "euc-cn", "euccn", "x-euc-cn",
})
# fmt: on
_BIG5_LABELS = frozenset({"big5", "big5-hkscs", "big5hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950", "ms950"})


def _load_common_hanzi() -> frozenset[str]:
    """The common-character list (data file), read once at import."""
    lines = corpora_path("dict", "common_hanzi.txt").read_text(encoding="utf-8").splitlines()
    return frozenset("".join(line for line in lines if not line.startswith("#")))


_COMMON_HANZI = _load_common_hanzi()
_CJK_PUNCT = frozenset("，。、；：？！「」『』（）《》〈〉【】“”‘’…—－～·％　")


def display_name(name: str) -> str:
    """The name as it may appear inside a one-line message (control characters escaped)."""
    if name.isprintable():  # nearly every name: one C check instead of a Python step per character
        return name
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in name)


def resolve_codec(encoding: str, name: str) -> str:
    """Canonical Python codec name for ``encoding``; E104 if it is unknown or not a text codec."""
    try:
        info = codecs.lookup(encoding)
        if not getattr(info, "_is_text_encoding", True):  # base64, zlib, rot13, ...
            raise LookupError(encoding)
    except LookupError:
        raise IngestError(f"{display_name(name)}: unknown encoding {display_name(encoding)!r}", code="E104") from None
    return info.name


def check_not_binary(data: bytes, name: str) -> None:
    """E101 if ASCII-compatible ``data`` holds NUL bytes or too many other control bytes."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise IngestError(f"{display_name(name)}: binary data, not text (NUL bytes at offset {nul})", code="E101")
    head = data[:_SNIFF_BYTES]
    n_control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if n_control >= 2 and n_control > _MAX_CONTROL_SHARE * len(head):
        raise IngestError(
            f"{display_name(name)}: binary data, not text ({n_control} control bytes in the first {len(head)} bytes)",
            code="E101",
        )


def _check_text(text: str, name: str, encoding: str) -> None:
    """E101 if decoded text holds NUL or a high share of control characters."""
    nul = text.find("\x00")
    if nul >= 0:
        raise IngestError(
            f"{display_name(name)}: binary data, not text (NUL character at position {nul} "
            f"after decoding as {encoding})",
            code="E101",
        )
    head = text[:_SNIFF_BYTES]
    n_control = len(_CONTROL_CHARS_RE.findall(head))
    if n_control >= 2 and n_control > _MAX_CONTROL_SHARE * len(head):
        raise IngestError(
            f"{display_name(name)}: binary data, not text ({n_control} control characters "
            f"in the first {len(head)} characters after decoding as {encoding})",
            code="E101",
        )


def _looks_textual(text: str) -> bool:
    """No NUL, few control characters, and not worse than neutral plausibility."""
    head = text[:_SNIFF_BYTES]
    if "\x00" in head or len(_CONTROL_CHARS_RE.findall(head)) > _MAX_CONTROL_SHARE * len(head):
        return False
    return plausibility(head) >= 0


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_big5(data: bytes) -> tuple[str, str] | None:
    """Plain Big5 first, then its supersets (cp950 adds e.g. 恒 and €; HKSCS adds HK characters)."""
    for codec in _BIG5_FAMILY:
        text = _strict(data, codec)
        if text is not None:
            return text, codec
    return None


def _sniff_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` for BOM-less UTF-16 whose NUL bytes all sit on one parity."""
    head = data[: _SNIFF_BYTES & ~1]
    nuls = head.count(b"\x00")
    if len(data) % 2 or nuls < 2:
        return None
    odd = head[1::2].count(b"\x00")
    if odd == nuls:
        return "utf-16-le"
    if odd == 0:
        return "utf-16-be"
    return None


def plausibility(text: str, limit: int = _SCORE_CHARS) -> float:
    """Mean score per non-ASCII character of ``text[:limit]``: how much it looks like real Chinese.

    Common hanzi and Chinese punctuation score high; rare ideographs slightly negative; kana,
    bopomofo, box drawing, vertical forms, compatibility/extension ideographs lower; private-use,
    replacement and unassigned characters very low (the typical marks of a GB/Big5 mix-up).
    """
    total = 0
    count = 0
    for ch in text[:limit]:
        o = ord(ch)
        if o < 0x80:
            continue
        count += 1
        if ch in _COMMON_HANZI:
            total += 3
        elif ch in _CJK_PUNCT:
            total += 2
        elif 0x4E00 <= o <= 0x9FFF:
            total -= 1
        elif 0xFF01 <= o <= 0xFF5E:
            total += 1
        elif o == 0xFFFD or 0xE000 <= o <= 0xF8FF or o >= 0xF0000:
            total -= 10
        elif 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3FFFF:
            total -= 4
        elif (
            0x0370 <= o <= 0x052F  # Greek, Cyrillic
            or 0x2500 <= o <= 0x25FF  # box drawing, block elements, shapes
            or 0x3040 <= o <= 0x31BF  # kana, bopomofo, compatibility jamo
            or 0xAC00 <= o <= 0xD7AF  # Hangul
            or 0xFE10 <= o <= 0xFE4F  # vertical and CJK compatibility forms
            or 0xFF61 <= o <= 0xFFDC  # half-width kana and Hangul
        ):
            total -= 3
        elif unicodedata.category(ch) in ("Cn", "Co", "Cs", "Cc"):
            total -= 10
    return total / count if count else 0.0


def _charset_normalizer_pick(data: bytes) -> str | None:
    """charset-normalizer's guess, restricted to GB18030 vs Big5: ``"gb"``, ``"big5"`` or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 4 * _SNIFF_BYTES], cp_isolation=["gb18030", "big5"]).best()
    if best is None:
        return None
    enc = best.encoding.lower().replace("_", "")
    if enc.startswith("gb"):
        return "gb"
    if enc.startswith("big5") or enc == "cp950":
        return "big5"
    return None


def _decode_chinese_legacy(data: bytes) -> tuple[str, str] | None:
    """Choose between GB18030 and the Big5 family; None if neither decodes strictly."""
    gb = _strict(data, "gb18030")
    big5 = _decode_big5(data)
    if gb is None or big5 is None:
        return (gb, "gb18030") if gb is not None else big5
    score_gb = plausibility(gb)
    score_big5 = plausibility(big5[0])
    if abs(score_gb - score_big5) >= _SCORE_MARGIN:
        return (gb, "gb18030") if score_gb > score_big5 else big5
    pick = _charset_normalizer_pick(data)
    if pick == "big5" or (pick is None and score_big5 > score_gb):
        return big5
    return gb, "gb18030"


def _declared(data: bytes, label: str) -> tuple[str, str] | None:
    """Decode with a charset declared by the document (e.g. HTML <meta charset>), if it works."""
    label = label.strip().lower()
    if label in _GB_LABELS:
        text = _strict(data, "gb18030")
        return None if text is None else (text, "gb18030")
    if label in _BIG5_LABELS:
        return _decode_big5(data)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    codec = info.name
    if not getattr(info, "_is_text_encoding", True):
        return None
    if codec.startswith(("utf-16", "utf-32")):  # impossible in an ASCII-compatible document
        return None
    text = _strict(data, codec)
    return None if text is None else (text, codec)


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def decode_bytes(
    data: bytes, name: str, *, encoding: str | None = None, declared: str | None = None
) -> tuple[str, str]:
    """Decode ``data`` to ``(text, codec)``; ``encoding`` forces a codec, ``declared`` is a hint.

    Order: forced codec; BOM (UTF-8/16/32); binary checks; strict UTF-8; BOM-less UTF-16;
    the ``declared`` charset; GB18030 vs Big5 by plausibility, with charset-normalizer on near ties.
    A leading BOM is removed, newlines are untouched. E102 if there is no non-whitespace text.
    """
    shown = display_name(name)
    if not data:
        raise IngestError(f"{shown}: empty file (0 bytes)", code="E102")
    if encoding is not None:
        codec = resolve_codec(encoding, name)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            bad = data[exc.start : exc.start + 1].hex()
            raise IngestError(
                f"{shown}: not valid {codec} (byte 0x{bad} at offset {exc.start}: {exc.reason})",
                code="E105",
            ) from None
        result = _strip_bom(text), codec
    else:
        result = _detect(data, name, declared)
    _check_text(result[0], name, result[1])
    if not result[0].strip():
        raise IngestError(f"{shown}: empty file (only whitespace, {len(data)} bytes)", code="E102")
    return result


def _detect(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    shown = display_name(name)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"{shown}: binary data, not text ({codec} BOM but undecodable at offset {exc.start})",
                    code="E101",
                ) from None
    utf16 = _sniff_utf16(data)
    if utf16 is not None:
        text = _strict(data, utf16)
        if text is not None and _looks_textual(text):
            return text, utf16
    check_not_binary(data, name)
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    if declared:
        found = _declared(data, declared)
        if found is not None:
            return found
    found = _decode_chinese_legacy(data)
    if found is None:
        raise IngestError(f"{shown}: binary data, not text (not valid utf-8, gb18030 or big5)", code="E101")
    return found
