package dev.transcend.arena.game;

import dev.transcend.arena.EngineSignals;
import dev.transcend.arena.MisbehavingEngines;
import dev.transcend.arena.engine.EngineLog;
import dev.transcend.arena.player.Player;
import dev.transcend.arena.player.RandomSpec;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.chess.Position;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.policy.PolicyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each misbehaviour ends the game with a typed result; the timeout only guards against a hang. */
@Timeout(60)
class GameRunnerTest {

    @Test
    void moveLimitStopsTheGameAsADraw() throws Exception {
        try (Player white = new RandomSpec("r1", 400, false, "").open(3);
             Player black = new RandomSpec("r2", 500, false, "").open(3)) {
            PlayedGame game = new GameRunner(3).play(new ByColor<>(white, black), 11);
            assertEquals(6, game.plies());
            assertEquals(Outcome.DRAW, game.result().outcome());
            assertEquals(Termination.MOVE_LIMIT, game.result().termination());
            assertEquals("stopped after move 3", game.result().detail());
            assertEquals(new ByColor<>("r1", "r2"), game.players());
            assertEquals(new ByColor<>(OptionalInt.of(400), OptionalInt.of(500)), game.ratings());
            assertEquals(11, game.seed());
            Position.afterMoves(game.movesUci());
        }
    }

    @Test
    void rulesEndTheGameBeforeTheLimit() throws Exception {
        try (Player white = new RandomSpec("r1", 400, false, "").open(500);
             Player stockfish = MisbehavingEngines.stockfishDepth("sf", 2).open(500)) {
            PlayedGame game = new GameRunner(500).play(new ByColor<>(white, stockfish), 3);
            assertTrue(game.result().termination().isByRules(), game.result().toString());
            assertEquals(Position.afterMoves(game.movesUci()).end().orElseThrow().termination(),
                    game.result().termination());
        }
    }

    @Test
    void crashingEngineLosesWithEngineCrashAfterTheReplays(@TempDir Path dir) throws Exception {
        assertEngineLoses(MisbehavingEngines.crashesOnGo(dir), Termination.ENGINE_CRASH, "exited with code 3", 2);
    }

    @Test
    void stallingEngineLosesOnTimeAfterTheReplays(@TempDir Path dir) throws Exception {
        assertEngineLoses(MisbehavingEngines.stallsOnGo(dir), Termination.ENGINE_TIMEOUT, "no bestmove within 300 ms", 2);
    }

    @Test
    void illegalEngineMoveLosesWithoutAReplay(@TempDir Path dir) throws Exception {
        assertEngineLoses(MisbehavingEngines.playsIllegalMove(dir), Termination.ILLEGAL_MOVE, "illegal move 'e2e5'", 0);
    }

    @Test
    void bestmoveNoneInALivePositionLosesWithoutAReplay(@TempDir Path dir) throws Exception {
        assertEngineLoses(MisbehavingEngines.sendsNoMove(dir, "(none)"), Termination.ILLEGAL_MOVE,
                "sent 'bestmove (none)' (no move) in a position with 20 legal moves", 0);
    }

    @Test
    void anEngineThatCrashesMidGameIsRestartedAndTheGameReplayed(@TempDir Path dir) throws Exception {
        Path script = MisbehavingEngines.failsOnceThenStockfish(dir, "asserts.sh",
                "echo 'assertion failed: board ok' >&2; exit 134");
        PlayedGame game = playOnceFlaky(script, dir);
        assertEquals(1, game.engineReplays().size(), game.engineReplays().toString());
        assertTrue(game.engineReplays().get(0).startsWith("ENGINE_CRASH at ply 1: asserts.sh exited with code 134 "
                + "after 'go nodes 1' at ply 1; stderr: assertion failed: board ok"), game.engineReplays().toString());
        String log = Files.readString(dir.resolve("engines.log"));
        assertTrue(log.contains(" stderr: assertion failed: board ok"), log);
        assertEquals(2, log.lines().filter(l -> l.contains(" started ")).count(), log); // the crash, then the restart
    }

