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

    record Title(String agency, OptionalInt year) {
    }

    Optional<Title> read(List<TextLine> text) {
        List<String> lines = text.stream().map(l -> LabelText.nfkc(l.text()).replaceAll("[\\s#*《》]", ""))
                .filter(s -> !s.isEmpty()).limit(SEARCHED_LINES).toList();
        for (int i = 0; i < lines.size(); i++) {
            // a long title wraps: 甘肃省人民政府办公厅 / 2020年政府信息公开工作年度报告
            String joined = i + 1 < lines.size() ? lines.get(i) + lines.get(i + 1) : "";
            Optional<Title> t = title(lines.get(i)).or(() -> title(joined));
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** The title matched in simplified script (年度報告); the agency's name as printed where the two align. */
    private static Optional<Title> title(String printed) {
        String s = SimplifiedScript.of(printed);
        for (Pattern p : List.of(AGENCY_FIRST, YEAR_FIRST)) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                String name = s.length() == printed.length()
                        ? printed.substring(m.start("agency"), m.end("agency")) : m.group("agency");
                String agency = name.replaceAll("^关于", "").replaceAll("(关于|的)$", "");
                return Optional.of(new Title(agency, OptionalInt.of(Integer.parseInt(m.group("year")))));
            }
        }
        return Optional.empty();
    }
}
