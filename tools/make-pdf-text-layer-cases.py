#!/usr/bin/env python3
"""Red-team siblings for PDF text that is not what the page shows (issue 10, red team 6 follow-up).

Each case is a committed PDF edited with qpdf (--qdf, a text edit of its objects, fix-qdf, qpdf to
compress), as red team 6 made theirs; the glyphs drawn are never changed, so a case's gold is the gold
of the PDF it was made from (checked again on the page rendered with pdftoppm, see each .why.md).

  ocg-form-baseoff-2021.pdf      fixtures/pdf/bordered-2021.pdf: /BaseState /OFF; 规章's 4 moved into a form
                                 XObject with /OC, 行政处罚's 2213 wrapped in /OC BDC naming an OCMD (/P /AllOn)
  ocg-print-only-2019.pdf        fixtures/pdf/bordered-2019.pdf: last year's 4 on a layer OFF on screen whose
                                 /Usage /Print /PrintState is ON (with /AS for print), the current 3 over it
  actualtext-stale-number-2021.pdf  fixtures/pdf/bordered-2021.pdf: 8431 in a /Span whose ActualText says 8481;
                                 233 in a span whose ActualText agrees (2 33, spacing only)
  tounicode-shift-2019.pdf       the generated corpus/src/test/resources/corpus/pdf/0011-2019.pdf (PDFBox, a
                                 Type 0 WenQuanYi Zen Hei subset): its ToUnicode gives each digit glyph the next
                                 digit (0→1 … 8→9, 9→0), as a map rebuilt off by one

Usage: tools/make-pdf-text-layer-cases.py OUT_DIR   (run from the repository root)
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def qdf(src: Path) -> bytes:
    with tempfile.NamedTemporaryFile(suffix=".qdf") as t:
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(src), t.name], check=True)
        return Path(t.name).read_bytes()


def write(q: bytes, out: Path) -> None:
    with tempfile.TemporaryDirectory() as d:
        raw, fixed = Path(d) / "raw.qdf", Path(d) / "fixed.qdf"
        raw.write_bytes(q)
        fixed.write_bytes(subprocess.run(["fix-qdf", str(raw)], check=True, capture_output=True).stdout)
        # fix-qdf sets the lengths of the edited streams but leaves added objects out of its table: qpdf
        # rebuilds the table (warning that it does) and writes a clean file, checked after
        subprocess.run(["qpdf", "--warning-exit-0", "--object-streams=generate", "--compress-streams=y", str(fixed),
                        str(out)], check=True, capture_output=True)
        subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)


def once(q: bytes, old: bytes, new: bytes) -> bytes:
    assert q.count(old) == 1, (old, q.count(old))
    return q.replace(old, new)


def next_object(q: bytes) -> int:
    return max(int(n) for n in re.findall(rb"(?m)^(\d+) 0 obj", q)) + 1


def add_objects(q: bytes, objects: list[bytes]) -> bytes:
    """Appends objects (each 'N 0 obj ... endobj', numbered on from the last) before the cross-reference table."""
    i = q.rindex(b"\nxref\n")
    q = q[:i] + b"\n" + b"\n".join(objects) + q[i:]
    return re.sub(rb"/Size \d+", b"/Size %d" % next_object(q), q)


def text_block(q: bytes, x: bytes, y: bytes) -> bytes:
    """The page-content lines 'q ... BT x y Td ... Tj ET Q' drawing one value at (x, y)."""
    m = re.search(rb"q 0 0 0 rg\nBT\n" + re.escape(x) + rb" " + re.escape(y) + rb" Td [^\n]*T[jJ]\nET\nQ\n", q)
    assert m, (x, y)
    return m.group(0)


def catalog_add(q: bytes, entry: bytes) -> bytes:
    return once(q, b"  /Type /Catalog\n", entry + b"  /Type /Catalog\n")


def ocg_form_baseoff(root: Path, out: Path) -> None:
    q = qdf(root / "fixtures/pdf/bordered-2021.pdf")
    g, m, form = next_object(q), next_object(q) + 1, next_object(q) + 2
    # 规章 / 本年制发件数 (4) into a form XObject in the layer; 行政处罚 / 本年处理决定数量 (2213) in an OCMD:
    # table 二, which no identity checks
    regulations = text_block(q, b"197.6", b"536.189")
    penalty = text_block(q, b"197.6", b"415.789")
    q = once(q, regulations, b"q /Fm1 Do Q\n")
    q = once(q, penalty, penalty.replace(b"BT\n", b"/OC /MC0 BDC\nBT\n", 1).replace(b"ET\n", b"ET\nEMC\n", 1))
    body = regulations
    q = once(q, b"  /Font 9 0 R\n  /ProcSet [\n    /PDF\n    /Text\n  ]\n>>",
             b"  /Font 9 0 R\n  /ProcSet [\n    /PDF\n    /Text\n  ]\n  /Properties << /MC0 %d 0 R >>\n"
             b"  /XObject << /Fm1 %d 0 R >>\n>>" % (m, form))
    q = catalog_add(q, b"  /OCProperties << /OCGs [ %d 0 R ] /D << /BaseState /OFF /ON [ ] /Order [ %d 0 R ] >> >>\n"
                    % (g, g))
    q = add_objects(q, [
        b"%d 0 obj\n<< /Type /OCG /Name <feff4fee8ba25251> >>\nendobj\n" % g,  # 修订前, UTF-16BE
        b"%d 0 obj\n<< /Type /OCMD /OCGs [ %d 0 R ] /P /AllOn >>\nendobj\n" % (m, g),
        b"%d 0 obj\n<< /Type /XObject /Subtype /Form /BBox [ 0 0 595.3 841.9 ] /Resources 7 0 R /OC %d 0 R"
        b" /Length %d >>\nstream\n%sendstream\nendobj\n" % (form, g, len(body), body),
    ])
    write(q, out)


def ocg_print_only(root: Path, out: Path) -> None:
    q = qdf(root / "fixtures/pdf/bordered-2019.pdf")
    g = next_object(q)
    three = text_block(q, b"232", b"521.889")  # 规章 / 本年新制作数量: 3 (code <01> of /F4)
    four = three.replace(b"<01>Tj", b"<03>Tj")  # code <03> draws the font's 4
    q = once(q, three, b"q 0 0 0 rg\n/OC /L1 BDC\n" + four[len(b"q 0 0 0 rg\n"):].replace(b"ET\n", b"ET\nEMC\n", 1)
             + three)
    q = once(q, b"  /Font 9 0 R\n  /ProcSet [\n    /PDF\n    /Text\n  ]\n>>",
             b"  /Font 9 0 R\n  /ProcSet [\n    /PDF\n    /Text\n  ]\n  /Properties << /L1 %d 0 R >>\n>>" % g)
    q = catalog_add(q, b"  /OCProperties << /OCGs [ %d 0 R ] /D << /OFF [ %d 0 R ] /Order [ %d 0 R ]"
                    b" /AS [ << /Event /Print /OCGs [ %d 0 R ] /Category [ /Print ] >> ] >> >>\n" % (g, g, g, g))
    q = add_objects(q, [b"%d 0 obj\n<< /Type /OCG /Name <feff4e0a5e74> /Usage << /Print << /PrintState /ON >> >> >>"
                        b"\nendobj\n" % g])  # 上年
    write(q, out)


def actualtext_stale_number(root: Path, out: Path) -> None:
    q = qdf(root / "fixtures/pdf/bordered-2021.pdf")
    stale = text_block(q, b"197.6", b"467.389")  # 行政许可 / 处理决定数量: 8431
    agrees = text_block(q, b"398.8", b"221.289")  # requests / new / commercial: 233
    q = once(q, stale, stale.replace(b"BT\n", b"/Span << /ActualText (8481) >> BDC\nBT\n", 1)
             .replace(b"ET\n", b"ET\nEMC\n", 1))
    q = once(q, agrees, agrees.replace(b"BT\n", b"/Span << /ActualText (2 33) >> BDC\nBT\n", 1)
             .replace(b"ET\n", b"ET\nEMC\n", 1))
    write(q, out)


def tounicode_shift(root: Path, out: Path) -> None:
    q = qdf(root / "corpus/src/test/resources/corpus/pdf/0011-2019.pdf")
    q = once(q, b"100 beginbfrange\n<002C> <002C> <002B>\n<002E> <003A> <002D>\n",
             b"102 beginbfrange\n<002C> <002C> <002B>\n<002E> <0030> <002D>\n<0031> <0039> <0031>\n"
             b"<003A> <003A> <0030>\n")
    write(q, out)


def main() -> None:
    out = Path(sys.argv[1])
    root = Path(".")
    ocg_form_baseoff(root, out / "ocg-form-baseoff-2021.pdf")
    ocg_print_only(root, out / "ocg-print-only-2019.pdf")
    actualtext_stale_number(root, out / "actualtext-stale-number-2021.pdf")
    tounicode_shift(root, out / "tounicode-shift-2019.pdf")


if __name__ == "__main__":
    main()
