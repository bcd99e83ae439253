package dev.transcend.arena.sweep;

import dev.transcend.arena.game.GameRunner;
import dev.transcend.arena.player.ContextOverflow;
import dev.transcend.core.policy.Sampling;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;
import dev.transcend.core.policy.SamplingProtocol;
import dev.transcend.core.ratings.Sprt;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

/**
 * Settings of a temperature sweep ({@code transcend play}), read from YAML; a missing key takes the
 * paper's value (Zhang et al., 2024, section 4) where the paper gives one.
 *
 * @param temperatures sampling temperatures tau (default 0.001, 0.01, 0.1, 0.3, 0.5, 0.75, 1.0, 1.5)
 * @param opponents names of the opponents in {@code opponentsFile} (default stockfish-skill-1, -3, -5)
 * @param gamesPerOpponent games per opponent per temperature, the model White in even-numbered
 *                         games (default 100)
 * @param protocol sampling protocol (default FULL_VOCABULARY, the paper's)
 * @param maxTries samples per move before the game is lost under FULL_VOCABULARY (default 5)
 * @param moveLimit games stopped after this many full moves count as draws (default 90)
 * @param concurrency game slots run at once, each with its own engine processes and model (default 1)
 * @param seed run seed; game seeds derive from it, the temperature, the opponent and the game index (default 0)
 * @param opponentsFile YAML roster the opponents are taken from (default configs/opponents.yaml)
 * @param sprt optional early stop: a temperature gets no more games once the sequential probability ratio test of
 *             "the model's rating is above X" over its games decides ({@code sprt: {above: cap|best|<Elo>, elo0, elo1,
 *             alpha, beta}}, core's {@link Sprt}); absent (the default), every scheduled game is played
 * @param openingPlies plies of each game's random opening, played by neither side ({@code Opening}); 0 (the default,
 *                     the paper's) starts every game from the standard position. With N &gt; 0, games {@code 2k} and
 *                     {@code 2k+1} against an opponent share opening {@code k} (the same openings for every opponent
 *                     and temperature), the model White in the first, Black in the second
 * @param ladder optional {@code ladder.csv} (from {@code transcend calibrate}): an opponent on it plays with the ladder's
 *               rating ({@code calibrated: true}); one missing from it keeps its roster rating
 * @param contextOverflow what a game longer than the model's context does ({@link ContextOverflow}): {@code refuse}
 *                        (the default: a {@code moveLimit} of more plies than the context is a config error),
 *                        {@code end} (the game ends as a draw, {@code CONTEXT_FULL}, when the model is to move in a
 *                        game that no longer fits) or {@code slide} (the model reads the most recent moves that fit)
 * @param adjudication optional: a game that reaches the move limit is decided by an engine's evaluation of its final
 *                     position ({@link Adjudication}) instead of the paper's draw; absent (the default), the paper's rule
 */
