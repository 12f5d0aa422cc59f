package org.nianbao.reconstruct;

/**
 * How far a grid's cell positions can be trusted. The mapper reads an empty cell of an exact grid
 * as a blank value, but an empty cell of a flattened one may be an artefact of the flattening
 * (a merged cell written as an extra tab, a padding tab at the end of a line).
 */
public enum Positions {
    /** Cells stand where the source put them: HTML and Word tables, ruled PDF tables. */
    EXACT,
    /** Rebuilt from text that lost the table structure: scraped text, borderless PDF tables. */
    FLATTENED,
    /**
     * Rows already rebuilt against the form by their reader ({@code pdftotext}'s default mode,
     * {@code BlockOrderedText}): each row holds the values the reader gave its label, and a cell
     * whose place the reader could not establish carries a {@link CellNote#unplaced} note. The
     * text kept no positions to weigh readings by, and the reader has already used the order and
     * the identities, so the form decoder leaves these rows as they are.
     */
    PLACED
}
