package org.nianbao.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Catalog;
import org.nianbao.model.KeySpec;
import org.nianbao.model.TableId;

/**
 * Every label the mapper knows, built once from the catalog's standard labels plus the wordings
 * real reports use instead. The variants are ours, learnt from published reports; each is reported
 * when matched, because it is not the standard text.
 */
final class LabelBook {

    /** Group rows of table 三 whose item labels are too generic to stand alone. */
    static final String OTHER_GROUP = "其他处理";

    /** Header text that carries no column of its own (two-level headers, notes). */
    static final String NOISE = "-";

    /** Table 三's header cell over the five organisation columns. */
    static final String ORG_GROUP = "法人或其他组织";

    private static final Map<String, List<String>> COLUMN_VARIANTS = Map.of(
            "commercial", List.of("商业机构"),
            "legal_service", List.of("法律服务"),
            "natural_person", List.of("自然人申请"));

    final LabelMatcher sections;
    final LabelMatcher activeRows;
    final LabelMatcher activeColumns;
    final LabelMatcher requestsRows;
    final LabelMatcher requestsRowsInOtherGroup;
    final LabelMatcher requestsGroups;
    final LabelMatcher requestsColumns;
    final LabelMatcher appealsRows;
    final LabelMatcher appealsColumns;
    /** Table 四's groups and columns together, for a header line that runs them into one cell. */
    final LabelMatcher appealsHeader;
    /** Totals some reports print beside table 四's fifteen columns (合计 of 复议 and 诉讼); no column of the form. */
    final LabelMatcher appealsExtraColumns;
    /** Row ids of table 三 in catalog order. */
    final List<String> requestsRowOrder;

    LabelBook(Catalog catalog) {
        sections = new LabelMatcher(List.of(
                LabelCandidate.of(Section.ACTIVE.name(), "二、主动公开政府信息情况"),
                LabelCandidate.of(Section.REQUESTS.name(), List.of("三、收到和处理政府信息公开申请情况"),
                        List.of("收到和处理信息公开申请情况", "收到和处理政府信息公开申请")),
                LabelCandidate.of(Section.APPEALS.name(), List.of("四、政府信息公开行政复议、行政诉讼情况"),
                        List.of("政府信息公开行政复议行政诉讼", "行政复议、行政诉讼情况")),
                LabelCandidate.of(Section.END.name(), "五、存在的主要问题及改进情况", "六、其他需要报告的事项")));

        Map<String, List<String>> activeRowLabels = rowLabels(catalog, TableId.ACTIVE);
        activeRows = new LabelMatcher(candidates(activeRowLabels, Map.of()));
        activeColumns = new LabelMatcher(candidates(columnLabels(catalog, TableId.ACTIVE), Map.of()));

        Map<String, List<String>> requestRowLabels = rowLabels(catalog, TableId.REQUESTS);
        requestsRowOrder = List.copyOf(requestRowLabels.keySet());
        List<LabelCandidate> rows = new ArrayList<>();
        List<LabelCandidate> rowsInOther = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : requestRowLabels.entrySet()) {
            LabelCandidate c = LabelCandidate.of(e.getKey(), e.getValue(), List.of());
            rowsInOther.add(c);
            if (!e.getKey().equals("other_other")) { // "3.其他" means something only under （六）其他处理
                rows.add(c);
            }
        }
        requestsRows = new LabelMatcher(rows);
        requestsRowsInOtherGroup = new LabelMatcher(rowsInOther);
        requestsGroups = new LabelMatcher(groups(catalog));
        List<LabelCandidate> columns = new ArrayList<>(candidates(columnLabels(catalog, TableId.REQUESTS),
                COLUMN_VARIANTS));
        columns.add(LabelCandidate.of(NOISE, "申请人情况", "本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和"));
        columns.add(LabelCandidate.of(ORG_GROUP, ORG_GROUP));
        requestsColumns = new LabelMatcher(columns);

