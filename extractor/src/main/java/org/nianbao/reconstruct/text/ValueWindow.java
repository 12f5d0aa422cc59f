package org.nianbao.reconstruct.text;

import java.util.List;

/**
 * The rows from one anchor (a label printed in the form's order) up to the next, with any label
 * printed out of order whose row lies between, and the values printed between the two anchors.
 *
 * @param rows indexes of the rows' label items, in the form's order
 * @param from index of the first value (counting values only)
 * @param to index past the last value
 */
record ValueWindow(List<Integer> rows, int from, int to) {
}
