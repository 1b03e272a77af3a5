"""PDF files built for tests with ReportLab: Chinese text in the Adobe CJK fonts every reader
knows (STSong-Light, MSung-Light; not embedded, mapped to Unicode by their CMaps), one line of
print per string, pages of images, and the encryption a protected report carries."""

from __future__ import annotations

from io import BytesIO

from PIL import Image
from reportlab.lib import pdfencrypt
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

SIMPLIFIED, TRADITIONAL = "STSong-Light", "MSung-Light"
COLUMNS = (60, 250, 330, 420, 500)  # x of a table's cells (points; the page is 595 wide)
for _font in (SIMPLIFIED, TRADITIONAL):
    pdfmetrics.registerFont(UnicodeCIDFont(_font))


def pdf(*pages: list[str | tuple[str, ...]] | None, font: str = SIMPLIFIED,
        user_password: str | None = None, owner_password: str | None = None,
        footer: str | None = None) -> bytes:
    """A PDF of ``pages``: each a list of lines printed top down, or None for a page holding
    only an image (a scanned page). A line given as a tuple is a table's row: its cells are
    set at the ``COLUMNS`` stops, each a text object of its own. ``footer``: a running footer
    with ``{n}``, the page number."""
    out = BytesIO()
    encrypt = None
    if user_password is not None or owner_password is not None:
        encrypt = pdfencrypt.StandardEncryption(user_password or "", ownerPassword=owner_password,
                                                canPrint=0, canCopy=0)
    page = canvas.Canvas(out, encrypt=encrypt, invariant=1)
    for number, lines in enumerate(pages, start=1):
        if lines is None:
            page.drawImage(ImageReader(Image.new("L", (120, 160), 230)), 60, 300, 480, 480)
        else:
            page.setFont(font, 11)
            for i, line in enumerate(lines):
                cells = line if isinstance(line, tuple) else (line,)
                for x, cell in zip(COLUMNS, cells, strict=False):
                    page.drawString(x, 780 - 18 * i, cell)
        if footer and lines is not None:
            page.setFont(font, 9)
            page.drawString(280, 40, footer.format(n=number))
        page.showPage()
    page.save()
    return out.getvalue()
