package org.nianbao.map;

import java.text.Normalizer;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a label to the form labels are compared in: NFKC (full-width forms, Kangxi radicals),
 * CJK radical-supplement look-alikes mapped, traditional characters read as simplified, spaces and punctuation removed, the numbering
 * ({@code 三、}, {@code （一）}, {@code 1.}) taken off, a unit note ({@code （单位：万元）}) taken off, and
 * text repeated by a broken header ({@code 本年度办理结果本年度办理结果}) said once.
 */
final class LabelText {

    /** Markdown and quoting marks a scraper leaves before a label ({@code ## 一、}, {@code > }). */
    private static final Pattern LEAD_MARKS = Pattern.compile("^[#*>\\s]+");
    private static final Pattern PAREN_NUMBER = Pattern.compile("\\(\\s*[一二三四五六七八九十\\d]{1,3}\\s*\\)");
    private static final Pattern LEAD_CN_NUMBER = Pattern.compile("^[一二三四五六七八九十]{1,3}\\s*[、,.．]");
    private static final Pattern LEAD_NUMBER = Pattern.compile("^(\\d{1,3})\\s*[.、,．]");
    /**
     * {@code （单位：万元）}, {@code （金额单位：千元，保留4位小数）}, {@code （金额：元）} (no 单位: issue 10, class 4); also in the
     * tortoise-shell brackets of official writing ({@code 〔单位：千元〕}), which NFKC leaves as they are.
     */
    private static final Pattern UNIT_NOTE = Pattern.compile("[(〔〖]\\s*(?:(?:金额)?单位[:：]?|金额[:：])\\s*([^),，〕〗]*)[^)〕〗]*[)〕〗]");
    /**
     * A money unit in brackets with no 单位: {@code 采购总金额（元）}, {@code 采购总金额[人民币元]}, {@code 采购总金额（千元）},
     * the currency after the unit as 万元人民币 is written ({@code 本年收费金额（元人民币）}: read as no unit, 元 taken for 万元,
     * red team rtc); or another money written so ({@code （千美元）}), returned as written so that its amount is flagged, never read as 万元.
     */
    private static final Pattern BARE_UNIT = Pattern.compile("[(\\[【〔〖]\\s*(?:人民币)?(?:" + MoneyUnit.NAMES + "|" + MoneyUnit.OTHER + ")(?:人民币)?\\s*[)\\]】〕〗]");
    /** A price in brackets where an amount's unit belongs ({@code 本年收费金额（元/件）}): returned so the amount is flagged. */
    private static final Pattern PRICE_UNIT = Pattern.compile("[(\\[【]\\s*(元\\s*/\\s*[^)\\]】\\s]{1,3})\\s*[)\\]】]");
    /**
     * A money unit after a slash, a dash or a space at the end: {@code 采购总金额/元}, {@code 采购总金额—千元}, {@code 采购总金额 万元};
     * or glued to 金额 ({@code 采购总金额千元}: a clerk's shorthand, and w3m's text of {@code 采购总金额 千元}, which drops the space).
     */
    private static final Pattern SUFFIX_UNIT = Pattern.compile("(?:/|(?<!\\s)\\s|[-—–]|(?<=金额))\\s*+(?:人民币)?" + MoneyUnit.NAMES + "\\s*+$");
    private static final Pattern PUNCT = Pattern.compile("[\\p{P}\\p{S}\\s\\u3000\\u00A0#*]+");

    private LabelText() {
    }

    /** The comparable form of a label. */
    static String normalize(String raw) {
        String s = LEAD_MARKS.matcher(SimplifiedScript.of(MoneyUnit.withHanNames(nfkc(raw)))).replaceFirst("");
        s = UNIT_NOTE.matcher(s).replaceAll("");
        s = BARE_UNIT.matcher(s).replaceAll("");
        s = PRICE_UNIT.matcher(s).replaceAll("");
        s = SUFFIX_UNIT.matcher(s).replaceAll("");
        s = PAREN_NUMBER.matcher(s).replaceAll("");
        s = s.strip();
        s = LEAD_CN_NUMBER.matcher(s).replaceFirst("");
        s = LEAD_NUMBER.matcher(s.strip()).replaceFirst("");
        s = PUNCT.matcher(s).replaceAll("");
        return collapseRepeats(s);
    }

    /** The unit a label's note states: {@code 万元} for {@code 采购总金额（单位：万元，保留4位小数）}, {@code 元} for {@code 采购总金额（元）}. */
    static String unitNote(String raw) {
        String written = MoneyUnit.withHanNames(nfkc(raw));
        Matcher m = UNIT_NOTE.matcher(written);
        if (m.find()) {
            return MoneyUnit.canonical(m.group(1).strip().replaceFirst("^人民币", ""));
        }
        Matcher bare = BARE_UNIT.matcher(written);
        if (bare.find()) {
            return MoneyUnit.canonical(bare.group(1) != null ? bare.group(1) : bare.group(2));
        }
        Matcher price = PRICE_UNIT.matcher(written);
        if (price.find()) {
            return price.group(1).replaceAll("\\s", "");
        }
        Matcher suffix = SUFFIX_UNIT.matcher(written);
        return suffix.find() ? MoneyUnit.canonical(suffix.group(1)) : "";
    }

    /** The arabic item number a label starts with ({@code 2} of {@code 2.重复申请}), if any. */
    static OptionalInt itemNumber(String raw) {
        Matcher m = LEAD_NUMBER.matcher(nfkc(raw).strip());
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** NFKC, with the look-alike radicals NFKC leaves alone mapped to the ideographs they imitate. */
    static String nfkc(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(radical(s.charAt(i)));
        }
        return sb.toString();
    }

    /** CJK Radicals Supplement characters PDF fonts use for common ideographs (NFKC maps only two of them). */
    private static char radical(char c) {
        return switch (c) {
            case '\u2E8F' -> '尣';
            case '\u2EA0' -> '民';
            case '\u2EA7' -> '牛';
            case '\u2EAA' -> '疋';
            case '\u2EAE' -> '竹';
            case '\u2EB3' -> '网';
            case '\u2EBC' -> '肉';
            case '\u2EC5' -> '见';
            case '\u2EC6' -> '角';
            case '\u2ECF' -> '邑';
            case '\u2ED6' -> '阜';
            case '\u2EDD' -> '食';
            case '\u2EE3' -> '骨';
            case '\u2EE9' -> '黄';
            case '\u2EEA' -> '黾';
            case '\u2EF2' -> '龟';
            case '\u2ECA' -> '足';
            case '\u2EC0' -> '言';
            case '\u2EC8' -> '讠';
            case '\u2ED0' -> '钅';
            case '\u2ED7' -> '雨';
            case '\u2EDA' -> '页';
            case '\u2EE2' -> '马';
            case '\u2EE5' -> '鱼';
            case '\u2EEB' -> '齐';
            case '\u2EED' -> '齿';
            default -> c;
        };
    }

    /** {@code 本年度办理结果本年度办理结果} → {@code 本年度办理结果}: scrapers repeat merged header text. */
    static String collapseRepeats(String s) {
        if (s.length() > 80) {
            return s;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int len = s.length() / 2; len >= 3; len--) {
                for (int i = 0; i + 2 * len <= s.length(); i++) {
                    if (s.regionMatches(i, s, i + len, len)) {
                        s = s.substring(0, i + len) + s.substring(i + 2 * len);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return s;
    }
}
