package dev.transcend.arena.generate;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

/**
 * Settings of {@code transcend generate}: the product's own training games, played by a panel of
 * weak engine players through the same {@code GameRunner} as the experiment.
 *
 * @param players names of the panel in {@code playersFile}, at least 1, distinct (default {@link #DEFAULT_PANEL}); a
 *                panel of one player (e.g. the K = 1 expert panel) plays itself, one instance per colour
 * @param games games to generate (default 2000)
 * @param moveLimit games stopped after this many full moves are recorded as draws (default 150)
 * @param concurrency game slots run at once (default 2)
 * @param seed run seed, for pairings and game seeds (default 0)
 * @param pairing how players are paired (default ROUND_ROBIN)
 * @param playersFile YAML roster the panel is taken from (default configs/opponents.yaml)
 * @param openingPlies plies of each game's random opening, played by neither side ({@code Opening}; each game its own
 *                     opening); 0 (the default) starts every game from the standard position
 * @param ladder optional {@code ladder.csv} (from {@code transcend calibrate}): a player on it gets the ladder's rating
 *               in {@code WhiteElo}/{@code BlackElo}; one missing from it keeps its roster rating
 */
public record GenerateSettings(List<String> players, Integer games, Integer moveLimit, Integer concurrency, Long seed,
                               Pairing pairing, String playersFile, Integer openingPlies, String ladder) {

    /** The measured default panel (see arena/README.md, "Default generation panel"). */
    public static final List<String> DEFAULT_PANEL = List.of("random", "fairy-m4-n50", "fairy-m3-n50", "fairy-m1-n50",
            "fairy-s0-n50", "sf-s0-n50", "sf-s3-n100");

    /** @throws ConfigException naming the key, the bad value and the allowed range */
    public GenerateSettings {
        players = players == null ? DEFAULT_PANEL : List.copyOf(players);
        games = games == null ? 2000 : games;
        moveLimit = moveLimit == null ? 150 : moveLimit;
        concurrency = concurrency == null ? 2 : concurrency;
        seed = seed == null ? 0L : seed;
        pairing = pairing == null ? Pairing.ROUND_ROBIN : pairing;
        playersFile = playersFile == null ? "configs/opponents.yaml" : playersFile;
        openingPlies = openingPlies == null ? 0 : openingPlies;
        if (openingPlies < 0 || openingPlies > 40) {
            throw new ConfigException("openingPlies: " + openingPlies + " is not allowed; use 0..40 plies");
        }
        if (players.isEmpty() || new HashSet<>(players).size() != players.size()) {
            throw new ConfigException("players: " + players + " is not allowed; list at least 1 player name, each once");
        }
        if (games < 1 || games > 10_000_000) {
            throw new ConfigException("games: " + games + " is not allowed; use 1..10000000");
        }
        if (moveLimit < 1 || moveLimit > 10_000) {
            throw new ConfigException("moveLimit: " + moveLimit + " is not allowed; use 1..10000 full moves");
        }
        if (concurrency < 1 || concurrency > 256) {
            throw new ConfigException("concurrency: " + concurrency + " is not allowed; use 1..256");
        }
    }

    /** Settings from the standard start, without a ladder. */
    public GenerateSettings(List<String> players, Integer games, Integer moveLimit, Integer concurrency, Long seed,
                            Pairing pairing, String playersFile) {
        this(players, games, moveLimit, concurrency, seed, pairing, playersFile, null, null);
    }

    /** @return all defaults */
    public static GenerateSettings defaults() {
        return new GenerateSettings(null, null, null, null, null, null, null, null, null);
    }

    /** @return these settings with {@code ladder} (null: none) */
    public GenerateSettings withLadder(String ladder) {
        return new GenerateSettings(players, games, moveLimit, concurrency, seed, pairing, playersFile, openingPlies,
                ladder);
    }

    /**
     * @param file a YAML file with any of this record's keys
     * @return the settings
     * @throws ConfigException naming file, line and key when it does not parse or validate
     */
    public static GenerateSettings read(Path file) {
        return ConfigFiles.read(file, GenerateSettings.class);
    }
}
