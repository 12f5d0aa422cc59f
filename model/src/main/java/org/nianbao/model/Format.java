package org.nianbao.model;

/** A document's format as detected from its content, never from its file name. */
public enum Format {
    PDF("pdf"),
    HTML("html"),
    DOCX("docx"),
    /** Legacy OLE2 Word (.doc, and .wps where readable). */
    DOC("doc"),
    TEXT("text"),
    /** A scan as an image file (PNG, JPEG, TIFF; a multi-page TIFF is one page per frame). */
    IMAGE("image"),
    UNKNOWN("unknown");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
