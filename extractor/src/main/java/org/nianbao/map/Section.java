package org.nianbao.map;

/** Where in a report a cell stands: before the tables, in one of them, or after them. */
enum Section {
    BEFORE, ACTIVE, REQUESTS, APPEALS, END
}
