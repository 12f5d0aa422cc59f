"""Fixer 14d: The lie in one table only: table 二 (from the heading 二 on page 1 to the heading 三 on page 2) drawn with a copy of
the font whose ToUnicode swaps 3<->5 and 6<->9; every other text keeps the honest font. The input is red team 13a's generated 0005-2019.pdf (./nianbao generate
--count 12 --seed 1313 --formats html-utf8,docx,pdf); needs Debian python3-pikepdf (/usr/bin/python3)."""
import pikepdf, re
pdf = pikepdf.open('/tmp/rt13a/gen/pdf/0005-2019.pdf')
first = pdf.pages[0]
f1 = first.Resources.Font.F1
tu = f1.ToUnicode.read_bytes().decode('latin1')
m = {c: c - 1 for c in range(0x30, 0x3B)}
for a, b in ((3, 5), (6, 9)):
    ca, cb = 0x31 + a, 0x31 + b
    m[ca], m[cb] = 0x30 + b, 0x30 + a
lines = ''.join(f'<{c:04X}> <{c:04X}> <{u:04X}>\n' for c, u in sorted(m.items()))
assert '<0030> <003A> <002F>\n' in tu
tu = tu.replace('<0030> <003A> <002F>\n', lines).replace('100 beginbfrange', f'{99 + len(m)} beginbfrange')
f2 = pdf.make_indirect(pikepdf.Dictionary(f1))
f2.ToUnicode = pdf.make_stream(tu.encode('latin1'))
n = 0
for page, (lo, hi) in ((pdf.pages[0], (-1, 713.5)), (pdf.pages[1], (575.9, 900))):
    page.Resources.Font.F2 = f2
    ops = pikepdf.parse_content_stream(page)
    out = []
    pending = None
    for operands, op in ops:
        if str(op) == 'BT':
            pending = []
            out.append((operands, op)); continue
        if pending is not None and str(op) == 'Tf':
            pending.append(len(out))
        if pending is not None and str(op) == 'Td':
            y = float(operands[1])
            if lo < y < hi:
                for i in pending:
                    o, t = out[i]
                    out[i] = ([pikepdf.Name('/F2'), o[1]], t)
                    n += 1
            pending = None
        out.append((operands, op))
    page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
print('text objects moved to F2:', n)
pdf.save('tounicode-one-table-2019.pdf')
