package dev.transcend.core.provenance;

import dev.transcend.core.io.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file a stage read or wrote.
 *
 * @param path the path as given, or relative to the stage's output folder for outputs
 * @param bytes file size in bytes
 * @param sha256 SHA-256 of the content
 */
public record FileEntry(String path, long bytes, String sha256) {

    /**
     * @param file an existing file
     * @param shownAs the path to record (e.g. relative to an output folder)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static FileEntry of(Path file, String shownAs) {
        try {
            return new FileEntry(shownAs, Files.size(file), Sha256.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** @return an entry for {@code file} recorded under its path as given */
    public static FileEntry of(Path file) {
        return of(file, file.toString());
    }
}
