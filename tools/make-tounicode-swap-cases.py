"""Rewrites the ToUnicode map of the fonts whose /BaseFont contains NAME (or every Type 3 font, for
NAME 'Type3') so that the digits in PAIRS are swapped, ASCII and full-width (the glyph of a reported
as b and b as a); glyph programs and content streams untouched. Needs Debian python3-pikepdf (run
with /usr/bin/python3). Made the fixer-14d siblings in corpus/redteam (see their why.md).
usage: make-tounicode-swap-cases.py IN.pdf OUT.pdf NAME 35,69"""
import re, sys, pikepdf
src, out, name, pairs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
swap = {}
for p in pairs.split(','):
    a, b = p[0], p[1]
    for base in (0x30, 0xFF10):
        swap[base + int(a)] = base + int(b); swap[base + int(b)] = base + int(a)
pdf = pikepdf.open(src)
done = set()
def fonts(res):
    if res is None or '/Font' not in res: return
    for k, f in res.Font.items():
        yield f
for page in pdf.pages:
    todo = [page.Resources]
    while todo:
        res = todo.pop()
        for f in fonts(res):
            if name not in str(f.get('/BaseFont', '')) or f.objgen in done or '/ToUnicode' not in f:
                if '/Resources' in f: todo.append(f.Resources)  # type 3
                if name not in str(f.get('/BaseFont', '')) and not (name == 'Type3' and f.Subtype == '/Type3'):
                    continue
                if f.objgen in done or '/ToUnicode' not in f: continue
            done.add(f.objgen)
            tu = f.ToUnicode.read_bytes().decode('latin1')
            m = {}
            w = None
            for blk in re.findall(r'beginbfchar(.*?)endbfchar', tu, re.S):
                for c, u in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', blk):
                    m[(int(c, 16), len(c))] = int(u, 16) if len(u) <= 4 else u
            for blk in re.findall(r'beginbfrange(.*?)endbfrange', tu, re.S):
                for c0, c1, u in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', blk):
                    for i in range(int(c1, 16) - int(c0, 16) + 1):
                        m[(int(c0, 16) + i, len(c0))] = int(u, 16) + i
                for c0, c1, arr in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\[(.*?)\]', blk, re.S):
                    for i, u in enumerate(re.findall(r'<([0-9A-Fa-f]+)>', arr)):
                        m[(int(c0, 16) + i, len(c0))] = int(u, 16) if len(u) <= 4 else u
            n = 0
            for k, u in list(m.items()):
                if isinstance(u, int) and u in swap:
                    m[k] = swap[u]; n += 1
            head = tu[:tu.index('begincodespacerange')]
            cs = re.search(r'begincodespacerange.*?endcodespacerange', tu, re.S).group(0)
            items = sorted(m.items())
            body = ''
            for i in range(0, len(items), 100):
                chunk = items[i:i + 100]
                body += f'{len(chunk)} beginbfchar\n' + ''.join(
                    f'<{c:0{l}X}> <{(u if isinstance(u, str) else format(u, "04X"))}>\n' for (c, l), u in chunk) + 'endbfchar\n'
            tail = 'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n'
            f.ToUnicode = pdf.make_stream((head + cs + '\n' + body + tail).encode('latin1'))
            print(f.get('/BaseFont', f.Subtype), 'codes changed', n, file=sys.stderr)
pdf.save(out)
