package org.nianbao.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Format;

class RenderingMixTest {

    @Test
    void withoutWeightsEachRenderingIsTakenInTurnAsBefore() {
        RenderingMix mix = RenderingMix.parse(List.of("text", "html", "docx", "pdf"));
        List<Rendering> all = Rendering.select(List.of("text", "html", "docx", "pdf"));
        for (int i = 0; i < 3 * all.size(); i++) {
            assertEquals(all.get(i % all.size()), mix.rendering(i));
        }
    }

    @Test
    void weightsGiveEachGroupItsShareInEveryHundredDocuments() {
        RenderingMix mix = RenderingMix.parse(List.of("html:40", "pdf:25", "docx:20", "text:15"));
        for (int start = 0; start < 1_000; start += 100) {
            Map<Format, Integer> n = formats(mix, start, start + 100);
            assertEquals(Map.of(Format.HTML, 40, Format.PDF, 25, Format.DOCX, 20, Format.TEXT, 15), n);
        }
    }

    @Test
    void anyPrefixIsCloseToTheMixSoAStoppedBatchIsStillMixed() {
        RenderingMix mix = RenderingMix.parse(List.of("html:40", "pdf:25", "docx:20", "text:15"));
        for (int end = 1; end <= 300; end++) {
            Map<Format, Integer> n = formats(mix, 0, end);
            int prefix = end;
            Map<Format, Integer> share = Map.of(Format.HTML, 40, Format.PDF, 25, Format.DOCX, 20, Format.TEXT, 15);
            share.forEach((f, w) -> assertTrue(Math.abs(n.getOrDefault(f, 0) - w * prefix / 100.0) < 1.5,
                    f + " in the first " + prefix + ": " + n));
        }
    }

    @Test
    void theRenderingsOfAGroupAreTakenInTurn() {
        RenderingMix mix = RenderingMix.parse(List.of("html:3", "pdf:1"));
        List<Rendering> html = Rendering.select(List.of("html"));
        List<Rendering> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            if (mix.rendering(i).format() == Format.HTML) {
                seen.add(mix.rendering(i));
            }
        }
        for (int k = 0; k < seen.size(); k++) {
            assertEquals(html.get(k % html.size()), seen.get(k), "html document " + k);
        }
        assertEquals(30, seen.size());
    }

    @Test
    void weightsMustBeGivenForEveryItemAndBePositiveWholeNumbers() {
        assertThrows(IllegalArgumentException.class, () -> RenderingMix.parse(List.of("html:40", "pdf")));
        assertThrows(IllegalArgumentException.class, () -> RenderingMix.parse(List.of("html:0")));
        assertThrows(IllegalArgumentException.class, () -> RenderingMix.parse(List.of("html:x")));
        assertThrows(IllegalArgumentException.class, () -> RenderingMix.parse(List.of("htm:4")));
    }

    private static Map<Format, Integer> formats(RenderingMix mix, int from, int to) {
        Map<Format, Integer> n = new EnumMap<>(Format.class);
        for (int i = from; i < to; i++) {
            n.merge(mix.rendering(i).format(), 1, Integer::sum);
        }
        return n;
    }
}
