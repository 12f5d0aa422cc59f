"""Re-derives the order in which `pdftotext` (default mode, poppler 22.12) prints a page's blocks.

A research tool for docs/flattenings.md ("Why poppler interleaves table 三"): it takes the blocks
poppler built (`pdftotext -f N -l N -bbox-layout FILE.pdf PAGE.html`), puts them back in the order
poppler created them, and replays TextPage::coalesce()'s reading-order sort on their boxes:

1. creation order: the block builder seeds each new block with the left-most word among the first
   four non-empty 4-pt baseline buckets of the words left, so the next row's label (further left,
   within 16 pt) is created before the values to the right of the current row;
2. table detection: a block joins a "table" only with its nearest right neighbour, its nearest block
   below and a block below-right that lines up with both (left, right or centre within 0.3 font
   sizes, top, bottom or middle within 0.5), the four in two columns and two rows;
3. envelopes: every block of a table takes the table's box as its extended box; other blocks
   stretch sideways over the blocks below them up to their row's neighbours;
4. a depth-first topological sort over the blocks in creation order: within one table, a block
   above or left of another in its row goes first (row by row); otherwise Breuel's rules on the
   extended boxes (one above the other and overlapping in x; or one left of the other unless a
   third block lies below the right one and above the left one).

Usage: python3 tools/poppler-reading-order.py PAGE.html [...]
Prints each page's blocks in the replayed order (index in poppler's output, table id or -1, box,
text) and, per page, how many blocks stand outside the longest run poppler printed in the same
order (0: the order is reproduced).
"""
import bisect
import html
import re
import sys

# wqy-zenhei's FontDescriptor: ascent 0.963, descent -0.297 of the font size; a word's box is
# their sum high, and its baseline (which picks the pool bucket) lies one ascent below its top.
HEIGHT_PER_SIZE = 1.2598
ASCENT = 0.9629
BOX = r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"'


def parse(path):
    text = open(path, encoding='utf-8').read()
    blocks = []
    for m in re.finditer(r'<block ' + BOX + r'>(.*?)</block>', text, re.S):
        x0, y0, x1, y1 = map(float, m.groups()[:4])
        lines, words = [], []
        for lm in re.finditer(r'<line ' + BOX + r'>(.*?)</line>', m.group(5), re.S):
            ws = re.findall(r'<word ' + BOX + r'>(.*?)</word>', lm.group(5))
            lines.append(' '.join(html.unescape(w[4]) for w in ws))
            words.extend((float(w[0]), float(w[1]), float(w[3])) for w in ws)
        first = words[0]
        blocks.append(dict(idx=len(blocks), x0=x0, y0=y0, x1=x1, y1=y1, words=words, tid=-1,
                           fs=(first[2] - first[1]) / HEIGHT_PER_SIZE, text=' / '.join(lines)))
    return blocks


def creation_order(blocks):
    pool = []
    for b in blocks:
        for x0, y0, y1 in b['words']:
            pool.append((int((y0 + ASCENT * (y1 - y0) / HEIGHT_PER_SIZE) / 4), x0, b['idx']))
    left, created = set(range(len(blocks))), []
    while left:
        words = sorted(w for w in pool if w[2] in left)
        first_bucket = words[0][0]
        seed = None
        for bucket in range(first_bucket, first_bucket + 4):
            head = next((w for w in words if w[0] == bucket), None)
            if head and (seed is None or head[1] < seed[1]):
                seed = head
        created.append(blocks[seed[2]])
        left.discard(seed[2])
    return created


def overlap_x(a, b):
    return a['x0'] <= b['x1'] and a['x1'] >= b['x0']


def overlap_y(a, b):
    return a['y0'] <= b['y1'] and a['y1'] >= b['y0']


