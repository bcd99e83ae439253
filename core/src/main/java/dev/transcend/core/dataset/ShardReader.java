package dev.transcend.core.dataset;

import dev.transcend.core.chess.ByColor;
import dev.transcend.core.game.Outcome;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * Random access to the games of one shard file, memory-mapped (see {@link ShardFormat}).
 * Thread-safe for reads: every accessor uses absolute positions. {@link #open} checks the whole
 * file, so the accessors throw only for a game index out of range (a caller's bug), never for
 * corrupt data; a file changed by someone else after it was opened is outside that promise.
 */
public final class ShardReader {

    private final Path file;
    private final MappedByteBuffer buffer;
    private final int vocabSize;
    private final int games;
    private final long tokens;

    private ShardReader(Path file, MappedByteBuffer buffer, int vocabSize, int games, long tokens) {
        this.file = file;
        this.buffer = buffer;
        this.vocabSize = vocabSize;
        this.games = games;
        this.tokens = tokens;
    }

    /**
     * Maps a shard and checks all of it, so that no accessor fails later on corrupt content: the
     * header against the file size, the game offsets (start at 0, never decrease, end at
     * {@link #tokens()}), the ratings, the outcome codes and every move token id (below
     * {@link #vocabSize()}). The token scan reads the file once (~0.3 s per GB from the page cache,
     * see {@code ShardCheck}).
     *
     * @param file a shard written by {@link ShardWriter}
     * @return a reader over it
     * @throws IOException if the file cannot be read, is not a shard, is truncated, larger than one
     *                     memory map (2 GiB) or corrupt; the message names the file and, for corrupt
     *                     content, the first bad game
     */
    public static ShardReader open(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < ShardFormat.HEADER_BYTES) {
                throw new IOException(file + ": not a token shard (only " + size + " bytes)");
            }
            if (size > Integer.MAX_VALUE) {
                throw new IOException(file + ": " + size + " bytes is larger than a shard can be (2 GiB)");
            }
            MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            buffer.order(ByteOrder.LITTLE_ENDIAN);
            byte[] magic = new byte[ShardFormat.MAGIC.length];
            buffer.get(0, magic);
            if (!Arrays.equals(magic, ShardFormat.MAGIC)) {
                throw new IOException(file + ": not a token shard (bad magic)");
            }
            int version = buffer.getInt(8);
            if (version != ShardFormat.VERSION) {
                throw new IOException(file + ": shard format version " + version + ", this build reads " + ShardFormat.VERSION);
            }
            int vocabSize = buffer.getInt(12);
            int games = buffer.getInt(16);
            long tokens = buffer.getLong(24);
            // tokens <= size keeps fileBytes from overflowing on a corrupt header
            if (games < 0 || tokens < 0 || tokens > size || ShardFormat.fileBytes(games, tokens) != size) {
                throw new IOException(file + ": truncated or corrupt shard: header says " + games + " games and "
                        + tokens + " tokens (" + ShardFormat.fileBytes(games, tokens) + " bytes), file has " + size);
            }
            ShardCheck.run(file, buffer, vocabSize, games, tokens);
            return new ShardReader(file, buffer, vocabSize, games, tokens);
        }
    }

    /** @return the shard file */
    public Path file() {
        return file;
    }

    /** @return size of the vocabulary the token ids refer to */
    public int vocabSize() {
        return vocabSize;
    }

    /** @return number of games */
    public int games() {
        return games;
    }

    /** @return total number of move tokens */
    public long tokens() {
        return tokens;
    }

    /**
     * @return number of plies of game {@code game} (0-based)
     * @throws IndexOutOfBoundsException if {@code game} is not 0..games()-1
     */
    public int plies(int game) {
        return (int) (offset(game + 1) - offset(game));
    }

    /**
     * Copies up to {@code max} move tokens of a game, from its first move.
     *
     * @param game game index, 0-based
     * @param dst destination array
     * @param dstOffset where to start writing in {@code dst}
     * @param max most tokens to copy
     * @return number of tokens copied, {@code min(plies(game), max)}
     * @throws IndexOutOfBoundsException if {@code game} is not 0..games()-1 or {@code dst} is too short
     */
    public int copyMoves(int game, int[] dst, int dstOffset, int max) {
        long start = offset(game);
        int n = Math.min(plies(game), max);
        long base = ShardFormat.movesStart(games) + 2 * start;
        for (int i = 0; i < n; i++) {
            dst[dstOffset + i] = buffer.getShort((int) (base + 2L * i));
        }
        return n;
    }

    /**
     * @return the whole game
     * @throws IndexOutOfBoundsException if {@code game} is not 0..games()-1
     */
    public TokenizedGame game(int game) {
        int[] moves = new int[plies(game)];
        copyMoves(game, moves, 0, moves.length);
        return new TokenizedGame(moves, elo(game), outcome(game));
    }

    /**
     * @return the players' Elo ratings of game {@code game}, rating points 0..32767
     * @throws IndexOutOfBoundsException if {@code game} is not 0..games()-1
     */
    public ByColor<Integer> elo(int game) {
        checkGame(game);
        int white = buffer.getShort((int) (ShardFormat.whiteEloStart(games) + 2L * game));
        int black = buffer.getShort((int) (ShardFormat.blackEloStart(games) + 2L * game));
        return new ByColor<>(white, black);
    }

    /**
     * @return the result of game {@code game}, empty if unknown
     * @throws IndexOutOfBoundsException if {@code game} is not 0..games()-1
     */
    public Optional<Outcome> outcome(int game) {
        checkGame(game);
        byte code = buffer.get((int) (ShardFormat.outcomeStart(games) + game));
        return switch (code) {
            case 1 -> Optional.of(Outcome.WHITE_WIN);
            case 2 -> Optional.of(Outcome.BLACK_WIN);
            case 3 -> Optional.of(Outcome.DRAW);
            default -> Optional.empty();
        };
    }

    private void checkGame(int game) {
        if (game < 0 || game >= games) {
            throw new IndexOutOfBoundsException("game " + game + " of " + games + " in " + file);
        }
    }

    private long offset(int i) {
        if (i < 0 || i > games) { // i == games is the end offset of the last game
            throw new IndexOutOfBoundsException("game " + i + " of " + games + " in " + file);
        }
        return buffer.getLong((int) (ShardFormat.offsetsStart() + 8L * i));
    }

    /** Bytes as a read-only view, for checksums in tests. */
    ByteBuffer bytes() {
        return buffer.asReadOnlyBuffer();
    }
}
