#!/usr/bin/python3
"""Crawler text of CMS pages whose tables were pasted from Word (red-team case
crawler-runs-split-blank-lost-2019.txt, branch fix13b): Word writes a figure typed in two sittings (or
with a language change inside it) as two runs, and the paste keeps them as two spans,
<td><span lang="EN-US">1</span><span>2</span></td>; the page shows 12. A crawler's BeautifulSoup
get_text(separator) joins every text node with the separator, so it prints 1<TAB>2, and an empty cell
<td></td> prints nothing (its blank is lost).

  /usr/bin/python3 tools/crawler-runs-corpus.py SRC OUT [SEED]

SRC is a folder of generated pages with gold (./nianbao generate SRC --count 30 --seed S --formats
html-utf8; SRC/html-utf8/*.html). Each page's figures of two digits or more are split into two runs
with probability 0.35 (at a random place, the page still shows the figure whole: the gold does not
change), then written as
  OUT/tab/NNNN-YYYY.txt      soup.get_text('\\t')   (not stripped, as a crawler writes it)
  OUT/newline/NNNN-YYYY.txt  soup.get_text('\\n')
with the generator's gold beside each. Needs python3-bs4 (Debian).
"""
import pathlib
import random
import re
import shutil
import sys

from bs4 import BeautifulSoup

DIGITS = re.compile(r"^[0-9]{2,}$")


def split_runs(soup, rnd):
    for td in soup.find_all("td"):
        text = td.get_text()
        if not DIGITS.match(text.strip()) or rnd.random() >= 0.35:
            continue
        figure = text.strip()
        cut = rnd.randint(1, len(figure) - 1)
        holder = td.find("p") or td
        holder.clear()
        first = soup.new_tag("span", lang="EN-US")
        first.string = figure[:cut]
        second = soup.new_tag("span")
        second.string = figure[cut:]
        holder.append(first)
        holder.append(second)


def main():
    src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 13)
    pages = sorted((src / "html-utf8").glob("*.html"))
    for name, sep in (("tab", "\t"), ("newline", "\n")):
        (out / name).mkdir(parents=True, exist_ok=True)
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        split_runs(soup, rnd)
        (out / "html").mkdir(parents=True, exist_ok=True)
        (out / "html" / page.name).write_text(str(soup), encoding="utf-8")
        for name, sep in (("tab", "\t"), ("newline", "\n")):
            target = out / name / (page.stem + ".txt")
            target.write_text(soup.get_text(sep), encoding="utf-8")
            shutil.copy(str(page) + ".gold.csv", str(target) + ".gold.csv")
            shutil.copy(str(page) + ".gold-findings.csv", str(target) + ".gold-findings.csv")
    print(f"wrote {2 * len(pages)} documents with gold under {out} (the split pages under {out}/html)")


if __name__ == "__main__":
    main()
