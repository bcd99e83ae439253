package dev.transcend.core.dataset;


import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of a {@code prepare} run, stored under {@code counts} in its {@code manifest.json}.
 * Invariant: {@code gamesRead = gamesKept + sum(dropped)}, and {@code gamesKept = trainGames +
 * validationGames}.
 *
 * @param gamesRead games (and unreadable records) read from all inputs
 * @param gamesKept games written to shards
 * @param dropped games dropped, per reason, in {@link DropReason} order (every reason present, zeros included: a
 *                manifest written before a reason existed reads it as 0)
 * @param trainGames games in the train shards
 * @param trainTokens move tokens (plies) in the train shards
 * @param validationGames games in the validation shards
 * @param validationTokens move tokens (plies) in the validation shards
 * @param inputBytes bytes of the input files as stored (compressed)
 * @param uncompressedBytes bytes of PGN/CSV text read after decompression
 * @param inputErrors files that could not be read to their end
 * @param ratingHistogram 100-point bins of {@code max(WhiteElo, BlackElo)} for games read and kept
 * @param shards the shard files, train first
 * @param skippedLogged rows in {@code skipped.csv} (at most {@code SkipLog.PER_REASON} per reason)
 * @param undecodedText files with lines that are not valid UTF-8 (empty in manifests written before it was counted)
 * @param threads screening threads of the run ({@code threads} setting); the outputs do not depend on it. Null in
 *                manifests written before it was recorded
 */
public record PrepareCounts(long gamesRead, long gamesKept, Map<DropReason, Long> dropped,
                            long trainGames, long trainTokens, long validationGames, long validationTokens,
                            long inputBytes, long uncompressedBytes, List<InputError> inputErrors,
                            List<RatingBin> ratingHistogram, List<ShardInfo> shards, int skippedLogged,
                            List<UndecodedText> undecodedText, Integer threads) {

    public PrepareCounts {
        undecodedText = undecodedText == null ? List.of() : List.copyOf(undecodedText);
        EnumMap<DropReason, Long> all = new EnumMap<>(DropReason.class);
        for (DropReason reason : DropReason.values()) {
            Long n = dropped == null ? null : dropped.get(reason);
            all.put(reason, n == null ? 0L : n);
        }
        dropped = Collections.unmodifiableMap(all);
    }

    /** Counts without a recorded thread count, as manifests before it was recorded. */
    public PrepareCounts(long gamesRead, long gamesKept, Map<DropReason, Long> dropped,
                         long trainGames, long trainTokens, long validationGames, long validationTokens,
                         long inputBytes, long uncompressedBytes, List<InputError> inputErrors,
                         List<RatingBin> ratingHistogram, List<ShardInfo> shards, int skippedLogged,
                         List<UndecodedText> undecodedText) {
        this(gamesRead, gamesKept, dropped, trainGames, trainTokens, validationGames, validationTokens, inputBytes,
                uncompressedBytes, inputErrors, ratingHistogram, shards, skippedLogged, undecodedText, null);
    }

    /** @return games dropped for any reason */
    public long gamesDropped() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }
}
