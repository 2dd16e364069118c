"""Ingest: decoding (BOM, UTF-8/16, GB18030/GBK, Big5), binary/empty/size/missing errors, HTML to text."""

from __future__ import annotations

import codecs
import hashlib
import os
import random
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.errors import IngestError
from analyzer.ingest import DEFAULT_MAX_BYTES, IngestedText, ingest
from analyzer.ingest.decode import plausibility
from analyzer.ingest.html import html_to_text, looks_like_html, meta_charset

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpora" / "samples" / "000_c5a5949e47dd4678.txt"
DATA = ROOT / "tests" / "data" / "ingest"

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
# 恒 (U+6052) is not in plain Big5 (only in cp950); its variant 恆 is.
SAMPLE_BIG5_SAFE = SAMPLE_TEXT.replace("恒", "恆")
SHORT_SIMPLIFIED = "央行今天宣布下调存款准备金率，市场普遍认为这将有助于稳定经济增长。"
SHORT_TRADITIONAL = "央行今日宣布調降存款準備金率，市場普遍認為這將有助於穩定經濟成長。"


def _raises(code: str, name: str, excinfo: pytest.ExceptionInfo[IngestError]) -> None:
    """The error has ``code``, names ``name`` and is one line."""
    err = excinfo.value
    assert err.code == code
    msg = str(err)
    assert msg.startswith(f"{code} ")
    assert name in msg
    assert "\n" not in msg and "\r" not in msg
    assert err.one_line() == msg


def _utf16(text: str, endian: str) -> bytes:
    bom = codecs.BOM_UTF16_LE if endian == "le" else codecs.BOM_UTF16_BE
    return bom + text.encode(f"utf-16-{endian}")


# --- decoding --------------------------------------------------------------------------------------

ENCODED = {
    "utf-8": (lambda t: t.encode("utf-8"), {"utf-8"}),
    "utf-8-sig": (lambda t: t.encode("utf-8-sig"), {"utf-8-sig"}),
    "utf-16-le-bom": (lambda t: _utf16(t, "le"), {"utf-16"}),
    "utf-16-be-bom": (lambda t: _utf16(t, "be"), {"utf-16"}),
    "gb18030": (lambda t: t.encode("gb18030"), {"gb18030"}),
    "gbk": (lambda t: t.encode("gbk"), {"gb18030"}),
    "big5": (lambda t: t.encode("big5"), {"big5"}),
}


TEXTS = {"sample": SAMPLE_BIG5_SAFE, "short-s": SHORT_SIMPLIFIED, "short-t": SHORT_TRADITIONAL}
DECODE_CASES = [
    pytest.param(label, key, id=f"{label}-{key}")
    for label in ENCODED
    for key in TEXTS
    if not (label == "big5" and key == "short-s")  # Simplified characters are not in Big5
]


@pytest.mark.parametrize(("label", "key"), DECODE_CASES)
def test_decoded_text_equals_source(label: str, key: str, tmp_path: Path) -> None:
    encode, expected = ENCODED[label]
    text = TEXTS[key]
    raw = encode(text)
    path = tmp_path / "doc.txt"
    path.write_bytes(raw)
    doc = ingest(path)
    assert doc.text == text
    assert doc.encoding in expected
    assert doc.format == "text"
    assert doc.name == str(path)
    assert doc.n_bytes == len(raw)
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert ingest(raw).text == text  # same via bytes


def test_sample_gb18030_full_text_including_non_big5_char() -> None:
    raw = SAMPLE_TEXT.encode("gb18030")
    doc = ingest(raw)
    assert (doc.text, doc.encoding) == (SAMPLE_TEXT, "gb18030")


def test_sample_cp950_superset_when_plain_big5_fails() -> None:
    raw = SAMPLE_TEXT.encode("cp950")  # holds 恒, which plain big5 cannot decode
    doc = ingest(raw)
    assert (doc.text, doc.encoding) == (SAMPLE_TEXT, "cp950")


def test_big5_fixture_with_unencodable_chars_dropped() -> None:
    raw = SAMPLE_TEXT.encode("big5", errors="ignore")
    assert ingest(raw).text == SAMPLE_TEXT.replace("恒", "")


