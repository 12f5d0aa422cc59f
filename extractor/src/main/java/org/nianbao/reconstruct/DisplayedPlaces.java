package org.nianbao.reconstruct;

import org.nianbao.model.Location;

/**
 * Moves a location from the frame a reader measured it in to the frame the user sees the source in.
 * A PDF page is read in the frame its text stands upright in, which is not the displayed page when
 * {@code /Rotate} turns only the display or the content is drawn turned; the pipeline works in the
 * reading frame throughout (columns are compared there) and moves the locations it gives out at the
 * end, so that the auditor's box lies over the figure in the rendered page.
 */
@FunctionalInterface
public interface DisplayedPlaces {

    /** Every location is shown where it was read (all formats but PDF, and PDF pages shown as read). */
    DisplayedPlaces AS_READ = where -> where;

    /** Where {@code read} stands on the source as displayed. */
    Location shown(Location read);
}
