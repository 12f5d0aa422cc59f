#!/usr/bin/env python3
"""Chromium innerText copies (tools/redteam/rtz/innertext.py) changed the ways aimed at this session's text-side
changes (README, 3 Dec 12:33 fa2/opn2/rte): line ends other than LF (old Mac CR-only text with one stray LF at its end,
as an editor that appends a final newline leaves it; CRLF with a lone CR in a cell, as a copy of a two-line Excel cell
gives; U+2028 / U+0085 between lines, as some converters and EBCDIC-born texts write them), zero-width characters
(U+200B in the cells an editor such as UEditor leaves "empty", a soft hyphen inside long labels, a BOM at each pasted
block's start where several copies were concatenated), and figures grouped by a space (`1 234`, as some offices print
large counts) lined up with util-linux `column -t -s TAB -o ' '` and `-o ' | '`. Each variant is written as
<variant>/<doc>.txt with the page's gold beside it (the figures on the page are unchanged by every variant: the page a
person reads shows the same values), for `./nianbao score <variant>`.
Usage: textside.py INNERTEXT_DIR OUTDIR"""
import os, re, shutil, subprocess, sys

src, out = sys.argv[1:]
GROUPED = re.compile(r'(?m)(?:(?<=\t)|^)(\d{1,3})(\d{3})(?=\t|$| 万元)')  # a whole cell's figure only


def column(text, sep):
    return subprocess.run(['column', '-t', '-s', '\t', '-o', sep], input=text.encode('utf-8'), capture_output=True,
                          check=True, timeout=30).stdout.decode('utf-8')


def lone_cr(text):
    # a CR inside the first long label of each table (a two-line cell), CRLF elsewhere
    t = text.replace('\n', '\r\n')
    return re.sub(r'(处理决定数量|法人或其他组织|行政复议)', lambda m: m.group(1)[:2] + '\r' + m.group(1)[2:], t, count=3)


def zwsp_empty(text):
    # an empty cell between tabs, or at a line's end after a tab, holds U+200B
    t = re.sub(r'\t(?=\t)', '\t\u200b', text)
    return re.sub(r'\t(?=\n)', '\t\u200b', t)


def zwsp_after_tabs(text):
    return text.replace('\t', '\t\u200b')


def shy(text):
    return re.sub(r'([\u4e00-\u9fff]{4})([\u4e00-\u9fff]{4})', lambda m: m.group(1) + '\u00ad' + m.group(2), text)


def bom_blocks(text):
    # each table's title starts a pasted block carrying its own BOM
    return re.sub(r'(?m)^([一二三四五六]、)', '\ufeff\\1', text)


def grouped(text):
    return GROUPED.sub(r'\1 \2', text)


variants = {
    'cr-only-final-lf': lambda t: t.replace('\n', '\r') + '\n',
    'cr-only': lambda t: t.replace('\n', '\r'),
    'crlf-lone-cr': lone_cr,
    'u2028': lambda t: t.replace('\n', '\u2028'),
    'u2028-final-lf': lambda t: t.replace('\n', '\u2028') + '\n',
    'u0085': lambda t: t.replace('\n', '\u0085'),
    'zwsp-empty': zwsp_empty,
    'zwsp-empty-column-space': lambda t: column(zwsp_empty(t), ' '),
    'zwsp-empty-column-bar': lambda t: column(zwsp_empty(t), ' | '),
    'zwsp-after-tabs-column-space': lambda t: column(zwsp_after_tabs(t), ' '),
    'shy-column-space': lambda t: column(shy(t), ' '),
    'bom-blocks-column-space': lambda t: column(bom_blocks(t), ' '),
    'bom-blocks-column-bar': lambda t: column(bom_blocks(t), ' | '),
    'grouped': grouped,
    'grouped-column-space': lambda t: column(grouped(t), ' '),
    'grouped-column-bar': lambda t: column(grouped(t), ' | '),
    'grouped-column-t': lambda t: subprocess.run(['column', '-t', '-s', '\t'], input=grouped(t).encode('utf-8'),
                                                 capture_output=True, check=True).stdout.decode('utf-8'),
}
for f in sorted(x for x in os.listdir(src) if x.endswith('.txt')):
    raw = open(os.path.join(src, f), encoding='utf-8', newline='').read()
    for name, fn in variants.items():
        d = os.path.join(out, name)
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, f'{name}-{f}'), 'w', encoding='utf-8', newline='').write(fn(raw))
        shutil.copy(os.path.join(src, f + '.gold.csv'), os.path.join(d, f'{name}-{f}.gold.csv'))
