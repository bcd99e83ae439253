package dev.transcend.core.dataset;

import dev.transcend.core.vocab.MoveVocabulary;

/**
 * The resolved settings of a prepared dataset, stored under {@code settings} in its
 * {@code manifest.json}: data-prep's {@code PrepareSettings} plus the vocabulary the token ids refer to, so
 * that training can refuse a dataset tokenized with another vocabulary. Written by {@code prepare}; read back by
 * {@code train} (cap, vocabulary) and by {@code run} (is the dataset still the one asked for?).
 *
 * @param cap rating cap C: every kept game has {@code max(WhiteElo, BlackElo) <= cap}; null in a manifest without it
 * @param validationFraction share of games sent to validation
 * @param seed seed of the split hash
 * @param minPlies fewest plies of a kept game
 * @param dedupe whether duplicate games were dropped
 * @param ratedOnly whether casual games were dropped
 * @param shardGames most games per shard
 * @param vocabularyFingerprint {@link MoveVocabulary#fingerprint()} of the token ids, or null if not recorded
 * @param vocabularySize {@link MoveVocabulary#size()}
 */
public record DatasetSettings(Integer cap, double validationFraction, long seed, int minPlies, boolean dedupe,
                              boolean ratedOnly, int shardGames, String vocabularyFingerprint, int vocabularySize) {
}
