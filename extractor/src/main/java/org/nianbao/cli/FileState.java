package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What an input is on disk before anything is read from it: a regular file's size and
 * modification time (which decide whether the journal's result still holds), or why it is not one
 * to read (a named pipe would block a reader forever, a device would never end).
 *
 * @param problem empty for a regular file, else the failed document's error
 */
record FileState(long size, long mtime, Optional<String> problem) {

    private static final int S_IFMT = 0170000;

    static FileState of(Path p) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(p) ? not(-1, -1, "a broken symbolic link") : new FileState(-1, -1,
                    Optional.of("file not found"));
        } catch (AccessDeniedException e) {
            return new FileState(-1, -1, Optional.of("cannot read file: permission denied"));
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason());
            return reason.contains("levels of symbolic links") ? not(-1, -1, "a symbolic link loop")
                    : new FileState(-1, -1, Optional.of("cannot read file: " + reason));
        } catch (IOException e) {
            return new FileState(-1, -1, Optional.of("cannot read file: " + e.getMessage()));
        }
        long mtime = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        if (a.isRegularFile()) {
            return new FileState(a.size(), mtime, Optional.empty());
        }
        if (a.isDirectory()) {
            return not(a.size(), mtime, "a symbolic link to a folder (links to folders are not followed)");
        }
        return not(a.size(), mtime, special(p));
    }

    private static FileState not(long size, long mtime, String what) {
        return new FileState(size, mtime, Optional.of("not a regular file: " + what + "; not read"));
    }

    private static String special(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            return switch (mode & S_IFMT) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    boolean regular() {
        return problem.isEmpty();
    }
}
