package org.nianbao.corpus.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.nianbao.corpus.generate.Layout.Block;
import org.nianbao.corpus.generate.Layout.Cell;
import org.nianbao.corpus.generate.Layout.Paragraph;
import org.nianbao.corpus.generate.Layout.Slot;
import org.nianbao.corpus.generate.Layout.SlotKind;
import org.nianbao.corpus.generate.Layout.Table;

/**
 * Writes a layout as a government CMS page would: UTF-8 or GBK (declared in a meta tag), tables
 * with rowspan/colspan, or with every merged position written out as an empty cell.
 */
final class HtmlRenderer {

    byte[] render(Layout.Document doc, Rendering style, Random rng) {
        boolean gbk = style == Rendering.HTML_GBK;
        boolean expanded = style == Rendering.HTML_EXPANDED;
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html>\n<head>\n");
        h.append(gbk ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n"
                : "<meta charset=\"utf-8\">\n");
        h.append("<title>").append(escape(doc.title())).append("</title>\n</head>\n<body>\n");
        h.append("<div class=\"nav\">首页 &gt; 政府信息公开 &gt; 年度报告</div>\n");
        h.append("<h1>").append(escape(doc.title())).append("</h1>\n");
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                h.append(p.heading() ? "<p><strong>" : "<p>").append(escape(p.text()))
                        .append(p.heading() ? "</strong></p>\n" : "</p>\n");
            } else if (b instanceof Table t) {
                table(t, expanded, rng, h);
            }
        }
        h.append("</body>\n</html>\n");
        Charset cs = gbk ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        return h.toString().getBytes(cs);
    }

    private static void table(Table t, boolean expanded, Random rng, StringBuilder h) {
        h.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\"").append(rng.nextBoolean() ? " width=\"600\"" : "")
                .append(">\n<tbody>\n");
        List<List<Slot>> grid = t.grid();
        for (int r = 0; r < grid.size(); r++) {
            h.append("<tr>");
            if (expanded) {
                for (Slot s : grid.get(r)) {
                    h.append("<td>").append(s.kind() == SlotKind.ORIGIN ? text(s.cell()) : "").append("</td>");
                }
            } else {
                for (Cell c : t.rows().get(r)) {
                    h.append("<td");
                    if (c.rowSpan() > 1) {
                        h.append(" rowspan=\"").append(c.rowSpan()).append('"');
                    }
                    if (c.colSpan() > 1) {
                        h.append(" colspan=\"").append(c.colSpan()).append('"');
                    }
                    h.append('>').append(rng.nextInt(100) < 30 ? "<p>" + text(c) + "</p>" : text(c)).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String text(Cell c) {
        return escape(c.text()).replace("\n", "<br>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