@pytest.mark.parametrize(("text", "enc", "expected"), [
    (SHORT_SIMPLIFIED, "gbk", "gb18030"),
    (SHORT_TRADITIONAL, "big5", "big5"),
    (SHORT_TRADITIONAL, "gbk", "gb18030"),  # Traditional text in GBK is common on mainland sites
    ("股市大涨，基金净值创新高", "gbk", "gb18030"),
    ("股市大漲，基金淨值創新高", "big5", "big5"),
])  # fmt: skip
def test_short_chinese_gb_vs_big5(text: str, enc: str, expected: str) -> None:
    doc = ingest(text.encode(enc))
    assert (doc.text, doc.encoding) == (text, expected)


def test_plausibility_prefers_right_decoding() -> None:
    raw = SAMPLE_BIG5_SAFE.encode("big5")
    assert plausibility(raw.decode("big5")) > plausibility(raw.decode("gb18030")) + 1
    raw = SHORT_SIMPLIFIED.encode("gbk")
    assert plausibility(raw.decode("gb18030")) > 1


def test_newlines_unchanged_and_bom_removed() -> None:
    text = "第一行\r\n第二行\r第三行\n"
    assert ingest(text.encode("utf-8-sig")).text == text
    assert ingest(_utf16(text, "be")).text == text
    assert ingest(text.encode("big5")).text == text


def test_bomless_utf16_ascii() -> None:
    text = "Fund report 2024\nNAV up 3.5%\n"
    doc = ingest(text.encode("utf-16-le"))
    assert (doc.text, doc.encoding) == (text, "utf-16-le")


def test_utf32_bom() -> None:
    doc = ingest(SHORT_TRADITIONAL.encode("utf-32"))
    assert (doc.text, doc.encoding) == (SHORT_TRADITIONAL, "utf-32")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Lo", "Nd", "Po", "Zs", "Lu"]), min_size=1))
def test_utf8_roundtrip_property(text: str) -> None:
    if not text.strip():
        return
    assert ingest(text.encode("utf-8")).text == text


# --- forced encoding -------------------------------------------------------------------------------


