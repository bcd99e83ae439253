package dev.transcend.dataprep.prepare;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.dataset.DatasetSettings;
import dev.transcend.core.vocab.MoveVocabulary;

/**
 * Settings of {@code transcend prepare}, read from YAML (camelCase keys; unknown keys fail) or built
 * in code. Missing values take the defaults below; every value is checked on construction.
 *
 * @param cap rating cap C in Elo points (required, 1..4000): a game is kept only if
 *            {@code max(WhiteElo, BlackElo) <= cap} (Zhang et al., 2024, section 4)
 * @param validationFraction share of games put in the validation split, greater than 0 and at most
 *                           0.5 (default 0.05; {@code train} needs validation games); decided per game
 *                           from a hash of its moves, so duplicates and re-runs land in the same split
 * @param seed seed of the split hash (default 0); another seed gives another split
 * @param minPlies fewest plies (half-moves) a kept game has, at least 1 (default 1)
 * @param dedupe drop games whose moves and ratings equal a kept game's (default true)
 * @param ratedOnly drop casual games: {@code Event} containing "Casual", or a CSV row with
 *                  {@code rated} FALSE (default false; the paper does not filter on it)
 * @param shardGames most games per shard file, 1..1,000,000 (default 200,000: ~16M tokens, ~35 MB)
 */
public record PrepareSettings(Integer cap, Double validationFraction, Long seed, Integer minPlies, Boolean dedupe,
                              Boolean ratedOnly, Integer shardGames) {

    /** Highest accepted cap; ratings above it do not occur on Lichess. */
    public static final int MAX_CAP = 4000;
    /** Largest shard in games, so that one shard's games fit in memory while it is written. */
    public static final int MAX_SHARD_GAMES = 1_000_000;

    /**
     * Applies the defaults to null values and checks every value.
     *
     * @throws ConfigException naming the key, the bad value and the allowed range, or a missing {@code cap}
     */
    public PrepareSettings {
        if (cap == null) {
            throw new ConfigException("prepare setting 'cap' is required: the rating cap C in Elo points, 1.."
                    + MAX_CAP + " (e.g. 1000, 1300 or 1500 as in the paper)");
        }
        validationFraction = validationFraction == null ? 0.05 : validationFraction;
        seed = seed == null ? 0L : seed;
        minPlies = minPlies == null ? 1 : minPlies;
        dedupe = dedupe == null ? Boolean.TRUE : dedupe;
        ratedOnly = ratedOnly == null ? Boolean.FALSE : ratedOnly;
        shardGames = shardGames == null ? 200_000 : shardGames;
        check(cap >= 1 && cap <= MAX_CAP, "cap", cap, "1.." + MAX_CAP + " (Elo points)");
        // train refuses a dataset without validation games, so 0 is not a choice
        check(validationFraction > 0 && validationFraction <= 0.5, "validationFraction", validationFraction,
                "greater than 0, at most 0.5");
        check(minPlies >= 1 && minPlies <= 10_000, "minPlies", minPlies, "1..10000 (plies)");
        check(shardGames >= 1 && shardGames <= MAX_SHARD_GAMES, "shardGames", shardGames, "1.." + MAX_SHARD_GAMES);
    }

    /** @return the defaults with the given cap */
    public static PrepareSettings withCap(int cap) {
        return new PrepareSettings(cap, null, null, null, null, null, null);
    }

    /** @return what the dataset's manifest records: these settings and the vocabulary of the token ids */
    public DatasetSettings resolved(MoveVocabulary vocabulary) {
        return new DatasetSettings(cap, validationFraction, seed, minPlies, dedupe, ratedOnly, shardGames,
                vocabulary.fingerprint(), vocabulary.size());
    }

    private static void check(boolean ok, String key, Object value, String allowed) {
        if (!ok) {
            throw new ConfigException("prepare setting '" + key + "' = " + value + " is out of range; allowed: " + allowed);
        }
    }
}
