package org.nianbao.corpus.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.KeySpec;
import org.nianbao.model.TableId;

/**
 * Draws a report whose values satisfy every identity of templates.md, then, for some reports,
 * breaks one on purpose as real reports do (the gold then expects that identity's finding), and
 * decides how each value is printed.
 */
public final class ReportSampler {

    /** Share of reports with one deliberately broken identity. */
    private static final int BREAK_PERCENT = 20;
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private final Catalog catalog;
    private final AgencyNames agencies = new AgencyNames();

    public ReportSampler(Catalog catalog) {
        this.catalog = catalog;
    }

    public TrueReport sample(TemplateVariant template, Random rng) {
        Map<CanonicalKey, BigDecimal> v = new LinkedHashMap<>();
        active(template, rng, v);
        requests(template, rng, v);
        appeals(rng, v);
        if (rng.nextInt(100) < BREAK_PERCENT) {
            breakOne(template, rng, v);
        }
        List<ExpectedFinding> findings = new ArrayList<>(Identities.broken(template, v));
        if (template == TemplateVariant.MIXED) {
            findings.add(new ExpectedFinding("template-mixed", "", "", ""));
        }
        NumberStyle style = NumberStyle.random(rng);
        String amountUnit = template == TemplateVariant.Y2019 ? new String[] {"", "万元", "元", "", "万元"}[rng.nextInt(5)] : "万元";
        boolean amountSuffix = rng.nextInt(100) < 40;
        Map<CanonicalKey, TrueCell> cells = new LinkedHashMap<>();
        for (KeySpec spec : specs(template)) {
            CanonicalKey k = spec.key();
            BigDecimal x = v.get(k);
            if (k.column().equals("amount")) {
                cells.put(k, amount(x, amountUnit, amountSuffix, style, rng, findings, k));
            } else if (x.signum() == 0 && style.blankZero(rng)) {
                cells.put(k, new TrueCell(x, style.zeroMark(), true));
            } else if (k.column().equals("change")) {
                cells.put(k, new TrueCell(x, style.change(x, rng), false));
            } else {
                cells.put(k, new TrueCell(x, style.count(x, rng), false));
            }
        }
        int year = template == TemplateVariant.Y2019 ? 2019 + rng.nextInt(2) : 2021 + rng.nextInt(4);
        return new TrueReport(template, agencies.next(rng), year, cells, amountUnit, findings);
    }

    /** The catalog's cells of this form, in canonical order. */
    List<KeySpec> specs(TemplateVariant template) {
        List<KeySpec> out = new ArrayList<>();
        for (KeySpec s : catalog.specs()) {
            String row = s.key().row();
            boolean requests = s.key().table() == TableId.REQUESTS;
            boolean in = switch (template) {
                case Y2019, Y2021 -> s.in(template.base());
                case MIXED -> requests && row.equals("other") || s.in(template.base()) && !(requests && row.startsWith("other_"));
            };
            if (in) {
                out.add(s);
            }
        }
        return out;
    }

    private void active(TemplateVariant template, Random rng, Map<CanonicalKey, BigDecimal> v) {
        for (KeySpec s : specs(template)) {
            CanonicalKey k = s.key();
            if (k.table() != TableId.ACTIVE) {
                continue;
            }
            BigDecimal x = switch (k.column()) {
                case "change" -> rng.nextInt(100) < 50 ? BigDecimal.ZERO
                        : BigDecimal.valueOf((rng.nextBoolean() ? 1 : -1) * (1 + rng.nextInt(rng.nextBoolean() ? 20 : 2000)));
                case "amount" -> rng.nextInt(100) < 20 ? BigDecimal.ZERO
                        : BigDecimal.valueOf(rng.nextInt(1_000_000_000), 4)
                                .setScale(rng.nextInt(5), java.math.RoundingMode.DOWN).stripTrailingZeros();
                default -> BigDecimal.valueOf(big(rng));
            };
            v.put(k, x.signum() == 0 ? BigDecimal.ZERO : x);
        }
    }

