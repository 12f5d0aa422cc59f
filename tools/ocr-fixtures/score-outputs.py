#!/usr/bin/env python3
"""Scores the outputs of `nianbao extract` (cells.csv, findings.csv, reports.csv under OUT) against
the gold files `generate` writes beside each document, with the definitions of `nianbao score`
(docs/corpus.md) plus false alarms, per rendering (the document's folder) and overall:

  right        the extracted value equals the gold (numbers by value, blank only to blank)
  wrong        extracted with another value; missing: in the gold, not extracted or unreadable
  silent       wrong or missing with no warning or error naming its table covering the cell (row/column empty = all),
               and the document not failed
  false alarm  a right value covered by a warning whose (rule, table, row, column) the gold does not expect

Used for the scanned corpus, whose OCR is too slow for `nianbao score` (one process, 120 s per
document) on a shared machine: extract runs resumably in worker processes with a long --timeout,
then this reads its outputs. Usage: score-outputs.py OUT [--worst N] [--alarms] [--by-document]

--by-document tallies each document on a line of its own (a folder of scans of different kinds).

--alarms adds the false alarms broken down by what raised them: rule, table and, for ocr-unverified,
why (a cell in no identity read with low confidence, an identity that cannot be checked, one that
does not hold); a cell covered by several findings counts once under each.
"""
import csv
import re
import sys
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def same(gold, got):
    if gold == "" or got == "":
        return gold == got
    try:
        return Decimal(gold) == Decimal(got)
    except InvalidOperation:
        return False


def covers(f, table, row, column):
    return f["table"] == table and f["row"] in ("", row) and f["column"] in ("", column)


def why(f):
    """What raised a finding, for the breakdown of false alarms."""
    if f["rule"] != "ocr-unverified":
        return f["rule"]
    m = f["message"]
    if "no identity checks" in m:
        return "ocr-unverified: in no identity, low confidence"
    if "cannot be checked" in m:
        return "ocr-unverified: an identity cannot be checked"
    if "does not hold" in m:
        return "ocr-unverified: an identity does not hold"
    return "ocr-unverified: " + re.sub(r"'[^']*'", "'…'", m)[:60]


def main():
    out = Path(sys.argv[1])
    worst = int(sys.argv[sys.argv.index("--worst") + 1]) if "--worst" in sys.argv else 20
    cells = defaultdict(dict)
    for c in read(out / "cells.csv"):
        cells[c["document"]][(c["table"], c["row"], c["column"])] = c
    findings = defaultdict(list)
    for f in read(out / "findings.csv"):
        if f["table"]:
            findings[f["document"]].append(f)
    tallies = defaultdict(lambda: defaultdict(int))
    alarms = defaultdict(lambda: defaultdict(int))  # (why, table) -> rendering -> cells
    errors = []
    for rep in read(out / "reports.csv"):
        doc = rep["document"]
        gold_path = Path(doc + ".gold.csv")
        if not gold_path.exists():
            continue
        group = gold_path.name[:-len(".gold.csv")] if "--by-document" in sys.argv else gold_path.parent.name
        expected = {(g["rule"], g["table"], g["row"], g["column"]) for g in read(Path(doc + ".gold-findings.csv"))}
        failed = rep["status"] == "failed"
        for t in (tallies[group], tallies["all"]):
            t["docs"] += 1
        for g in read(gold_path):
            key = (g["table"], g["row"], g["column"])
            c = cells[doc].get(key)
            mine = [f for f in findings[doc] if covers(f, *key)]
            unreadable = c is not None and c["value"] == "" and any(
                f["rule"] == "value-unreadable" and f["row"] == key[1] and f["column"] == key[2] for f in mine)
            if c is not None and not unreadable and same(g["value"], c["value"]):
                kind = "right"
                raising = [f for f in mine if f["severity"] in ("warning", "error")
                           and (f["rule"], f["table"], f["row"], f["column"]) not in expected]
                alarm = bool(raising)
                for w in {(why(f), f["table"]) for f in raising}:
                    alarms[w][group] += 1
                    alarms[w]["all"] += 1
            else:
                kind = "missing" if c is None or unreadable else "wrong"
                alarm = False
            # covered means a warning or error at the cell: an info finding covers no doubt (docs/corpus.md)
            silent = kind != "right" and not failed and not any(f["severity"] in ("warning", "error") for f in mine)
            for t in (tallies[group], tallies["all"]):
                t["cells"] += 1
                t[kind] += 1
                t["silent"] += silent
                t["false alarms"] += alarm
            if kind != "right":
                errors.append((not silent, kind, doc, key, g["value"], c["value"] if c else "(none)",
                               c["raw"].replace("\n", "\\n") if c else "", c["location"] if c else "",
                               ",".join(sorted({f["rule"] for f in mine}))))
    print("| rendering | docs | cells | right | wrong | missing | silent | false alarms |")
    print("|---|---|---|---|---|---|---|---|")
    for group in sorted(tallies, key=lambda g: (g == "all", g)):
        t = tallies[group]
        print(f"| {group} | {t['docs']} | {t['cells']} | {100 * t['right'] / max(1, t['cells']):.1f} % | "
              f"{t['wrong']} | {t['missing']} | {t['silent']} | {t['false alarms']} |")
    if "--alarms" in sys.argv:
        groups = sorted((g for g in tallies if g != "all")) + ["all"]
        print()
        print("| false alarms raised by | table | " + " | ".join(groups) + " |")
        print("|---|---|" + "---|" * len(groups))
        for (w, table), n in sorted(alarms.items(), key=lambda a: -a[1]["all"]):
            print(f"| {w} | {table} | " + " | ".join(str(n.get(g, 0)) for g in groups) + " |")
    print()
    for e in sorted(errors, key=lambda e: (e[0], e[1]))[:worst]:
        print(("" if e[0] else "SILENT ") + f"{e[1]} {e[2]} {'.'.join(e[3])} expected={e[4] or '(blank)'} "
              f"got={e[5] or '(blank)'} raw={e[6]!r} at={e[7]} flagged-by={e[8]}")
    return 1 if tallies["all"]["silent"] else 0


if __name__ == "__main__":
    sys.exit(main())
