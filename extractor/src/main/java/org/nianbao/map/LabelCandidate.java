package org.nianbao.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Something a label may mean: a row, a column, a group of rows, a section title.
 *
 * @param id what a match yields (a canonical row or column id, a group or section name)
 * @param standard the standard label, for messages
 * @param forms comparable forms that count as exact: the standard wording and its official variants
 * @param variants comparable forms seen in real reports that are not standard (a match is reported)
 * @param number the item number the standard label carries ({@code 2} of {@code 2.重复申请}), if any
 */
record LabelCandidate(String id, String standard, List<String> forms, List<String> variants, OptionalInt number) {

    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（()）]*[)）]$");

    LabelCandidate {
        Objects.requireNonNull(id, "id");
        forms = List.copyOf(forms);
        variants = List.copyOf(variants);
        if (forms.isEmpty() || forms.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a candidate needs non-empty forms: " + standard);
        }
    }

    /**
     * A candidate for {@code id} from its standard labels; each also counts without a trailing
     * explanatory note ({@code （二）部分公开（区分处理的，只计这一情形，不计其他情形）} is often printed short).
     */
    static LabelCandidate of(String id, List<String> standardLabels, List<String> variants) {
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        for (String label : standardLabels) {
            forms.add(LabelText.normalize(label));
            String shortened = TRAILING_NOTE.matcher(label.strip()).replaceFirst("");
            if (!shortened.isBlank()) {
                forms.add(LabelText.normalize(shortened));
            }
        }
        forms.remove("");
        List<String> v = new ArrayList<>();
        variants.forEach(s -> v.add(LabelText.normalize(s)));
        return new LabelCandidate(id, standardLabels.get(0), List.copyOf(forms), v,
                LabelText.itemNumber(standardLabels.get(0)));
    }

    static LabelCandidate of(String id, String... standardLabels) {
        return of(id, List.of(standardLabels), List.of());
    }
}
