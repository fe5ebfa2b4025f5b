"""A one-page tagged PDF from headings, paragraphs and list items, for the demo's flyer.

The demo needs one real document for the download block, and the portal has no PDF library
(none is worth a runtime dependency for a demo file). This writes the few PDF objects by hand,
with the structure a screen reader needs: every text run is marked content tied to a structure
element (H1, H2, P, L/LI/LBody) in reading order, the document language is set and the title
is shown instead of the file name (PDF/UA's basics). The standard Helvetica fonts in
WinAnsiEncoding cover Dutch, so the flyer is in Dutch only; scripts such as Arabic or Ge'ez
would need embedded fonts, which this writer does not do.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 42
STYLES = {
    # tag: (font resource, size, space before, characters per line at this size)
    "H1": ("F2", 15, 0, 62),
    "H2": ("F2", 12, 9, 80),
    "P": ("F1", 9.5, 4, 104),
    "LI": ("F1", 9, 1, 106),
}


class PageFull(ValueError):
    """The text does not fit on one A4 page: shorten it rather than spill onto a second."""


def _pdf_string(text):
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _content_stream(blocks):
    """The page's drawing operators and, per marked-content id, the block it belongs to."""
    operations, owners = [], []
    y = PAGE_HEIGHT - MARGIN
    for index, (tag, text) in enumerate(blocks):
        font, size, before, width = STYLES[tag]
        lines = textwrap.wrap(text, width) or [""]
        y -= before
        mcid = len(owners)
        owners.append(index)
        pdf_tag = b"LBody" if tag == "LI" else tag.encode()
        operations.append(
            b"/%s <</MCID %d>> BDC BT /%s %.1f Tf" % (pdf_tag, mcid, font.encode(), size)
        )
        indent = MARGIN + (14 if tag == "LI" else 0)
        for number, line in enumerate(lines):
            y -= size * 1.3
            if y < MARGIN:
                raise PageFull(text[:60])
            prefix = "\u2022 " if tag == "LI" and number == 0 else ""
            x = indent - (8 if prefix else 0)
            line += " " if number < len(lines) - 1 else ""
            operations.append(b"1 0 0 1 %d %.1f Tm %s Tj" % (x, y, _pdf_string(prefix + line)))
        operations.append(b"ET EMC")
    return b"\n".join(operations), owners


def tagged_pdf(title, blocks, language="nl-NL"):
    """PDF bytes for `blocks`, a list of (tag, text) with tag H1, H2, P or LI.

    Consecutive LI blocks form one list. Raises PageFull when the text needs a second page.
    """
    stream, owners = _content_stream(blocks)
    objects = {}  # number -> body (bytes)
    catalog, pages, page, contents, tree, document, parents, font, bold, info = range(1, 11)
    next_number = 11
    elements = []  # (number, tag, parent number, mcid or kids)
    kids_of_document = []
    current_list = None
    for mcid, index in enumerate(owners):
        tag = blocks[index][0]
        if tag == "LI":
            if current_list is None:
                current_list = next_number
                next_number += 1
                elements.append([current_list, "L", document, []])
                kids_of_document.append(current_list)
            item, body = next_number, next_number + 1
            next_number += 2
            elements.append([item, "LI", current_list, [body]])
            elements.append([body, "LBody", item, mcid])
            next(e for e in elements if e[0] == current_list)[3].append(item)
        else:
            current_list = None
            number = next_number
            next_number += 1
            elements.append([number, tag, document, mcid])
            kids_of_document.append(number)
    marked_by_mcid = [e[0] for e in elements if isinstance(e[3], int)]

    def refs(numbers):
        return b" ".join(b"%d 0 R" % n for n in numbers)

    objects[catalog] = (
        b"<< /Type /Catalog /Pages %d 0 R /StructTreeRoot %d 0 R /MarkInfo << /Marked true >> "
        b"/Lang %s /ViewerPreferences << /DisplayDocTitle true >> >>"
        % (pages, tree, _pdf_string(language))
    )
    objects[pages] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page
    objects[page] = (
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R /StructParents 0 "
        b"/Tabs /S /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
        % (pages, PAGE_WIDTH, PAGE_HEIGHT, contents, font, bold)
    )
    objects[contents] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    objects[tree] = b"<< /Type /StructTreeRoot /K [%d 0 R] /ParentTree %d 0 R >>" % (
        document,
        parents,
    )
    objects[document] = b"<< /Type /StructElem /S /Document /P %d 0 R /K [%s] >>" % (
        tree,
        refs(kids_of_document),
    )
    objects[parents] = b"<< /Nums [0 [%s]] >>" % refs(marked_by_mcid)
    for number, name in ((font, b"Helvetica"), (bold, b"Helvetica-Bold")):
        objects[number] = (
            b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % name
        )
    objects[info] = b"<< /Title %s >>" % _pdf_string(title)
    for number, tag, parent, kids in elements:
        content = b"%d" % kids if isinstance(kids, int) else b"[%s]" % refs(kids)
        objects[number] = b"<< /Type /StructElem /S /%s /P %d 0 R /Pg %d 0 R /K %s >>" % (
            tag.encode(),
            parent,
            page,
            content,
        )

    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    count = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    for number in range(1, count):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        count,
        catalog,
        info,
        xref,
    )
    return bytes(out)
