#!/usr/bin/env python3
"""Compares the extractor's cells for a PDF fixture with the authored truth, cell by cell, and checks
that every location box holds the raw text where poppler (an independent reader) finds it.
Usage: python3 tools/pdf-fixtures/check.py <case> <cells.csv from ./nianbao extract>"""
import csv, os, subprocess, sys, unicodedata, re
from html.parser import HTMLParser

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def poppler_words(pdf):
    xml = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    words, page = [], 0
    for line in xml.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            words.append((page, *map(float, m.groups()[:4]), m.group(5)))
    return words


def main(case, actual):
    truth = {}
    with open(os.path.join(ROOT, "target", "pdf-fixtures", case + ".truth.csv"), encoding="utf-8") as f:
        for t, r, c, v, raw in csv.reader(f):
            truth[(t, r, c)] = (v, raw)
    got = {}
    with open(actual, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            got[(row["table"], row["row"], row["column"])] = row
    words = poppler_words(os.path.join(ROOT, "fixtures", "pdf", case + ".pdf"))
    findings = []
    fpath = os.path.join(os.path.dirname(actual), "findings.csv")
    with open(fpath, encoding="utf-8") as f:
        findings = [r for r in csv.DictReader(f) if r["severity"] in ("warning", "error")]

    def flagged(key):
        return any((not f["table"] or f["table"] == key[0]) and (not f["row"] or f["row"] == key[1])
                   and (not f["column"] or f["column"] == key[2]) for f in findings)
    bad = 0
    for key, (v, raw) in truth.items():
        g = got.get(key)
        if g is None:
            print("MISSING", key, v, raw, "(flagged)" if flagged(key) else "(NOT FLAGGED)"); bad += 1; continue
        if g["value"] != v or g["raw"] != raw:
            print("WRONG", key, "truth", v, repr(raw), "got", g["value"], repr(g["raw"]),
                  "(flagged)" if flagged(key) else "(NOT FLAGGED)"); bad += 1; continue
        if raw.strip():
            m = re.match(r"page:(\d+)(?:-(\d+))? bbox:([\d.]+),([\d.]+),([\d.]+),([\d.]+)", g["location"])
            p, x0, y0, x1, y1 = int(m.group(1)), *map(float, m.groups()[2:])
            hits = [w for w in words if w[0] == p and w[5] == raw and x0 <= (w[1] + w[3]) / 2 <= x1
                    and y0 <= (w[2] + w[4]) / 2 <= y1]
            if not hits:
                print("LOCATION", key, raw, g["location"]); bad += 1
    for key in got:
        if key not in truth:
            print("EXTRA", key, got[key]["value"]); bad += 1
    print(case, len(truth), "cells in truth,", bad, "problems")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