public record PlaySettings(List<Double> temperatures, List<String> opponents, Integer gamesPerOpponent,
                           SamplingProtocol protocol, Integer maxTries, Integer moveLimit, Integer concurrency,
                           Long seed, String opponentsFile, Sprt sprt, Integer openingPlies, String ladder,
                           ContextOverflow contextOverflow, Adjudication adjudication) {

    /** The paper's temperatures (Zhang et al., 2024, section 4). */
    public static final List<Double> PAPER_TEMPERATURES = List.of(0.001, 0.01, 0.1, 0.3, 0.5, 0.75, 1.0, 1.5);
    /** The paper's opponents: Stockfish at Skill Level 1, 3 and 5, named as in configs/opponents.yaml. */
    public static final List<String> PAPER_OPPONENTS = List.of("stockfish-skill-1", "stockfish-skill-3", "stockfish-skill-5");

    /** @throws ConfigException naming the key, the bad value and the allowed range */
    public PlaySettings {
        temperatures = temperatures == null ? PAPER_TEMPERATURES : List.copyOf(temperatures);
        opponents = opponents == null ? PAPER_OPPONENTS : List.copyOf(opponents);
        gamesPerOpponent = gamesPerOpponent == null ? 100 : gamesPerOpponent;
        protocol = protocol == null ? SamplingProtocol.FULL_VOCABULARY : protocol;
        maxTries = maxTries == null ? Sampling.PAPER_MAX_TRIES : maxTries;
        moveLimit = moveLimit == null ? GameRunner.PAPER_MOVE_LIMIT : moveLimit;
        concurrency = concurrency == null ? 1 : concurrency;
        seed = seed == null ? 0L : seed;
        opponentsFile = opponentsFile == null ? "configs/opponents.yaml" : opponentsFile;
        openingPlies = openingPlies == null ? 0 : openingPlies;
        contextOverflow = contextOverflow == null ? ContextOverflow.REFUSE : contextOverflow;
        if (temperatures.isEmpty() || new HashSet<>(temperatures).size() != temperatures.size()) {
            throw new ConfigException("temperatures: " + temperatures + " is not allowed; list distinct values");
        }
        for (double t : temperatures) {
            new Sampling(t, protocol, maxTries); // checks tau >= 0 and maxTries >= 1
        }
        if (opponents.isEmpty() || new HashSet<>(opponents).size() != opponents.size()) {
            throw new ConfigException("opponents: " + opponents + " is not allowed; list distinct player names");
        }
        check("gamesPerOpponent", gamesPerOpponent, 1, 1_000_000);
        check("moveLimit", moveLimit, 1, 10_000);
        check("concurrency", concurrency, 1, 256);
        check("openingPlies", openingPlies, 0, 40);
    }

    /** Settings with the paper's move-limit draw (no {@code adjudication}). */
    public PlaySettings(List<Double> temperatures, List<String> opponents, Integer gamesPerOpponent,
                        SamplingProtocol protocol, Integer maxTries, Integer moveLimit, Integer concurrency, Long seed,
                        String opponentsFile, Sprt sprt, Integer openingPlies, String ladder,
                        ContextOverflow contextOverflow) {
        this(temperatures, opponents, gamesPerOpponent, protocol, maxTries, moveLimit, concurrency, seed, opponentsFile,
                sprt, openingPlies, ladder, contextOverflow, null);
    }

    /** Settings that refuse a move limit longer than the model's context (the default {@code contextOverflow}). */
    public PlaySettings(List<Double> temperatures, List<String> opponents, Integer gamesPerOpponent,
                        SamplingProtocol protocol, Integer maxTries, Integer moveLimit, Integer concurrency, Long seed,
                        String opponentsFile, Sprt sprt, Integer openingPlies, String ladder) {
        this(temperatures, opponents, gamesPerOpponent, protocol, maxTries, moveLimit, concurrency, seed, opponentsFile,
                sprt, openingPlies, ladder, null);
    }

    /** Settings from the standard start, without a ladder. */
    public PlaySettings(List<Double> temperatures, List<String> opponents, Integer gamesPerOpponent,
                        SamplingProtocol protocol, Integer maxTries, Integer moveLimit, Integer concurrency, Long seed,
                        String opponentsFile, Sprt sprt) {
        this(temperatures, opponents, gamesPerOpponent, protocol, maxTries, moveLimit, concurrency, seed, opponentsFile,
                sprt, null, null);
    }

    /** Settings without an SPRT (every scheduled game is played). */
    public PlaySettings(List<Double> temperatures, List<String> opponents, Integer gamesPerOpponent,
                        SamplingProtocol protocol, Integer maxTries, Integer moveLimit, Integer concurrency, Long seed,
                        String opponentsFile) {
        this(temperatures, opponents, gamesPerOpponent, protocol, maxTries, moveLimit, concurrency, seed, opponentsFile,
                null);
    }

    /** @return all defaults (the paper's sweep against configs/opponents.yaml) */
    public static PlaySettings defaults() {
        return new PlaySettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** @return these settings with {@code sprt} (null: none) */
    public PlaySettings withSprt(Sprt sprt) {
        return new PlaySettings(temperatures, opponents, gamesPerOpponent, protocol, maxTries, moveLimit, concurrency,
                seed, opponentsFile, sprt, openingPlies, ladder, contextOverflow, adjudication);
    }

    /** @return these settings with {@code ladder} (null: none) */
    public PlaySettings withLadder(String ladder) {
        return new PlaySettings(temperatures, opponents, gamesPerOpponent, protocol, maxTries, moveLimit, concurrency,
                seed, opponentsFile, sprt, openingPlies, ladder, contextOverflow, adjudication);
    }

    /** @return these settings with {@code contextOverflow} (null: the default, refuse) */
    public PlaySettings withContextOverflow(ContextOverflow contextOverflow) {
        return new PlaySettings(temperatures, opponents, gamesPerOpponent, protocol, maxTries, moveLimit, concurrency,
                seed, opponentsFile, sprt, openingPlies, ladder, contextOverflow, adjudication);
    }

    /** @return these settings with {@code adjudication} (null: the paper's move-limit draw) */
    public PlaySettings withAdjudication(Adjudication adjudication) {
        return new PlaySettings(temperatures, opponents, gamesPerOpponent, protocol, maxTries, moveLimit, concurrency,
                seed, opponentsFile, sprt, openingPlies, ladder, contextOverflow, adjudication);
    }

    /**
     * @param file a YAML file with any of this record's keys
     * @return the settings
     * @throws ConfigException naming file, line and key when it does not parse or validate
     */
    public static PlaySettings read(Path file) {
        return ConfigFiles.read(file, PlaySettings.class);
    }

    /** @return the number of games the sweep schedules */
    public int totalGames() {
        return temperatures.size() * opponents.size() * gamesPerOpponent;
    }

    /** @return the sampling rule at temperature {@code tau} */
    public Sampling sampling(double tau) {
        return new Sampling(tau, protocol, maxTries);
    }

    private static void check(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ConfigException(key + ": " + value + " is not allowed; use " + min + ".." + max);
        }
    }
}
