package org.nianbao.cli;

import java.io.IOException;

/** Where listed inputs go, one at a time, so that a list of any length is never held whole. */
@FunctionalInterface
interface InputSink {
    void add(Input in) throws IOException, FatalError;
}
