package org.nianbao.map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts written in Chinese numerals, as notices write the figures they correct: {@code 七件},
 * {@code 二百五十件}, the financial forms {@code 柒件}/{@code 贰佰伍拾件}, digit by digit {@code 五二四件}.
 */
final class ChineseNumeral {

    /** The numerals' characters, common and financial ({@code 大写}). */
    static final String CHARACTERS = "零〇○一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟萬";
    /** A count in numerals before its unit, not an ordinal ({@code 第一条}) nor part of a longer word ({@code 统一}). */
    private static final Pattern COUNT = Pattern.compile("(?<![第" + CHARACTERS + "])([" + CHARACTERS + "]+)(?=件|项|条|个(?!工作日|月)|人次)");

    private ChineseNumeral() {
    }

    /** The text with each count in numerals before its unit written in digits ({@code 误为七件} → {@code 误为7件}). */
    static String arabic(String text) {
        Matcher m = COUNT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = value(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v.isEmpty() ? m.group(1) : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The value of a numeral below 一亿 ({@code 二百五十} → 250, {@code 五二四} → 524); empty when it is not one.
     */
    static String value(String numeral) {
        String n = numeral.replace('〇', '零').replace('○', '零').replace('两', '二').replace('萬', '万');
        StringBuilder plain = new StringBuilder();
        for (char ch : n.toCharArray()) {
            int f = "零壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(ch);
            plain.append(f < 0 ? ch : "零一二三四五六七八九十百千".charAt(f));
        }
        n = plain.toString();
        String digits = "零一二三四五六七八九";
        if (n.length() > 1 && n.chars().allMatch(c -> digits.indexOf(c) >= 0)) {
            StringBuilder written = new StringBuilder(); // digit by digit: 五二四
            n.chars().forEach(c -> written.append(digits.indexOf(c)));
            return written.toString().replaceFirst("^0+(?=\\d)", "");
        }
        long total = 0;
        long section = 0;
        long digit = 0;
        for (char ch : n.toCharArray()) {
            int d = digits.indexOf(ch);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (ch) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return "";
            }
            if (unit == 10000) {
                total += (section + digit) * unit;
                section = 0;
            } else {
                section += (digit == 0 && unit == 10 ? 1 : digit) * unit; // 十二: the ten's one unwritten
            }
            digit = 0;
        }
        return n.isEmpty() ? "" : String.valueOf(total + section + digit);
    }
}
