package org.nianbao.corpus.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.nianbao.corpus.generate.Layout.Block;
import org.nianbao.corpus.generate.Layout.Cell;
import org.nianbao.corpus.generate.Layout.Table;
import org.nianbao.model.Format;

/**
 * Text a reader of the page does not read as part of a value, put into value cells the way real
 * documents carry it: hidden digits (CSS {@code display:none} inline or by a class, white, 1 px,
 * {@code visibility:hidden}; Word {@code w:vanish}, white, 1 pt, a hidden character style), an old
 * value struck out ({@code <del>}, {@code <s>}, {@code <strike>}, {@code line-through}; Word
 * {@code w:strike}, {@code w:dstrike}, a deleted revision, a struck character style based on
 * another) and footnote markers ({@code ①}, {@code ¹}, {@code *}, {@code <sup>}, a Word
 * superscript, raised or smaller run, a superscript character style). The value a person reads stays the
 * truth. In the layout a mark is a sentinel ({@code \uE000}, kind, text, {@code \uE001}) that
 * {@link #write} turns into each format's markup after rendering; plain text cannot hide or strike
 * anything, so there only literal markers are added.
 */
final class CellMarkup {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern MARK = Pattern.compile(OPEN + "([HSR])([^" + CLOSE + "]*)" + CLOSE);
    /** Table 二 is laid out four columns wide (ReportLayouter). */
    private static final int ACTIVE_COLUMNS = 4;
    private static final String[] TEXT_MARKERS = {"①", "②", "¹", "²", "*", "※", "⑴"};

    private CellMarkup() {
    }

    /** One to three value cells get hidden digits before or after their number (HTML and Word only). */
    static Layout.Document hiddenText(Layout.Document doc, Random rng, Rendering rendering) {
        if (rendering.format() == Format.TEXT) {
            return doc;
        }
        return markValues(doc, rng, v -> rng.nextBoolean() ? mark('H', digits(rng)) + v : v + mark('H', digits(rng)));
    }

    /** One to three value cells get an old value struck out before (or after) the number. */
    static Layout.Document struckText(Layout.Document doc, Random rng, Rendering rendering) {
        if (rendering.format() == Format.TEXT) {
            return doc;
        }
        return markValues(doc, rng, v -> rng.nextInt(4) > 0 ? mark('S', digits(rng)) + v : v + mark('S', digits(rng)));
    }

    /** One to three value cells get a footnote marker after the number: a character, or raised text. */
    static Layout.Document footnoteMarker(Layout.Document doc, Random rng, Rendering rendering) {
        return markValues(doc, rng, v -> rendering.format() != Format.TEXT && rng.nextBoolean()
                ? v + mark('R', Integer.toString(1 + rng.nextInt(3)))
                : v + TEXT_MARKERS[rng.nextInt(TEXT_MARKERS.length)]);
    }

