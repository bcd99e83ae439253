package dev.transcend.arena.sweep;

import dev.transcend.core.games.GameRow;
import dev.transcend.core.game.Termination;
import dev.transcend.core.ratings.SprtVerdict;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sweep's {@code games.csv} holds after a run, from the model's side; also the manifest's counts.
 *
 * @param scheduled games the settings ask for
 * @param resumed games already finished when the run started
 * @param played games played by this run
 * @param games rows in {@code games.csv} now
 * @param wins model wins
 * @param draws draws
 * @param losses model losses
 * @param score mean model score, 0..1
 * @param illegalAttempts illegal samples the model drew in all games
 * @param illegalLosses games the model lost with NO_LEGAL_SAMPLE
 * @param engineFaults games the model won because the engine failed (ILLEGAL_MOVE, ENGINE_CRASH, ENGINE_TIMEOUT):
 *                     wins by no merit of the model, worth a warning when not 0
 * @param engineReplays plays of this run's games that an engine crash or stall cut short and that were played again
 *                      on a restarted engine (see {@code GameRunner}); not in {@code games.csv}, which holds each
 *                      game once (the PGN's {@code EngineReplays} tag counts them per game, {@code engines.log} says
 *                      why)
 * @param terminations games by termination
 * @param stoppedEarly scheduled games this run did not play because the SPRT ({@code sprt:}) had decided their
 *                     temperature (0 without {@code sprt:})
 * @param sprt each temperature's SPRT verdict over all its games in {@code games.csv} (as {@code rate} computes it),
 *             keyed by the temperature as {@code games.csv} writes it; empty without {@code sprt:}
 */
public record SweepSummary(int scheduled, int resumed, int played, int games, int wins, int draws, int losses,
                           double score, long illegalAttempts, int illegalLosses, int engineFaults, int engineReplays,
                           Map<Termination, Integer> terminations, int stoppedEarly, Map<String, SprtVerdict> sprt) {

    /** @return the summary of {@code rows} */
    static SweepSummary of(int scheduled, int resumed, int played, int engineReplays, List<GameRow> rows,
                           int stoppedEarly, Map<String, SprtVerdict> sprt) {
        int wins = 0;
        int draws = 0;
        long illegal = 0;
        int illegalLosses = 0;
        int engineFaults = 0;
        double points = 0;
        Map<Termination, Integer> terminations = new EnumMap<>(Termination.class);
        for (GameRow r : rows) {
            wins += r.modelScore() == 1 ? 1 : 0;
            draws += r.modelScore() == 0.5 ? 1 : 0;
            points += r.modelScore();
            illegal += r.illegalAttempts();
            illegalLosses += r.termination() == Termination.NO_LEGAL_SAMPLE && r.modelScore() == 0 ? 1 : 0;
            engineFaults += r.isEngineFaultWin() ? 1 : 0;
            terminations.merge(r.termination(), 1, Integer::sum);
        }
        int n = rows.size();
        return new SweepSummary(scheduled, resumed, played, n, wins, draws, n - wins - draws,
                n == 0 ? 0 : points / n, illegal, illegalLosses, engineFaults, engineReplays, terminations, stoppedEarly,
                Collections.unmodifiableMap(new LinkedHashMap<>(sprt)));
    }
}
