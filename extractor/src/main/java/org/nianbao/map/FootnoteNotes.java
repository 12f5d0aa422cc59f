package org.nianbao.map;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.reconstruct.TextLine;

/**
 * The footnote notes a page's text holds, by the numbers they carry: the only trace left of a
 * raised footnote digit that plain text ran into a number ({@link LostMarkers}).
 *
 * <p>One rule, two places. A note is a paragraph that begins with a note's number and explains in
 * words ({@code 1本年新制作数量含…。}). Its number may be dressed as a list item's is ({@code 1.},
 * {@code 1、}, {@code （1）}) or as a note's ({@code [1]}, {@code 【1】}, {@code *1}, {@code ^1}, a
 * heading word {@code 注}/{@code 附注}/{@code 备注}/{@code 脚注}/{@code 表注}/{@code 注释}/{@code 注解}/
 * {@code 说明：} before it or on the line above), and its sentence may wrap over a few lines. Where
 * notes stand — among and right after the tables, up to the next section heading — every such
 * paragraph is taken for a note: the prose of a report is not there. Elsewhere (a PDF's foot of the
 * page under running text) only a number no prose list item wears counts: under a heading word, in
 * a note's dress, or bare against its sentence ({@code 1含…。}); a prose item {@code 1.加强组织领导。}
 * or {@code （1）…} is none. A number followed by a unit or a date ({@code 1项}, {@code 2021年}) is
 * never a note's.
 */
final class FootnoteNotes {

    /** What follows a number that makes it a date or a quantity, not a note's number ({@code 2021年}, {@code 1项}). */
    private static final String NOT_NOTE = "(?!\\d|[.．]\\d|\\s*[年月日号%万元件个项次条名人家余])";
    /** The words that head notes; 说明 only with a colon, it also starts sentences. */
    private static final String HEADING = "(?:附注|备注|脚注|表注|注释|注解|注|说明(?=\\s*\\d{0,2}\\s*[：:]))";
    /** A note under a heading word: {@code 注：1含…}, {@code 注1：…}, {@code 附注：1.…}, {@code （注1）…}, {@code 说明1：…}. */
    private static final Pattern HEADED = Pattern.compile("^\\s*+[（(【\\[]?\\s*+" + HEADING
            + "\\s*+[（(]?\\s*+[：:]?\\s*+[（(\\[【]?\\s*+(\\d{1,2})" + NOT_NOTE);
    /** A heading word alone ({@code 注：}, {@code 附注}), its numbered notes on the lines after it. */
    private static final Pattern HEADING_ALONE = Pattern.compile("^\\s*+[（(【\\[]?\\s*+" + HEADING
            + "\\s*+[)）】\\]]?\\s*+[：:]?\\s*+$");
    /** A number in a note's dress no prose list wears: {@code [1] 含…}, {@code 【1】}, {@code *1 含…}, {@code 脚注1：含…}. */
    private static final Pattern MARKED = Pattern.compile("^\\s*(?:[\\[【]\\s*(\\d{1,2})\\s*[\\]】]|\\*\\s*(\\d{1,2})"
            + "|脚注\\s*(\\d{1,2})\\s*[：:]?)" + NOT_NOTE + "\\s*(?=\\p{IsHan})");
    /** A note whose raised number lost its place: the number right against its words ({@code 1含…}, {@code ^1含…}). */
    private static final Pattern BARE = Pattern.compile("^\\s*\\^?(\\d{1,2})" + NOT_NOTE + "[ \\t]{0,2}(?=\\p{IsHan})");
    /** A paragraph numbered in any dress: {@code 1.含…}, {@code 2、…}, {@code （3）…}, {@code 4）…}, {@code 5含…}. */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\^?[（(]?(\\d{1,2})" + NOT_NOTE
            + "\\s*[）).、．:：]?\\s*(?=\\p{IsHan})");
    /** A note's number alone on its line, its sentence on the next (a crawler keeps {@code <sup>1</sup>} as a text node). */
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\s*\\^?(\\d{1,2})\\s*$");
    private static final Pattern SENTENCE = Pattern.compile("^\\s*\\p{IsHan}[^\\d]*[。;]\\s*$");
    /** Columns of a laid-out table row: a tab, a rule, or a gap of spaces before a number. */
    private static final Pattern COLUMNS = Pattern.compile("\\t|[|│┃]|(?<!\\s)\\s{2,}+[-+]?\\d");
    /** A report's section heading ({@code 五、存在的主要问题…}): notes of the tables stand before it. */
    private static final Pattern SECTION = Pattern.compile("^\\s*[一二三四五六七八九十]{1,3}\\s*[、.．]");
    /** How many lines a note's sentence may wrap over after its first. */
    private static final int WRAP = 3;

