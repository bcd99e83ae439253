package dev.transcend.rating;

import dev.transcend.core.games.GameRow;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.PgnReader;
import dev.transcend.core.ratings.RatingGroup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Counts distinct games per rating group: two games are the same game when they have the same moves (their movetext
 * without the result), whatever their seeds. The moves are not in {@code games.csv}; they are read from the
 * {@code games.pgn} the sweep writes next to it, each game found by its {@code GameKey} tag. A group with a game whose
 * moves cannot be found (no {@code games.pgn}, or the game missing from it) has no count.
 */
final class DistinctGames {

    /** Below this share of distinct games, the rate stage warns that games repeat. */
    static final double WARN_BELOW = 0.9;

    private final Map<RatingGroup, Set<String>> moves = new HashMap<>();
    private final Set<RatingGroup> unknown = new HashSet<>();

    private DistinctGames() {
    }

    /**
     * @param gamesCsvs the rate stage's inputs, each a sweep's {@code games.csv} (one model per file)
     * @return the distinct games of every group, where the moves of all its games are known
     * @throws IOException if a file cannot be read
     */
    static DistinctGames of(List<Path> gamesCsvs) throws IOException {
        DistinctGames distinct = new DistinctGames();
        for (Path csv : gamesCsvs) {
            Map<String, String> movesByKey = movesByKey(csv.resolveSibling("games.pgn"));
            for (GameRow row : GamesCsv.read(csv)) {
                RatingGroup group = RatingGroup.of(row);
                String m = movesByKey.get(row.key().toString());
                if (m == null) {
                    distinct.unknown.add(group);
                } else {
                    distinct.moves.computeIfAbsent(group, g -> new HashSet<>()).add(m);
                }
            }
        }
        return distinct;
    }

    /** @return the group's distinct games, or empty if the moves of one of its games are unknown */
    OptionalInt count(RatingGroup group) {
        return unknown.contains(group) || !moves.containsKey(group) ? OptionalInt.empty()
                : OptionalInt.of(moves.get(group).size());
    }

    private static Map<String, String> movesByKey(Path pgn) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(pgn)) {
            return out;
        }
        try (PgnReader reader = new PgnReader(Files.newBufferedReader(pgn, StandardCharsets.UTF_8), pgn.toString())) {
            for (GameRecord r = reader.next(); r != null; r = reader.next()) {
                if (r instanceof ParsedGame game && game.tag("GameKey").isPresent()) {
                    String text = game.movetext().strip();
                    String marker = game.terminationMarker().orElse("");
                    if (text.endsWith(marker)) {
                        text = text.substring(0, text.length() - marker.length());
                    }
                    out.put(game.tag("GameKey").get(), text.replaceAll("\\s+", " ").strip());
                }
            }
        }
        return out;
    }
}
