package dev.transcend.core.dataset;

/**
 * Binary layout of a token shard (all little-endian), shared by {@link ShardWriter} and
 * {@link ShardReader}:
 *
 * <pre>
 * magic      8 bytes  "TRNSHRD1"
 * version    int32    1
 * vocabSize  int32    tokens in the vocabulary the ids refer to
 * games      int32    number of games N
 * reserved   int32    0
 * tokens     int64    total move tokens T
 * offsets    int64[N+1]  start of game i in the token array; offsets[N] = T
 * whiteElo   int16[N]
 * blackElo   int16[N]
 * outcome    int8[N]  0 unknown, 1 white win, 2 black win, 3 draw
 * moves      int16[T] move token ids
 * </pre>
 */
final class ShardFormat {

    static final byte[] MAGIC = {'T', 'R', 'N', 'S', 'H', 'R', 'D', '1'};
    static final int VERSION = 1;
    static final int HEADER_BYTES = 8 + 4 + 4 + 4 + 4 + 8;
    /** Keeps every section addressable by one memory map (2 GiB). */
    static final long MAX_TOKENS = 900_000_000L;

    private ShardFormat() {
    }

    static long offsetsStart() {
        return HEADER_BYTES;
    }

    static long whiteEloStart(int games) {
        return offsetsStart() + 8L * (games + 1);
    }

    static long blackEloStart(int games) {
        return whiteEloStart(games) + 2L * games;
    }

    static long outcomeStart(int games) {
        return blackEloStart(games) + 2L * games;
    }

    static long movesStart(int games) {
        return outcomeStart(games) + games;
    }

    static long fileBytes(int games, long tokens) {
        return movesStart(games) + 2 * tokens;
    }
}
