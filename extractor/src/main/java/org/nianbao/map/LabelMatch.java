package org.nianbao.map;

/**
 * What a raw label was read as.
 *
 * @param exact true when the label equals a standard wording once normalised; anything else
 *     (a typo, a variant, a fragment) is reported as a finding naming the raw label
 */
record LabelMatch(String id, String standard, boolean exact) {
}
