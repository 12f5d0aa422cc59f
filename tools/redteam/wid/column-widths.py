#!/usr/bin/env python3
"""Display widths as util-linux `column` counts them, measured on this machine, for GlibcWidth (issue 9/10, wid).

1. For each sample character, runs `column -t -s TAB` on `a<char>TAB Z` over a line `xxxxxxxxxxTAB Z` and reads the
   character's width from the padding `column` put before Z (the second line fixes the column's width at 10): the
   figures GlibcWidthTest pins down. Prints `U+XXXX width name`.
2. Checks that `column`'s width is glibc's wcwidth with -1 (non-printable) read as 0, on the samples.
3. With --table, prints the runs glibc's wcwidth counts two columns (GlibcWidth.WIDE) and, with --ranges FILE, writes
   every run of one width (`first last width`, hex) for comparing GlibcWidth's rule against every code point.
Usage: column-widths.py [--table] [--ranges FILE]   (UTF-8 locale, column 2.38.1, glibc 2.36 here)"""
import ctypes, locale, subprocess, sys, unicodedata

locale.setlocale(locale.LC_ALL, 'C.UTF-8')
libc = ctypes.CDLL('libc.so.6')
libc.wcwidth.argtypes = [ctypes.c_wchar]

SAMPLES = [0x61, 0xAD, 0xA0, 0x200B, 0x200C, 0x200D, 0x200E, 0x2060, 0xFEFF, 0x0D, 0x1B, 0x7F, 0x85, 0x2028, 0x2029,
           0x0301, 0x3099, 0x0600, 0x0903, 0x1160, 0x115F, 0xD7B0, 0x4E2D, 0x3000, 0x3001, 0x303F, 0xFF10, 0xFF5C,
           0xFF61, 0xFFE8, 0xFE4F, 0xFE10, 0xA000, 0x2E80, 0x00B7, 0x2014, 0x2026, 0x201C, 0x2460, 0x203B, 0x25CB,
           0x00A7, 0x1F600, 0xE000, 0x0378, 0x9FFD, 0x20000, 0xE0001]


def measured(cp):
    out = subprocess.run(['column', '-t', '-s', '\t'], input=f'a{chr(cp)}\tZ\nxxxxxxxxxx\tZ\n'.encode(),
                         capture_output=True, check=True).stdout.decode('utf-8').split('\n')[0]
    before = out[:out.rindex('Z')]
    return 12 - (len(before) - len(before.rstrip(' '))) - 1


def glibc(cp):
    return 0 if 0xD800 <= cp <= 0xDFFF else max(0, libc.wcwidth(chr(cp)))


bad = 0
for cp in SAMPLES:
    w = measured(cp)
    bad += w != glibc(cp)
    print(f'U+{cp:04X} {w} {unicodedata.name(chr(cp), "?")}{"" if w == glibc(cp) else "  != wcwidth " + str(glibc(cp))}')
if '--table' in sys.argv or '--ranges' in sys.argv:
    runs, prev, start = [], None, 0
    for cp in range(0x110000):
        w = glibc(cp)
        if w != prev:
            if prev is not None:
                runs.append((start, cp - 1, prev))
            prev, start = w, cp
    runs.append((start, 0x10FFFF, prev))
    if '--ranges' in sys.argv:
        with open(sys.argv[sys.argv.index('--ranges') + 1], 'w') as f:
            f.writelines(f'{a:x} {b:x} {w}\n' for a, b, w in runs)
    if '--table' in sys.argv:
        wide = [f'0x{a:X}, 0x{b:X}' for a, b, w in runs if w == 2]
        for i in range(0, len(wide), 5):
            print('            ' + ', '.join(wide[i:i + 5]) + ',')
sys.exit(1 if bad else 0)
