package org.nianbao.agency;

import java.util.Objects;

/**
 * A publishing agency's name split into its place and its body: 沭阳县人民政府 is 沭阳县 + 人民政府.
 *
 * @param written the name as the report's title gives it
 * @param place the administrative area (省/市/县/区/镇 …, nested ones together: 宿迁市沭阳县), empty when none is named
 * @param body the rest, normalised so that wordings of one body compare equal (人民政府 and 政府 are 政府)
 * @param key what two names of one agency share: place and body in simplified script, {@code place/body};
 *     a name that names no place is only itself (教育局 of one county is not 教育局 of another), so its
 *     key is the whole name in simplified script; empty for an empty name
 */
public record AgencyName(String written, String place, String body, String key) {

    public AgencyName {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(key, "key");
    }
}
