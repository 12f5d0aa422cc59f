#!/usr/bin/env python3
"""Regenerates fixtures/pdf/*.pdf and the truth-derived part of their expected cells.

Needs LibreOffice (soffice), poppler-utils (pdftoppm) and qpdf; the build does not.
Usage: python3 tools/pdf-fixtures/make.py   (from the worktree root)
Writes fixtures/pdf/<case>.pdf and target/pdf-fixtures/<case>.truth.csv (table,row,column,value,raw),
which check.py compares cell by cell with the extractor's output before a golden is written."""
import csv, os, re, shutil, subprocess, sys
import truth as T
from report_html import Style, document

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "fixtures", "pdf")
WORK = os.path.join(ROOT, "target", "pdf-fixtures")


def soffice(html_path, outdir):
    profile = "file://" + os.path.join(WORK, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--infilter=HTML (StarWriter)",
                    "--convert-to", "pdf", "--outdir", outdir, html_path], check=True, capture_output=True)


def truth_rows(template, req, act, app, style):
    rows = []
    for (r, c), raw in act.items():
        rows.append(("active", r, c, value_of(raw), raw))
    for r, cols in req.items():
        for c, v in cols.items():
            raw = style_raw((r, c), v, style)
            rows.append(("requests", r, c, value_of(raw), raw))
    for r, cols in app.items():
        for c, v in cols.items():
            rows.append(("appeals", r, c, str(v), str(v)))
    return rows


def style_raw(key, v, style):
    from report_html import raw_value
    return raw_value(key, v, style)


def value_of(raw):
    import unicodedata
    s = unicodedata.normalize("NFKC", raw).strip()
    if s in ("", "—", "-", "/"):
        return ""
    m = re.fullmatch(r"([+-]?)(\d+(?:\.\d+)?)(\((增|减)\))?", s)
    sign = "-" if m.group(1) == "-" or m.group(4) == "减" else ""
    return sign + m.group(2)


def case(name, title, template, style, blanks=()):
    req = T.requests(template, blanks)
    act = T.active(template)
    app = T.appeals()
    html = os.path.join(WORK, name + ".html")
    with open(html, "w", encoding="utf-8") as f:
        f.write(document(title, template, style, req, act, app))
    soffice(html, WORK)
    shutil.copy(os.path.join(WORK, name + ".pdf"), os.path.join(OUT, name + ".pdf"))
    with open(os.path.join(WORK, name + ".truth.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(truth_rows(template, req, act, app, style))
    return os.path.join(OUT, name + ".pdf")


def run(*cmd):
    subprocess.run(list(cmd), check=True, capture_output=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(WORK, exist_ok=True)
    b19 = case("bordered-2019", "示例县人民政府2019年政府信息公开工作年度报告", "2019", Style())
    dashed = {("carried_over", "research"), ("rejected_publication", "legal_service")}
    s21 = Style(split_headers=True, vertical_chars=True, dashed=dashed,
                fullwidth={("granted", c) for c in T.COLS} | {("new", "natural_person")})
    case("bordered-2021", "示例市生态环境局2021年政府信息公开工作年度报告", "2021", s21, blanks=dashed)
    case("borderless-2019", "示例镇人民政府2020年政府信息公开工作年度报告", "2019", Style(bordered=False))
    # a scanned report: every page an image of the bordered one
    run("pdftoppm", "-r", "60", "-gray", "-png", b19, os.path.join(WORK, "scan"))
    pages = sorted(p for p in os.listdir(WORK) if p.startswith("scan") and p.endswith(".png"))
    with open(os.path.join(WORK, "scanned.html"), "w", encoding="utf-8") as f:
        f.write("<html><body>" + "".join(f'<p><img src="{p}" width="640"></p>' for p in pages) + "</body></html>")
    soffice(os.path.join(WORK, "scanned.html"), WORK)
    shutil.copy(os.path.join(WORK, "scanned.pdf"), os.path.join(OUT, "scanned.pdf"))
    # the text pages of the 2019 report, then the scan of its last page
    last = str(len(pages))
    run("qpdf", "--empty", "--pages", b19, "1-" + str(len(pages) - 1), os.path.join(WORK, "scanned.pdf"), last,
        "--", os.path.join(OUT, "scanned-last-page.pdf"))
    run("qpdf", "--encrypt", "secret", "owner", "256", "--", b19, os.path.join(OUT, "encrypted-password.pdf"))
    run("qpdf", "--encrypt", "", "owner", "256", "--print=none", "--", b19, os.path.join(OUT, "encrypted-no-user-password.pdf"))
    # fonts without ToUnicode: the same report with every /ToUnicode entry removed
    qdf = os.path.join(WORK, "qdf.pdf")
    run("qpdf", "--qdf", "--object-streams=disable", b19, qdf)
    with open(qdf, "rb") as f:
        data = re.sub(rb"/ToUnicode \d+ 0 R", b"", f.read())
    with open(qdf, "wb") as f:
        f.write(data)
    subprocess.run(["qpdf", qdf, os.path.join(OUT, "no-tounicode.pdf")], capture_output=True)
    with open(b19, "rb") as f:
        data = f.read()
    with open(os.path.join(OUT, "truncated.pdf"), "wb") as f:
        f.write(data[: len(data) // 3])
    with open(os.path.join(OUT, "corrupt.pdf"), "wb") as f:
        f.write(b"%PDF-1.7\n" + bytes(range(256)) * 8)


if __name__ == "__main__":
    main()