    private FootnoteNotes() {
    }

    /**
     * The numbers the text's notes carry, in order of appearance; empty when it has none.
     *
     * @param firstTableLine the index in {@code text} of the first line holding a table's values, or -1 when none does
     * @param lastTableLine the index of the last such line; notes of the tables stand up to the next section heading after it
     */
    static Set<String> numbers(List<TextLine> text, int firstTableLine, int lastTableLine) {
        List<String> lines = new ArrayList<>(text.size());
        text.forEach(l -> lines.add(Normalizer.normalize(l.text(), Normalizer.Form.NFKC)));
        int tablesEnd = firstTableLine < 0 ? -1 : lines.size();
        for (int i = lastTableLine + 1; firstTableLine >= 0 && i < lines.size(); i++) {
            if (SECTION.matcher(lines.get(i)).find()) {
                tablesEnd = i;
                break;
            }
        }
        Set<String> numbers = new LinkedHashSet<>();
        boolean underHeading = false;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            if (s.isBlank()) {
                continue; // pdftotext -layout prints blank lines between a paragraph's lines
            }
            boolean byTables = i >= firstTableLine && i < tablesEnd;
            String n = null;
            Matcher m;
            if (HEADING_ALONE.matcher(s).matches()) {
                underHeading = true;
            } else if ((m = HEADED.matcher(s)).find()) {
                n = m.group(1);
                underHeading = true;
            } else if ((m = MARKED.matcher(s)).find()) {
                n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            } else if ((m = NUMBERED.matcher(s)).find() && (underHeading || byTables && sentence(lines, i, true))) {
                n = m.group(1);
            } else if ((m = BARE.matcher(s)).find() && sentence(lines, i, false)
                    && (ends(s) || !continuesProse(lines, i))) {
                n = m.group(1);
            } else if (i > 0 && (m = LONE_NUMBER.matcher(lines.get(i - 1))).matches() && SENTENCE.matcher(s).matches()) {
                n = m.group(1);
            } else if (SECTION.matcher(s).find() || COLUMNS.matcher(s).find()) {
                underHeading = false; // the notes under a heading end where the report or a table goes on
            }
            if (n != null) {
                numbers.add(Integer.toString(Integer.parseInt(n)));
            }
        }
        numbers.remove("0");
        return numbers;
    }

    /**
     * The paragraph starting at line {@code i} is a sentence: it ends with 。 or ； on its line or on
     * one of the next {@value #WRAP} lines that carry on its words (blank lines between, as
     * {@code pdftotext -layout} prints them, skipped), and no line of it is a table's row. Without
     * {@code digits}, no digit past its number either (a note whose raised number is all that marks it).
     */
    private static boolean sentence(List<String> lines, int i, boolean digits) {
        String first = lines.get(i).replaceFirst("^\\s*\\^?[（(]?\\d{1,2}", "");
        for (int j = i, wrapped = 0; j < lines.size() && wrapped <= WRAP; j++) {
            String s = j == i ? first : lines.get(j);
            if (s.isBlank()) {
                continue;
            }
            boolean words = s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (COLUMNS.matcher(s).find() || !words || !digits && s.chars().anyMatch(Character::isDigit)
                    || j > i && (NUMBERED.matcher(s).find() || SECTION.matcher(s).find())) {
                return false;
            }
            if (ends(s)) {
                return true;
            }
            wrapped++;
        }
        return false;
    }

    /** The line ends a sentence: 。 or ； (NFKC made the full-width semicolon {@code ;}). */
    private static boolean ends(String s) {
        String t = s.strip();
        return t.endsWith("。") || t.endsWith(";");
    }

    /** The line before {@code i} (blank lines skipped) runs on into it: prose wrapped at a Han character or a comma. */
    private static boolean continuesProse(List<String> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String s = lines.get(j).strip();
            if (!s.isEmpty()) {
                int last = s.codePointBefore(s.length());
                return Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN || ",、“《(".indexOf(last) >= 0; // NFKC made ， and （ ASCII
            }
        }
        return false;
    }
}
