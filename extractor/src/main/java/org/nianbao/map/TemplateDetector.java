package org.nianbao.map;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.KeySpec;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;

/**
 * Reads the clues to the form from the cells placed. A cell only one form has is a printed clue
 * when the part that makes it one form's was identified in the document: the header named its
 * column (本年新制作数量 of 2019, 本年制发件数 of 2021, in a row both forms have), or its label named
 * its row (其他对外管理服务事项, 政府集中采购 of 2019; the three numbered （六） rows of 2021). A cell
 * placed by the form's order says nothing about the form: the order was the form's guess
 * (a 2021 page whose table 二 header was unreadable was once read as 2019 for that reason).
 */
final class TemplateDetector {

    private final Catalog catalog;

    TemplateDetector(Catalog catalog) {
        this.catalog = catalog;
    }

    List<FormClue> clues(List<ExtractedCell> cells, Function<CanonicalKey, Placement> placement) {
        List<FormClue> out = new ArrayList<>();
        for (ExtractedCell c : cells) {
            CanonicalKey key = c.key();
            KeySpec spec = catalog.find(key).orElseThrow();
            Template form = spec.templates().equals(EnumSet.of(Template.Y2019)) ? Template.Y2019
                    : spec.templates().equals(EnumSet.of(Template.Y2021)) ? Template.Y2021 : null;
            if (form == null) {
                continue;
            }
            Placement p = placement.apply(key);
            boolean rowOfBoth = hasRow(key.table(), key.row(), form == Template.Y2019 ? Template.Y2021 : Template.Y2019);
            if (rowOfBoth && p.identified()) {
                out.add(FormClue.printed(form, key.table(), key.table().id() + "/" + key.row() + "/" + key.column()));
            } else if (!rowOfBoth && p.rowIdentified()) {
                String row = "row " + key.table().id() + "/" + key.row();
                // the single （六）其他处理 is printed by 2019 reports and kept by some 2021 ones (templates.md)
                out.add(key.table() == TableId.REQUESTS && form == Template.Y2019
                        ? FormClue.likely(form, key.table(), row) : FormClue.printed(form, key.table(), row));
            }
        }
        return out;
    }

    private boolean hasRow(TableId table, String row, Template form) {
        return catalog.specs(table, form).stream().anyMatch(s -> s.key().row().equals(row));
    }
}
