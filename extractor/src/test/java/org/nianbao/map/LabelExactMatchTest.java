package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Catalog;
import org.nianbao.model.KeySpec;

/**
 * {@link LabelMatcher#exactMatch} (which the section splitter asks of every short cell, values
 * included) answers what {@link LabelMatcher#match} filtered to exact matches answers, without the
 * edit distances: on every matcher of the label book, for the catalog's labels and section titles
 * with their numbering right, wrong or missing, damaged copies of them, numbers and blanks.
 */
class LabelExactMatchTest {

    @Test
    void anExactMatchIsTheMatchWhenItIsExact() {
        LabelBook book = new LabelBook(Catalog.standard());
        List<LabelMatcher> matchers = List.of(book.sections, book.activeRows, book.activeColumns, book.requestsRows,
                book.requestsRowsInOtherGroup, book.requestsGroups, book.requestsColumns, book.appealsRows,
                book.appealsColumns, book.appealsExtraColumns);
        Set<String> labels = new LinkedHashSet<>(List.of("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "行政复议", "行政诉讼"));
        for (KeySpec k : Catalog.standard().specs()) {
            labels.addAll(List.of((k.rowLabelPath() + "/" + k.columnLabel()).split("/")));
        }
        List<String> raws = new ArrayList<>(List.of("", " ", "0", "12", "4555.771", "—", "/", "合计", "总计"));
        Random r = new Random(5);
        for (String l : labels) {
            String bare = l.replaceFirst("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+\\.)", "");
            raws.addAll(List.of(l, bare, "9." + bare, "（七）" + bare, "三、" + bare, bare + "（单位：万元）", " " + bare + " "));
            if (bare.length() > 1) {
                int i = r.nextInt(bare.length());
                raws.add(bare.substring(0, i) + "子" + bare.substring(i + 1));
                raws.add(bare.substring(0, i) + bare.substring(i + 1));
            }
        }
        int exact = 0;
        int approximate = 0;
        for (LabelMatcher m : matchers) {
            for (String raw : raws) {
                String t = LabelText.normalize(raw);
                var full = m.match(raw);
                assertEquals(full, m.match(raw, t), raw);
                assertEquals(full.filter(LabelMatch::exact), m.exactMatch(raw, t), () -> "'" + raw + "'");
                exact += full.filter(LabelMatch::exact).isPresent() ? 1 : 0;
                approximate += full.isPresent() && !full.get().exact() ? 1 : 0;
            }
        }
        // both kinds of answer are exercised, and wrong item numbers (exact wording, not exact match) too
        assertTrue(exact > 100 && approximate > 100, exact + " exact, " + approximate + " approximate");
    }
}
