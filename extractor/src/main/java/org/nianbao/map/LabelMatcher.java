package org.nianbao.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches raw labels to candidates by meaning rather than by string: normalised equality first,
 * then a bounded edit distance that tolerates OCR typos ({@code 不子公开}, {@code 补正启}), stray
 * fragments of a neighbouring label ({@code 三、本（一）予以公开}) and truncation
 * ({@code 法律服务}). A label two candidates explain equally well matches neither.
 */
final class LabelMatcher {

    /** Scores from here on are a label's first line only (a wrapped label), never an edit-distance match. */
    private static final int PREFIX = 10_000;
    /** The fewest characters of a wrapped label's first line that may name a row. */
    private static final int MIN_PREFIX = 6;

    /** Longer text is running prose, not a label. */
    private static final int MAX_LABEL = 80;

    private final List<LabelCandidate> candidates;

    LabelMatcher(List<LabelCandidate> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** The candidates of both matchers: labels that may stand side by side (a header's groups and columns). */
    LabelMatcher and(LabelMatcher other) {
        List<LabelCandidate> both = new ArrayList<>(candidates);
        both.addAll(other.candidates);
        return new LabelMatcher(both);
    }

    Optional<LabelMatch> match(String raw) {
        return match(raw, LabelText.normalize(raw));
    }

    /** {@link #match(String)} of {@code raw}, whose normalised form ({@link LabelText#normalize}) the caller has at hand. */
    Optional<LabelMatch> match(String raw, String t) {
        if (t.isEmpty() || t.length() > MAX_LABEL) {
            return Optional.empty();
        }
        Optional<LabelCandidate> equal = firstEqual(t);
        if (equal.isPresent()) {
            LabelCandidate c = equal.get();
            return Optional.of(new LabelMatch(c.id(), c.standard(), sameNumber(LabelText.itemNumber(raw), c.number())));
        }
        LabelCandidate best = null;
        int bestScore = Integer.MAX_VALUE;
        boolean tie = false;
        for (LabelCandidate c : candidates) {
            int score = Integer.MAX_VALUE;
            for (String f : c.forms()) {
                score = Math.min(score, score(t, f));
            }
            for (String f : c.variants()) {
                score = Math.min(score, f.equals(t) ? 0 : score(t, f));
            }
            if (score < bestScore) {
                best = c;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score != Integer.MAX_VALUE && !c.id().equals(best.id())) {
                tie = true;
            }
        }
        if (best == null || tie || bestScore >= PREFIX && prefixOfSeveral(t)
                || bestScore < PREFIX && insideAnother(t, best, bestScore / 100)) {
            return Optional.empty();
        }
        return Optional.of(new LabelMatch(best.id(), best.standard(), false));
    }

    /**
     * {@link #match(String, String)} when only an exact match will do: the same answer as its
     * result filtered by {@link LabelMatch#exact()}, without the edit distances.
     */
    Optional<LabelMatch> exactMatch(String raw, String t) {
        if (t.isEmpty() || t.length() > MAX_LABEL) {
            return Optional.empty();
        }
        return firstEqual(t).filter(c -> sameNumber(LabelText.itemNumber(raw), c.number()))
                .map(c -> new LabelMatch(c.id(), c.standard(), true));
    }

    /** The first candidate with {@code t} among its exact forms. */
    private Optional<LabelCandidate> firstEqual(String t) {
        for (LabelCandidate c : candidates) {
            if (c.forms().contains(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * True when {@code t}, read as a shortened form of {@code best}, stands as well inside another
     * candidate's label, however much longer: 机关不再处理其政府信息公开申请 ends both of table 三's rows
     * （六）1 and 2, and is most of the first only because that label is the shorter one.
     */
    private boolean insideAnother(String t, LabelCandidate best, int edits) {
        // a piece of a few characters (目数量, 予公开) is left to the readers' own checks of where it stands
        if (t.length() < MIN_PREFIX
                || best.forms().stream().noneMatch(f -> f.length() > t.length() && score(t, f) / 100 == edits)) {
            return false;
        }
        for (LabelCandidate c : candidates) {
            if (c.id().equals(best.id())) {
                continue;
            }
            for (String f : c.forms()) {
                if (f.length() > t.length() && outside(t, bits(f)) <= edits && within(t, f)[0] <= edits) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code t} begins the labels of more than one row: the start of a wrapped label that cannot tell them apart. */
    private boolean prefixOfSeveral(String t) {
        return candidates.stream().filter(c -> c.forms().stream().anyMatch(f -> f.startsWith(t)))
                .map(LabelCandidate::id).distinct().count() > 1;
    }

    /**
     * Labels printed with no space between them ({@code 本年制发件数本年废止件数现行有效件数}, as
     * {@code pdftotext -raw} glues a header): the candidates whose exact forms, end to end, make up
     * the whole text. Empty unless there is exactly one such reading of two or more labels.
     */
    List<LabelMatch> matchRun(String raw) {
        String t = LabelText.normalize(raw);
        if (t.isEmpty() || t.length() > 2 * MAX_LABEL) {
            return List.of();
        }
        List<List<LabelMatch>> readings = new ArrayList<>();
        run(t, 0, new ArrayList<>(), readings);
        return readings.size() == 1 && readings.get(0).size() >= 2 ? readings.get(0) : List.of();
    }

    private void run(String t, int at, List<LabelMatch> sofar, List<List<LabelMatch>> readings) {
        if (readings.size() > 1) {
            return;
        }
        if (at == t.length()) {
            readings.add(List.copyOf(sofar));
            return;
        }
        for (LabelCandidate c : candidates) {
            for (String f : c.forms()) {
                if (t.startsWith(f, at)) {
                    sofar.add(new LabelMatch(c.id(), c.standard(), true));
                    run(t, at + f.length(), sofar, readings);
                    sofar.remove(sofar.size() - 1);
                    break;
                }
            }
        }
    }

    /**
     * The one candidate whose exact forms {@code raw} begins (a label cut short: Debian html2text
     * prints {@code 商} of 商业企业 and half a character), not exact; empty when none or several do.
     */
    Optional<LabelMatch> begun(String raw) {
        String t = LabelText.normalize(raw);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        List<LabelCandidate> begun = candidates.stream().filter(c -> c.forms().stream().anyMatch(f -> f.startsWith(t)))
                .toList();
        return begun.stream().map(LabelCandidate::id).distinct().count() == 1
                ? Optional.of(new LabelMatch(begun.get(0).id(), begun.get(0).standard(), false)) : Optional.empty();
    }

    /**
     * The ids of every candidate one of whose exact forms {@code raw} begins (a label cut short, which
     * may begin several: {@code 结} of 结果维持 and 结果纠正); empty when none does or {@code raw} is empty.
     */
    Set<String> begunBy(String raw) {
        String t = LabelText.normalize(raw);
        return t.isEmpty() ? Set.of() : candidates.stream()
                .filter(c -> c.forms().stream().anyMatch(f -> f.startsWith(t))).map(LabelCandidate::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The match of a label cut short whose rest {@code raw} begins an exact form of the candidate with
     * this id (not exact); empty when it begins none of that candidate's forms.
     */
    Optional<LabelMatch> begunAs(String raw, String id) {
        String t = LabelText.normalize(raw);
        return t.isEmpty() ? Optional.empty() : candidates.stream()
                .filter(c -> c.id().equals(id) && c.forms().stream().anyMatch(f -> f.startsWith(t)))
                .findFirst().map(c -> new LabelMatch(c.id(), c.standard(), false));
    }

    /** True when the normalised text is part of an exact form of a candidate with one of these ids. */
    boolean inside(String raw, java.util.Collection<String> ids) {
        String t = LabelText.normalize(raw);
        return !t.isEmpty() && candidates.stream().filter(c -> ids.contains(c.id()))
                .flatMap(c -> c.forms().stream()).anyMatch(f -> f.contains(t));
    }

    /** True when the normalised text begins some candidate's exact form and is not the whole of it. */
    boolean begins(String raw) {
        String t = LabelText.normalize(raw);
        return !t.isEmpty() && candidates.stream().flatMap(c -> c.forms().stream())
                .anyMatch(f -> f.length() > t.length() && f.startsWith(t));
    }

    private static boolean sameNumber(OptionalInt raw, OptionalInt standard) {
        return raw.isEmpty() || standard.isEmpty() || raw.getAsInt() == standard.getAsInt();
    }

    /** Edits allowed in a label of {@code n} characters: none in two or three, more in long ones. */
    static int allowed(int n) {
        return n <= 3 ? 0 : n <= 8 ? 1 : n <= 16 ? 2 : 3;
    }

    /** Lower is better; {@code MAX_VALUE} when {@code t} cannot be read as {@code f}. */
    static int score(String t, String f) {
        return mayMatch(t, f) ? editScore(t, f) : Integer.MAX_VALUE;
    }

    /** {@link #score} without the quick filter: what the filter must never change. */
    static int editScore(String t, String f) {
        int best = Integer.MAX_VALUE;
        int d = levenshtein(t, f);
        if (d <= allowed(Math.max(t.length(), f.length()))) {
            best = d * 100;
        }
        if (t.length() > f.length()) {
            // the standard label inside a longer text: a fragment of a neighbouring label glued on
            int[] w = within(f, t);
            int extra = t.length() - (w[2] - w[1]);
            if (w[0] <= allowed(f.length()) && extra <= Math.max(2, f.length() / 2)) {
                best = Math.min(best, w[0] * 100 + extra);
            }
        } else if (t.length() < f.length() && t.length() >= 3 && 2 * t.length() >= f.length()) {
            // a shortened label: most of the standard one
            int[] w = within(t, f);
            if (w[0] <= allowed(t.length())) {
                best = Math.min(best, w[0] * 100 + (f.length() - t.length()));
            }
        }
        if (best == Integer.MAX_VALUE && t.length() >= MIN_PREFIX && t.length() < f.length() && f.startsWith(t)) {
            // the first line of a label wrapped inside its cell: the rest stands on the next line
            best = PREFIX + f.length() - t.length();
        }
        return best;
    }

    /**
     * False only when {@link #score} is sure to find no reading, from two lower bounds on the edits
     * that cost no more than one pass over each text (most pairs of labels differ in most of their
     * characters, and the edit-distance tables below cost a pass per character): a distance is at
     * least the difference in length, and at least the number of characters of one text that occur
     * nowhere in the other (each of them must be replaced or deleted). Which characters occur is kept
     * as 64 bits of their values, so two characters may share a bit: that only lowers the bound.
     */
    static boolean mayMatch(String t, String f) {
        int lt = t.length();
        int lf = f.length();
        long inT = bits(t);
        long inF = bits(f);
        int tOutsideF = outside(t, inF);
        int fOutsideT = outside(f, inT);
        int whole = allowed(Math.max(lt, lf));
        if (Math.abs(lt - lf) <= whole && tOutsideF <= whole && fOutsideT <= whole) {
            return true; // the whole text may be the label, edited
        }
        if (lt > lf) { // the label inside a longer text: its characters must be there, the rest short
            return fOutsideT <= allowed(lf) && lt - lf - allowed(lf) <= Math.max(2, lf / 2);
        }
        // a shortened label: the text's characters must be in it; or the first line of a wrapped one
        return lt < lf && (lt >= 3 && 2 * lt >= lf && tOutsideF <= allowed(lt)
                || lt >= MIN_PREFIX && f.startsWith(t));
    }

    private static long bits(String s) {
        long b = 0;
        for (int i = 0; i < s.length(); i++) {
            b |= 1L << s.charAt(i); // the shift takes the low 6 bits of the character
        }
        return b;
    }

    private static int outside(String s, long in) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if ((in & (1L << s.charAt(i))) == 0) {
                n++;
            }
        }
        return n;
    }

    static int levenshtein(String a, String b) {
        char[] x = a.toCharArray(); // not charAt: checked per call, a third of the time spent here
        char[] y = b.toCharArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int sub = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[y.length];
    }

    /**
     * Approximate search of {@code pattern} in {@code text} (Sellers' algorithm): the fewest edits
     * that turn some substring of {@code text} into {@code pattern}, as {cost, start, end}.
     */
    static int[] within(String pattern, String text) {
        char[] p = pattern.toCharArray();
        char[] x = text.toCharArray();
        int m = p.length;
        int n = x.length;
        int[] prev = new int[n + 1];
        int[] prevStart = new int[n + 1];
        int[] cur = new int[n + 1];
        int[] curStart = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prevStart[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            cur[0] = i;
            curStart[0] = 0;
            for (int j = 1; j <= n; j++) {
                int sub = prev[j - 1] + (p[i - 1] == x[j - 1] ? 0 : 1);
                int del = prev[j] + 1;
                int ins = cur[j - 1] + 1;
                if (sub <= del && sub <= ins) {
                    cur[j] = sub;
                    curStart[j] = prevStart[j - 1];
                } else if (del <= ins) {
                    cur[j] = del;
                    curStart[j] = prevStart[j];
                } else {
                    cur[j] = ins;
                    curStart[j] = curStart[j - 1];
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            t = prevStart;
            prevStart = curStart;
            curStart = t;
        }
        int end = 0;
        for (int j = 1; j <= n; j++) {
            if (prev[j] < prev[end]) {
                end = j;
            }
        }
        return new int[] {prev[end], prevStart[end], end};
    }
}
