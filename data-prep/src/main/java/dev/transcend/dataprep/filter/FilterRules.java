package dev.transcend.dataprep.filter;

import dev.transcend.core.dataset.DateRange;
import dev.transcend.core.pgn.SpeedClass;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@link GameFilter} checks, besides the encoding. Data-prep's {@code PrepareSettings} builds one per pass
 * ({@code PrepareSettings.filterRules}), with the highest of its caps.
 *
 * @param cap highest rating (Elo) either player may have: {@code max(WhiteElo, BlackElo) <= cap}
 * @param floor lowest rating either player may have, {@code min(WhiteElo, BlackElo) >= floor}, or null for none
 * @param minPlies fewest plies a kept game has, at least 1
 * @param ratedOnly drop casual games
 * @param dropBots drop games with {@code WhiteTitle} or {@code BlackTitle} {@code BOT}
 * @param speedClasses the Lichess speed classes kept, or null for every game whatever its {@code TimeControl}
 * @param dropTerminations {@code Termination} values dropped, compared case-insensitively after stripping
 * @param dates the dates kept, or null for any date
 */
public record FilterRules(int cap, Integer floor, int minPlies, boolean ratedOnly, boolean dropBots,
                          Set<SpeedClass> speedClasses, List<String> dropTerminations, DateRange dates) {

    public FilterRules {
        if (minPlies < 1) {
            throw new IllegalArgumentException("minPlies must be at least 1, got " + minPlies);
        }
        speedClasses = speedClasses == null ? null : Set.copyOf(speedClasses);
        dropTerminations = dropTerminations.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** @return the rules of datasets before issue 9's filters: cap, plies, rated; no bot, speed, termination or date check */
    public static FilterRules of(int cap, int minPlies, boolean ratedOnly) {
        return new FilterRules(cap, null, minPlies, ratedOnly, false, null, List.of(), null);
    }
}
