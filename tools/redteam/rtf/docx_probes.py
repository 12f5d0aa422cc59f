#!/usr/bin/env python3
"""Red team rtf (3 Dec 12:33): Word files whose table cells carry shading (w:shd) and run colours near the
contrast rule, or a decoy digit inside a figure that Word does not show (hidden text, white or shading-coloured
text, 1 pt text), kept as DOCX and converted to PDF by LibreOffice; both scored against the generator's gold.

usage: docx_probes.py GENERATED.docx OUTDIR [--only NAME,...] [--no-pdf]
"""
import argparse, os, random, re, shutil, subprocess, tempfile, zipfile

FIGURE_RUN = re.compile(r'<w:r>(<w:rPr>.*?</w:rPr>)?<w:t>(\d)(\d*(?:,\d{3})*)</w:t></w:r>')


def decoy(props):
    def make(doc, rng):
        def sub(m):
            rpr = m.group(1) or ''
            return (f'<w:r>{rpr}<w:t>{m.group(2)}</w:t></w:r><w:r><w:rPr>{props}</w:rPr><w:t>{rng.randint(1, 9)}</w:t></w:r>'
                    f'<w:r>{rpr}<w:t>{m.group(3)}</w:t></w:r>')
        return FIGURE_RUN.sub(sub, doc)
    return make


def shade_rows(fills, colour=None, every=2):
    """Cell shading on every even row (fills[0]) and the first row (fills[1], if any)."""
    def make(doc, rng):
        def row(m, n=[0]):
            n[0] += 1
            fill = fills[1] if len(fills) > 1 and m.group(0).startswith('<w:tr>') and n[0] == 1 else \
                fills[0] if n[0] % every == 0 else None
            if not fill:
                return m.group(0)
            r = m.group(0).replace('<w:tcPr/>', f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{fill}"/></w:tcPr>')
            r = re.sub(r'<w:tcPr>(<w:gridSpan [^>]*/>)</w:tcPr>',
                       rf'<w:tcPr>\1<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/></w:tcPr>', r)
            if colour:
                r = r.replace('<w:r><w:t>', f'<w:r><w:rPr><w:color w:val="{colour}"/></w:rPr><w:t>')
            return r
        return re.sub(r'<w:tr>.*?</w:tr>', row, doc, flags=re.S)
    return make


def colour_figures(colour):
    def make(doc, rng):
        return FIGURE_RUN.sub(lambda m: f'<w:r><w:rPr><w:color w:val="{colour}"/></w:rPr><w:t>{m.group(2)}{m.group(3)}</w:t></w:r>', doc)
    return make


def decoy_in_shading(fill, colour):
    """Every figure's cell shaded, a decoy digit in (nearly) the shading's colour inside the figure."""
    def make(doc, rng):
        shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
        doc = doc.replace('<w:tcPr/>', f'<w:tcPr>{shd}</w:tcPr>')
        doc = re.sub(r'<w:tcPr>(<w:gridSpan [^>]*/>)</w:tcPr>', rf'<w:tcPr>\1{shd}</w:tcPr>', doc)
        return decoy(f'<w:color w:val="{colour}"/>')(doc, rng)
    return make


PROBES = {
    'decoy-vanish': decoy('<w:vanish/>'),
    'decoy-white': decoy('<w:color w:val="FFFFFF"/>'),
    'decoy-f0f0f0': decoy('<w:color w:val="F0F0F0"/>'),
    'decoy-sz2': decoy('<w:sz w:val="2"/><w:szCs w:val="2"/>'),
    'decoy-shd-d9d9d9-same': decoy_in_shading('D9D9D9', 'D9D9D9'),
    'decoy-shd-d9d9d9-near': decoy_in_shading('D9D9D9', 'E0E0E0'),
    'decoy-shd-ffff00-same': decoy_in_shading('FFFF00', 'FFFF00'),
    'shd-zebra-yellow': shade_rows(['D9D9D9', 'FFFF00']),
    'shd-dark-white-text': shade_rows(['1F4E79'], colour='FFFFFF'),
    'figures-bbbbbb': colour_figures('BBBBBB'),
    'figures-a6a6a6': colour_figures('A6A6A6'),
    'figures-red-ff0000': colour_figures('FF0000'),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('src'); ap.add_argument('out')
    ap.add_argument('--only', default=''); ap.add_argument('--no-pdf', action='store_true')
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    base = os.path.basename(a.src)[:-5]
    only = set(filter(None, a.only.split(',')))
    with zipfile.ZipFile(a.src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    doc = parts['word/document.xml'].decode('utf-8')
    for name, make in PROBES.items():
        if only and name not in only:
            continue
        stem = os.path.join(a.out, f'rtf-{name}-{base}')
        changed = make(doc, random.Random(base))
        with zipfile.ZipFile(stem + '.docx', 'w', zipfile.ZIP_DEFLATED) as z:
            for n, data in parts.items():
                z.writestr(n, changed.encode('utf-8') if n == 'word/document.xml' else data)
        shutil.copy(a.src + '.gold.csv', stem + '.docx.gold.csv')
        if not a.no_pdf:
            with tempfile.TemporaryDirectory() as d:
                subprocess.run(['libreoffice', f'-env:UserInstallation=file://{d}/profile', '--headless',
                                '--convert-to', 'pdf', '--outdir', a.out, stem + '.docx'], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(a.src + '.gold.csv', stem + '.pdf.gold.csv')


if __name__ == '__main__':
    main()
