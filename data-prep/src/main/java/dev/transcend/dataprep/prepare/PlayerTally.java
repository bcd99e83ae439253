package dev.transcend.dataprep.prepare;

import dev.transcend.core.chess.ByColor;
import dev.transcend.core.dataset.PlayerRow;
import dev.transcend.core.pgn.ParsedGame;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts, per player named in the PGN {@code White}/{@code Black} tags, the rating tag values seen and the games
 * kept or dropped by the cap: the rows of {@code players.csv} (core's {@code PlayersCsv}). Games without a name (tag
 * missing, empty or {@code ?}) or without readable ratings count for nobody. One entry per distinct name: a monthly
 * Lichess export has a few million, tens of bytes each.
 */
final class PlayerTally {

    private final Map<String, Counts> players = new HashMap<>();

    /**
     * @param game the game as read
     * @param elo its ratings, if readable
     * @param kept whether the game went into the dataset
     * @param aboveCap whether it was dropped for {@code max(WhiteElo, BlackElo) > cap}
     */
    void count(ParsedGame game, Optional<ByColor<Integer>> elo, boolean kept, boolean aboveCap) {
        if (elo.isEmpty()) {
            return;
        }
        count(game.tag("White"), elo.get().white(), kept, aboveCap);
        count(game.tag("Black"), elo.get().black(), kept, aboveCap);
    }

    private void count(Optional<String> name, int rating, boolean kept, boolean aboveCap) {
        String player = name.map(String::strip).orElse("");
        if (player.isEmpty() || player.equals("?")) {
            return;
        }
        Counts c = players.computeIfAbsent(player, p -> new Counts(rating));
        c.min = Math.min(c.min, rating);
        c.max = Math.max(c.max, rating);
        c.kept += kept ? 1 : 0;
        c.aboveCap += aboveCap ? 1 : 0;
    }

    /** @return one row per player: most games kept first, then by name */
    List<PlayerRow> rows() {
        return players.entrySet().stream()
                .map(e -> new PlayerRow(e.getKey(), e.getValue().min, e.getValue().max, e.getValue().kept,
                        e.getValue().aboveCap))
                .sorted(Comparator.comparingLong(PlayerRow::gamesKept).reversed().thenComparing(PlayerRow::player))
                .toList();
    }

    private static final class Counts {
        int min;
        int max;
        long kept;
        long aboveCap;

        Counts(int rating) {
            min = rating;
            max = rating;
        }
    }
}
