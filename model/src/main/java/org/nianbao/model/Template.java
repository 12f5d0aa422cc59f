package org.nianbao.model;

import java.util.Arrays;
import java.util.Optional;

/** Which official format a report follows (spec: templates.md). */
public enum Template {
    /** 国办公开办函〔2019〕60号, reports for 2019 and 2020. */
    Y2019("2019"),
    /** 国办公开办函〔2021〕30号, reports for 2021 onwards. */
    Y2021("2021"),
    /** Labels of both formats in one report. */
    MIXED("mixed"),
    UNKNOWN("unknown");

    private final String id;

    Template(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Template> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
