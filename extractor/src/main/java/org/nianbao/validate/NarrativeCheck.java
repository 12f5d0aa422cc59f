package org.nianbao.validate;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.TextLine;

/**
 * {@code text-vs-table} (a warning): the number of requests the narrative states
 * (共受理政府信息公开申请172件, 共收到依申请公开2件) against table 三. Reports say "received" for the
 * new requests and sometimes for new plus carried over (夏邑县: 受理14件 = 12 new + 2 carried over),
 * so either reading agrees; anything else is reported with both numbers.
 */
final class NarrativeCheck {

    private static final Pattern STATED = Pattern.compile(
            "(?:收到|受理|新收)[^。；;，,！？\\d]{0,20}?申请[^。；;，,！？\\d]{0,12}?(\\d+)件");
    private static final CanonicalKey NEW = CanonicalKey.of(TableId.REQUESTS, "new", "total");
    private static final CanonicalKey CARRIED = CanonicalKey.of(TableId.REQUESTS, "carried_over", "total");

    List<Finding> check(Map<CanonicalKey, ExtractedCell> cells, List<TextLine> text) {
        ExtractedCell fresh = cells.get(NEW);
        if (fresh == null || !(fresh.value() instanceof CellValue.Numeric n)) {
            return List.of();
        }
        BigDecimal carried = cells.get(CARRIED) != null && cells.get(CARRIED).value() instanceof CellValue.Numeric c
                ? c.value() : BigDecimal.ZERO;
        List<Finding> out = new ArrayList<>();
        for (TextLine line : text) {
            String s = Normalizer.normalize(line.text(), Normalizer.Form.NFKC).replaceAll("\\s+", "");
            Matcher m = STATED.matcher(s);
            while (m.find()) {
                BigDecimal stated = new BigDecimal(m.group(1));
                if (stated.compareTo(n.value()) != 0 && stated.compareTo(n.value().add(carried)) != 0) {
                    out.add(Finding.warning("text-vs-table", Scope.cell(NEW), "the text says '" + m.group()
                            + "' (" + stated + ") but table 三 has " + n.value().toPlainString() + " new requests ("
                            + n.value().add(carried).toPlainString() + " with those carried over)", line.where()));
                }
            }
        }
        return out;
    }
}
