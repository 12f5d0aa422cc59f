package org.nianbao.model;

import java.util.Arrays;
import java.util.Optional;

/** The three statistical tables of the official format, with their stable ids from the spec. */
public enum TableId {
    /** 二、主动公开政府信息情况 */
    ACTIVE("active"),
    /** 三、收到和处理政府信息公开申请情况 */
    REQUESTS("requests"),
    /** 四、政府信息公开行政复议、行政诉讼情况 */
    APPEALS("appeals");

    private final String id;

    TableId(String id) {
        this.id = id;
    }

    /** The id written in the CSV outputs. */
    public String id() {
        return id;
    }

    public static Optional<TableId> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
