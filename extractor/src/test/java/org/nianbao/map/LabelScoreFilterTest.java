package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Catalog;
import org.nianbao.model.KeySpec;

/**
 * The quick filter in front of the edit distances never turns away a text that the distances
 * would read as the label: on the catalog's labels and realistic damage to them (a character
 * replaced, dropped or added, a neighbour's fragment glued on, truncation, the first line of a
 * wrapped label, another label), the score with the filter equals the score worked out in full.
 */
class LabelScoreFilterTest {

    @Test
    void theFilterAgreesWithTheFullScoreOnDamagedLabels() {
        Set<String> labels = new LinkedHashSet<>();
        for (KeySpec k : Catalog.standard().specs()) {
            for (String l : (k.rowLabelPath() + "/" + k.columnLabel()).split("/")) {
                String n = LabelText.normalize(l);
                if (!n.isEmpty()) {
                    labels.add(n);
                }
            }
        }
        List<String> forms = new ArrayList<>(labels);
        assertTrue(forms.size() > 40, "labels: " + forms.size());
        Random r = new Random(11);
        int compared = 0;
        int readable = 0;
        for (int round = 0; round < 40; round++) {
            for (String f : forms) {
                String other = forms.get(r.nextInt(forms.size()));
                for (String t : damaged(f, other, r)) {
                    int full = LabelMatcher.editScore(t, f);
                    assertEquals(full, LabelMatcher.score(t, f), () -> "'" + t + "' as '" + f + "'");
                    compared++;
                    readable += full == Integer.MAX_VALUE ? 0 : 1;
                }
            }
        }
        // both sides of the filter are exercised: many readings found, many turned away
        assertTrue(readable > compared / 10 && readable < compared * 9 / 10, readable + " of " + compared);
    }

    private static List<String> damaged(String f, String other, Random r) {
        List<String> out = new ArrayList<>(List.of(f, other, other + f, f + other));
        int i = r.nextInt(f.length());
        char c = (char) ('一' + r.nextInt(2000));
        out.add(f.substring(0, i) + c + f.substring(i + 1)); // replaced
        out.add(f.substring(0, i) + f.substring(i + 1)); // dropped
        out.add(f.substring(0, i) + c + f.substring(i)); // added
        out.add(f.substring(0, Math.max(1, f.length() * 2 / 3))); // truncated
        out.add(f.substring(0, Math.min(f.length(), 6 + r.nextInt(3)))); // a wrapped label's first line
        out.add(other.substring(0, Math.min(other.length(), 1 + r.nextInt(3))) + f); // a neighbour's fragment
        out.add(f + other.substring(0, Math.min(other.length(), 1 + r.nextInt(4))));
        return out;
    }
}