@pytest.mark.parametrize(("forced", "canonical"), [("big5", "big5"), ("BIG5", "big5"), ("cp950", "cp950")])
def test_forced_encoding(forced: str, canonical: str, tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes(SHORT_TRADITIONAL.encode("big5"))
    doc = ingest(path, encoding=forced)
    assert (doc.text, doc.encoding) == (SHORT_TRADITIONAL, canonical)


def test_forced_encoding_overrides_detection() -> None:
    raw = "日本語のテキスト".encode("shift_jis")
    doc = ingest(raw, encoding="shift_jis")
    assert (doc.text, doc.encoding) == ("日本語のテキスト", "shift_jis")


def test_forced_utf8_strips_bom() -> None:
    assert ingest(b"\xef\xbb\xbfabc", encoding="utf-8").text == "abc"


@pytest.mark.parametrize("bad", ["no-such-codec", "base64"])
def test_forced_unknown_codec(bad: str, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"abc")
    with pytest.raises(IngestError) as excinfo:
        ingest(path, encoding=bad)
    _raises("E104", "report.txt", excinfo)
    assert bad in str(excinfo.value)


def test_forced_wrong_codec(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(SHORT_SIMPLIFIED.encode("gbk"))
    with pytest.raises(IngestError) as excinfo:
        ingest(path, encoding="utf-8")
    _raises("E105", "gbk.txt", excinfo)
    assert "utf-8" in str(excinfo.value)


def test_forced_wrong_codec_stdin() -> None:
    with pytest.raises(IngestError) as excinfo:
        ingest(SHORT_SIMPLIFIED.encode("gbk"), encoding="ascii")
    _raises("E105", "<stdin>", excinfo)


# --- binary, empty, size, missing ----------------------------------------------------------------

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
ELF_BLOB = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00\x01\x00\x00\x00" + bytes(range(256)) * 4


def _random_bytes(n: int, *, no_nul: bool = False) -> bytes:
    rng = random.Random(1234)
    return bytes(rng.randrange(1 if no_nul else 0, 256) for _ in range(n))


def test_png_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(PNG_HEADER + _random_bytes(2048))
    with pytest.raises(IngestError) as excinfo:
        ingest(path)
    _raises("E101", "photo.png", excinfo)
    assert str(excinfo.value) == f"E101 {path}: binary data, not text (NUL bytes at offset 8)"


@pytest.mark.parametrize(
    "blob",
    [ELF_BLOB, _random_bytes(4096), _random_bytes(4096, no_nul=True), b"\x01\x02\x03\x04abc\x05\x06"],
    ids=["elf", "random", "random-no-nul", "controls"],
)
def test_binary_blobs(blob: bytes, tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(blob)
    with pytest.raises(IngestError) as excinfo:
        ingest(path)
    _raises("E101", "blob.bin", excinfo)
    with pytest.raises(IngestError) as excinfo:
        ingest(blob)
    _raises("E101", "<stdin>", excinfo)


def test_bom_with_undecodable_body_is_binary() -> None:
    with pytest.raises(IngestError) as excinfo:
        ingest(codecs.BOM_UTF8 + b"abc \xff\xfe\xfd", name="bad-bom.txt")
    _raises("E101", "bad-bom.txt", excinfo)


def test_nul_after_forced_codec_is_binary() -> None:
    with pytest.raises(IngestError) as excinfo:
        ingest(b"abc\x00def", encoding="latin-1", name="x.dat")
    _raises("E101", "x.dat", excinfo)


@pytest.mark.parametrize(
    "raw",
    [b"", b" \n\t\r\n", "\u3000\n".encode(), codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF8 + b"\n  "],
    ids=["zero", "ascii-ws", "ideographic-space", "utf8-bom", "utf16-bom", "bom-ws"],
)
def test_empty(raw: bytes, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(raw)
    with pytest.raises(IngestError) as excinfo:
        ingest(path)
    _raises("E102", "empty.txt", excinfo)


def test_html_without_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>x</title></head><body><script>1</script></body></html>")
    with pytest.raises(IngestError) as excinfo:
        ingest(path)
    _raises("E102", "blank.html", excinfo)


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 11)
    with pytest.raises(IngestError) as excinfo:
        ingest(path, max_bytes=10)
    _raises("E103", "big.txt", excinfo)
    assert ingest(path, max_bytes=11).text == "x" * 11
    with pytest.raises(IngestError) as excinfo:
        ingest(b"x" * 11, max_bytes=10)
    _raises("E103", "<stdin>", excinfo)
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    with pytest.raises(IngestError) as excinfo:
        ingest(path)
    _raises("E106", "nope.txt", excinfo)


def test_str_source_is_a_path_not_text() -> None:
    with pytest.raises(IngestError) as excinfo:
        ingest("市場上漲")
    _raises("E106", "市場上漲", excinfo)


def test_directory_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as excinfo:
        ingest(tmp_path)
    _raises("E106", str(tmp_path), excinfo)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("abc")
    path.chmod(0)
    with pytest.raises(IngestError) as excinfo:
        ingest(path)
    _raises("E106", "secret.txt", excinfo)


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (PermissionError(13, "Permission denied"), "permission denied"),
        (OSError(5, "Input/output error"), "Input"),
    ],
)
def test_unreadable_file(exc: OSError, reason: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    path = tmp_path / "locked.txt"
    path.write_text("abc")
    real_open = os.open

    def failing_open(name: object, *args: object, **kwargs: object) -> int:
        if os.fspath(name) == str(path):  # type: ignore[arg-type]
            raise exc
        return real_open(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", failing_open)
    with pytest.raises(IngestError) as excinfo:
        ingest(path)
    _raises("E106", "locked.txt", excinfo)
    assert reason in str(excinfo.value)


def test_name_with_newline_stays_one_line() -> None:
    with pytest.raises(IngestError) as excinfo:
        ingest(b"", name="bad\nname.txt")
    err = excinfo.value
    assert err.code == "E102" and "\n" not in str(err) and "bad\\nname.txt" in str(err)


# --- HTML ------------------------------------------------------------------------------------------


def test_html_fixture_nested_blocks() -> None:
    doc = ingest(DATA / "nested.html")
    assert doc.format == "html" and doc.encoding == "utf-8"
    assert doc.text == (
        "基金月報\n"
        "本基金淨值 上漲 3.5%，詳見附註。\n"
        "市場\xa0觀點 & 展望 <謹慎> 中文\n"
        "第一項\n"
        "第二項 重點\n"
        "第一行\n"
        "第二行\n"
        "\n"
        "第四行\n"
        "代碼\t名稱\n"
        "00700\t騰訊控股\n"
    )
    for hidden in ("不應出現", "color", "JavaScript", "模板內容"):
        assert hidden not in doc.text


def test_html_meta_charset_gb18030() -> None:
    markup = (
        '<html><head><meta charset="gb18030"><title>t</title></head>'
        f"<body><p>{SHORT_SIMPLIFIED}</p><p>第二段</p></body></html>"
    )
    raw = markup.encode("gb18030")
    assert meta_charset(raw) == "gb18030"
    doc = ingest(raw, name="page.html")
    assert (doc.format, doc.encoding) == ("html", "gb18030")
    assert doc.text == f"{SHORT_SIMPLIFIED}\n第二段\n"


def test_html_meta_http_equiv_big5(tmp_path: Path) -> None:
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head>'
        "<body><div>股市</div><div>大漲</div></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_bytes(markup.encode("big5"))
    doc = ingest(path)
    assert (doc.format, doc.encoding, doc.text) == ("html", "big5", "股市\n大漲\n")


def test_html_meta_charset_ignored_when_utf8_decodes() -> None:
    raw = '<!doctype html><meta charset="big5"><p>市場</p>'.encode()
    assert ingest(raw).encoding == "utf-8"


def test_html_sniffed_without_extension() -> None:
    raw = b"<!DOCTYPE html><html><body><p>a</p><p>b</p></body></html>"
    doc = ingest(raw)
    assert (doc.format, doc.text) == ("html", "a\nb\n")
    assert looks_like_html("  <div><p>x</p><br></div>")
    assert not looks_like_html(SAMPLE_TEXT)


def test_html_inline_stays_on_one_line_and_br() -> None:
    text = html_to_text("<p>甲 <span>乙</span><b>丙</b> <a href='#'>丁</a><br>戊</p><p>己</p>")
    assert text == "甲 乙丙 丁\n戊\n己\n"


def test_html_entities_and_script_style_removed() -> None:
    markup = (
        "<style>p{}</style><p>&lt;b&gt; &amp; &quot;q&quot; &#20013;&#x6587; &yen;1</p><script>x</script>"
    )
    assert html_to_text(markup) == '<b> & "q" 中文 ¥1\n'


def test_html_blank_line_runs_collapsed() -> None:
    assert html_to_text("<p>a</p>" + "<br>" * 8 + "<p>b</p>") == "a\n\n\nb\n"  # at most two blank lines
    assert html_to_text("<p>a</p><br><p>b</p>") == "a\n\nb\n"


def test_html_pre_keeps_whitespace() -> None:
    assert html_to_text("<pre>  a\n    b</pre><p>c   d</p>") == "  a\n    b\nc d\n"


def test_fmt_text_keeps_markup_and_fmt_html_forces() -> None:
    raw = b"<html><body><p>x</p></body></html>"
    assert ingest(raw, fmt="text").text == raw.decode()
    assert ingest(b"plain <b>bold</b> words", fmt="html").text == "plain bold words\n"


def test_html_utf16_with_bom() -> None:
    doc = ingest(_utf16("<html><body><p>市場</p></body></html>", "le"), name="u16.html")
    assert (doc.format, doc.encoding, doc.text) == ("html", "utf-16", "市場\n")


# --- stdin, API shape, speed -----------------------------------------------------------------------


def test_stdin_bytes() -> None:
    raw = SHORT_TRADITIONAL.encode("utf-8")
    doc = ingest(raw, name="<stdin>")
    assert doc == IngestedText(
        text=SHORT_TRADITIONAL,
        encoding="utf-8",
        format="text",
        name="<stdin>",
        sha256=hashlib.sha256(raw).hexdigest(),
        n_bytes=len(raw),
    )
    assert ingest(raw).name == "<stdin>"
    assert ingest(bytearray(raw), name="clip").name == "clip"


def test_name_override_and_pathlike(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SHORT_TRADITIONAL, encoding="utf-8")
    assert ingest(str(path)).name == str(path)
    assert ingest(path, name="alias.txt").name == "alias.txt"


def test_result_is_frozen() -> None:
    doc = ingest(b"abc")
    with pytest.raises(AttributeError):
        doc.text = "x"  # type: ignore[misc]


def test_ingest_grows_with_the_input() -> None:
    """Four times the bytes take well under eight times the CPU (linear 4x, quadratic 16x); the best of
    three runs of each size, measured in turn. Speed itself is for the benchmarks."""
    import gc

    raw = SAMPLE.read_bytes()
    small, large = raw * 16, raw * 64

    def cpu(data: bytes) -> float:
        gc.collect()
        gc.disable()
        try:
            t0 = time.process_time()
            ingest(data)
            return time.process_time() - t0
        finally:
            gc.enable()

    cpu(small), cpu(large)
    smalls, larges = [], []
    for _ in range(3):
        smalls.append(cpu(small))
        larges.append(cpu(large))
    assert ingest(large).text == SAMPLE_TEXT * 64
    assert min(larges) < 8 * min(smalls) + 0.02
