#!/usr/bin/env python3
"""[START=0xE600] mkfont.py BASE.ttf OUT PERM [woff]
Rewrites BASE's cmap so digit character i gets the glyph of digit PERM[i] (PERM a 10-digit string,
'0123456789' = honest; BASE's digit glyphs are gids 1..10 in digit order), written as TTF or WOFF 1.0."""
import struct, sys, zlib
base, out, perm = sys.argv[1], sys.argv[2], sys.argv[3]
woff = len(sys.argv) > 4 and sys.argv[4] == 'woff'
b = open(base, 'rb').read()
n = struct.unpack('>H', b[4:6])[0]
tables = {}
for i in range(n):
    tag, cs, off, ln = struct.unpack('>4sIII', b[12 + 16 * i:28 + 16 * i])
    tables[tag] = b[off:off + ln]
# cmap: one format-4 subtable (3,1) and (0,3) pointing at it; one segment per digit plus the end segment
import os
start = int(os.environ.get('START', '48'), 0)  # START=0xE600: the glyphs on private-use characters (an icon font)
segs = [(start + i, start + i, (1 + int(perm[i]) - (start + i)) & 0xFFFF) for i in range(10)] + [(0xFFFF, 0xFFFF, 1)]
segx2 = 2 * len(segs)
sr = 2 * (1 << (len(segs).bit_length() - 1))
sub = struct.pack('>HHHHHHH', 4, 16 + 4 * segx2, 0, segx2, sr, (sr // 2).bit_length() - 1, segx2 - sr)
sub += b''.join(struct.pack('>H', e) for s, e, d in segs) + b'\0\0'
sub += b''.join(struct.pack('>H', s) for s, e, d in segs)
sub += b''.join(struct.pack('>H', d) for s, e, d in segs)
sub += b''.join(struct.pack('>H', 0) for s in segs)
tables[b'cmap'] = struct.pack('>HHHHIHHI', 0, 2, 0, 3, 20, 3, 1, 20) + sub
def cksum(d):
    d = d + b'\0' * (-len(d) % 4)
    return sum(struct.unpack('>%dI' % (len(d) // 4), d)) & 0xFFFFFFFF
tags = sorted(tables)
if not woff:
    p = 1 << (len(tags).bit_length() - 1)
    head = struct.pack('>IHHHH', 0x00010000, len(tags), p * 16, p.bit_length() - 1, len(tags) * 16 - p * 16)
    off = 12 + 16 * len(tags); dirs = b''; data = b''
    for t in tags:
        d = tables[t]; dirs += struct.pack('>4sIII', t, cksum(d), off + len(data), len(d))
        data += d + b'\0' * (-len(d) % 4)
    open(out, 'wb').write(head + dirs + data)
else:
    off = 44 + 20 * len(tags); dirs = b''; data = b''; sfnt = 12 + 16 * len(tags)
    for t in tags:
        d = tables[t]; z = zlib.compress(d)
        if len(z) >= len(d): z = d
        dirs += struct.pack('>4sIIII', t, off + len(data), len(z), len(d), cksum(d))
        data += z + b'\0' * (-len(z) % 4); sfnt += len(d) + (-len(d) % 4)
    total = off + len(data)
    head = struct.pack('>4sIIHHIHHIIIII', b'wOFF', 0x00010000, total, len(tags), 0, sfnt, 1, 0, 0, 0, 0, 0, 0)
    open(out, 'wb').write(head + dirs + data)
