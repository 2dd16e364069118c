"""Test PDFs made with reportlab and Debian's Noto CJK font (installed by .ci/run).

reportlab embeds TrueType outlines only and Noto CJK ships CFF outlines, so the font is first cut down
to the characters a PDF uses (fontTools' subsetter) and its curves converted to TrueType quadratics
(fontTools' cu2qu): a few hundred glyphs, well under a second.
"""

from __future__ import annotations

import glob
import io
import itertools
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

FONT_GLOBS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/**/NotoSansCJK*.ttc",
    "/usr/share/fonts/**/NotoSans*CJK*.otf",
)
_ids = itertools.count(1)


def cjk_font_path() -> Path:
    """The Noto CJK font file; the test is skipped (with the reason) when Debian's fonts-noto-cjk is absent."""
    for pattern in FONT_GLOBS:
        found = sorted(glob.glob(pattern, recursive=True))
        if found:
            return Path(found[0])
    pytest.skip("fonts-noto-cjk is not installed (apt-get install fonts-noto-cjk; .ci/run installs it)")
    raise AssertionError  # unreachable


def truetype_subset(chars: str, out: Path, name: str) -> Path:
    """A TrueType font holding ``chars`` from Noto CJK (Simplified Chinese face), for reportlab."""
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    path = cjk_font_path()
    font = TTFont(str(path), fontNumber=2) if path.suffix == ".ttc" else TTFont(str(path))
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars + " ")
    subsetter.subset(font)
    glyphs = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for glyph in order:
        pen = TTGlyphPen(glyphs)
        glyphs[glyph].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[glyph] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
        "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints", "maxContours",
        "maxCompositePoints", "maxCompositeContours", "maxComponentDepth",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    # a name of its own: reportlab keeps one face per font name, so two subsets named alike would share glyphs
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 6, 16):
            record.string = name
    font.save(str(out))
    return out


@dataclass
class _Op:
    kind: str
    args: tuple


@dataclass
class PdfMaker:
    """Draw text, wrapped paragraphs and tables on A4 pages (y measured from the top), then save."""

    header: str = ""
    footer: str = ""  # 「{page}」 is replaced by the page number
    size: float = 10.5
    pages: list[list[_Op]] = field(default_factory=lambda: [[]])

    def text(self, x: float, y: float, s: str, size: float | None = None, align: str = "left") -> None:
        self.pages[-1].append(_Op("text", (x, y, s, size or self.size, align)))

    def paragraph(self, x: float, y: float, width: float, s: str, indent: float = 0.0) -> None:
        self.pages[-1].append(_Op("para", (x, y, width, s, self.size, indent)))

    def table(self, x: float, y: float, widths: list[float], rows: list[list[str]], size: float = 9.0) -> None:
        self.pages[-1].append(_Op("table", (x, y, widths, rows, size)))

    def image(self) -> None:
        self.pages[-1].append(_Op("image", ()))

    def new_page(self) -> None:
        self.pages.append([])

    def _chars(self) -> str:
        chars = set(self.header + self.footer + "0123456789")
        for page in self.pages:
            for op in page:
                if op.kind in ("text", "para"):
                    chars.update(op.args[2] if op.kind == "text" else op.args[3])
                elif op.kind == "table":
                    chars.update("".join(itertools.chain.from_iterable(op.args[3])))
        return "".join(sorted(chars))

    def save(self, path: Path, *, password: str | None = None) -> Path:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        name = f"NotoCJKTest{next(_ids)}"
        fonts = Path(tempfile.gettempdir()) / f"analyzer-test-fonts-{os.getpid()}"  # not beside the PDF (batch)
        fonts.mkdir(exist_ok=True)
        font_file = truetype_subset(self._chars(), fonts / f"{name}.ttf", name)
        pdfmetrics.registerFont(TTFont(name, str(font_file)))
        width, height = A4
        encrypt = None
        if password is not None:
            from reportlab.lib.pdfencrypt import StandardEncryption

            encrypt = StandardEncryption(password, ownerPassword=password + "owner")
        c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)

        def draw(x: float, y: float, s: str, size: float, align: str = "left") -> None:
            c.setFont(name, size)
            if align == "right":
                c.drawRightString(x, height - y, s)
            else:
                c.drawString(x, height - y, s)

        for number, page in enumerate(self.pages, 1):
            if self.header:
                draw(56, 36, self.header, 8)
                c.line(56, height - 42, width - 56, height - 42)
            if self.footer:
                draw(width / 2 - 40, height - 24, self.footer.replace("{page}", str(number)), 8)
            for op in page:
                if op.kind == "text":
                    x, y, s, size, align = op.args
                    draw(x, y, s, size, align)
                elif op.kind == "para":
                    x, y, w, s, size, indent = op.args
                    line, lx, ly = "", x + indent, y
                    for ch in s:
                        if pdfmetrics.stringWidth(line + ch, name, size) > w - (lx - x):
                            draw(lx, ly, line, size)
                            line, lx, ly = "", x, ly + size * 1.5
                        line += ch
                    draw(lx, ly, line, size)
                elif op.kind == "table":
                    x, y, widths, rows, size = op.args
                    for r, row in enumerate(rows):
                        ry = y + r * size * 1.9
                        cx = x
                        for k, (cell, w) in enumerate(zip(row, widths, strict=True)):
                            if k == 0:
                                draw(cx + 3, ry, cell, size)
                            else:
                                draw(cx + w - 3, ry, cell, size, "right")
                            cx += w
                        c.line(x, height - ry - size * 0.6, x + sum(widths), height - ry - size * 0.6)
                elif op.kind == "image":
                    from PIL import Image, ImageDraw
                    from reportlab.lib.utils import ImageReader

                    img = Image.new("L", (600, 800), 255)
                    pen = ImageDraw.Draw(img)
                    for k in range(20):
                        pen.rectangle((50, 40 + 35 * k, 550, 60 + 35 * k), fill=0)
                    c.drawImage(ImageReader(img), 40, 40, width - 80, height - 80)
            c.showPage()
        c.save()
        return path


def pdf_bytes(maker: PdfMaker, tmp: Path, **kw: str) -> bytes:
    out = maker.save(tmp / f"doc{next(_ids)}.pdf", **kw)
    return io.BytesIO(out.read_bytes()).getvalue()
