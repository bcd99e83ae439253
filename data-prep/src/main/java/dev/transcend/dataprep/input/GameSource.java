package dev.transcend.dataprep.input;

import dev.transcend.core.dataset.UndecodedText;
import dev.transcend.core.pgn.GameReader;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.PgnReader;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The games of one input file (or of standard input), decompressed and decoded as UTF-8 (malformed bytes become
 * U+FFFD, so a Latin-1 player name cannot stop a file; the lines holding them are counted, {@link #undecodedText()}),
 * with the bytes read counted before and after decompression for progress, throughput and the byte offset of a
 * failure.
 *
 * <p>Streams, bottom up: the file (or {@link StandardInput}), a 64 KiB buffer, the count of stored bytes the
 * decompressor has taken ({@link #compressedBytesRead()}), the decompressor, the count of decompressed bytes, the
 * UTF-8 decoder, the line counter of undecodable bytes, the PGN or CSV reader.
 */
public final class GameSource implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final InputFile input;
    private final Compression compression;
    private final OptionalLong size;
    private final CountingInputStream compressed;
    private final CountingInputStream uncompressed;
    private final UndecodedLineCounter undecoded;
    private final GameReader reader;

    private GameSource(InputFile input, Compression compression, OptionalLong size, CountingInputStream compressed,
                       CountingInputStream uncompressed, UndecodedLineCounter undecoded, GameReader reader) {
        this.input = input;
        this.compression = compression;
        this.size = size;
        this.compressed = compressed;
        this.uncompressed = uncompressed;
        this.undecoded = undecoded;
        this.reader = reader;
    }

    /**
     * @param input the file to read (not standard input: {@link #open(InputFile, InputStream)})
     * @return a source positioned at its first game
     * @throws IOException as {@link #open(InputFile, InputStream)}
     */
    public static GameSource open(InputFile input) throws IOException {
        if (input.isStdin()) {
            throw new IllegalArgumentException("standard input needs its stream: open(input, stdin)");
        }
        return open(input, InputStream.nullInputStream());
    }

    /**
     * @param input the file to read, or standard input
     * @param stdin what standard input is ({@link StandardInput} around {@code System.in}); read only if
     *              {@code input} is standard input, and then not closed
     * @return a source positioned at its first game
     * @throws IOException if the file cannot be opened, is not in its compression format, or (CSV)
     *                     lacks required columns; the message names the file
     */
    public static GameSource open(InputFile input, InputStream stdin) throws IOException {
        InputStream raw = input.isStdin() ? stdin : Files.newInputStream(input.path());
        Compression compression = input.compression();
        try {
            BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
            if (input.isStdin()) {
                compression = sniff(buffered);
            }
            OptionalLong size = input.isStdin() ? OptionalLong.empty() : OptionalLong.of(Files.size(input.path()));
            CountingInputStream compressed = new CountingInputStream(buffered);
            InputStream data;
            try {
                data = compression.decompress(compressed);
            } catch (IOException e) {
                // past the magic number: the header or (bzip2) the whole first block is read here
                if (compressed.count() <= Compression.MAGIC_BYTES) {
                    throw e;
                }
                throw failure(input, compression, size, compressed.count(), e);
            }
            CountingInputStream uncompressed = new CountingInputStream(data);
            UndecodedLineCounter undecoded = new UndecodedLineCounter(new InputStreamReader(uncompressed, StandardCharsets.UTF_8));
            BufferedReader text = new BufferedReader(undecoded, BUFFER);
            GameReader reader = switch (input.format()) {
                case PGN -> new PgnReader(text, input.name());
                case KAGGLE_CSV -> KaggleCsvReader.open(text, input.name());
            };
            return new GameSource(input, compression, size, compressed, uncompressed, undecoded, reader);
        } catch (IOException | RuntimeException e) {
            raw.close();
            if (e instanceof IOException io && io.getMessage() != null && io.getMessage().contains(input.name())) {
                throw io;
            }
            throw new IOException(input.name() + ": cannot open as " + input.format() + " / " + compression.label()
                    + ": " + e.getMessage(), e);
        }
    }

    /** @return the compression whose magic number starts the stream; the stream is left where it was */
    private static Compression sniff(BufferedInputStream in) throws IOException {
        byte[] head = new byte[Compression.MAGIC_BYTES];
        in.mark(head.length);
        int n = in.readNBytes(head, 0, head.length);
        in.reset();
        return Compression.sniff(head, n);
    }

    /**
     * @return the next game or skipped record, or {@code null} at the end of the file
     * @throws InputReadException if reading fails, e.g. the compressed file is truncated or corrupt; the message
     *                            names the file, the byte offset, the file's size and what went wrong, e.g.
     *                            {@code games.pgn.zst: read failed at byte 1,048,576 of 1,200,000: corrupt zstd data
     *                            (ZstdIOException: Corrupted block detected); the games read before it are kept}
     */
    public GameRecord next() throws IOException {
        try {
            return reader.next();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw failure(input, compression, size, compressed.count(), cause);
        }
    }

    /**
     * @param at stored bytes the decompressor had taken
     * @return the error naming the file, the byte offset, the size and whether the data ends early or is corrupt
     */
    private static InputReadException failure(InputFile input, Compression compression, OptionalLong size, long at,
                                              IOException cause) {
        String said = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        String lower = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        String what;
        if (compression == Compression.NONE) {
            what = said;
        } else if (cause instanceof EOFException || lower.contains("truncat") || lower.contains("end of")) {
            what = "truncated " + compression.label() + " data, the input ends inside a " + switch (compression) {
                case GZIP -> "member";
                case ZSTD -> "frame";
                default -> "stream";
            } + " (" + said + ")";
        } else {
            what = "corrupt " + compression.label() + " data (" + said + ")";
        }
        String of = size.isPresent() ? String.format(Locale.ROOT, " of %,d", size.getAsLong()) : "";
        return new InputReadException(String.format(Locale.ROOT, "%s: read failed at byte %,d%s: %s; the games"
                + " read before it are kept", input.name(), at, of, what), at, cause);
    }

    /** @return the file being read */
    public InputFile input() {
        return input;
    }

    /** @return the compression being read: the file name's, or for standard input the one its first bytes tell */
    public Compression compression() {
        return compression;
    }

    /** @return bytes of the file (compressed, as stored) the decompressor has taken so far, for progress by size */
    public long compressedBytesRead() {
        return compressed.count();
    }

    /** @return decompressed bytes read so far, for throughput in MB/s of PGN text */
    public long uncompressedBytesRead() {
        return uncompressed.count();
    }

    /** @return the lines read so far that were not valid UTF-8, if any */
    public Optional<UndecodedText> undecodedText() {
        return undecoded.lines() == 0 ? Optional.empty()
                : Optional.of(new UndecodedText(input.name(), undecoded.lines(), undecoded.firstLine()));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
