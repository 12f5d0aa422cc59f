package org.nianbao.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.OcrRecheck;
import org.nianbao.model.Scope;

/**
 * The identities vouch for what OCR read. A value read from pixels is accepted when an identity it
 * is part of holds and none fails: a misread of the cell would break the identity that holds (its
 * column's, when its row's cannot be checked for a value missing elsewhere in the row). A cell that
 * no identity covers is accepted when the engine was confident. Otherwise it is flagged
 * {@code ocr-unverified} at the cell, naming what OCR read; a failing identity with OCR values in it
 * is flagged along its row or column, naming what OCR read in each of its cells and the cells where
 * one digit misread as a look-alike would explain the difference. Text-layer values are not concerned.
 */
final class OcrVouch {

    /**
     * The engine's confidence (its lowest per-character score) from which a lone value is believed.
     * Measured on 12 scanned reports (docs/ocr.md): right values in table 二 scored 0.3–1, the wrong
     * ones that parsed as numbers below 0.55.
     */
    static final float CONFIDENT = 0.6f;

    /** @return the findings; a failing identity's names its likely misread cells ({@link Misread}) */
    List<Finding> check(List<ExtractedCell> report, Map<CanonicalKey, ExtractedCell> cells,
                        List<Identity> identities) {
        List<Finding> out = new ArrayList<>();
        Map<Identity, Verdict> verdicts = new HashMap<>();
        for (Identity id : identities) {
            var sides = id.evaluate(cells);
            Verdict v = sides.map(s -> s.hold() ? Verdict.HOLDS : Verdict.FAILS).orElse(Verdict.UNCHECKED);
            verdicts.put(id, v);
            if (v != Verdict.FAILS) {
                continue;
            }
            boolean oneColumn = id.cells().stream().allMatch(k -> k.column().equals(id.cells().get(0).column()));
            List<String> read = id.cells().stream().map(cells::get).filter(c -> c != null && ocr(c) != null)
                    .map(c -> name(c.key(), oneColumn) + " '" + oneLine(c.source().raw()) + "'" + (readings(c).isEmpty() ? "" : " (readings differ: " + readings(c) + ")"))
                    .toList();
            if (!read.isEmpty()) {
                BigDecimal gap = sides.get().left().value().subtract(sides.get().right().value());
                List<String> likely = new ArrayList<>();
                for (CanonicalKey k : id.cells()) {
                    ExtractedCell c = cells.get(k);
                    if (c != null && ocr(c) != null && c.value() instanceof CellValue.Numeric n) {
                        // the value this cell would need for the identity to hold
                        BigDecimal needed = id.left().contains(k) ? n.value().subtract(gap) : n.value().add(gap);
                        Misread.between(n.value(), needed).ifPresent(m -> likely.add(name(k, oneColumn) + " '"
                                + oneLine(c.source().raw()) + "' may be " + needed.toPlainString() + " (" + m + ")"));
                    }
                }
                out.add(Finding.warning("ocr-unverified", id.scope(), "OCR values in an identity that does not hold ("
                        + id.rule() + "); OCR read " + String.join(", ", read) + ": check them against the page image"
                        + (likely.isEmpty() ? "" : "; one misread digit would explain it: " + String.join(" or ", likely)),
                        Location.none()));
            }
        }
        for (ExtractedCell c : report) {
            Location.PageBox box = ocr(c);
            if (box == null) {
                continue;
            }
            List<Verdict> mine = identities.stream().filter(i -> i.cells().contains(c.key())).map(verdicts::get)
                    .toList();
            String why;
            if (mine.contains(Verdict.FAILS)) {
                continue; // flagged along the identity above
            } else if (mine.contains(Verdict.HOLDS)) {
                continue; // a misread of this cell would break the identity that holds
            } else if (box.ocrRecheck() instanceof OcrRecheck.Agreed a && a.confidence() >= CONFIDENT) {
                continue; // read alike twice, independently, the second time confidently
            } else if (mine.isEmpty()) {
                if (box.ocrConfidence() >= CONFIDENT && !(box.ocrRecheck() instanceof OcrRecheck.Differed)) {
                    continue;
                }
                why = box.ocrRecheck() instanceof OcrRecheck.Differed
                        ? "no identity checks this cell and its readings differ (" + readings(c) + ")"
                        : String.format(Locale.ROOT, "no identity checks this cell and the OCR confidence is %.2f",
                        box.ocrConfidence());
            } else {
                why = (mine.size() == 1 ? "its identity cannot" : "none of its identities can")
                        + " be checked (a cell it needs is missing or unreadable)"
                        + (readings(c).isEmpty() ? "" : "; its readings differ: " + readings(c));
            }
            out.add(Finding.warning("ocr-unverified", Scope.cell(c.key()), "OCR read '" + oneLine(c.source().raw())
                    + "' here, but " + why + ": check it against the page image", c.source().where()));
        }
        return out;
    }

    /** What each reading of the cell read, when they differ ("'12' on the page, '18' in …"); else empty. */
    private static String readings(ExtractedCell c) {
        return c.source().where() instanceof Location.PageBox b && b.ocrRecheck() instanceof OcrRecheck.Differed d
                ? String.join(", ", d.readings()) : "";
    }

    /** What an identity says of the report. */
    private enum Verdict { HOLDS, FAILS, UNCHECKED }

    /** A cell as a failing identity's finding names it: by what varies along the identity. */
    private static String name(CanonicalKey k, boolean oneColumn) {
        return oneColumn ? k.row() : k.column();
    }

    private static Location.PageBox ocr(ExtractedCell c) {
        return c.source().where() instanceof Location.PageBox b && b.ocr() ? b : null;
    }

    private static String oneLine(String raw) {
        return raw.replaceAll("\\s+", " ").strip();
    }
}
