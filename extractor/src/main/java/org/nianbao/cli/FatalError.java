package org.nianbao.cli;

/**
 * The batch cannot go on at all (OUT not writable, an input folder not readable): the command
 * prints the message as one line and exits with status 3. Problems with one document are never this.
 */
final class FatalError extends Exception {

    FatalError(String message) {
        super(message);
    }

    FatalError(String message, Throwable cause) {
        super(message, cause);
    }

    /** An I/O problem in words: "no such file", "permission denied", else the exception's message. */
    static String why(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NotDirectoryException || e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
