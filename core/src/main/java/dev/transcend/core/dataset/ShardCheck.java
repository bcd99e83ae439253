package dev.transcend.core.dataset;

import dev.transcend.core.vocab.MoveVocabulary;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Path;

/**
 * Checks every section of a memory-mapped shard whose header already matched its size, so that no
 * accessor of {@link ShardReader} can later fail on corrupt content: game offsets start at 0, never
 * decrease and end at the token count; ratings are 0..32767; outcome codes are 0..3; every token
 * is a move token (not PAD or BOS, which a shard never stores, and below the vocabulary size).
 *
 * <p>The token scan reads the whole moves section once. Measured with {@code ShardOpenBenchmark} on
 * this project's loaded 2-core machine, file in the page cache: 1.1-1.3 s per GB for the whole open,
 * of which ~0.6 s is faulting the memory map in, which training pays anyway when it reads every
 * game; that is 35 ms for a default 200,000-game shard (35 MB) and ~1.2 s for a 1 GB shard, against
 * hours of training on it. So it is done on every open rather than left to an optional call that a
 * caller could forget.
 */
final class ShardCheck {

    /** Tokens per bulk read: large enough to amortize the copy, small enough to stay in L1/L2. */
    private static final int CHUNK = 1 << 14;

    private final Path file;
    private final ByteBuffer buffer;
    private final int games;
    private final long tokens;

    private ShardCheck(Path file, ByteBuffer buffer, int games, long tokens) {
        this.file = file;
        this.buffer = buffer;
        this.games = games;
        this.tokens = tokens;
    }

    /**
     * @param file the shard, for messages
     * @param buffer the whole file, little-endian, whose size matches {@code games} and {@code tokens}
     * @param vocabSize vocabulary size from the header
     * @param games games from the header
     * @param tokens tokens from the header
     * @throws IOException naming the file and the first bad game if any section is inconsistent
     */
    static void run(Path file, ByteBuffer buffer, int vocabSize, int games, long tokens) throws IOException {
        if (vocabSize <= 0 || vocabSize > Short.MAX_VALUE) {
            throw new IOException(file + ": corrupt shard: vocabulary size " + vocabSize + " is not 1.."
                    + Short.MAX_VALUE);
        }
        ShardCheck check = new ShardCheck(file, buffer, games, tokens);
        check.offsets();
        check.ratingsAndOutcomes();
        check.moves(vocabSize);
    }

    private void offsets() throws IOException {
        LongBuffer offsets = section(ShardFormat.offsetsStart(), 8L * (games + 1)).asLongBuffer();
        long previous = offsets.get(0);
        if (previous != 0) {
            throw corrupt(0, "its start offset is " + previous + ", the first game must start at 0");
        }
        for (int g = 1; g <= games; g++) {
            long next = offsets.get(g);
            if (next < previous || next > tokens) {
                throw corrupt(g - 1, "its moves end at offset " + next + ", outside " + previous + ".." + tokens);
            }
            previous = next;
        }
        if (previous != tokens) {
            throw new IOException(file + ": corrupt shard: the last game ends at token " + previous
                    + " but the header says " + tokens + " tokens");
        }
    }

    private void ratingsAndOutcomes() throws IOException {
        ShortBuffer white = section(ShardFormat.whiteEloStart(games), 2L * games).asShortBuffer();
        ShortBuffer black = section(ShardFormat.blackEloStart(games), 2L * games).asShortBuffer();
        ByteBuffer outcomes = section(ShardFormat.outcomeStart(games), games);
        for (int g = 0; g < games; g++) {
            if (white.get(g) < 0 || black.get(g) < 0) {
                throw corrupt(g, "negative rating (WhiteElo " + white.get(g) + ", BlackElo " + black.get(g) + ")");
            }
            byte code = outcomes.get(g);
            if (code < 0 || code > 3) {
                throw corrupt(g, "outcome code " + code + " is not 0..3");
            }
        }
    }

    private void moves(int vocabSize) throws IOException {
        ShortBuffer moves = section(ShardFormat.movesStart(games), 2 * tokens).asShortBuffer();
        short[] chunk = new short[CHUNK];
        for (long done = 0; done < tokens; ) {
            int n = (int) Math.min(CHUNK, tokens - done);
            moves.get(chunk, 0, n);
            // unsigned range: a negative int16 reads as >= 32768, above any vocabulary
            int max = 0;
            int min = Integer.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, chunk[i] & 0xFFFF);
                min = Math.min(min, chunk[i] & 0xFFFF);
            }
            if (max >= vocabSize || min < MoveVocabulary.SPECIAL_TOKENS) {
                for (int i = 0; i < n; i++) {
                    int token = chunk[i] & 0xFFFF;
                    if (token >= vocabSize || token < MoveVocabulary.SPECIAL_TOKENS) {
                        long at = done + i;
                        int game = gameAt(at);
                        throw corrupt(game, "token id " + chunk[i] + " at ply " + (at - offset(game) + 1)
                                + " is not a move token (" + MoveVocabulary.SPECIAL_TOKENS + ".." + (vocabSize - 1) + ")");
                    }
                }
            }
            done += n;
        }
    }

    /** @return the game whose moves hold token {@code at}: the last game starting at or before it */
    private int gameAt(long at) {
        int lo = 0;
        int hi = games - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (offset(mid) <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private long offset(int game) {
        return buffer.getLong((int) (ShardFormat.offsetsStart() + 8L * game));
    }

    private ByteBuffer section(long start, long bytes) {
        return buffer.slice((int) start, (int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private IOException corrupt(int game, String problem) {
        return new IOException(file + ": corrupt shard: game " + game + " (0-based) of " + games + ": " + problem);
    }
}