        appealsRows = new LabelMatcher(List.of(
                LabelCandidate.of("review", "行政复议"),
                // written without brackets: a bracketed part would count as a droppable note (行政诉讼 alone)
                LabelCandidate.of("litigation_direct", "未经复议直接起诉", "行政诉讼未经复议直接起诉", "直接起诉"),
                LabelCandidate.of("litigation_after_review", "复议后起诉", "行政诉讼复议后起诉", "经复议后起诉"),
                LabelCandidate.of(AppealsHeader.LITIGATION, "行政诉讼")));
        appealsColumns = new LabelMatcher(candidates(columnLabels(catalog, TableId.APPEALS), Map.of()));
        appealsHeader = appealsRows.and(appealsColumns);
        appealsExtraColumns = new LabelMatcher(List.of(LabelCandidate.of(AppealsHeader.EXTRA, "合计", "小计", "共计",
                "总合计", "合计数")));
    }

    /** Table 四's titles on the 2019/2021 form and the old one, whose words name its groups too. */
    private static final List<String> APPEALS_TITLES = List.of("四、政府信息公开行政复议、行政诉讼情况",
            "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况");

    /**
     * True when a header cell that names a group of table 四 only approximately is a piece of the
     * table's title instead: a title broken over lines ({@code fold -w 40}: {@code 四、政府信息公开行政复议、}
     * / {@code 行政诉讼情况}) leaves its tail above the header, near enough to 行政诉讼 to be read as
     * that group's label, and placing the groups by it rotates them.
     */
    static boolean appealsTitlePiece(String raw) {
        String t = LabelText.normalize(raw.replace("\uFFFD", "")).replaceAll("\\s+", "");
        return t.length() >= 2 && APPEALS_TITLES.stream()
                .anyMatch(title -> LabelText.normalize(title).replaceAll("\\s+", "").contains(t));
    }

    /** Row id → its standard labels (all templates), in catalog order. */
    private static Map<String, List<String>> rowLabels(Catalog catalog, TableId table) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (KeySpec s : catalog.specs()) {
            if (s.key().table() == table) {
                List<String> l = labels.computeIfAbsent(s.key().row(), k -> new ArrayList<>());
                if (!l.contains(s.rowLabel())) {
                    l.add(s.rowLabel());
                }
            }
        }
        return labels;
    }

    /** Column id → its standard labels, including the 2021 wordings the catalog's notes give. */
    private static Map<String, List<String>> columnLabels(Catalog catalog, TableId table) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (KeySpec s : catalog.specs()) {
            if (s.key().table() == table) {
                List<String> l = labels.computeIfAbsent(s.key().column(), k -> new ArrayList<>());
                for (String label : concat(s.columnLeafLabel(), s.column2021Labels())) {
                    if (!l.contains(label)) {
                        l.add(label);
                    }
                }
            }
        }
        return labels;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static List<LabelCandidate> candidates(Map<String, List<String>> labels,
                                                   Map<String, List<String>> variants) {
        List<LabelCandidate> out = new ArrayList<>();
        labels.forEach((id, l) -> out.add(LabelCandidate.of(id, l, variants.getOrDefault(id, List.of()))));
        return out;
    }

    /** The middle segments of table 三's label paths: 本年度办理结果, 不予公开, 无法提供, 不予处理, 其他处理. */
    private static List<LabelCandidate> groups(Catalog catalog) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (KeySpec s : catalog.specs()) {
            if (s.key().table() == TableId.REQUESTS) {
                String[] path = s.rowLabelPath().split("/");
                for (int i = 0; i < path.length - 1; i++) {
                    groups.putIfAbsent(LabelText.normalize(path[i]), path[i]);
                }
            }
        }
        // the 2019 row （六）其他处理 is the 2021 group of the same name
        groups.putIfAbsent(OTHER_GROUP, "（六）其他处理");
        List<LabelCandidate> out = new ArrayList<>();
        groups.forEach((id, label) -> out.add(LabelCandidate.of(id, label)));
        return out;
    }

    /** Ids that name nothing to extract. */
    static boolean isNoise(String id) {
        return NOISE.equals(id) || AppealsHeader.LITIGATION.equals(id);
    }
}
