package org.nianbao.reconstruct;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The empty lines between the lines of text where each table cell is a paragraph of its own, and
 * what they say about blank cells. Two tools write such text differently: pasted text (康乐县) keeps
 * one empty line between cells and adds <em>one</em> for a blank cell ({@code 24}, , , {@code 24});
 * Python's docx2txt writes {@code \n\n} before every paragraph, so a blank cell, an empty paragraph,
 * adds its separator too: <em>two</em> empty lines. Where some gap is the separator plus a number of
 * lines that is not a multiple of (separator + 1), only the first unit fits and the text proves it;
 * where every gap fits both, the text cannot tell how many blank cells a gap stands for.
 *
 * @param separator the empty lines that usually separate two consecutive lines of text: one where
 *     every cell is its own paragraph, zero where paragraphs follow each other directly
 * @param onePerBlankProven whether some gap proves that a blank cell adds one empty line
 */
record ParagraphGaps(int separator, boolean onePerBlankProven) {

    /** @param gaps the empty lines between each two consecutive lines of text */
    static ParagraphGaps of(List<Integer> gaps) {
        Map<Integer, Integer> counts = new HashMap<>();
        gaps.forEach(g -> counts.merge(g, 1, Integer::sum));
        int separator = counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0);
        boolean proven = gaps.stream().anyMatch(g -> g > separator && (g - separator) % (separator + 1) != 0);
        return new ParagraphGaps(separator, proven);
    }

    /** The blank cells a gap of {@code blanks} empty lines stands for, at one empty line a blank cell. */
    int blankCells(int blanks) {
        return separator > 0 ? Math.max(0, blanks - separator) : 0;
    }

    /**
     * Why the blank cells of a gap cannot be counted, when they may be one empty line each or a
     * paragraph of their own (separator + 1 lines each) and the two counts differ; empty otherwise.
     */
    Optional<String> doubt(int blanks) {
        int one = blankCells(blanks);
        if (one == 0 || onePerBlankProven || one % (separator + 1) != 0) {
            return Optional.empty();
        }
        int paragraphs = one / (separator + 1);
        return Optional.of(blanks + " empty lines stand between two of the row's cells, where cells stand "
                + separator + " apart: " + one + " blank cell" + (one == 1 ? "" : "s") + " of one line each, or " + paragraphs
                + " of " + (separator + 1) + " lines (an empty paragraph with its own separator, as docx2txt writes it); no "
                + "gap in the text tells which, so the columns of the values after them cannot be told");
    }
}
