package dev.transcend.dataprep.prepare;

import dev.transcend.core.vocab.MoveVocabulary;

/**
 * The resolved settings of a prepared dataset, stored under {@code settings} in its
 * {@code manifest.json}: the {@link PrepareSettings} plus the vocabulary the token ids refer to, so
 * that training can refuse a dataset tokenized with another vocabulary.
 *
 * @param cap rating cap C: every kept game has {@code max(WhiteElo, BlackElo) <= cap}
 * @param validationFraction share of games sent to validation
 * @param seed seed of the split hash
 * @param minPlies fewest plies of a kept game
 * @param dedupe whether duplicate games were dropped
 * @param ratedOnly whether casual games were dropped
 * @param shardGames most games per shard
 * @param vocabularyFingerprint {@link MoveVocabulary#fingerprint()} of the token ids
 * @param vocabularySize {@link MoveVocabulary#size()}
 */
public record DatasetSettings(int cap, double validationFraction, long seed, int minPlies, boolean dedupe,
                              boolean ratedOnly, int shardGames, String vocabularyFingerprint, int vocabularySize) {

    /** @return the dataset settings for a run with {@code settings} and {@code vocabulary} */
    public static DatasetSettings of(PrepareSettings settings, MoveVocabulary vocabulary) {
        return new DatasetSettings(settings.cap(), settings.validationFraction(), settings.seed(), settings.minPlies(),
                settings.dedupe(), settings.ratedOnly(), settings.shardGames(), vocabulary.fingerprint(),
                vocabulary.size());
    }
}
