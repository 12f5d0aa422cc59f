package org.nianbao.audit.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.nianbao.model.KeySpec;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;

/**
 * The three tables drawn the way the official form prints them, labels as printed: table 二 in its
 * blocks of 第二十条 items, table 三 with its three-level applicant header and nested row labels, table
 * 四 as one row of fifteen under a two-level header. Headers and row labels are built from the label
 * paths of canonical-keys.csv, so both formats (and a mixed report's extra rows) lay out alike.
 */
final class OfficialLayout {

    static final Map<TableId, String> TITLES = Map.of(
            TableId.ACTIVE, "二、主动公开政府信息情况",
            TableId.REQUESTS, "三、收到和处理政府信息公开申请情况",
            TableId.APPEALS, "四、政府信息公开行政复议、行政诉讼情况");
    private static final String REQUESTS_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private final AuditedDocument doc;

    OfficialLayout(AuditedDocument doc) {
        this.doc = doc;
    }

    void appendTo(Element parent) {
        for (TableId t : TableId.values()) {
            List<KeySpec> specs = doc.shown().stream().filter(s -> s.key().table() == t).toList();
            Element section = parent.appendElement("section").addClass("form-table").attr("id", "table-" + t.id());
            section.appendElement("h2").text(TITLES.get(t));
            Element table = section.appendElement("table").addClass("official").attr("data-table", t.id());
            switch (t) {
                case ACTIVE -> active(table, specs);
                case REQUESTS -> requests(table, specs);
                case APPEALS -> appeals(table, specs);
                default -> throw new IllegalStateException(t.toString());
            }
        }
    }

    private void active(Element table, List<KeySpec> specs) {
        Map<String, List<KeySpec>> blocks = new LinkedHashMap<>();
        for (KeySpec s : specs) {
            blocks.computeIfAbsent(segments(s.rowLabelPath())[1], b -> new ArrayList<>()).add(s);
        }
        int width = 1 + blocks.values().stream().mapToInt(b -> columns(b).size()).max().orElse(1);
        for (Map.Entry<String, List<KeySpec>> block : blocks.entrySet()) {
            table.appendElement("tr").appendElement("th").addClass("block").attr("colspan", "" + width).text(block.getKey());
            Map<String, KeySpec> columns = columns(block.getValue());
            Element head = table.appendElement("tr");
            head.appendElement("th").text("信息内容");
            columns.values().forEach(s -> head.appendElement("th").text(columnLabel(s)));
            pad(head, width - 1 - columns.size(), "th");
            Map<String, List<KeySpec>> rows = new LinkedHashMap<>();
            block.getValue().forEach(s -> rows.computeIfAbsent(s.key().row(), r -> new ArrayList<>()).add(s));
            for (List<KeySpec> row : rows.values()) {
                Element tr = table.appendElement("tr");
                tr.appendElement("th").addClass("row-label").text(row.get(0).rowLabel());
                for (String column : columns.keySet()) {
                    KeySpec cell = row.stream().filter(s -> s.key().column().equals(column)).findFirst().orElse(null);
                    if (cell == null) {
                        tr.appendElement("td").addClass("na");
                    } else {
                        value(tr, cell);
                    }
                }
                pad(tr, width - 1 - columns.size(), "td");
            }
        }
    }

    private void requests(Element table, List<KeySpec> specs) {
        List<String> columnOrder = new ArrayList<>();
        Map<String, String[]> columnPaths = new LinkedHashMap<>();
        Map<String, List<KeySpec>> rows = new LinkedHashMap<>();
        for (KeySpec s : specs) {
            columnPaths.putIfAbsent(s.key().column(), segments(s.columnLabel()));
            rows.computeIfAbsent(s.key().row(), r -> new ArrayList<>()).add(s);
        }
        columnOrder.addAll(columnPaths.keySet());
        List<String[]> rowPaths = rows.values().stream().map(r -> segments(r.get(0).rowLabelPath())).toList();
        int labelDepth = rowPaths.stream().mapToInt(p -> p.length).max().orElse(1);
        List<Element> header = header(table, new ArrayList<>(columnPaths.values()));
        header.get(0).prependElement("th").addClass("corner").attr("colspan", "" + labelDepth)
                .attr("rowspan", "" + header.size()).text(REQUESTS_CORNER);
        List<List<KeySpec>> rowList = new ArrayList<>(rows.values());
        for (int r = 0; r < rowList.size(); r++) {
            Element tr = table.appendElement("tr");
            rowLabels(tr, rowPaths, r, labelDepth);
            for (String column : columnOrder) {
                KeySpec cell = rowList.get(r).stream().filter(s -> s.key().column().equals(column)).findFirst()
                        .orElse(null);
                if (cell == null) {
                    tr.appendElement("td").addClass("na");
                } else {
                    value(tr, cell);
                }
            }
        }
    }

