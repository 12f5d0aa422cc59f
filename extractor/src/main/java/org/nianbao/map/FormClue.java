package org.nianbao.map;

import java.util.Objects;
import java.util.Optional;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;

/**
 * One thing a report shows about the form (2019 or 2021) it was printed on (docs/forms.md).
 *
 * @param form the form it points to, {@link Template#Y2019} or {@link Template#Y2021}
 * @param weight how far it can be trusted
 * @param table the table it was found in; empty for the title's year
 * @param what what was seen, in words, for the findings (`active/other_services`, `title year 2023`)
 */
record FormClue(Template form, Weight weight, Optional<TableId> table, String what) {

    enum Weight {
        /**
         * Something only one form prints, positively identified: a column of table 二 named by its
         * header, a row of one form named by its label.
         */
        PRINTED,
        /**
         * What a report usually follows but need not: the title's year (a 2021 report may be printed
         * on the 2019 form), the number of values of a table 二 row no header names (blank cells
         * may have been lost), the single 2019 row （六）其他处理 (some 2021 reports keep it).
         */
        LIKELY
    }

    FormClue {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(what, "what");
        if (form != Template.Y2019 && form != Template.Y2021) {
            throw new IllegalArgumentException("a clue points to one form: " + form);
        }
    }

    static FormClue printed(Template form, TableId table, String what) {
        return new FormClue(form, Weight.PRINTED, Optional.of(table), what);
    }

    static FormClue likely(Template form, TableId table, String what) {
        return new FormClue(form, Weight.LIKELY, Optional.of(table), what);
    }

    /** Reports for 2019 and 2020 use the 2019 form, reports for 2021 onwards the 2021 form. */
    static FormClue year(int year) {
        return new FormClue(year >= 2021 ? Template.Y2021 : Template.Y2019, Weight.LIKELY, Optional.empty(),
                "title year " + year);
    }

    boolean printed() {
        return weight == Weight.PRINTED;
    }
}
