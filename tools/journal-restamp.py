#!/usr/bin/env python3
"""journal-restamp.py SRC_JOURNAL HEADER_FROM_JOURNAL DST (or: journal-restamp.py JOURNAL, which prints its header): DST = SRC with its header record replaced by HEADER_FROM's
(a journal's header names the build; the records after it are copied byte for byte)."""
import sys, struct, zlib
def first(path):
    with open(path, 'rb') as f:
        inflated, length = struct.unpack('>ii', f.read(8))
        packed = f.read(length); crc = f.read(4)
        return 8 + length + 4, zlib.decompress(packed)
def header_text(payload):
    assert payload[0:1] == b'H'
    n = struct.unpack('>i', payload[1:5])[0]
    return payload[5:5+n].decode()
if len(sys.argv) == 2:
    print(header_text(first(sys.argv[1])[1])); sys.exit()
src, hdr, dst = sys.argv[1:4]
skip, _ = first(src)
_, payload = first(hdr)
packed = zlib.compress(payload, 1)
rec = struct.pack('>ii', len(payload), len(packed)) + packed + struct.pack('>I', zlib.crc32(packed) & 0xffffffff)
with open(src, 'rb') as s, open(dst, 'wb') as d:
    d.write(rec); s.seek(skip)
    while True:
        b = s.read(1 << 20)
        if not b: break
        d.write(b)
print('old:', header_text(first(src)[1])); print('new:', header_text(first(dst)[1]))
