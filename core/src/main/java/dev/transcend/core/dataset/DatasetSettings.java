package dev.transcend.core.dataset;

import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;

import java.util.List;

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
 * @param floor lowest rating either player may have ({@code min(WhiteElo, BlackElo) >= floor}), or null for none
 * @param speedClasses Lichess speed-class keys kept (e.g. {@code blitz}), or null for every game whatever its clock
 * @param dropTerminations {@code Termination} tag values dropped; a manifest written before this filter existed
 *                         reads as none (empty)
 * @param dates the game dates kept, or null for any date
 * @param dropBots whether games with a {@code BOT} player were dropped; a manifest written before this filter existed
 *                 reads as false
 */
public record DatasetSettings(Integer cap, double validationFraction, long seed, int minPlies, boolean dedupe,
                              boolean ratedOnly, int shardGames, String vocabularyFingerprint, int vocabularySize,
                              String encoding, Integer floor, List<String> speedClasses, List<String> dropTerminations,
                              DateRange dates, Boolean dropBots) {

    public DatasetSettings {
        encoding = encoding == null ? Encodings.DEFAULT_ID : encoding;
        speedClasses = speedClasses == null ? null : List.copyOf(speedClasses);
        // what datasets written before these filters did: no game dropped for them
        dropTerminations = dropTerminations == null ? List.of() : List.copyOf(dropTerminations);
        dropBots = dropBots != null && dropBots;
    }
}
