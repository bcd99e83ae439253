package dev.transcend.arena.calibrate;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

/**
 * Settings of {@code transcend calibrate} (YAML section {@code calibrate:}): a round robin of {@code players} that
 * measures one rating scale, written to {@code ladder.csv}.
 *
 * <pre>
 * calibrate:
 *   playersFile: configs/opponents.yaml
 *   players: [random, fairy-m4-n50, sf-s0-n50]
 *   gamesPerPair: 20
 *   openingPlies: 4
 *   anchor: {player: random, rating: 0}
 * </pre>
 *
 * @param playersFile  YAML roster the players are taken from (default configs/opponents.yaml)
 * @param players      names of the players, at least 2 (required); experts ({@code type: expert}) included
 * @param gamesPerPair games each pair plays, even (colours alternate; with openings, each opening once with each
 *                     colour); default 10
 * @param openingPlies  plies of each random opening, played by neither side; 0 (the default) starts from the standard
 *                     position. The same openings serve every pair
 * @param anchor       the player whose rating defines the scale, and that rating (required)
 * @param moveLimit    games stopped after this many full moves are draws (default 150)
 * @param concurrency  game slots run at once (default 2)
 * @param seed         run seed, for game seeds and openings (default 0)
 */
public record CalibrateSettings(String playersFile, List<String> players, Integer gamesPerPair, Integer openingPlies,
                                Anchor anchor, Integer moveLimit, Integer concurrency, Long seed) {

    /**
     * The scale's one fixed point.
     *
     * @param player a player of the round robin
     * @param rating its rating by definition, Elo (e.g. the random mover at 0, or a stated engine at its published
     *               rating)
     */
    public record Anchor(String player, Double rating) {
        public Anchor {
            if (player == null || player.isBlank() || rating == null) {
                throw new ConfigException("anchor: give both 'player' and 'rating', e.g. anchor: {player: random,"
                        + " rating: 0}");
            }
        }
    }

    /** @throws ConfigException naming the key, the bad value and the allowed range */
    public CalibrateSettings {
        playersFile = playersFile == null ? "configs/opponents.yaml" : playersFile;
        gamesPerPair = gamesPerPair == null ? 10 : gamesPerPair;
        openingPlies = openingPlies == null ? 0 : openingPlies;
        moveLimit = moveLimit == null ? 150 : moveLimit;
        concurrency = concurrency == null ? 2 : concurrency;
        seed = seed == null ? 0L : seed;
        if (players == null || players.size() < 2 || new HashSet<>(players).size() != players.size()) {
            throw new ConfigException("players: " + players + " is not allowed; list at least 2 distinct player names");
        }
        players = List.copyOf(players);
        if (gamesPerPair < 2 || gamesPerPair > 100_000 || gamesPerPair % 2 != 0) {
            throw new ConfigException("gamesPerPair: " + gamesPerPair + " is not allowed; use an even number 2..100000"
                    + " (each pair plays both colours equally often)");
        }
        if (openingPlies < 0 || openingPlies > 40) {
            throw new ConfigException("openingPlies: " + openingPlies + " is not allowed; use 0..40 plies");
        }
        if (anchor == null) {
            throw new ConfigException("anchor: missing; name the player that defines the scale and its rating, e.g."
                    + " anchor: {player: random, rating: 0}");
        }
        if (!players.contains(anchor.player())) {
            throw new ConfigException("anchor.player: '" + anchor.player() + "' is not one of players " + players);
        }
        if (moveLimit < 1 || moveLimit > 10_000) {
            throw new ConfigException("moveLimit: " + moveLimit + " is not allowed; use 1..10000 full moves");
        }
        if (concurrency < 1 || concurrency > 256) {
            throw new ConfigException("concurrency: " + concurrency + " is not allowed; use 1..256");
        }
    }

    /**
     * @param file a YAML file with this record's keys
     * @return the settings
     * @throws ConfigException naming file, line and key when it does not parse or validate
     */
    public static CalibrateSettings read(Path file) {
        return ConfigFiles.read(file, CalibrateSettings.class);
    }

    /** @return the number of games the round robin schedules */
    public int totalGames() {
        return players.size() * (players.size() - 1) / 2 * gamesPerPair;
    }
}
