package dev.transcend.core.dataset;

import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;

/**
 * The resolved settings of a prepared dataset, stored under {@code settings} in its
 * {@code manifest.json}: data-prep's {@code PrepareSettings} plus the encoding the token ids refer to (id, vocabulary
 * fingerprint and size), so that training can refuse a dataset of another encoding or vocabulary. Written by
 * {@code prepare}; read back by {@code train} (cap, encoding, vocabulary) and by {@code run} (is the dataset still
 * the one asked for?).
 *
 * @param cap rating cap C: every kept game has {@code max(WhiteElo, BlackElo) <= cap}; null in a manifest without it
 * @param validationFraction share of games sent to validation
 * @param seed seed of the split hash
 * @param minPlies fewest plies of a kept game
 * @param dedupe whether duplicate games were dropped
 * @param ratedOnly whether casual games were dropped
 * @param shardGames most games per shard
 * @param vocabularyFingerprint {@link Encoding#fingerprint()} of the token ids, or null if not recorded
 * @param vocabularySize {@link Encoding#vocabularySize()}
 * @param encoding {@link Encoding#id()} of the token ids, e.g. {@code uci-move-v1}; a manifest written before
 *                 encodings were recorded has none and reads as {@code uci-move-v1}
 */
public record DatasetSettings(Integer cap, double validationFraction, long seed, int minPlies, boolean dedupe,
                              boolean ratedOnly, int shardGames, String vocabularyFingerprint, int vocabularySize,
                              String encoding) {

    public DatasetSettings {
        encoding = encoding == null ? Encodings.DEFAULT_ID : encoding;
    }
}
