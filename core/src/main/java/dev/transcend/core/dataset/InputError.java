package dev.transcend.core.dataset;

/**
 * A file that could not be read to its end (truncated or corrupt compression, unreadable, not the
 * expected CSV columns). The games read from it before the error are kept.
 *
 * @param file the file ({@code <stdin>} for standard input)
 * @param gamesRead games read from it before the error
 * @param message what went wrong
 * @param byteOffset bytes of the file as stored (compressed) that the decompressor had taken when reading failed:
 *                   the failure lies at or before this offset, within the decompressor's input buffer (8 KiB for
 *                   gzip, 128 KiB for zstd, a byte for bzip2, none for plain text); {@code null} when the file
 *                   could not be opened, and in manifests written before the field existed
 */
public record InputError(String file, long gamesRead, String message, Long byteOffset) {

    /** An error without a byte offset (the file could not be opened). */
    public InputError(String file, long gamesRead, String message) {
        this(file, gamesRead, message, null);
    }
}
