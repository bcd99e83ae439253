package dev.transcend.dataprep.prepare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;

/**
 * The resolved settings of a prepared dataset, stored under {@code settings} in its
 * {@code manifest.json}: the {@link PrepareSettings} plus the encoding the token ids refer to (id, vocabulary
 * fingerprint and size), so that training can refuse a dataset of another encoding or vocabulary.
 *
 * @param cap rating cap C: every kept game has {@code max(WhiteElo, BlackElo) <= cap}
 * @param validationFraction share of games sent to validation
 * @param seed seed of the split hash
 * @param minPlies fewest plies of a kept game
 * @param dedupe whether duplicate games were dropped
 * @param ratedOnly whether casual games were dropped
 * @param shardGames most games per shard
 * @param vocabularyFingerprint {@link Encoding#fingerprint()} of the token ids
 * @param vocabularySize {@link Encoding#vocabularySize()}
 * @param encoding {@link Encoding#id()} of the token ids, e.g. {@code uci-move-v1}; absent in manifests written before
 *                 encodings were recorded, which are {@code uci-move-v1}
 */
public record DatasetSettings(int cap, double validationFraction, long seed, int minPlies, boolean dedupe,
                              boolean ratedOnly, int shardGames, String vocabularyFingerprint, int vocabularySize,
                              String encoding) {

    /** @return the dataset settings for a run with {@code settings}, in the encoding they name */
    public static DatasetSettings of(PrepareSettings settings) {
        Encoding encoding = settings.tokenEncoding();
        return new DatasetSettings(settings.cap(), settings.validationFraction(), settings.seed(), settings.minPlies(),
                settings.dedupe(), settings.ratedOnly(), settings.shardGames(), encoding.fingerprint(),
                encoding.vocabularySize(), encoding.id());
    }

    /**
     * @param recorded the {@code settings} of a dataset manifest as read
     * @return the same with {@code encoding} filled in where an older manifest lacks it ({@code uci-move-v1}), so a
     *         comparison with this build's settings sees no change where there is none
     */
    public static JsonNode withRecordedEncoding(JsonNode recorded) {
        if (recorded instanceof ObjectNode object && !object.has("encoding")) {
            ObjectNode copy = object.deepCopy();
            copy.put("encoding", Encodings.DEFAULT_ID);
            return copy;
        }
        return recorded;
    }
}
