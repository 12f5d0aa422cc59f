package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Catalog;
import org.nianbao.model.KeySpec;

/**
 * The quick filter before the edit distances ({@link LabelMatcher#mayMatch}) exists for speed only:
 * for every label of both forms against texts as flattenings leave them (wrapped first lines,
 * fragments, neighbours glued on, typos), the score with the filter equals the score without it.
 */
class LabelQuickFilterTest {

    @Test
    void theQuickFilterNeverChangesAScore() {
        TreeSet<String> labels = new TreeSet<>();
        for (KeySpec spec : Catalog.standard().specs()) {
            labels.add(LabelText.normalize(spec.rowLabel()));
            labels.add(LabelText.normalize(spec.columnLeafLabel()));
        }
        labels.remove("");
        List<String> forms = List.copyOf(labels);
        List<String> texts = new ArrayList<>(forms);
        Random random = new Random(2024);
        for (String f : forms) {
            for (int cut = 1; cut < f.length(); cut++) {
                texts.add(f.substring(0, cut)); // the first line of a wrapped label
                texts.add(f.substring(cut)); // its second line
            }
            String other = forms.get(random.nextInt(forms.size()));
            texts.add(f + other.substring(0, Math.min(3, other.length()))); // a neighbour's fragment glued on
            texts.add(other.substring(Math.max(0, other.length() - 2)) + f);
            char[] typo = f.toCharArray();
            typo[random.nextInt(typo.length)] = '子'; // an OCR misreading
            texts.add(new String(typo));
        }
        int compared = 0;
        List<String> changed = new ArrayList<>();
        for (String t : texts) {
            for (String f : forms) {
                compared++;
                if (LabelMatcher.score(t, f) != LabelMatcher.editScore(t, f)) {
                    changed.add("'" + t + "' as '" + f + "': " + LabelMatcher.editScore(t, f));
                }
            }
        }
        assertEquals(List.of(), changed.stream().limit(20).toList(), changed.size() + " of " + compared + " scores changed");
    }
}
