package org.nianbao.ocr;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Location;

/**
 * How a page lies on the scan: upright, or turned clockwise by one, two or three quarters (a page fed
 * into the scanner sideways or upside down, a phone photo taken in landscape). The page is read
 * upright and its locations are given on the scan as published, where an auditor sees them.
 */
enum Orientation {
    UPRIGHT(0), TURNED_90(1), TURNED_180(2), TURNED_270(3);

    /** Characters of classified lines needed to judge. */
    private static final int EVIDENCE = 10;
    /**
     * Words of the form's title and labels. The engine reads text that lies upside down or stands
     * sideways as other characters, so a page on which lines lying flat read them is upright.
     */
    private static final List<String> FORM_WORDS = List.of("公开", "信息", "申请", "政府", "行政", "复议", "诉讼",
            "办理", "本年", "结转", "总计", "合计");
    /** Lines that read words of the form for a page to be taken as upright without a vote. */
    private static final int UPRIGHT_LINES = 3;

    /** Quarter turns clockwise from the upright page to the scan. */
    final int quarters;

    Orientation(int quarters) {
        this.quarters = quarters;
    }

    /**
     * How the page lies, from its text lines read with the engine's angle classifier: a lying line
     * classified upright votes for {@link #UPRIGHT}, upside down for {@link #TURNED_180}; a standing
     * line, which the engine turns a quarter counter-clockwise before classifying it, upright for
     * {@link #TURNED_90}, upside down for {@link #TURNED_270}. Votes count characters; the page is
     * taken as upright unless another orientation has two thirds of them (turning an upright page
     * would cost every value on it).
     */
    static Orientation vote(List<TextBox> classified) {
        Map<Orientation, Integer> votes = new EnumMap<>(Orientation.class);
        int all = 0;
        for (TextBox b : classified) {
            int n = b.length();
            if (n < 2 || b.angle() < 0) {
                continue;
            }
            Orientation o = b.standing() ? (b.angle() == 0 ? TURNED_90 : TURNED_270)
                    : (b.angle() == 0 ? UPRIGHT : TURNED_180);
            votes.merge(o, n, Integer::sum);
            all += n;
        }
        for (Map.Entry<Orientation, Integer> v : votes.entrySet()) {
            if (all >= EVIDENCE && 3 * v.getValue() >= 2 * all) {
                return v.getKey();
            }
        }
        return UPRIGHT;
    }

    /**
     * Whether the page's first reading shows it upright: at least {@link #UPRIGHT_LINES} lines lying
     * flat read words of the form. Such a page needs no vote, which costs a third of a page's time.
     */
    static boolean readsUpright(List<TextBox> boxes) {
        return boxes.stream().filter(b -> !b.standing() && FORM_WORDS.stream().anyMatch(b.text()::contains))
                .count() >= UPRIGHT_LINES;
    }

    /** The scan turned back to the upright page. */
    GrayPage upright(GrayPage scan) {
        return scan.turnedClockwise(4 - quarters);
    }

    /**
     * Where a box of the upright page stands on the scan, both in points; the scan is
     * {@code scanWidth} × {@code scanHeight} points.
     */
    Location.PageBox onScan(Location.PageBox b, float scanWidth, float scanHeight) {
        float w = quarters % 2 == 0 ? scanWidth : scanHeight; // the upright page's size
        float h = quarters % 2 == 0 ? scanHeight : scanWidth;
        float[] a = {b.x0(), b.y0()};
        float[] c = {b.x1(), b.y1()};
        for (int q = 0; q < quarters; q++) {
            // a quarter clockwise: (x, y) on a w × h page goes to (h - y, x) on an h × w one
            a = new float[] {h - a[1], a[0]};
            c = new float[] {h - c[1], c[0]};
            float t = w;
            w = h;
            h = t;
        }
        return new Location.PageBox(b.page(), b.toPage(), Math.min(a[0], c[0]), Math.min(a[1], c[1]),
                Math.max(a[0], c[0]), Math.max(a[1], c[1]), b.ocrConfidence(), b.ocrRecheck());
    }
}