def detect_tables(bl):
    tables = 0
    for b1 in bl:
        right = below = diagonal = None
        right_x = below_y = diag_x = diag_y = float('inf')
        for b2 in bl:
            if b2 is b1:
                continue
            if overlap_y(b2, b1) and b2['x0'] > b1['x1'] and b2['x0'] < right_x:
                right_x, right = b2['x0'], b2
            elif overlap_x(b2, b1) and b2['y0'] > b1['y1'] and b2['y0'] < below_y:
                below_y, below = b2['y0'], b2
            elif b2['x0'] > b1['x1'] and b2['x0'] < diag_x and b2['y0'] > b1['y1'] and b2['y0'] < diag_y:
                diag_x, diag_y, diagonal = b2['x0'], b2['y0'], b2
        if not (right and below and diagonal):
            continue
        if (overlap_x(below, diagonal) or overlap_y(right, diagonal) or overlap_x(right, below)
                or overlap_y(right, below) or not (overlap_x(diagonal, right) and overlap_y(diagonal, below))):
            continue
        size = min(b['fs'] for b in (b1, right, below, diagonal))
        dx, dy = 0.3 * size, 0.5 * size

        def lined(f, a, b, c, d):
            return abs(f(a) - f(b)) <= dx and abs(f(c) - f(d)) <= dx

        def rowed(f, a, b, c, d):
            return abs(f(a) - f(b)) <= dy and abs(f(c) - f(d)) <= dy

        in_x = (lined(lambda b: (b['x0'] + b['x1']) / 2, b1, below, right, diagonal)
                or lined(lambda b: b['x0'], b1, below, right, diagonal)
                or lined(lambda b: b['x1'], b1, below, right, diagonal))
        in_y = (rowed(lambda b: (b['y0'] + b['y1']) / 2, b1, right, below, diagonal)
                or rowed(lambda b: b['y0'], b1, right, below, diagonal)
                or rowed(lambda b: b['y1'], b1, right, below, diagonal))
        if in_x and in_y:
            tid = max(b['tid'] for b in (b1, right, below, diagonal))
            if tid < 0:
                tid, tables = tables, tables + 1
            for b in (b1, right, below, diagonal):
                b['tid'] = tid


def extend(bl):
    for b in bl:
        b['X0'], b['X1'], b['Y0'], b['Y1'] = b['x0'], b['x1'], b['y0'], b['y1']
    envelopes = {}
    for b in bl:
        if b['tid'] >= 0:
            e = envelopes.setdefault(b['tid'], [b['x0'], b['x1'], b['y0'], b['y1']])
            e[:] = [min(e[0], b['x0']), max(e[1], b['x1']), min(e[2], b['y0']), max(e[3], b['y1'])]
    for b in bl:
        if b['tid'] >= 0:
            b['X0'], b['X1'], b['Y0'], b['Y1'] = envelopes[b['tid']]
    for b1 in bl:
        if b1['tid'] >= 0:
            continue
        limit_right, limit_left = float('inf'), 0.0
        for b2 in bl:
            if b2 is not b1 and overlap_y(b1, b2):
                if b1['x1'] < b2['x0'] < limit_right:
                    limit_right = b2['x0']
                if limit_left < b2['x1'] < b1['x0']:
                    limit_left = b2['x1']
        for b2 in bl:
            if b2 is not b1 and b2['y0'] >= b1['y1']:
                if b1['X1'] < b2['x1'] <= limit_right:
                    b1['X1'] = b2['x1']
                if limit_left <= b2['x0'] < b1['X0']:
                    b1['X0'] = b2['x0']


def above_overlapping(a, b):
    overlap = a['X0'] <= b['X0'] <= a['X1'] or b['X0'] <= a['X0'] <= b['X1']
    return overlap and a['Y0'] < b['Y0']


def goes_before(b2, b1, bl):
    if b1['tid'] >= 0 and b1['tid'] == b2['tid']:
        return (b2['x1'] <= b1['x0'] and overlap_y(b2, b1)) or b2['y1'] <= b1['y0']
    if above_overlapping(b2, b1):
        return True
    if b2['X1'] <= b1['X0']:
        return not any(b3 is not b1 and b3 is not b2 and above_overlapping(b1, b3) and above_overlapping(b3, b2)
                       for b3 in bl)
    return False


def reading_order(blocks):
    bl = creation_order(blocks)
    detect_tables(bl)
    extend(bl)
    visited, out = set(), []

    def visit(b1):
        visited.add(b1['idx'])
        for b2 in bl:
            if b2['idx'] not in visited and goes_before(b2, b1, bl):
                visit(b2)
        out.append(b1)

    sys.setrecursionlimit(10000)
    for b in bl:
        if b['idx'] not in visited:
            visit(b)
    return out


def misplaced(order):
    """Blocks outside the longest run printed in poppler's order."""
    tails = []
    for v in order:
        i = bisect.bisect_left(tails, v)
        tails[i:i + 1] = [v]
    return len(order) - len(tails)


if __name__ == '__main__':
    for path in sys.argv[1:]:
        order = reading_order(parse(path))
        for b in order:
            print('%4d %3d  %6.1f,%6.1f-%6.1f,%6.1f  %s' % (b['idx'], b['tid'], b['x0'], b['y0'], b['x1'], b['y1'],
                                                          b['text'][:40]))
        print('%s: %d blocks, %d out of poppler\'s order' % (path, len(order), misplaced([b['idx'] for b in order])))
