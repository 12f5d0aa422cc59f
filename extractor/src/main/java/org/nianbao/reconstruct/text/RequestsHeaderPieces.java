package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Table 三's header labels read back from the pieces {@code pdftotext} prints them in when it emits
 * cells block by block: a label whole ({@code 自然人}), spaced out ({@code 商 业 企 业}), wrapped in its
 * cell ({@code 商业企} / {@code 业}), or wrapped beside its neighbours, the rests following in the
 * order of their starts ({@code 社会公益 法律服务} / {@code 组织} / {@code 机构}; {@code 商业企 科研机} /
 * {@code 业} / {@code 构}).
 *
 * <p>Every way of joining the pieces into labels is tried: a piece starts a label or goes on one
 * started before it, as long as what it makes is the start of a label. The header is read only when
 * every reading that uses all the pieces gives the same labels, each of the form's eight once, in
 * the same order of their first pieces (总计 may be missing: poppler may print it after the next
 * table's title); a piece left over, a label twice or two readings that differ read nothing.
 */
final class RequestsHeaderPieces {

    /** The form's header of table 三 (both forms): 自然人, the group over five organisations, 总计. */
    static final String GROUP = "法人或其他组织";
    static final String TOTAL = "总计";
    static final List<String> LABELS = List.of("自然人", GROUP, "商业企业", "科研机构", "社会公益组织",
            "法律服务机构", "其他", TOTAL);
    /** A header of wrapped pieces has a few dozen; more is other text, and the search would grow. */
    private static final int MAX_PIECES = 40;
    private static final int MAX_STEPS = 200_000;

    private RequestsHeaderPieces() {
    }

    /** True when {@code token} is part of one of the header's labels, so it may be a piece of one. */
    static boolean piece(String token) {
        return !token.isEmpty() && LABELS.stream().anyMatch(l -> l.contains(token));
    }

    /**
     * A label read back, with the indexes (into the pieces given) of the pieces it was joined from,
     * the first one first.
     */
    record Label(String text, List<Integer> pieces) {
    }

    /**
     * The labels the pieces make, in the order their first pieces were printed, when every reading
     * agrees and makes each of the form's labels exactly once (总计 at most once); empty otherwise.
     */
    static Optional<List<Label>> read(List<String> pieces) {
        return readAll(pieces).map(all -> all.get(0));
    }

    /**
     * Every way of joining the pieces into the one sequence of labels {@link #read} gives, each a list
     * of labels with the pieces that made them: the labels agree, but which piece went with which may
     * not ({@code 企业 机构} / {@code 组织 机构}: either {@code 机构} may end 科研机构, the other
     * 法律服务机构); empty where {@link #read} is.
     */
    static Optional<List<List<Label>>> readAll(List<String> pieces) {
        if (pieces.isEmpty() || pieces.size() > MAX_PIECES) {
            return Optional.empty();
        }
        Search s = new Search(pieces);
        s.walk(0, new ArrayList<>());
        if (s.steps > MAX_STEPS || s.readings.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(s.readings.values().iterator().next()));
    }

    private static final class Search {
        private final List<String> pieces;
        /** For each sequence of labels, the ways of joining the pieces that make it. */
        private final Map<List<String>, List<List<Label>>> readings = new LinkedHashMap<>();
        private int steps;

        Search(List<String> pieces) {
            this.pieces = pieces;
        }

        void walk(int at, List<Label> open) {
            if (++steps > MAX_STEPS || readings.size() > 1) {
                return;
            }
            if (at == pieces.size()) {
                List<String> texts = open.stream().map(Label::text).toList();
                if (texts.stream().allMatch(LABELS::contains) && texts.stream().distinct().count() == texts.size()
                        && texts.containsAll(LABELS.subList(0, LABELS.size() - 1))) {
                    readings.computeIfAbsent(texts, t -> new ArrayList<>()).add(List.copyOf(open));
                }
                return;
            }
            String piece = pieces.get(at);
            // go on a label started before: the one just started (spaced out, 商 业) or one whose rest
            // comes after its neighbours' starts (社会公益 法律服务 / 组织 / 机构)
            for (int k = 0; k < open.size(); k++) {
                Label l = open.get(k);
                String joined = l.text() + piece;
                if (!LABELS.contains(l.text()) && startOfLabel(joined)) {
                    List<Integer> used = new ArrayList<>(l.pieces());
                    used.add(at);
                    open.set(k, new Label(joined, List.copyOf(used)));
                    walk(at + 1, open);
                    open.set(k, l);
                }
            }
            if (startOfLabel(piece)) {
                open.add(new Label(piece, List.of(at)));
                walk(at + 1, open);
                open.remove(open.size() - 1);
            }
        }

        private static boolean startOfLabel(String text) {
            return LABELS.stream().anyMatch(l -> l.startsWith(text));
        }
    }
}
