package dev.transcend.arena.engine;

import dev.transcend.arena.MisbehavingEngines;
import dev.transcend.core.chess.Position;
import dev.transcend.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UciEngineTest {

    private static final List<String> STOCKFISH = List.of("/usr/games/stockfish");
    /** Short waits for answers; a generous start, so a loaded CI machine starting bash or Stockfish does not fail. */
    private static final EngineTimeouts SHORT = new EngineTimeouts(10_000L, 1000L, 500L, 200L);
    /** For the tests of the start timeout itself. */
    private static final EngineTimeouts SHORT_START = new EngineTimeouts(1000L, 1000L, 500L, 200L);
    /** Short move and quit limits, but the default start limit: a loaded machine can take over a second to start Stockfish. */
    private static final EngineTimeouts SHORT_AFTER_START = new EngineTimeouts(null, 1000L, 500L, 200L);

    @Test
    void handshakeReadsNameAndOptions() throws Exception {
        try (UciEngine engine = UciEngine.start(STOCKFISH, EngineTimeouts.defaults())) {
            assertEquals("Stockfish 15.1", engine.name());
            UciOption skill = engine.options().get("skill level"); // UCI option names are case-insensitive
            assertEquals(0L, skill.min());
            assertEquals(20L, skill.max());
            assertEquals(1350L, engine.options().get("UCI_Elo").min());
            assertEquals(Optional.empty(), engine.ready());
        }
    }

    @Test
    void outOfRangeOptionsAreRejectedBeforeStockfishIgnoresThem() throws Exception {
        try (UciEngine engine = UciEngine.start(STOCKFISH, EngineTimeouts.defaults())) {
            ConfigException skill = assertThrows(ConfigException.class, () -> engine.setOption("Skill Level", "25"));
            assertEquals("Stockfish 15.1 option 'Skill Level' value 25 is out of range; allowed 0..20 "
                    + "(the engine would ignore it silently)", skill.getMessage());
            ConfigException elo = assertThrows(ConfigException.class, () -> engine.setOption("UCI_Elo", "1000"));
            assertTrue(elo.getMessage().contains("allowed 1350..2850"), elo.getMessage());
            ConfigException unknown = assertThrows(ConfigException.class, () -> engine.setOption("Skil Level", "3"));
            assertTrue(unknown.getMessage().startsWith("Stockfish 15.1 has no option 'Skil Level'; it has: "),
                    unknown.getMessage());
            engine.setOption("Skill Level", "3");
            engine.setOption("UCI_Elo", "1350");
            assertEquals(Optional.empty(), engine.ready());
        }
    }

    @Test
    void searchesWithNodeAndDepthLimits() throws Exception {
        try (UciEngine engine = UciEngine.start(STOCKFISH, EngineTimeouts.defaults())) {
            assertEquals(Optional.empty(), engine.newGame());
            List<String> moves = List.of("e2e4", "e7e5");
            for (EngineLimit limit : List.of(EngineLimit.nodes(200), EngineLimit.depth(3))) {
                EngineReply.Move reply = assertInstanceOf(EngineReply.Move.class, engine.go(moves, limit));
                assertTrue(Position.afterMoves(moves).isLegal(reply.move()), reply.move());
                assertTrue(reply.lastInfo().isPresent());
            }
        }
    }

    @Test
    void engineKilledMidGameIsACrashNotAHang() throws Exception {
        try (UciEngine engine = UciEngine.start(STOCKFISH, SHORT_AFTER_START)) {
            assertInstanceOf(EngineReply.Move.class, engine.go(List.of(), EngineLimit.depth(1)));
            ProcessHandle.of(engine.pid()).orElseThrow().destroyForcibly();
            EngineReply reply = engine.go(List.of("e2e4"), EngineLimit.depth(1));
            EngineReply.Fault fault = assertInstanceOf(EngineReply.Fault.class, reply);
            assertEquals(EngineFault.CRASHED, fault.fault());
            assertFalse(engine.isAlive());
        }
    }

    @Test
    void stalledSearchTimesOutAndKillsTheEngine(@TempDir Path dir) throws Exception {
        try (UciEngine engine = UciEngine.start(List.of(MisbehavingEngines.stallsOnGo(dir).toString()), SHORT)) {
            EngineReply.Fault fault = assertInstanceOf(EngineReply.Fault.class, engine.go(List.of(), EngineLimit.nodes(1)));
            assertEquals(EngineFault.TIMED_OUT, fault.fault());
            assertTrue(fault.detail().contains("no bestmove within 500 ms after 'go nodes 1' at ply 0, nor within "
                    + "1000 ms after 'stop'"), fault.detail());
            assertFalse(engine.isAlive());
        }
    }

    @Test
    void aStaleSecondBestmoveIsNotTakenAsTheNextAnswer(@TempDir Path dir) throws Exception {
        try (UciEngine engine = UciEngine.start(List.of(MisbehavingEngines.sendsBestMoveTwice(dir).toString()), SHORT)) {
            EngineReply.Move first = assertInstanceOf(EngineReply.Move.class, engine.go(List.of(), EngineLimit.nodes(1)));
            assertEquals("e2e4", first.move());
            // the second 'bestmove e2e4' is still in the pipe; isready before the search drops it
            EngineReply.Move second = assertInstanceOf(EngineReply.Move.class,
                    engine.go(List.of("e2e4", "e7e5"), EngineLimit.nodes(1)));
            assertEquals("g1f3", second.move());
        }
    }

    @Test
    void anEngineThatAnswersOnlyAfterStopIsAskedNotForfeited(@TempDir Path dir) throws Exception {
        try (UciEngine engine = UciEngine.start(List.of(MisbehavingEngines.answersOnlyAfterStop(dir).toString()), SHORT)) {
            EngineReply.Move move = assertInstanceOf(EngineReply.Move.class, engine.go(List.of(), EngineLimit.nodes(1)));
            assertEquals("e2e4", move.move()); // 'ponder e7e5' is read and ignored
            assertTrue(engine.isAlive());
            assertInstanceOf(EngineReply.Move.class, engine.go(List.of(), EngineLimit.nodes(1)));
        }
    }

    @Test
    void crashIsLoggedWithStderrAndTheTrafficTail(@TempDir Path dir) throws Exception {
        Path script = MisbehavingEngines.failsOnceThenStockfish(dir, "asserts.sh",
                "echo 'assertion failed: board ok' >&2; exit 134");
        Path logFile = dir.resolve("engines.log");
        try (EngineLog log = EngineLog.appendingTo(logFile);
             UciEngine engine = UciEngine.start(List.of(script.toString()), SHORT, log, "sf")) {
            long pid = engine.pid();
            EngineReply.Fault fault = assertInstanceOf(EngineReply.Fault.class,
                    engine.go(List.of("e2e4"), EngineLimit.nodes(1)));
            assertEquals(EngineFault.CRASHED, fault.fault());
            assertTrue(fault.detail().endsWith("exited with code 134 after 'go nodes 1' at ply 1; stderr: assertion "
                    + "failed: board ok"), fault.detail());
            log.close();
            String text = Files.readString(logFile);
            assertTrue(text.contains(" sf#" + pid + " stderr: assertion failed: board ok\n"), text);
            assertTrue(text.contains(" sf#" + pid + " crashed: asserts.sh exited with code 134"), text);
            assertTrue(text.contains(" sf#" + pid + " > position startpos moves e2e4\n"), text);
            assertTrue(text.contains(" sf#" + pid + " < readyok\n"), text);
        }
        // the second start is the real Stockfish; an engine that quits leaves its traffic tail in the log too
        try (EngineLog log = EngineLog.appendingTo(logFile)) {
            try (UciEngine engine = UciEngine.start(List.of(script.toString()), SHORT, log, "sf")) {
                assertEquals("Stockfish 15.1", engine.name());
            }
            log.close();
            assertTrue(Files.readString(logFile).contains(" quit; last "), Files.readString(logFile));
        }
    }

    @Test
    void crashOnGoIsReportedWithTheExitCode(@TempDir Path dir) throws Exception {
        try (UciEngine engine = UciEngine.start(List.of(MisbehavingEngines.crashesOnGo(dir).toString()), SHORT)) {
            EngineReply.Fault fault = assertInstanceOf(EngineReply.Fault.class, engine.go(List.of(), EngineLimit.nodes(1)));
            assertEquals(EngineFault.CRASHED, fault.fault());
            assertTrue(fault.detail().contains("exited with code 3"), fault.detail());
        }
    }

    @Test
    void engineEndedByAStopSignalStopsTheGameInsteadOfCrashing(@TempDir Path dir) throws Exception {
        for (int code : new int[] {130, 143, 129}) {
            try (UciEngine engine = UciEngine.start(List.of(MisbehavingEngines.exitsOnGo(dir, code).toString()), SHORT)) {
                InterruptedException stop = assertThrows(InterruptedException.class,
                        () -> engine.go(List.of(), EngineLimit.nodes(1)));
                assertTrue(stop.getMessage().contains("(exit code " + code + ")"), stop.getMessage());
                assertTrue(stop.getMessage().contains("the game is abandoned"), stop.getMessage());
            }
        }
        try (UciEngine engine = UciEngine.start(List.of(MisbehavingEngines.exitsOnGo(dir, 139).toString()), SHORT)) {
            EngineReply.Fault fault = assertInstanceOf(EngineReply.Fault.class, engine.go(List.of(), EngineLimit.nodes(1)));
            assertEquals(EngineFault.CRASHED, fault.fault()); // SIGSEGV is a crash
            assertTrue(fault.detail().contains("exited with code 139"), fault.detail());
        }
    }

    @Test
    void programsThatAreNotEnginesFailTheHandshakeClearly() {
        EngineException cat = assertThrows(EngineException.class, () -> UciEngine.start(List.of("/bin/cat"), SHORT_START));
        assertEquals("engine /bin/cat sent no 'uciok' within 1000 ms (timeouts.startMs); is it a UCI engine?",
                cat.getMessage());
        EngineException exits = assertThrows(EngineException.class, () -> UciEngine.start(List.of("/bin/false"), SHORT_START));
        assertTrue(exits.getMessage().startsWith("engine /bin/false "), exits.getMessage());
        assertTrue(exits.getMessage().contains("exited with code 1"), exits.getMessage());
    }
}
