#!/usr/bin/env python3
"""Where each scan loses cells, by stage, from the outputs of `nianbao extract` (OUT/cells.csv,
findings.csv, reports.csv): a document with <doc>.gold.csv beside it (the generated corpus) is held
to it; a fixture scan (mode `fixtures`) to its hand-checked cells as OcrFixturesTest holds it
(fixtures/pdf/<source>.pdf.cells.csv or <scan>.truth.csv, the pages HOLDS names). A cell not right
is put at the stage its findings name: page not read (needs-ocr, failed), grid (table-missing), row
(row-missing/-unmatched/-unlabelled), recognition (value-unreadable; a wrong value flagged by
ocr-unverified or an identity), cell assignment (a wrong value under placement-assumed or
cells-ambiguous); SILENT when no warning covers it. Right cells under a warning are false alarms.
Usage: losses-by-stage.py OUT fixtures|gold [--list]   (docs/ocr.md, session ocr20)"""
import csv, sys, re
from collections import defaultdict, Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path

FX = Path(__file__).resolve().parents[2] / "fixtures"
HOLDS = {"bordered-2019.scan-200-seal.pdf": [2], "bordered-2021.scan-200-marks.pdf": [2],
         "bordered-2021.scan-200-seal-sign.pdf": [2]}


def read(p):
    with open(p, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def same(a, b):
    if a == "" or b == "":
        return a == b
    try:
        return Decimal(a) == Decimal(b)
    except InvalidOperation:
        return False


def truth_fixture(doc):
    name = Path(doc).name
    own = FX / "ocr" / (name + ".truth.csv")
    src = own if own.exists() else FX / "pdf" / (name[: name.index(".")] + ".pdf.cells.csv")
    rows = read(src)
    if name in HOLDS:
        rows = [r for r in rows if int(r["location"].replace("page:", "").split(" ")[0].split("-")[0]) in HOLDS[name]]
    return rows


def stage(kind, rules, failed):
    """The stage a lost cell was lost at, from what the outputs say about it."""
    if failed or "needs-ocr" in rules:
        return "page not read"
    if "table-missing" in rules:
        return "grid: table not found"
    if rules & {"row-missing", "row-unmatched", "row-unlabelled", "row-too-many-values"}:
        return "row: not found / label unmatched"
    if kind == "missing" and "value-unreadable" in rules:
        return "recognition: unreadable"
    if rules & {"placement-assumed", "cells-ambiguous", "cells-missing", "cell-duplicate"} and kind == "wrong":
        return "cell assignment (wrong cell)"
    if kind == "wrong" and rules & {"ocr-unverified", "requests-outcomes", "requests-balance", "requests-applicants", "appeals-sum", "value-unreadable"}:
        return "recognition: misread, flagged"
    if kind == "missing":
        return "missing: " + ",".join(sorted(rules))
    return "other: " + ",".join(sorted(rules))


def main():
    out = Path(sys.argv[1]); mode = sys.argv[2]
    cells = defaultdict(dict)
    for c in read(out / "cells.csv"):
        cells[c["document"]][(c["table"], c["row"], c["column"])] = c
    findings = defaultdict(list)
    for f in read(out / "findings.csv"):
        findings[f["document"]].append(f)
    rows = []
    total = Counter()
    lost_list = []
    for rep in read(out / "reports.csv"):
        doc = rep["document"]
        gp = Path(doc + ".gold.csv")
        if gp.exists():
            truth = read(gp)
        elif mode == "gold":
            continue
        else:
            truth = truth_fixture(doc)
        failed = rep["status"] == "failed"
        t = Counter(); st = Counter()
        for g in truth:
            key = (g["table"], g["row"], g["column"])
            c = cells[doc].get(key)
            mine = [f for f in findings[doc] if f["table"] == key[0] and f["row"] in ("", key[1]) and f["column"] in ("", key[2])
                    and f["severity"] in ("warning", "error")]
            mine += [f for f in findings[doc] if f["rule"] == "needs-ocr"]
            rules = {f["rule"] for f in mine}
            unread = c is not None and c["value"] == "" and any(f["rule"] == "value-unreadable" and f["row"] == key[1] and f["column"] == key[2] for f in mine)
            t["cells"] += 1
            if c is not None and not unread and same(g["value"], c["value"]):
                t["right"] += 1
                if [f for f in mine if f["rule"] != "needs-ocr"]:
                    t["alarm"] += 1
                continue
            kind = "missing" if c is None or unread else "wrong"
            if not failed and not [f for f in mine if f["rule"] != "needs-ocr"]:
                t["silent"] += 1
                s = "SILENT"
            else:
                s = stage(kind, rules, failed)
            st[s] += 1
            lost_list.append((Path(doc).name, ".".join(key), g["value"], c["value"] if c else None,
                              (c["raw"] if c else "").replace("\n", "\\n"), s))
        total.update(t)
        rows.append((Path(doc).parent.name + "/" + Path(doc).name if gp.exists() else Path(doc).name, rep["status"], t, st))
    print("| scan | cells | right | silent | false alarms | lost by stage |")
    print("|---|---|---|---|---|---|")
    allst = Counter()
    for name, status, t, st in sorted(rows):
        allst.update(st)
        print(f"| `{name}` | {t['cells']} | {t['right']} ({100*t['right']/max(1,t['cells']):.1f} %) | {t['silent']} | {t['alarm']} | "
              + "; ".join(f"{k} {v}" for k, v in st.most_common()) + " |")
    print(f"| **all** | {total['cells']} | {total['right']} ({100*total['right']/max(1,total['cells']):.1f} %) | {total['silent']} | {total['alarm']} | "
          + "; ".join(f"{k} {v}" for k, v in allst.most_common()) + " |")
    if "--list" in sys.argv:
        for l in lost_list:
            print(*l, sep="\t")


main()