    /**
     * A raised footnote digit whose raise plain text lost (a browser's copy, {@code pdftotext -layout}):
     * one to three value cells, the first in table 二, get the digit run into their number
     * ({@code 20} printed {@code 20<sup>1</sup>} reads {@code 201}), and the note it points to stands
     * under table 二 ({@code 注：1含上级部门委托实施的事项。}). The truth is the number without the digit.
     */
    static Layout.Document lostRaise(Layout.Document doc, Random rng) {
        String n = Integer.toString(1 + rng.nextInt(2));
        Layout.Document marked = markValues(doc, rng, v -> v + n);
        List<Block> blocks = new ArrayList<>(marked.blocks());
        int lastActive = -1;
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof Table t && t.columns() == ACTIVE_COLUMNS) {
                lastActive = b;
            }
        }
        blocks.add(lastActive + 1, new Layout.Paragraph("注：" + n + "含上级部门委托实施的事项。", false));
        return new Layout.Document(marked.title(), blocks);
    }

    private static String mark(char kind, String text) {
        return OPEN + String.valueOf(kind) + text + CLOSE;
    }

    private static String digits(Random rng) {
        return Integer.toString(rng.nextInt(rng.nextBoolean() ? 10 : 1000));
    }

    /**
     * Marks one to three value cells. The first is in table 二 when it has a value cell: no
     * identity checks those, so a mark read into the number there is a silent error, never one an
     * identity happens to catch.
     */
    private static Layout.Document markValues(Layout.Document doc, Random rng,
                                              java.util.function.UnaryOperator<String> edit) {
        List<int[]> unchecked = new ArrayList<>(); // block, row, cell
        List<int[]> candidates = new ArrayList<>();
        for (int b = 0; b < doc.blocks().size(); b++) {
            if (doc.blocks().get(b) instanceof Table t) {
                for (int r = 0; r < t.rows().size(); r++) {
                    for (int c = 0; c < t.rows().get(r).size(); c++) {
                        Cell cell = t.rows().get(r).get(c);
                        if (cell.value() && cell.text().matches("\\d+")) {
                            (t.columns() == ACTIVE_COLUMNS ? unchecked : candidates).add(new int[] {b, r, c});
                        }
                    }
                }
            }
        }
        List<int[]> picked = new ArrayList<>();
        if (!unchecked.isEmpty()) {
            picked.add(unchecked.remove(rng.nextInt(unchecked.size())));
        }
        candidates.addAll(unchecked);
        for (int n = rng.nextInt(3); n > 0 && !candidates.isEmpty(); n--) {
            picked.add(candidates.remove(rng.nextInt(candidates.size())));
        }
        List<Block> blocks = new ArrayList<>(doc.blocks());
        for (int[] at : picked) {
            Table t = (Table) blocks.get(at[0]);
            List<List<Cell>> rows = new ArrayList<>(t.rows());
            List<Cell> row = new ArrayList<>(rows.get(at[1]));
            Cell c = row.get(at[2]);
            row.set(at[2], new Cell(edit.apply(c.text()), c.rowSpan(), c.colSpan(), true));
            rows.set(at[1], row);
            blocks.set(at[0], new Table(t.columns(), rows, t.breaksBefore()));
        }
        return new Layout.Document(doc.title(), blocks);
    }

    /** The rendered document with its sentinels written as the format's markup (unchanged when it has none). */
    static byte[] write(byte[] rendered, Rendering rendering, Random rng) {
        return switch (rendering.format()) {
            case HTML -> html(new String(rendered, StandardCharsets.UTF_8), rng).getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx(rendered, rng);
            default -> rendered;
        };
    }

    private static String html(String page, Random rng) {
        if (page.indexOf(OPEN) < 0) {
            return page;
        }
        Matcher m = MARK.matcher(page);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String t = m.group(2);
            String html = switch (m.group(1)) {
                case "H" -> switch (rng.nextInt(5)) {
                    case 0 -> "<span style=\"display:none\">" + t + "</span>";
                    case 1 -> "<span class=\"nb-gone\">" + t + "</span>";
                    case 2 -> "<font color=\"#ffffff\">" + t + "</font>";
                    case 3 -> "<span style=\"font-size:1px\">" + t + "</span>";
                    default -> "<span style=\"visibility:hidden\">" + t + "</span>";
                };
                case "S" -> switch (rng.nextInt(5)) {
                    case 0 -> "<del>" + t + "</del>";
                    case 1 -> "<s>" + t + "</s>";
                    case 2 -> "<strike>" + t + "</strike>";
                    case 3 -> "<span class=\"nb-old\">" + t + "</span>";
                    default -> "<span style=\"text-decoration: line-through\">" + t + "</span>";
                };
                default -> rng.nextBoolean() ? "<sup>" + t + "</sup>" : "<span style=\"vertical-align:super\">" + t + "</span>";
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(html));
        }
        m.appendTail(sb);
        return sb.toString().replace("</head>", "<style>.nb-gone{display:none}\n.nb-old{text-decoration:line-through}</style>\n</head>");
    }

    private static final String STYLES = "<w:style w:type=\"character\" w:styleId=\"NbGone\"><w:name w:val=\"Nb Gone\"/>"
            + "<w:rPr><w:vanish/></w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"NbStruckBase\"><w:name w:val=\"Nb Struck Base\"/>"
            + "<w:rPr><w:strike/></w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"NbOld\"><w:name w:val=\"Nb Old\"/><w:basedOn w:val=\"NbStruckBase\"/>"
            + "<w:rPr><w:b/></w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"NbNote\"><w:name w:val=\"Nb Note\"/>"
            + "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static byte[] docx(byte[] rendered, Random rng) {
        Map<String, byte[]> parts = unzip(rendered);
        String doc = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        if (doc.indexOf(OPEN) < 0) {
            return rendered;
        }
        Matcher m = MARK.matcher(doc);
        StringBuilder sb = new StringBuilder();
        int revision = 9000;
        while (m.find()) {
            String t = m.group(2);
            String props = switch (m.group(1)) {
                case "H" -> switch (rng.nextInt(4)) {
                    case 0 -> "<w:vanish/>";
                    case 1 -> "<w:color w:val=\"FFFFFF\"/>";
                    case 2 -> "<w:sz w:val=\"2\"/>";
                    default -> "<w:rStyle w:val=\"NbGone\"/>";
                };
                case "S" -> switch (rng.nextInt(4)) {
                    case 0 -> "<w:strike/>";
                    case 1 -> "<w:dstrike/>";
                    case 2 -> null; // a deleted revision
                    default -> "<w:rStyle w:val=\"NbOld\"/>";
                };
                default -> switch (rng.nextInt(4)) {
                    case 0 -> "<w:vertAlign w:val=\"superscript\"/>";
                    case 1 -> "<w:position w:val=\"6\"/><w:sz w:val=\"14\"/>";
                    case 2 -> "<w:sz w:val=\"14\"/>"; // smaller, on the baseline: LibreOffice's HTML superscript
                    default -> "<w:rStyle w:val=\"NbNote\"/>";
                };
            };
            String run = props == null
                    ? "<w:del w:id=\"" + revision++ + "\" w:author=\"nb\"><w:r><w:delText>" + t + "</w:delText></w:r></w:del>"
                    : "<w:r><w:rPr>" + props + "</w:rPr><w:t>" + t + "</w:t></w:r>";
            // close the run the sentinel stands in, write the marked run, open a plain run for the rest
            m.appendReplacement(sb, Matcher.quoteReplacement("</w:t></w:r>" + run + "<w:r><w:t xml:space=\"preserve\">"));
        }
        m.appendTail(sb);
        parts.put("word/document.xml", sb.toString().getBytes(StandardCharsets.UTF_8));
        addStyles(parts);
        return zip(parts);
    }

    /** Puts the character styles into the styles part, adding the part when the document has none. */
    private static void addStyles(Map<String, byte[]> parts) {
        byte[] styles = parts.get("word/styles.xml");
        if (styles != null) {
            parts.put("word/styles.xml", new String(styles, StandardCharsets.UTF_8).replace("</w:styles>", STYLES + "</w:styles>")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        parts.put("word/styles.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"" + W
                + "\">" + STYLES + "</w:styles>").getBytes(StandardCharsets.UTF_8));
        String rels = new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
        parts.put("word/_rels/document.xml.rels", rels.replace("</Relationships>", "<Relationship Id=\"rIdNbStyles\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
        parts.put("[Content_Types].xml", types.replace("</Types>", "<Override PartName=\"/word/styles.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
