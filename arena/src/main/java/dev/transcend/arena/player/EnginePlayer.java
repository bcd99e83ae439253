package dev.transcend.arena.player;

import dev.transcend.arena.engine.EngineException;
import dev.transcend.arena.engine.EngineFault;
import dev.transcend.arena.engine.EngineLocator;
import dev.transcend.arena.engine.EngineLog;
import dev.transcend.arena.engine.EngineReply;
import dev.transcend.arena.engine.UciEngine;
import dev.transcend.arena.engine.UciMessage;
import dev.transcend.core.chess.Position;
import dev.transcend.core.chess.Uci;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.game.Termination;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A UCI engine as a player. The engine's move is checked against the position; a crash, stall or
 * illegal move loses the game with a typed {@link MoveChoice.Failed}, and so does {@code bestmove (none)} or
 * {@code bestmove 0000} in a position that has legal moves (the arbiter never asks in a finished one). The engine
 * stays alive across games ({@code ucinewgame} before each); one that died is restarted (with its options,
 * checked again) at the next {@link #newGame}, so one bad game does not end a sweep, and
 * {@link dev.transcend.arena.game.GameRunner} replays a game an engine crash or stall cut short.
 *
 * <p>Engines have no seed: Stockfish's {@code Skill Level} picks its weakened moves with a
 * time-seeded generator, so engine games are not replayable move for move.
 */
public final class EnginePlayer implements Player {

    private final EngineSpec spec;
    private final List<String> commandLine;
    private final EngineLog log;
    private UciEngine engine;
    private int restarts;
    private EngineReply.Fault pending;

    private EnginePlayer(EngineSpec spec, List<String> commandLine, EngineLog log) {
        this.spec = spec;
        this.commandLine = commandLine;
        this.log = log;
    }

    /** As {@link #open(EngineSpec, EngineLog)} without a log file. */
    public static EnginePlayer open(EngineSpec spec) throws EngineException, InterruptedException {
        return open(spec, EngineLog.discard());
    }

    /**
     * Finds, starts and configures the engine.
     *
     * @param spec the recipe
     * @param log where the engine's stderr and UCI traffic tail go
     * @return a ready player
     * @throws EngineException if the engine is not found (naming the player and the package to install), does
     *                         not complete the UCI handshake, or does not answer {@code isready}
     * @throws ConfigException if an option is unknown to the engine or out of its advertised range
     * @throws InterruptedException if interrupted while waiting for the engine
     */
    public static EnginePlayer open(EngineSpec spec, EngineLog log) throws EngineException, InterruptedException {
        List<String> commandLine = new ArrayList<>();
        try {
            commandLine.add(EngineLocator.locate(spec.command()).toString());
        } catch (EngineException e) {
            throw new EngineException("player '" + spec.name() + "': " + e.getMessage(), e);
        }
        commandLine.addAll(spec.args());
        EnginePlayer player = new EnginePlayer(spec, commandLine, log);
        player.engine = player.launch();
        return player;
    }

    private UciEngine launch() throws EngineException, InterruptedException {
        UciEngine started = UciEngine.start(commandLine, spec.timeouts(), log, spec.name());
        try {
            for (Map.Entry<String, String> option : spec.options().entrySet()) {
                started.setOption(option.getKey(), option.getValue());
            }
            Optional<EngineReply.Fault> fault = started.ready();
            if (fault.isPresent()) {
                throw new EngineException("player '" + spec.name() + "': " + fault.get().detail());
            }
            return started;
        } catch (ConfigException e) {
            started.close();
            throw new ConfigException("player '" + spec.name() + "': " + e.getMessage(), e);
        } catch (EngineException | InterruptedException | RuntimeException e) {
            started.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public OptionalInt rating() {
        return spec.rating() == null ? OptionalInt.empty() : OptionalInt.of(spec.rating());
    }

    /** @return the engine's own name, e.g. {@code Stockfish 15.1}, or the command while it is down */
    public String engineName() {
        return engine != null ? engine.name() : String.join(" ", commandLine);
    }

    /** @return how often the engine was restarted after it died */
    public int restarts() {
        return restarts;
    }

    @Override
    public void newGame(long seed) throws InterruptedException {
        pending = null;
        if (engine == null || !engine.isAlive()) {
            if (engine != null) {
                engine.close();
            }
            restarts++;
            try {
                engine = launch();
            } catch (EngineException e) {
                engine = null;
                pending = new EngineReply.Fault(EngineFault.CRASHED, "restart failed: " + e.getMessage());
                return;
            }
        }
        engine.newGame().ifPresent(fault -> pending = fault);
    }

    @Override
    public MoveChoice choose(Position position) throws InterruptedException {
        if (pending != null) {
            return failed(pending);
        }
        EngineReply reply = engine.go(position.movesUci(), spec.limit());
        if (reply instanceof EngineReply.Fault fault) {
            pending = fault;
            return failed(fault);
        }
        String sent = ((EngineReply.Move) reply).move();
        if (UciMessage.BestMove.isNone(sent)) {
            return new MoveChoice.Failed(Termination.ILLEGAL_MOVE, engine.name() + " sent 'bestmove " + sent
                    + "' (no move) in a position with " + position.legalMoves().size() + " legal moves: "
                    + position.fen(), 0);
        }
        Optional<String> uci = Uci.normalize(sent);
        if (uci.isEmpty() || !position.isLegal(uci.get())) {
            return new MoveChoice.Failed(Termination.ILLEGAL_MOVE,
                    engine.name() + " sent illegal move '" + sent + "' in " + position.fen(), 0);
        }
        return new MoveChoice.Played(uci.get(), 0);
    }

    /**
     * Asks the engine about a position under this player's limit without playing: for adjudication. A fault from an
     * earlier move is returned again (the engine is restarted only for a new game).
     *
     * @param position the position
     * @return the engine's reply: its move with the last {@code info} line (score from the side to move's view), or
     *         the fault
     * @throws InterruptedException if the run is stopping
     */
    public EngineReply analyse(Position position) throws InterruptedException {
        if (pending != null) {
            return pending;
        }
        EngineReply reply = engine.go(position.movesUci(), spec.limit());
        if (reply instanceof EngineReply.Fault fault) {
            pending = fault;
        }
        return reply;
    }

    private static MoveChoice failed(EngineReply.Fault fault) {
        return new MoveChoice.Failed(fault.fault().termination(), fault.detail(), 0);
    }

    /** Quits the engine (killing it after {@code timeouts.quitMs}). */
    @Override
    public void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
