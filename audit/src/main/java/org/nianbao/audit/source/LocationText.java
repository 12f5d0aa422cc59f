package org.nianbao.audit.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Location;

/** Reads the {@code location} column back into a {@link Location}: the inverse of {@code Location.render()}. */
public final class LocationText {

    private static final Pattern LINE = Pattern.compile("line:(\\d+)");
    private static final Pattern PAGE = Pattern.compile(
            "page:(\\d+)(?:-(\\d+))? bbox:(-?[\\d.]+),(-?[\\d.]+),(-?[\\d.]+),(-?[\\d.]+)");
    private static final Pattern TABLE = Pattern.compile("table:(\\d+) row:(\\d+) col:(\\d+)");

    private LocationText() {
    }

    /** The location the text names, or empty for an empty or unrecognised one. */
    public static Optional<Location> parse(String text) {
        String s = text.strip();
        try {
            Matcher m = LINE.matcher(s);
            if (m.matches()) {
                return Optional.of(new Location.Line(Integer.parseInt(m.group(1))));
            }
            m = PAGE.matcher(s);
            if (m.matches()) {
                int page = Integer.parseInt(m.group(1));
                int to = m.group(2) == null ? page : Integer.parseInt(m.group(2));
                return Optional.of(new Location.PageBox(page, to, Float.parseFloat(m.group(3)),
                        Float.parseFloat(m.group(4)), Float.parseFloat(m.group(5)), Float.parseFloat(m.group(6))));
            }
            m = TABLE.matcher(s);
            if (m.matches()) {
                return Optional.of(new Location.TableCell(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (IllegalArgumentException e) {
            // numbers out of range (line:0, page 3-2): not a location this tool writes
        }
        return Optional.empty();
    }
}
