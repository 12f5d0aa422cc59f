#!/usr/bin/env python3
"""Where OCR's time goes, from the cost file that `-Dnianbao.ocr.costs=FILE` makes the OCR module write
(one line per page and stage: pid, page, stage, Java CPU ms, engine CPU ms, engine calls, megapixels given
to the engine, detector ms, recogniser ms; the detector's and recogniser's times are the engine's own
clock, so only their shares mean anything on a loaded machine). Prints each stage's CPU seconds per page
and share, and the detector's share of the engine's time in each stage.
Usage: costs.py FILE [FILE...]   (docs/ocr.md, session ocr21)"""
import sys
from collections import defaultdict

t = defaultdict(lambda: [0, 0, 0, 0.0, 0.0, 0.0])
pages = set()
for name in sys.argv[1:]:
    for line in open(name, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) != 9:
            continue
        pid, page, stage = f[0], f[1], f[2]
        pages.add((name, pid, page))
        s = t[stage]
        s[0] += int(f[3]); s[1] += int(f[4]); s[2] += int(f[5])
        s[3] += float(f[6]); s[4] += float(f[7]); s[5] += float(f[8])
n = max(1, len(pages))
total = sum(s[0] + s[1] for s in t.values())
print(f"{n} pages; CPU seconds a page: Java (OCR module) {sum(s[0] for s in t.values()) / 1000 / n:.2f}, "
      f"engine {sum(s[1] for s in t.values()) / 1000 / n:.2f}")
print("| stage | Java CPU s/page | engine CPU s/page | engine calls/page | Mpx/page | share of the OCR CPU | detector's share of the engine's time |")
print("|---|---|---|---|---|---|---|")
for stage, s in sorted(t.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
    det = f"{100 * s[4] / (s[4] + s[5]):.0f} %" if s[4] + s[5] > 0 else ""
    print(f"| {stage} | {s[0] / 1000 / n:.2f} | {s[1] / 1000 / n:.2f} | {s[2] / n:.1f} | {s[3] / n:.2f} | "
          f"{100 * (s[0] + s[1]) / max(1, total):.1f} % | {det} |")