    @Test
    void anEngineThatStopsAnsweringMidGameIsKilledRestartedAndTheGameReplayed(@TempDir Path dir) throws Exception {
        PlayedGame game = playOnceFlaky(MisbehavingEngines.failsOnceThenStockfish(dir, "hangs.sh", ""), dir);
        assertEquals(1, game.engineReplays().size(), game.engineReplays().toString());
        assertTrue(game.engineReplays().get(0).startsWith("ENGINE_TIMEOUT at ply 1: hangs.sh sent no bestmove within "
                + "300 ms after 'go nodes 1' at ply 1, nor within 1000 ms after 'stop'"), game.engineReplays().toString());
        assertTrue(Files.readString(dir.resolve("engines.log")).contains(" > stop\n"));
    }

    /** Plays random (White) against a flaky engine that fails once and is then Stockfish: the replay ends normally. */
    private static PlayedGame playOnceFlaky(Path script, Path dir) throws Exception {
        try (EngineLog log = EngineLog.appendingTo(dir.resolve("engines.log"));
             Player random = new RandomSpec("random", 400, false, "").open(20);
             Player engine = MisbehavingEngines.spec("flaky", script).open(20, PolicyLoader.none(), log)) {
            PlayedGame game = new GameRunner(20).play(new ByColor<>(random, engine), 5);
            assertTrue(game.result().termination().isByRules() || game.result().termination() == Termination.MOVE_LIMIT,
                    game.result().toString());
            Position.afterMoves(game.movesUci());
            return game;
        }
    }

    @Test
    void engineStoppedBySigtermMidSearchAbandonsTheGame() throws Exception {
        try (Player engine = EngineSignals.searching("sf", "stockfish", false).open(90);
             Player random = new RandomSpec("random", 400, false, "").open(90);
             EngineSignals.Killer killer = EngineSignals.killWhenSearching("stockfish", "TERM")) {
            InterruptedException stop = assertThrows(InterruptedException.class,
                    () -> new GameRunner(90).play(new ByColor<>(engine, random), 1));
            assertTrue(stop.getMessage().contains("stopped by SIGTERM (exit code 143)"),
                    stop.getMessage() + "; " + killer.outcome());
        }
    }

    @Test
    void engineKilledBySigkillMidSearchStillLosesWithEngineCrash() throws Exception {
        try (Player engine = EngineSignals.searching("sf", "stockfish", false).open(90);
             Player random = new RandomSpec("random", 400, false, "").open(90);
             EngineSignals.Killer killer = EngineSignals.killWhenSearching("stockfish", "KILL")) {
            // the OOM killer's signal; no replay, since the restarted engine would search its node budget for minutes
            PlayedGame game = new GameRunner(90, 0).play(new ByColor<>(engine, random), 1);
            assertEquals(Termination.ENGINE_CRASH, game.result().termination(), killer.outcome());
            assertEquals(Outcome.BLACK_WIN, game.result().outcome());
            assertTrue(game.result().detail().contains("exited with code 137"), game.result().detail());
        }
    }

    private static void assertEngineLoses(Path script, Termination expected, String detail, int replays)
            throws Exception {
        try (Player random = new RandomSpec("random", 400, false, "").open(90);
             Player engine = MisbehavingEngines.spec("broken", script).open(90)) {
            // the engine is Black: White's random first move is played, then the engine fails
            PlayedGame game = new GameRunner(90).play(new ByColor<>(random, engine), 5);
            assertEquals(expected, game.result().termination());
            assertEquals(Outcome.WHITE_WIN, game.result().outcome());
            assertEquals(1, game.plies());
            assertTrue(game.result().detail().contains(detail), game.result().detail());
            assertEquals(replays, game.engineReplays().size(), game.engineReplays().toString());
            if (replays > 0) {
                assertTrue(game.result().detail().endsWith(" (after " + replays + " replays)"), game.result().detail());
            }
        }
    }
}
