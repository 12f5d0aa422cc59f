package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nianbao.ExtractedValues.value;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Format;
import org.nianbao.model.TableId;

/**
 * Markdown that keeps its tables as HTML, one tag a line (Python {@code html2text --bypass-tables}):
 * read line by line, {@code <td>} and {@code </td>} became cells and each row's first figure its last
 * column. Excerpt of red team 20b's case {@code html2markdown-bypass-tables-active-shifted-2019.md}
 * (generator seed 2020, 0006-2019); values checked against the page's {@code <td>} texts: 规章 8 | 9 | 2,
 * 规范性文件 3 | 0 | 8. Read by {@code RawHtmlTables} (read9); fix20t's pin of the same case.
 */
class MarkdownWithHtmlTablesTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static String cells(String... texts) {
        StringBuilder row = new StringBuilder("<tr>  \n");
        for (String t : texts) {
            row.append("<td>\n\n").append(t).append("\n\n</td>  \n");
        }
        return row.append("</tr>  \n").toString();
    }

    private static final String TEXT = "# 城夏旗2020年政府信息公开工作年度报告\n\n**一、总体情况**\n\n全年主动公开政府信息3084条。\n\n"
            + "**二、主动公开政府信息情况**  \n  \n<table>  \n"
            + cells("第二十条第（一）项")
            + cells("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量")
            + cells("规章", "8", "9", "2")
            + cells("规范性文件", "3", "0", "8")
            + "</table>\n\n**三、收到和处理政府信息公开申请情况**\n";

    @Test
    void readsTheTablesOfATextThatKeepsThemAsHtmlAsHtmlTables() {
        DocumentResult r = EXTRACTOR.extract("bypass.md", TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.TEXT, r.document().format());
        assertEquals(List.of("8", "9", "2"), List.of("new_made", "new_published", "total_published").stream()
                .map(c -> value(r, TableId.ACTIVE, "regulations", c)).toList());
        assertEquals(List.of("3", "0", "8"), List.of("new_made", "new_published", "total_published").stream()
                .map(c -> value(r, TableId.ACTIVE, "normative_documents", c)).toList());
    }

    /**
     * pandoc's Markdown of a Word cell whose paragraph has a list number before the figure (red team
     * 23a, Word shows 1250): {@code <ol><li>250</li></ol>} in a raw HTML table draws {@code 1. 250}, so
     * the cell is doubted, never read 250 silently; an ordered list in the text around it is prose.
     */
    @Test
    void doubtsAFigureInAnOrderedListItemOfARawHtmlTable() {
        String text = TEXT.replace("<td>\n\n2\n\n</td>", "<td><ol type=\"1\">\n<li><p>250</p></li>\n</ol></td>")
                .replace("全年主动公开政府信息3084条。", "<ol>\n<li>2020年主动公开政府信息3084条。</li>\n</ol>");
        DocumentResult r = EXTRACTOR.extract("list.md", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("", value(r, TableId.ACTIVE, "regulations", "total_published"));
        assertEquals(1, r.findings().stream().filter(f -> f.rule().equals("value-unreadable")
                && f.message().contains("ordered list")).count(), r.findings()::toString);
        assertEquals("9", value(r, TableId.ACTIVE, "regulations", "new_published"));
    }
}
