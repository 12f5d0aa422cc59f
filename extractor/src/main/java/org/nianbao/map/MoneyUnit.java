package org.nianbao.map;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A money unit reports write their amounts in, and how far it is from the form's 万元. Reports state
 * 元 and 万元 most, but also 千元 (a finance office's habit: {@code 采购总金额（千元）}), 百万元, and 亿
 * with or without 元 ({@code 单位：亿}); each is read by its own name, never guessed from the size of
 * the amount (issue 10, class 4).
 */
enum MoneyUnit {
    YUAN("元", new BigDecimal("0.0001")),
    THOUSAND_YUAN("千元", new BigDecimal("0.1")),
    WAN_YUAN("万元", BigDecimal.ONE),
    MILLION_YUAN("百万元", new BigDecimal("100")),
    YI_YUAN("亿元", new BigDecimal("10000"));

    /**
     * The written forms, longest first so that 百万元 is never read as 万元: 亿, 百万, 万 and 千 without 元 only where
     * no ideograph follows (单位：亿, 采购总金额千, never 亿次, 万人 or 千克), nor a character cut by a tool ({@code 单位为千�}
     * may be 千美元); the financial numerals of receipts and budgets (仟元, 佰万元) as well as the plain ones. 百万
     * without 元 ({@code 采购总金额（百万）}, {@code 单位：百万}) is 百万元 as 亿 is 亿元: neither read nor flagged, it let
     * 35.6 百万 pass as 35.6 万元 (red team rta).
     */
    static final String NAMES = "(百万元|佰万元|千元|仟元|万元|亿元|元|亿(?![\\p{IsHan}\\uFFFD])|[百佰]万(?![\\p{IsHan}\\uFFFD])"
            + "|万(?![\\p{IsHan}\\uFFFD])|[千仟](?![\\p{IsHan}\\uFFFD]))";
    /**
     * Text naming a currency other than 人民币 or a scale not listed above (千美元, 港元, 十万元): a unit not understood. 圆,
     * the formal 元 of cheques and receipts, is such a unit too ({@code （千圆）} read as 万元 was 10 times wrong: red team rta).
     */
    static final String OTHER = "([^()\\[\\]【】:：,，、;；/\\s\\d]{0,4}[元圆])"; // no figure: 罚款5元 is a sum, not a unit
    private static final Pattern WHOLE = Pattern.compile("(?:人民币)?" + NAMES);
    /** Thousands of 元 in an English-style bracket: {@code （RMB'000）}, {@code （CNY 1,000）}, {@code （人民币'000）}. */
    private static final Pattern LATIN_THOUSAND = Pattern.compile(
            "(?i)[(\\[【]\\s*(?:RMB|CNY|人民币)\\s*['’‘]?\\s*(?:1\\s*,?\\s*)?000\\s*(?:元)?\\s*[)\\]】]");
    /** Tens of thousands of 元 so written: {@code （RMB 10,000）}, {@code （CNY'0000）}. */
    private static final Pattern LATIN_WAN = Pattern.compile(
            "(?i)[(\\[【]\\s*(?:RMB|CNY|人民币)\\s*['’‘]?\\s*(?:10\\s*,?\\s*000|0000)\\s*(?:元)?\\s*[)\\]】]");
    /** 元 so written: {@code （RMB）}, {@code （CNY）}, {@code （yuan）}. */
    private static final Pattern LATIN_YUAN = Pattern.compile("(?i)[(\\[【]\\s*(?:RMB|CNY|yuan)\\s*[)\\]】]");
    /** A money unit after the yuan sign: {@code （￥千元）}, {@code （¥元）} (NFKC turns ￥ into ¥). */
    private static final Pattern SIGNED = Pattern.compile("[(\\[【]\\s*¥\\s*" + NAMES + "\\s*[)\\]】]");
    /** Any other currency or scale so written ({@code （USD'000）}, {@code （RMB million）}, {@code （$）}): not read, flagged. */
    private static final Pattern LATIN_OTHER = Pattern.compile(
            "(?i)[(\\[【]\\s*(?:RMB|CNY|USD|HKD|EUR|US\\$|HK\\$|\\$|¥|￥|yuan)[^)\\]】]{0,16}[)\\]】]");
    /** What {@link #withHanNames} writes for a money unit it cannot read: {@link #unknownMoney} flags it. */
    private static final String UNREAD = "(未识别元)";

    private final String name;
    private final BigDecimal inWan;

    MoneyUnit(String name, BigDecimal inWan) {
        this.name = name;
        this.inWan = inWan;
    }

    /**
     * {@code nfkcText} with money units written the English way in brackets ({@code 采购总金额（RMB'000）},
     * {@code （CNY 1,000）}) rewritten as their names ({@code （千元）}), so that a header states its unit the one
     * way the mapper reads; a currency or scale not read here ({@code （USD'000）}) becomes a money unit not
     * understood, whose amount is flagged, never read as 万元.
     */
    static String withHanNames(String nfkcText) {
        if (nfkcText.indexOf('(') < 0 && nfkcText.indexOf('[') < 0 && nfkcText.indexOf('【') < 0) {
            return nfkcText;
        }
        String s = SIGNED.matcher(nfkcText).replaceAll("($1)");
        s = LATIN_THOUSAND.matcher(s).replaceAll("(千元)");
        s = LATIN_WAN.matcher(s).replaceAll("(万元)");
        s = LATIN_YUAN.matcher(s).replaceAll("(元)");
        return LATIN_OTHER.matcher(s).replaceAll(java.util.regex.Matcher.quoteReplacement(UNREAD));
    }

    /** The unit a written form names ({@code 亿} is 亿元, {@code 千} and {@code 人民币千元} and {@code 仟元} 千元); empty for any other text. */
    static Optional<MoneyUnit> named(String written) {
        String s = written == null ? "" : written.strip();
        if (!WHOLE.matcher(s).matches()) {
            return Optional.empty();
        }
        String bare = s.replaceFirst("^人民币", "").replace('仟', '千').replace('佰', '百');
        if (bare.equals("亿")) {
            return Optional.of(YI_YUAN);
        }
        if (bare.equals("百万")) {
            return Optional.of(MILLION_YUAN);
        }
        if (bare.equals("万")) {
            return Optional.of(WAN_YUAN);
        }
        if (bare.equals("千")) {
            return Optional.of(THOUSAND_YUAN);
        }
        for (MoneyUnit u : values()) {
            if (u.name.equals(bare)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** The form the rest of the mapper compares units in: {@code 亿} → 亿元, anything not a known unit as written. */
    static String canonical(String written) {
        return named(written).map(MoneyUnit::written).orElse(written == null ? "" : written.strip());
    }

    /** Text naming money ({@code 千美元}, a price {@code 元/件}) that is not a unit read here: to be flagged, never taken as 万元. */
    static boolean unknownMoney(String written) {
        return named(written).isEmpty() && written != null && (written.contains("元") || written.contains("圆"));
    }

    String written() {
        return name;
    }

    BigDecimal toWan(BigDecimal amount) {
        return amount.multiply(inWan);
    }
}
