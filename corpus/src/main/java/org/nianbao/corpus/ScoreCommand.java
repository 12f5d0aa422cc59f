package org.nianbao.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.ExtractOptions;
import org.nianbao.Nianbao;
import org.nianbao.corpus.score.CorpusScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nianbao score CORPUS_DIR [--worst N]}. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Extracts every document that has a <doc>.gold.csv beside it and compares cell by cell: "
                + "accuracy, exact documents and silent errors (wrong, missing or extra cells no finding covers), "
                + "per detected format, per sub-folder and overall. Exit 1 when any silent error occurs.")
final class ScoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CORPUS_DIR", description = "folder of documents with gold files")
    private Path dir;

    @Option(names = "--worst", defaultValue = "20", description = "cells to list, silent errors first; default ${DEFAULT-VALUE}")
    private int worst;

    @Option(names = "--alarms", description = "also list the false alarms (right cells under a warning that is not an "
            + "identity rule) by rendering and by the rules that cover them")
    private boolean alarms;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            System.err.println("score: not a folder: " + dir);
            return 2;
        }
        CorpusScore score = CorpusScore.run(dir, Nianbao.extractor(ExtractOptions.defaults()));
        if (score.documents().isEmpty()) {
            System.err.println("score: no document with a .gold.csv beside it under " + dir);
            return 2;
        }
        score.print(System.out, worst);
        if (alarms) {
            score.printFalseAlarms(System.out);
        }
        return score.overall().silent() > 0 ? 1 : 0;
    }
}