    private void appeals(Element table, List<KeySpec> specs) {
        List<String[]> paths = new ArrayList<>();
        for (KeySpec s : specs) {
            String[] row = segments(s.rowLabelPath());
            String[] p = Arrays.copyOf(row, row.length + 1);
            p[row.length] = columnLabel(s);
            paths.add(p);
        }
        header(table, paths);
        Element tr = table.appendElement("tr");
        specs.forEach(s -> value(tr, s));
    }

    /** Header rows for columns given by label paths: shared prefixes merged, short paths reaching down. */
    private static List<Element> header(Element table, List<String[]> paths) {
        int depth = paths.stream().mapToInt(p -> p.length).max().orElse(1);
        List<Element> rows = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            Element tr = table.appendElement("tr").addClass("head");
            rows.add(tr);
            int i = 0;
            while (i < paths.size()) {
                String[] p = paths.get(i);
                if (p.length <= level) {
                    i++;
                } else if (level == p.length - 1) {
                    tr.appendElement("th").attr("rowspan", "" + (depth - level)).text(p[level]);
                    i++;
                } else {
                    int j = i + 1;
                    while (j < paths.size() && paths.get(j).length > level + 1 && samePrefix(paths.get(j), p, level)) {
                        j++;
                    }
                    tr.appendElement("th").attr("colspan", "" + (j - i)).text(p[level]);
                    i = j;
                }
            }
        }
        rows.forEach(r -> r.select("th[rowspan=1]").removeAttr("rowspan"));
        rows.forEach(r -> r.select("th[colspan=1]").removeAttr("colspan"));
        return rows;
    }

    /** The label cells of row {@code r}: a group label spans the rows it heads, a leaf reaches to the values. */
    private static void rowLabels(Element tr, List<String[]> paths, int r, int depth) {
        String[] p = paths.get(r);
        for (int level = 0; level < p.length; level++) {
            boolean leaf = level == p.length - 1;
            if (!leaf && r > 0 && paths.get(r - 1).length > level + 1 && samePrefix(paths.get(r - 1), p, level)) {
                continue; // under the group label of a row above
            }
            Element th = tr.appendElement("th").addClass("row-label").text(p[level]);
            if (leaf && depth - level > 1) {
                th.attr("colspan", "" + (depth - level));
            } else if (!leaf) {
                int n = 1;
                while (r + n < paths.size() && paths.get(r + n).length > level + 1 && samePrefix(paths.get(r + n), p, level)) {
                    n++;
                }
                if (n > 1) {
                    th.attr("rowspan", "" + n);
                }
            }
        }
    }

    private static boolean samePrefix(String[] a, String[] b, int level) {
        for (int k = 0; k <= level; k++) {
            if (k >= a.length || k >= b.length || !a[k].equals(b[k])) {
                return false;
            }
        }
        return true;
    }

    private void value(Element tr, KeySpec s) {
        String key = s.key().toString();
        Element td = tr.appendElement("td").addClass("v").addClass("st-" + doc.state(key).id())
                .attr("data-key", key).attr("tabindex", "0")
                .attr("title", s.rowLabel() + " / " + columnLabel(s));
        doc.cell(key).ifPresent(c -> td.text(c.value()));
    }

    private Map<String, KeySpec> columns(List<KeySpec> block) {
        Map<String, KeySpec> out = new LinkedHashMap<>();
        block.forEach(s -> out.putIfAbsent(s.key().column(), s));
        return out;
    }

    /** The column's label as the report's format prints it (2021 renames a few shared columns). */
    private String columnLabel(KeySpec s) {
        List<String> label2021 = s.column2021Labels();
        return doc.layout() == Template.Y2021 && !label2021.isEmpty() ? label2021.get(0) : s.columnLeafLabel();
    }

    private static void pad(Element tr, int n, String tag) {
        if (n > 0) {
            Element e = tr.appendElement(tag).addClass("na");
            if (n > 1) {
                e.attr("colspan", "" + n);
            }
        }
    }

    private static String[] segments(String path) {
        return path.equals("本年增/减") ? new String[] {path} : path.split("/");
    }
}
