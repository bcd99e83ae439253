package dev.transcend.dataprep.input;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

import java.io.IOException;
import java.io.InputStream;

/** How an input file is compressed, told by its last file-name extension. */
public enum Compression {
    NONE(""),
    /** gzip; concatenated members (as written by {@code pigz} or appended exports) are all read. */
    GZIP(".gz"),
    /** Zstandard, as the Lichess database ships its monthly dumps; multiple frames are all read. */
    ZSTD(".zst"),
    /** bzip2, as the Lichess database shipped older dumps; concatenated streams are all read. */
    BZIP2(".bz2");

    private final String extension;

    Compression(String extension) {
        this.extension = extension;
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
