package org.nianbao.map;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nianbao.model.Catalog;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.KeySpec;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;

/**
 * Tells the format from the cells found: a cell that exists only in one format (本年新制作数量,
 * 其他对外管理服务事项 for 2019; 本年制发件数, the three （六） rows for 2021) is evidence for it.
 */
final class TemplateDetector {

    private final Catalog catalog;

    TemplateDetector(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Evidence found, over all tables or one. */
    record Evidence(Set<String> only2019, Set<String> only2021) {
        Template template() {
            if (!only2019.isEmpty() && !only2021.isEmpty()) {
                return Template.MIXED;
            }
            return !only2019.isEmpty() ? Template.Y2019 : !only2021.isEmpty() ? Template.Y2021 : Template.UNKNOWN;
        }
    }

    Evidence evidence(List<ExtractedCell> cells, Set<TableId> tables) {
        Set<String> y2019 = new TreeSet<>();
        Set<String> y2021 = new TreeSet<>();
        for (ExtractedCell c : cells) {
            if (!tables.contains(c.key().table())) {
                continue;
            }
            KeySpec spec = catalog.find(c.key()).orElseThrow();
            String where = c.key().table().id() + "/" + c.key().row() + "/" + c.key().column();
            if (spec.templates().equals(EnumSet.of(Template.Y2019))) {
                y2019.add(where);
            } else if (spec.templates().equals(EnumSet.of(Template.Y2021))) {
                y2021.add(where);
            }
        }
        return new Evidence(y2019, y2021);
    }
}
