package dev.transcend.dataprep.input;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

import java.io.IOException;
import java.io.InputStream;

/** How an input file is compressed, told by its last file-name extension. */
public enum Compression {
    NONE("", "plain", new byte[0]),
    /** gzip; concatenated members (as written by {@code pigz} or appended exports) are all read. */
    GZIP(".gz", "gzip", new byte[] {0x1f, (byte) 0x8b}),
    /**
     * Zstandard, as the Lichess database ships its monthly dumps; multiple frames (as {@code pzstd} writes them, or
     * appended files) are all read.
     */
    ZSTD(".zst", "zstd", new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd}),
    /** bzip2, as the Lichess database shipped older dumps; concatenated streams are all read. */
    BZIP2(".bz2", "bzip2", new byte[] {'B', 'Z', 'h'});

    /** The longest magic number: bytes {@link #sniff} needs to look at. */
    static final int MAGIC_BYTES = 4;

    private final String extension;
    private final String label;
    private final byte[] magic;

    Compression(String extension, String label, byte[] magic) {
        this.extension = extension;
        this.label = label;
        this.magic = magic;
    }

    /** @return the format's common name for messages: {@code plain}, {@code gzip}, {@code zstd}, {@code bzip2} */
    public String label() {
        return label;
    }

    /**
     * The compression a stream starts with, by its magic number (gzip {@code 1f 8b}, zstd {@code 28 b5 2f fd} or a
     * skippable frame {@code 5? 2a 4d 18} (RFC 8878; {@code pzstd} starts with one), bzip2 {@code "BZh"}), for
     * standard input, which has no name to tell it.
     *
     * @param head the first bytes of the stream
     * @param length how many of them there are (fewer than {@link #MAGIC_BYTES} for a short stream)
     * @return the compression whose magic number starts {@code head}, else {@link #NONE} (text: PGN starts with
     *         {@code [}, a BOM, a comment or blank lines, never with these bytes)
     */
    static Compression sniff(byte[] head, int length) {
        if (length >= 4 && (head[0] & 0xf0) == 0x50 && head[1] == 0x2a && head[2] == 0x4d && head[3] == 0x18) {
            return ZSTD; // a skippable frame (magic 0x184D2A5?, little-endian), as pzstd writes before each frame
        }
        for (Compression c : values()) {
            if (c != NONE && length >= c.magic.length && java.util.Arrays.equals(head, 0, c.magic.length, c.magic, 0,
                    c.magic.length)) {
                return c;
            }
        }
        return NONE;
    }

    /** @return the file-name extension, e.g. {@code .gz}; empty for {@link #NONE} */
    public String extension() {
        return extension;
    }

    /**
     * @param compressed the raw file bytes
     * @return the decompressed bytes
     * @throws IOException if the stream does not start like this format
     */
    public InputStream decompress(InputStream compressed) throws IOException {
        return switch (this) {
            case NONE -> compressed;
            case GZIP -> GzipCompressorInputStream.builder().setInputStream(compressed).setDecompressConcatenated(true).get();
            case ZSTD -> new ZstdCompressorInputStream(compressed);
            case BZIP2 -> new BZip2CompressorInputStream(compressed, true);
        };
    }

    /** @return the compression a file name ends with ({@link #NONE} if none of the known ones) */
    static Compression ofName(String lowerCaseName) {
        for (Compression c : values()) {
            if (c != NONE && lowerCaseName.endsWith(c.extension)) {
                return c;
            }
        }
        return NONE;
    }
}
