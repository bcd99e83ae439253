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
import java.util.Optional;

/**
 * The games of one input file, decompressed and decoded as UTF-8 (malformed bytes become U+FFFD,
 * so a Latin-1 player name cannot stop a file; the lines holding them are counted, {@link #undecodedText()}), with
 * the bytes read counted before and after decompression for progress and throughput.
 */
public final class GameSource implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final InputFile input;
    private final CountingInputStream compressed;
    private final CountingInputStream uncompressed;
    private final UndecodedLineCounter undecoded;
    private final GameReader reader;

    private GameSource(InputFile input, CountingInputStream compressed, CountingInputStream uncompressed,
                       UndecodedLineCounter undecoded, GameReader reader) {
        this.input = input;
        this.compressed = compressed;
        this.uncompressed = uncompressed;
        this.undecoded = undecoded;
        this.reader = reader;
    }

    /**
     * @param input the file to read
     * @return a source positioned at its first game
     * @throws IOException if the file cannot be opened, is not in its compression format, or (CSV)
     *                     lacks required columns; the message names the file
     */
    public static GameSource open(InputFile input) throws IOException {
        CountingInputStream compressed = new CountingInputStream(Files.newInputStream(input.path()));
        try {
            InputStream data = input.compression().decompress(new BufferedInputStream(compressed, BUFFER));
            CountingInputStream uncompressed = new CountingInputStream(data);
            UndecodedLineCounter undecoded = new UndecodedLineCounter(new InputStreamReader(uncompressed, StandardCharsets.UTF_8));
            BufferedReader text = new BufferedReader(undecoded, BUFFER);
            String name = input.path().toString();
            GameReader reader = switch (input.format()) {
                case PGN -> new PgnReader(text, name);
                case KAGGLE_CSV -> KaggleCsvReader.open(text, name);
            };
            return new GameSource(input, compressed, uncompressed, undecoded, reader);
        } catch (IOException | RuntimeException e) {
            compressed.close();
            if (e instanceof IOException io && io.getMessage() != null && io.getMessage().contains(input.path().toString())) {
                throw io;
            }
            throw new IOException(input.path() + ": cannot open as " + input.format() + " / " + input.compression()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return the next game or skipped record, or {@code null} at the end of the file
     * @throws IOException if reading fails, e.g. the compressed file is truncated or corrupt; the
     *                     message names the file and how far it was read
     */
    public GameRecord next() throws IOException {
        try {
            return reader.next();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            String what = cause instanceof EOFException
                    ? "unexpected end of " + input.compression() + " data (truncated file?)"
                    : cause.getClass().getSimpleName() + ": " + cause.getMessage();
            throw new IOException(input.path() + ": read failed after " + compressed.count() + " compressed bytes: "
                    + what, cause);
        }
    }

    /** @return the file being read */
    public InputFile input() {
        return input;
    }

    /** @return bytes of the file read so far (compressed), for a progress bar by input size */
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
                : Optional.of(new UndecodedText(input.path().toString(), undecoded.lines(), undecoded.firstLine()));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
