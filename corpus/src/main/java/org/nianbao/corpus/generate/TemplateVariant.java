package org.nianbao.corpus.generate;

import org.nianbao.model.Template;

/** The form a generated report follows; {@code MIXED} is the 2021 form keeping the single 2019 row （六）其他处理. */
public enum TemplateVariant {
    Y2019("2019", Template.Y2019),
    Y2021("2021", Template.Y2021),
    MIXED("mixed", Template.Y2021);

    private final String id;
    private final Template base;

    TemplateVariant(String id, Template base) {
        this.id = id;
        this.base = base;
    }

    public String id() {
        return id;
    }

    /** The catalog template whose table 二 and most of table 三 this variant prints. */
    public Template base() {
        return base;
    }
}
