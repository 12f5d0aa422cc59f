package org.nianbao.map;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.reconstruct.TextLine;

/**
 * Finds the agency and the year in the report's title: {@code 积石山县2020年政府信息公开年度报告},
 * {@code 盐池县大水坑镇 2020 年 政府信息公开工作年度报告}, {@code 2021年XX局政府信息公开工作年度报告}.
 */
final class TitleReader {

    /** The title is near the top; scraped pages put a little navigation before it. */
    private static final int SEARCHED_LINES = 15;
    private static final Pattern AGENCY_FIRST = Pattern.compile(
            "^(?<agency>[^0-9]{2,40}?)(?<year>20\\d{2})年度?(?:政府)?(?:信息公开|政务公开).{0,10}报告");
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "^(?<year>20\\d{2})年度?(?<agency>[^0-9]{2,40}?)(?:政府信息公开|信息公开|政务公开).{0,10}报告");

    /**
     * Table drawing a renderer puts around text: box-drawing characters (w3m's │─┌), Markdown's and
     * ASCII tables' rules ({@code |}, {@code ---|---}, {@code +----+}); never part of a name.
     */
    private static final Pattern TABLE_DRAWING = Pattern.compile("[\\u2500-\\u257F|]");
    private static final Pattern RULE_ONLY = Pattern.compile("[-=:+_.]*");
    /**
     * A breadcrumb (site navigation) before the title, on its line or glued to it by a join: its head
     * (首页, 当前位置, 您的位置 …), then the navigation words of the sections it passes through.
     */
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^(?:首页|主页|网站首页|(?:您|你)?(?:现在|当前)?(?:的)?(?:所在)?位置[:：]?)"
                    + "(?:[>›»/\\\\→＞-]|首页|政府信息公开|政务公开|信息公开|政府信息公开年报|信息公开年报|年度报告|年报|工作年报|正文|详情|专栏)*");

    record Title(String agency, OptionalInt year) {
    }

    Optional<Title> read(List<TextLine> text) {
        List<String> lines = text.stream().map(l -> cleaned(l.text()))
                .filter(s -> !s.isEmpty()).limit(SEARCHED_LINES).toList();
        for (int i = 0; i < lines.size(); i++) {
            Optional<Title> t = title(lines.get(i));
            // a long title wraps: 甘肃省人民政府办公厅 / 2020年政府信息公开工作年度报告; a breadcrumb
            // line (首页 政府信息公开 年度报告) is navigation, not a title's first half
            if (t.isEmpty() && i + 1 < lines.size() && !isBreadcrumb(lines.get(i))) {
                t = title(lines.get(i) + lines.get(i + 1));
            }
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** Every line of the document that is a report's title, in order (a file may hold several reports). */
    List<Title> all(List<TextLine> text) {
        return text.stream().map(l -> cleaned(l.text()))
                .filter(s -> s.length() <= 60).map(TitleReader::title).flatMap(Optional::stream).toList();
    }

    private static boolean isBreadcrumb(String line) {
        Matcher m = BREADCRUMB.matcher(line);
        return m.lookingAt() && m.end() > 0;
    }

    /** A line without spaces, emphasis marks and table drawing; empty when it is only a table's rule. */
    private static String cleaned(String line) {
        String s = TABLE_DRAWING.matcher(LabelText.nfkc(line).replaceAll("[\\s#*《》]", "")).replaceAll("");
        return RULE_ONLY.matcher(s).matches() ? "" : s;
    }

    /** The title matched in simplified script (年度報告); the agency's name as printed where the two align. */
    private static Optional<Title> title(String printed) {
        String s = SimplifiedScript.of(printed);
        for (Pattern p : List.of(AGENCY_FIRST, YEAR_FIRST)) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                String name = s.length() == printed.length()
                        ? printed.substring(m.start("agency"), m.end("agency")) : m.group("agency");
                String agency = BREADCRUMB.matcher(name).replaceFirst("").replaceAll("^关于", "")
                        .replaceAll("(关于|的)$", "");
                return Optional.of(new Title(agency, OptionalInt.of(Integer.parseInt(m.group("year")))));
            }
        }
        return Optional.empty();
    }
}
