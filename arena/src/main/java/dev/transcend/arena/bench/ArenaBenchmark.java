package dev.transcend.arena.bench;

import dev.transcend.arena.player.ModelSpec;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.arena.sweep.PlaySettings;
import dev.transcend.arena.sweep.Sweep;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.core.policy.PolicyLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Games per hour of a sweep played one game at a time (the paper's harness shape) and on several slots at once, in
 * the same process and on the same games: {@code transcend bench arena}. Each slot has its own engine process and its
 * own copy of the model ({@link Sweep}). Both runs have the same schedule, openings and game seeds, so against a
 * deterministic opponent they play the same games; an opponent with a random element (Stockfish's Skill Level draws a
 * random push per move) makes the games, and their lengths, differ, so plies per second is printed beside games per
 * hour.
 */
public final class ArenaBenchmark {

    private ArenaBenchmark() {
    }

    /**
     * One timed sweep.
     *
     * @param slots         games played at once
     * @param games         games played
     * @param plies         plies of those games, both sides
     * @param seconds       wall time of the sweep, s (engine start and model load included)
     * @param modelMoves    forward passes of the model (one per model move; a resampled illegal move costs none)
     * @param modelMsPerMove mean wall time of one forward pass, ms (under parallel slots, each pass's own latency)
     */
    public record Run(int slots, int games, long plies, double seconds, long modelMoves, double modelMsPerMove) {

        /** @return games per hour of wall time */
        public double gamesPerHour() {
            return games * 3600.0 / seconds;
        }

        /** @return plies (both sides) per second of wall time */
        public double pliesPerSecond() {
            return plies / seconds;
        }
    }

    /**
     * @param sequential the one-slot run
     * @param parallel   the several-slot run
     */
    public record Result(Run sequential, Run parallel) {

        /** @return games per hour on several slots over games per hour on one */
        public double speedup() {
            return parallel.gamesPerHour() / sequential.gamesPerHour();
        }
    }

    /**
     * Plays the same games twice, on 1 slot and on {@code slots}, after a 2-game warm-up run (JIT, native libraries).
     *
     * @param model    the swept model
     * @param opponent its one opponent (must have a rating)
     * @param settings the sweep's temperatures, games per temperature, protocol, move limit, openings and seed; its
     *                 opponents and concurrency are replaced
     * @param slots    games at once in the parallel run, at least 2
     * @param models   opens the model's checkpoint (each slot opens its own)
     * @param work     an empty folder for the runs' output (the caller deletes it)
     * @return both runs
     * @throws IOException as {@link Sweep#run}
     * @throws InterruptedException if stopped
     */
    public static Result run(ModelSpec model, PlayerSpec opponent, PlaySettings settings, int slots,
                             PolicyLoader models, Path work) throws IOException, InterruptedException {
        if (slots < 2) {
            throw new IllegalArgumentException("slots must be at least 2, got " + slots);
        }
        PlaySettings warmUp = with(settings, 1, 1, opponent);
        timed(model, opponent, new PlaySettings(List.of(settings.temperatures().get(0)), warmUp.opponents(), 2,
                warmUp.protocol(), warmUp.maxTries(), warmUp.moveLimit(), 1, warmUp.seed() + 1, warmUp.opponentsFile(),
                null, warmUp.openingPlies(), null, warmUp.contextOverflow()), models, work.resolve("warm-up"));
        Run sequential = timed(model, opponent, with(settings, 1, settings.gamesPerOpponent(), opponent), models,
                work.resolve("slots-1"));
        Run parallel = timed(model, opponent, with(settings, slots, settings.gamesPerOpponent(), opponent), models,
                work.resolve("slots-" + slots));
        return new Result(sequential, parallel);
    }

    private static PlaySettings with(PlaySettings s, int slots, int games, PlayerSpec opponent) {
        return new PlaySettings(s.temperatures(), List.of(opponent.name()), games, s.protocol(), s.maxTries(),
                s.moveLimit(), slots, s.seed(), s.opponentsFile(), null, s.openingPlies(), null, s.contextOverflow());
    }

    private static Run timed(ModelSpec model, PlayerSpec opponent, PlaySettings settings, PolicyLoader models,
                             Path out) throws IOException, InterruptedException {
        LongAdder calls = new LongAdder();
        LongAdder nanos = new LongAdder();
        PolicyLoader timedModels = checkpoint -> new TimedPolicy(models.load(checkpoint), calls, nanos);
        long start = System.nanoTime();
        Sweep.run(model, List.of(opponent), settings, out, false, timedModels);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<GameRow> rows = GamesCsv.read(out.resolve(Sweep.GAMES_CSV));
        long plies = rows.stream().mapToLong(GameRow::plies).sum();
        long n = calls.sum();
        return new Run(settings.concurrency(), rows.size(), plies, seconds, n, n == 0 ? 0 : nanos.sum() / 1e6 / n);
    }
}