    private static void requests(TemplateVariant template, Random rng, Map<CanonicalKey, BigDecimal> v) {
        List<String> rows = Identities.requestRows(template);
        int[] rowTotals = new int[rows.size()];
        for (String col : Identities.APPLICANTS) {
            boolean busy = col.equals("natural_person") || col.equals("commercial") || rng.nextInt(100) < 20;
            int total = 0;
            for (String row : Identities.outcomeRows(template)) {
                int x = busy ? small(rng) : rng.nextInt(100) < 3 ? 1 : 0;
                put(v, TableId.REQUESTS, row, col, x);
                total += x;
            }
            int carriedOver = busy && rng.nextInt(100) < 30 ? 1 + rng.nextInt(5) : 0;
            int carriedForward = busy && rng.nextInt(100) < 30 ? 1 + rng.nextInt(5) : 0;
            int fresh = total + carriedForward - carriedOver;
            if (fresh < 0) {
                carriedOver = total + carriedForward;
                fresh = 0;
            }
            put(v, TableId.REQUESTS, "new", col, fresh);
            put(v, TableId.REQUESTS, "carried_over", col, carriedOver);
            put(v, TableId.REQUESTS, "total", col, total);
            put(v, TableId.REQUESTS, "carried_forward", col, carriedForward);
            for (int r = 0; r < rows.size(); r++) {
                rowTotals[r] += v.get(CanonicalKey.of(TableId.REQUESTS, rows.get(r), col)).intValueExact();
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            put(v, TableId.REQUESTS, rows.get(r), "total", rowTotals[r]);
        }
    }

    private static void appeals(Random rng, Map<CanonicalKey, BigDecimal> v) {
        for (String row : Identities.APPEAL_ROWS) {
            int total = 0;
            for (String col : Identities.APPEAL_PARTS) {
                int x = rng.nextInt(100) < 25 ? 1 + rng.nextInt(4) : 0;
                put(v, TableId.APPEALS, row, col, x);
                total += x;
            }
            put(v, TableId.APPEALS, row, "total", total);
        }
    }

    /** Changes one count of table 三 or 四 so that at least one identity fails, as in real reports. */
    private static void breakOne(TemplateVariant template, Random rng, Map<CanonicalKey, BigDecimal> v) {
        CanonicalKey k = rng.nextInt(100) < 75
                ? CanonicalKey.of(TableId.REQUESTS, pick(Identities.requestRows(template), rng), pick(Identities.REQUEST_COLUMNS, rng))
                : CanonicalKey.of(TableId.APPEALS, pick(Identities.APPEAL_ROWS, rng), pick(appealColumns(), rng));
        BigDecimal x = v.get(k);
        int delta = x.signum() > 0 && rng.nextBoolean() ? -1 : 1 + rng.nextInt(5);
        v.put(k, x.add(BigDecimal.valueOf(delta)));
    }

    private TrueCell amount(BigDecimal wan, String headerUnit, boolean suffix, NumberStyle style, Random rng,
                            List<ExpectedFinding> findings, CanonicalKey k) {
        if (wan.signum() == 0) {
            return style.blankZero(rng) ? new TrueCell(wan, style.zeroMark(), true) : new TrueCell(wan, "0", false);
        }
        String unit = headerUnit.isEmpty() && suffix ? (rng.nextBoolean() ? "元" : "万元") : headerUnit;
        BigDecimal shown = unit.equals("元") ? wan.multiply(TEN_THOUSAND).stripTrailingZeros() : wan;
        String text = style.grouped(shown.toPlainString());
        if (suffix || unit.equals("元") && headerUnit.isEmpty()) {
            text += (rng.nextBoolean() ? " " : "") + unit;
        }
        if (unit.equals("元")) {
            findings.add(new ExpectedFinding("unit-converted", k.table().id(), k.row(), k.column()));
        }
        return new TrueCell(wan, style.digits(text, rng), false);
    }

    private static List<String> appealColumns() {
        List<String> cols = new ArrayList<>(Identities.APPEAL_PARTS);
        cols.add("total");
        return cols;
    }

    private static void put(Map<CanonicalKey, BigDecimal> v, TableId t, String row, String col, int x) {
        v.put(CanonicalKey.of(t, row, col), BigDecimal.valueOf(x));
    }

    /** Request counts: mostly zero, sometimes a handful, rarely dozens. */
    private static int small(Random rng) {
        int p = rng.nextInt(100);
        return p < 65 ? 0 : p < 90 ? 1 + rng.nextInt(9) : 10 + rng.nextInt(90);
    }

    /** Counts of table 二: anything from zero to tens of thousands (处理决定数量 of a busy county). */
    private static int big(Random rng) {
        int p = rng.nextInt(100);
        return p < 30 ? 0 : p < 60 ? 1 + rng.nextInt(20) : p < 90 ? 20 + rng.nextInt(980) : 1000 + rng.nextInt(300_000);
    }

    private static <T> T pick(List<T> l, Random rng) {
        return l.get(rng.nextInt(l.size()));
    }
}
