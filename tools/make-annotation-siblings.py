#!/usr/bin/env python3
"""Siblings of red team 15a's highlight-black-redaction-2019.pdf and sticky-note-icon-over-figure-2019.pdf
(branch fix15p): the same page with one annotation over (or beside) table 二 规章 / 本年新制作数量 (706),
of other colours and kinds. Usage: make-annotation-siblings.py HIGHLIGHT_CASE.pdf OUTDIR
The case is expanded with qpdf --qdf; its annotation (object 5) and its appearance (object 12) are
rewritten as text, then fix-qdf restores lengths and the xref. Gold and why.md are written by hand."""
import re, subprocess, sys, os

case, out = sys.argv[1], sys.argv[2]
qdf = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", case, "-"], capture_output=True, check=True).stdout
QUAD = b"/QuadPoints [203.5 666.0 220.5 666.0 203.5 655.5 220.5 655.5] /Rect [203.5 655.5 220.5 666.0]"
COMMON = b"/Type /Annot /T <feff5ba16838> /M (D:20210115093000+08'00') "

def highlight(colour, ap=True, blend=b"/Multiply"):
    c = b" ".join(str(v).encode() for v in colour)
    d = COMMON + b"/Subtype /Highlight /F 4 /C [" + c + b"] " + QUAD + (b" /AP << /N 12 0 R >>" if ap else b"")
    op = {1: b"g", 3: b"rg", 4: b"k"}[len(colour)]
    stream = b"q /GS0 gs " + c + b" " + op + b" 203.5 655.5 17.0 10.5 re f Q\n"
    return d, stream, blend

def icon(subtype, name, rect):
    r = b" ".join(str(v).encode() for v in rect)
    extra = b"/FS << /Type /Filespec /F (query.txt) >> " if subtype == b"FileAttachment" else b"/Open false "
    return (COMMON + b"/Subtype /" + subtype + b" /Name /" + name + b" /C [1 0.82 0] /F 28 /Contents (a query) "
            + extra + b"/Rect [" + r + b"]"), None, b"/Multiply"

SIBLINGS = {
    "highlight-black-noap-2019.pdf": highlight([0, 0, 0], ap=False),
    "highlight-navy-noap-2019.pdf": highlight([0, 0, 0.35], ap=False),
    "highlight-yellow-2019.pdf": highlight([1, 1, 0]),
    "highlight-grey-2019.pdf": highlight([0.55]),
    "highlight-yellow-normal-blend-2019.pdf": highlight([1, 1, 0], blend=b"/Normal"),
    "sticky-note-name-note-2019.pdf": icon(b"Text", b"Note", [203, 652, 223, 672]),
    "file-attachment-pushpin-2019.pdf": icon(b"FileAttachment", b"PushPin", [203, 652, 223, 672]),
    "sticky-note-beside-figure-2019.pdf": icon(b"Text", b"Comment", [285, 650, 305, 670]),
}

def obj(data, num, body):
    start = data.index(b"\n%d 0 obj\n" % num) + 1
    end = data.index(b"endobj", start)
    return data[:start] + b"%d 0 obj\n" % num + body + b"\n" + data[end:]

for name, (annot, stream, blend) in SIBLINGS.items():
    data = obj(qdf, 5, b"<< " + annot + b" >>")
    data = data.replace(b"/BM /Multiply", b"/BM " + blend)
    if stream is not None:
        s = data.index(b"stream\n", data.index(b"\n12 0 obj\n")) + len(b"stream\n")
        e = data.index(b"endstream", s)
        data = data[:s] + stream + data[e:]
    fixed = subprocess.run(["fix-qdf"], input=data, capture_output=True, check=True).stdout
    path = os.path.join(out, name)
    with open(path + ".qdf", "wb") as f:
        f.write(fixed)
    subprocess.run(["qpdf", path + ".qdf", path], check=True)
    os.remove(path + ".qdf")
    print(path)
