package org.nianbao.ocr;

import java.util.List;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * Whether a box the engine read stands outside every ruled cell: no vertical ruling line crosses
 * its middle height on its left and another on its right. A box in a ruled cell is placed by the
 * cell's borders and read again by its cell; one outside them (a borderless table, running text)
 * has only its own extent to go by, which the borderless mendings of the boxes correct
 * ({@link UnreadBoxes}, {@link LabelBeforeNumber}, {@link NumberedItemInBox}).
 */
final class OffLattice {

    private OffLattice() {
    }

    static boolean of(TextBox b, List<Ruling> rulings) {
        float middle = b.centerY();
        boolean left = false;
        boolean right = false;
        for (Ruling r : rulings) {
            if (!r.vertical() || r.y0() > middle || r.y1() < middle) {
                continue;
            }
            left |= r.position() <= b.centerX();
            right |= r.position() >= b.centerX();
        }
        return !(left && right);
    }
}
