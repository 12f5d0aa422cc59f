package org.nianbao.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.nianbao.ExtractOptions;
import org.nianbao.Extractor;
import org.nianbao.Nianbao;

/**
 * The extractor of this JVM (an executor, or the driver in local mode), built by the first task
 * that needs it and shared by every later task and thread. Spark gives Java no executor-scoped
 * object, and a task's closure is deserialized afresh for each task, so the one place that can hold
 * it is the class: a memo of immutable, thread-safe extractors, one per set of limits (one per job
 * in practice; a local JVM running jobs with other limits gets one each).
 */
final class ExecutorExtractors {

    private static final ConcurrentMap<ExtractOptions, Extractor> BUILT = new ConcurrentHashMap<>();

    private ExecutorExtractors() {
    }

    static Extractor of(ExtractOptions options) {
        return BUILT.computeIfAbsent(options, Nianbao::extractor);
    }
}
