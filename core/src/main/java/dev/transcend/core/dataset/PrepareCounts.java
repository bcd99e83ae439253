package dev.transcend.core.dataset;


import java.util.List;
import java.util.Map;

/**
 * The counts of a {@code prepare} run, stored under {@code counts} in its {@code manifest.json}.
 * Invariant: {@code gamesRead = gamesKept + sum(dropped)}, and {@code gamesKept = trainGames +
 * validationGames}.
 *
 * @param gamesRead games (and unreadable records) read from all inputs
 * @param gamesKept games written to shards
 * @param dropped games dropped, per reason (every reason present, zeros included)
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
 */
public record PrepareCounts(long gamesRead, long gamesKept, Map<DropReason, Long> dropped,
                            long trainGames, long trainTokens, long validationGames, long validationTokens,
                            long inputBytes, long uncompressedBytes, List<InputError> inputErrors,
                            List<RatingBin> ratingHistogram, List<ShardInfo> shards, int skippedLogged,
                            List<UndecodedText> undecodedText) {

    public PrepareCounts {
        undecodedText = undecodedText == null ? List.of() : List.copyOf(undecodedText);
    }

    /** @return games dropped for any reason */
    public long gamesDropped() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }
}
