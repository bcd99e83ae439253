package dev.transcend.arena.sweep;

import dev.transcend.arena.engine.EngineLog;
import dev.transcend.arena.game.GameRunner;
import dev.transcend.arena.game.MoveLimitRule;
import dev.transcend.arena.player.EngineSpec;
import dev.transcend.arena.game.GameSlots;
import dev.transcend.arena.game.PlayedGame;
import dev.transcend.arena.player.ModelPlayer;
import dev.transcend.arena.player.Player;
import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.core.policy.Sampling;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.chess.Color;
import dev.transcend.core.games.GameKey;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One game slot of a sweep: its own opponents and its own model player, each opened on first use and kept;
 * the model's checkpoint is loaded once per slot, and each game sets its temperature.
 */
final class SweepSlot implements GameSlots.Slot<SweepJob> {

    /** Opens the swept model (its checkpoint is loaded here, once per slot). */
    @FunctionalInterface
    interface ModelOpener {
        ModelPlayer open(Sampling sampling) throws IOException;
    }

    /** Receives each finished game. */
    @FunctionalInterface
    interface Recorder {
        void record(SweepJob job, PlayedGame game) throws IOException;
    }

    private final ModelOpener modelOpener;
    private final GameRunner runner;
    private final Recorder recorder;
    private final EngineLog log;
    private final Predicate<GameKey> needed;
    private final Map<String, Player> opponents = new HashMap<>();
    private ModelPlayer model;

    private final EngineSpec adjudicatorSpec;
    private final int marginCp;
    private EngineAdjudicator adjudicator;

    /**
     * @param needed whether a job's game is still to be played (false: the sweep's SPRT has decided its temperature)
     * @param adjudicatorSpec the engine that decides games at the move limit ({@link Adjudication}), or null for the
     *                        paper's draw; opened by the slot on first use
     * @param marginCp the adjudication margin, centipawns
     */
    SweepSlot(ModelOpener modelOpener, GameRunner runner, Recorder recorder, EngineLog log, Predicate<GameKey> needed,
              EngineSpec adjudicatorSpec, int marginCp) {
        this.adjudicatorSpec = adjudicatorSpec;
        this.marginCp = marginCp;
        this.modelOpener = modelOpener;
        this.runner = runner;
        this.recorder = recorder;
        this.log = log;
        this.needed = needed;
    }

    @Override
    public void run(SweepJob job) throws IOException, InterruptedException {
        if (!needed.test(job.key())) {
            return;
        }
        if (model == null) {
            model = modelOpener.open(job.sampling());
        }
        Player opponent = opponents.get(job.opponent().name());
        if (opponent == null) {
            opponent = job.opponent().open(runner.moveLimit(), PolicyLoader.none(), log);
            opponents.put(job.opponent().name(), opponent);
        }
        ByColor<Player> players = job.modelColor() == Color.WHITE
                ? new ByColor<>(model, opponent) : new ByColor<>(opponent, model);
        model.useSampling(job.sampling());
        PlayedGame game = runner.play(players, job.seed(), job.opening(), moveLimitRule());
        recorder.record(job, game);
    }

    private MoveLimitRule moveLimitRule() throws IOException, InterruptedException {
        if (adjudicatorSpec == null) {
            return MoveLimitRule.DRAW;
        }
        if (adjudicator == null) {
            adjudicator = new EngineAdjudicator(adjudicatorSpec.open(runner.moveLimit(), PolicyLoader.none(), log),
                    marginCp);
        }
        return adjudicator;
    }

    @Override
    public void close() {
        if (adjudicator != null) {
            adjudicator.close();
        }
        if (model != null) {
            model.close();
        }
        opponents.values().forEach(Player::close);
    }
}
