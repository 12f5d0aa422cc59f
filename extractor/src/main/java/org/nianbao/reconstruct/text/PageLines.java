package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whether text is a PDF page's lines as poppler reads them ({@code pdftotext}'s default mode, the words
 * of a page one a line from {@code pdftotext -bbox}, pdfplumber or PyMuPDF), told by what only a page's
 * lines show:
 * <ul>
 *   <li>prose cut mid-sentence at the page's width: a long line with a comma that stops short of a
 *       sentence's end, its text going on on the next line;</li>
 *   <li>a table header's labels, wrapped in their narrow cells, printed among each other's pieces: a
 *       label's start followed by another label's start rather than its own rest ({@code 商业企 科研机
 *       社会公益组} / {@code 业} / {@code 构}; {@code 商业} / {@code 科研} / {@code 企业} / {@code 机构};
 *       {@code 结果} / {@code 结果} / {@code 其他} / {@code 尚未}), twice at least.</li>
 * </ul>
 * Text pasted or converted from a page's markup (a cell or a paragraph a line: 康乐县, docx2txt, a
 * crawler's page) keeps each paragraph on one line and a cell's words together, in the markup's order.
 * On a page's lines the order between lines is poppler's, which may print a glyph set a little higher or
 * lower than its neighbours (a narrow blank mark {@code －} in another font) before or after them.
 */
public final class PageLines {

    /** A prose line wrapped at the page's width is long; a header cell wrapped in its column is not. */
    private static final int WRAPPED_PROSE = 20;
    /** Characters a sentence or a heading ends with: a line ending otherwise was cut by the wrap. */
    private static final String SENTENCE_ENDS = "。；：！？;:!?）)";
    /**
     * The labels of the narrowest header cells, which wrap first: table 三's (both forms) and table 四's
     * results under each of its three groups.
     */
    private static final List<String> HEADER_LABELS = List.of("自然人", "法人或其他组织", "商业企业", "科研机构",
            "社会公益组织", "法律服务机构", "其他", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结",
            "未经复议直接起诉", "复议后起诉");
    /** One pair could be a report's own odd header; two are a page's lines. */
    private static final int MIN_PIECES_AMONG = 2;

    private PageLines() {
    }

    /** True when {@code lines} show that they are a PDF page's lines in poppler's reading order. */
    public static boolean of(List<String> lines, Predicate<String> isValue) {
        return proseCut(lines, isValue) || headerPiecesAmongEachOther(lines);
    }

    /** True when a line of prose stops mid-sentence and its text goes on on the next line. */
    private static boolean proseCut(List<String> lines, Predicate<String> isValue) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String next = lines.get(i + 1).strip();
            if (cutProse(lines.get(i)) && !next.isEmpty() && !isValue.test(next)) {
                return true;
            }
        }
        return false;
    }

    /** A long line of prose with a comma that stops mid-sentence: wrapped at the page's width. */
    static boolean cutProse(String line) {
        String s = line.replace("\f", "").strip();
        return s.length() >= WRAPPED_PROSE && s.indexOf('，') >= 0 && SENTENCE_ENDS.indexOf(s.charAt(s.length() - 1)) < 0
                && !Character.isWhitespace(line.charAt(0));
    }

    /**
     * True when, word after word over the lines, a header label's start is followed by another label's
     * start it does not begin together with, twice at least.
     */
    static boolean headerPiecesAmongEachOther(List<String> lines) {
        List<String> words = new ArrayList<>();
        for (String line : lines) {
            String s = line.replace("\f", "").strip();
            if (s.isEmpty()) {
                continue;
            }
            List<String> onLine = List.of(s.split("[ \u3000]+"));
            // a label spaced out (结 果 维 持, 总 计) or written with a blank inside (其他 结果 / 尚未 审结) is one
            // word, not pieces of several
            String joined = String.join("", onLine);
            boolean oneLabel = HEADER_LABELS.contains(joined) || onLine.stream().allMatch(w -> w.length() == 1);
            words.addAll(oneLabel ? List.of(joined) : onLine);
        }
        int among = 0;
        for (int i = 0; i + 1 < words.size(); i++) {
            String a = words.get(i);
            String b = words.get(i + 1);
            if (cutStart(a) && cutStart(b) && HEADER_LABELS.stream().noneMatch(l -> l.startsWith(a + b))) {
                among++;
            }
        }
        return among >= MIN_PIECES_AMONG;
    }

    /** The start of a header label cut by a wrap: not a label itself. */
    private static boolean cutStart(String word) {
        return !HEADER_LABELS.contains(word) && HEADER_LABELS.stream().anyMatch(l -> l.startsWith(word));
    }
}
