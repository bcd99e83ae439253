package dev.transcend.arena.player;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.ladder.Ladder;
import dev.transcend.core.ladder.LadderCsv;
import dev.transcend.core.ladder.LadderRow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives players the ratings a {@code ladder.csv} measured ({@code transcend calibrate}), so that generated games'
 * {@code WhiteElo}/{@code BlackElo} and a sweep's opponents' ratings are on the ladder's one scale. A player on the
 * ladder gets its rating rounded to whole Elo, {@code calibrated: true} and a note naming the ladder file and its
 * anchor; a player missing from it keeps its roster rating (listed in {@link #missing()}, which the stages print).
 *
 * @param players the players, in the order given, with the ladder's ratings where it has them
 * @param missing names of the players the ladder does not rate
 */
public record LadderRatings(List<PlayerSpec> players, List<String> missing) {

    /**
     * @param players recipes, e.g. a generation panel or a sweep's opponents
     * @param ladderFile a {@code ladder.csv}
     * @return the players rated from the ladder
     * @throws ConfigException if the file is missing, or a ladder rating lies outside the 0..4000 Elo a player may have
     * @throws IOException if the file cannot be read, or is malformed (a {@code MalformedCsvException})
     */
    public static LadderRatings apply(List<PlayerSpec> players, Path ladderFile) throws IOException {
        if (!Files.isRegularFile(ladderFile)) {
            throw new ConfigException("ladder: " + ladderFile + " does not exist; run transcend calibrate to make it,"
                    + " or remove the 'ladder' setting");
        }
        Ladder ladder = LadderCsv.read(ladderFile);
        String anchor = ladder.anchor().map(a -> a.player() + " = " + String.format(Locale.ROOT, "%.0f", a.rating()))
                .orElse("none");
        List<PlayerSpec> rated = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (PlayerSpec p : players) {
            var row = ladder.find(p.name());
            if (row.isEmpty()) {
                missing.add(p.name());
                rated.add(p);
                continue;
            }
            LadderRow r = row.get();
            if (r.pgnRating() < 0 || r.pgnRating() > 4000) {
                throw new ConfigException("ladder " + ladderFile + ": " + p.name() + " is rated " + r.pgnRating()
                        + ", outside 0..4000 Elo; anchor the ladder so every player is rated 0 or more");
            }
            String note = String.format(Locale.ROOT, "ladder %s (anchor %s): %.0f [%.0f, %.0f] from %d games",
                    ladderFile, anchor, r.rating(), r.low95(), r.high95(), r.games());
            rated.add(withRating(p, r.pgnRating(), note));
        }
        return new LadderRatings(List.copyOf(rated), List.copyOf(missing));
    }

    /** @return the recipe with another rating, measured ({@code calibrated: true}) */
    static PlayerSpec withRating(PlayerSpec p, int rating, String note) {
        if (p instanceof EngineSpec e) {
            return new EngineSpec(e.name(), rating, true, note, e.command(), e.args(), e.options(), e.limit(),
                    e.timeouts());
        }
        if (p instanceof RandomSpec r) {
            return new RandomSpec(r.name(), rating, true, note);
        }
        if (p instanceof ModelSpec m) {
            return new ModelSpec(m.name(), rating, true, note, m.checkpoint(), m.temperature(), m.protocol(),
                    m.maxTries(), m.cap());
        }
        ExpertSpec x = (ExpertSpec) p;
        return new ExpertSpec(x.name(), rating, true, note, x.base(), x.errors(), x.resolvedBase());
    }
}
