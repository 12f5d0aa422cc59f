package org.nianbao.map;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;

/**
 * Which form (2019 or 2021) a report was printed on, how sure that is, and the clues it rests on
 * (docs/forms.md). The rule, in order:
 * <ol>
 *   <li>clues printed for both forms: {@link Template#MIXED}; so is a 2021 form printed with the
 *       single 2019 row （六）其他处理 (templates.md: some 2021 reports keep it);</li>
 *   <li>clues printed for one form only: that form, whatever the title's year says (a year that
 *       disagrees is an info finding);</li>
 *   <li>nothing printed that only one form has: the likely clues (the year, numbers of values,
 *       the single （六） row) decide when they agree — the form is then <em>assumed</em>;
 *       when they disagree, or there are none, the form is <em>undecided</em> ({@link Template#UNKNOWN}).</li>
 * </ol>
 * While a table's form is in doubt (assumed, undecided, or that table prints clues of both forms)
 * its missing cells are reported under both forms' keys ({@link ReportMapper}).
 */
record FormDecision(Template template, Certainty certainty, List<FormClue> clues) {

    /** How many clues of each form a finding names before it says how many more there are. */
    private static final int NAMED = 8;

    enum Certainty {
        /** Decided by what the tables print. */
        PRINTED,
        /** Nothing printed tells; the likely clues agree. */
        ASSUMED,
        /** The likely clues disagree, or there are none. */
        UNDECIDED
    }

    FormDecision {
        clues = List.copyOf(clues);
    }

    static FormDecision decide(List<FormClue> clues) {
        Set<Template> printed = forms(clues, true);
        if (printed.size() == 2 || printed.contains(Template.Y2021) && keepsSingleOtherRow(clues)) {
            return new FormDecision(Template.MIXED, Certainty.PRINTED, clues);
        }
        if (printed.size() == 1) {
            return new FormDecision(printed.iterator().next(), Certainty.PRINTED, clues);
        }
        // the single （六） row agrees with a 2021 year (a 2021 report keeping it) as well as with a 2019 one
        Set<Template> likely = forms(clues.stream().filter(c -> !singleOtherRow(c)).toList(), false);
        boolean single = keepsSingleOtherRow(clues);
        if (likely.isEmpty() && single || likely.equals(Set.of(Template.Y2019))) {
            return new FormDecision(Template.Y2019, Certainty.ASSUMED, clues);
        }
        if (likely.equals(Set.of(Template.Y2021))) {
            return new FormDecision(single ? Template.MIXED : Template.Y2021, Certainty.ASSUMED, clues);
        }
        return new FormDecision(Template.UNKNOWN, Certainty.UNDECIDED, clues);
    }

    /**
     * The form a table is checked against, empty while it is in doubt: the one form the table itself
     * prints clues of, else the form the report was printed on; empty when the table prints clues of
     * both forms, or the report's form rests on likely clues only.
     */
    Optional<Template> formOf(TableId table) {
        Set<Template> own = EnumSet.noneOf(Template.class);
        clues.stream().filter(c -> c.printed() && c.table().equals(Optional.of(table))).forEach(c -> own.add(c.form()));
        if (own.size() == 1) {
            return Optional.of(own.iterator().next());
        }
        return own.isEmpty() ? printedForm() : Optional.empty();
    }

    /**
     * The form to read and check by where nothing printed decides: the decided or assumed form,
     * else the title year's, else 2019's (the older form has the larger row set in table 二).
     */
    Template likely() {
        if (template == Template.Y2019 || template == Template.Y2021) {
            return template;
        }
        if (template == Template.MIXED && certainty == Certainty.ASSUMED) {
            return Template.Y2021;
        }
        return printedForm().or(() -> clues.stream().filter(c -> c.table().isEmpty()).map(FormClue::form).findFirst())
                .orElse(Template.Y2019);
    }

    /** The findings that say what was decided and on what, none when the tables printed one form the year agrees with. */
    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        if (template == Template.MIXED) {
            out.add(Finding.info("template-mixed", Scope.document(), "parts of both forms: of the 2019 form "
                    + named(Template.Y2019, null) + "; of the 2021 form " + named(Template.Y2021, null), Location.none()));
        }
        switch (certainty) {
            case PRINTED -> clues.stream().filter(c -> c.table().isEmpty() && (template == Template.Y2019
                    || template == Template.Y2021) && c.form() != template).findFirst().ifPresent(year ->
                    out.add(Finding.info("template-year-mismatch", Scope.document(), "a report for "
                            + year.what().replace("title year ", "") + " in the " + template.id()
                            + " format (printed: " + named(template, true) + ")", Location.none())));
            case ASSUMED -> out.add(Finding.info("template-assumed", Scope.document(),
                    "no table prints a row or column only one form has; the " + likely().id() + " form was assumed from "
                            + named(null, false) + "; missing cells are reported under both forms' keys",
                    Location.none()));
            case UNDECIDED -> out.add(Finding.warning("template-undecided", Scope.document(),
                    clues.isEmpty() ? "no table prints a row or column only one form has, and no title gives the year; "
                            + "read as the " + likely().id() + " form where a choice was needed; missing cells are "
                            + "reported under both forms' keys"
                            : "the form cannot be decided: 2019 by " + named(Template.Y2019, false) + "; 2021 by "
                            + named(Template.Y2021, false) + "; read as the " + likely().id() + " form where a choice "
                            + "was needed; missing cells are reported under both forms' keys", Location.none()));
        }
        return out;
    }

    /** The form the printed clues give, the 2021 form for a 2021 report keeping the single （六） row. */
    private Optional<Template> printedForm() {
        if (certainty != Certainty.PRINTED) {
            return Optional.empty();
        }
        if (template == Template.MIXED) {
            return forms(clues, true).size() == 1 ? Optional.of(Template.Y2021) : Optional.empty();
        }
        return Optional.of(template);
    }

    /** The single 2019 row （六）其他处理 in table 三: the one 2019 clue a 2021 report may print. */
    private static boolean keepsSingleOtherRow(List<FormClue> clues) {
        return clues.stream().anyMatch(FormDecision::singleOtherRow);
    }

    private static boolean singleOtherRow(FormClue c) {
        return c.form() == Template.Y2019 && c.table().equals(Optional.of(TableId.REQUESTS));
    }

    private static Set<Template> forms(List<FormClue> clues, boolean printed) {
        Set<Template> out = EnumSet.noneOf(Template.class);
        clues.stream().filter(c -> c.printed() == printed).forEach(c -> out.add(c.form()));
        return out;
    }

    /** The clues for a form (null: either), printed or likely (null: both), as a list a person reads. */
    private String named(Template form, Boolean printed) {
        List<String> what = clues.stream().filter(c -> (form == null || c.form() == form)
                        && (printed == null || c.printed() == printed))
                .map(FormClue::what).distinct().toList();
        String shown = what.stream().limit(NAMED).collect(Collectors.joining(", "));
        return what.size() > NAMED ? shown + " and " + (what.size() - NAMED) + " more" : shown;
    }
}
