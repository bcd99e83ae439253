package dev.transcend.arena.player;

import dev.transcend.arena.MisbehavingEngines;
import dev.transcend.arena.engine.EngineException;
import dev.transcend.arena.engine.EngineLimit;
import dev.transcend.arena.engine.EngineLog;
import dev.transcend.core.chess.Position;
import dev.transcend.core.game.Termination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnginePlayerTest {

    @Test
    void killedEngineLosesTheGameAndIsRestartedForTheNext() throws Exception {
        try (EnginePlayer player = EnginePlayer.open(MisbehavingEngines.stockfishDepth("sf", 1))) {
            player.newGame(1);
            Position position = Position.afterMoves(List.of("e2e4", "e7e5"));
            assertInstanceOf(MoveChoice.Played.class, player.choose(position));
            List<ProcessHandle> engines = ProcessHandle.current().children()
                    .filter(p -> p.info().command().orElse("").endsWith("stockfish")).toList();
            assertEquals(1, engines.size());
            engines.get(0).destroyForcibly();
            engines.get(0).onExit().get();

            MoveChoice.Failed failed = assertInstanceOf(MoveChoice.Failed.class, player.choose(position));
            assertEquals(Termination.ENGINE_CRASH, failed.termination());

            player.newGame(2);
            MoveChoice.Played played = assertInstanceOf(MoveChoice.Played.class, player.choose(position));
            assertTrue(position.isLegal(played.uci()));
        }
    }

    @Test
    void theEngineStaysAliveAcrossGamesWithUcinewgameBetweenThem(@TempDir Path dir) throws Exception {
        Path logFile = dir.resolve("engines.log");
        try (EngineLog log = EngineLog.appendingTo(logFile);
             EnginePlayer player = EnginePlayer.open(MisbehavingEngines.stockfishDepth("sf", 1), log)) {
            for (int game = 0; game < 3; game++) {
                player.newGame(game);
                assertInstanceOf(MoveChoice.Played.class, player.choose(Position.start()));
            }
            assertEquals(0, player.restarts());
            player.close();
            log.close();
            List<String> lines = Files.readAllLines(logFile);
            assertEquals(1, lines.stream().filter(l -> l.contains(" started ")).count(), String.join("\n", lines));
            assertEquals(3, lines.stream().filter(l -> l.endsWith(" > ucinewgame")).count(), String.join("\n", lines));
        }
    }

    @Test
    void bestmoveNoneInALivePositionIsATypedFailure(@TempDir Path dir) throws Exception {
        for (String none : List.of("(none)", "0000")) {
            try (EnginePlayer player = EnginePlayer.open(MisbehavingEngines.spec("none",
                    MisbehavingEngines.sendsNoMove(dir, none)))) {
                player.newGame(1);
                Position position = Position.afterMoves(List.of("e2e4"));
                MoveChoice.Failed failed = assertInstanceOf(MoveChoice.Failed.class, player.choose(position));
                assertEquals(Termination.ILLEGAL_MOVE, failed.termination());
                assertEquals("none" + none.replaceAll("\\W", "") + ".sh sent 'bestmove " + none + "' (no move) in a "
                        + "position with 20 legal moves: " + position.fen(), failed.detail());
            }
        }
    }

    @Test
    void aMissingBinaryNamesThePlayerAndThePackage() {
        EngineException e = assertThrows(EngineException.class, () -> EnginePlayer.open(new EngineSpec("fairy", 900,
                false, "", "/opt/none/fairy-stockfish", List.of(), Map.of(), EngineLimit.nodes(1), null)));
        assertEquals("player 'fairy': engine /opt/none/fairy-stockfish does not exist; install it with "
                + "`sudo apt-get install fairy-stockfish`", e.getMessage());
    }

    @Test
    void illegalEngineMoveIsATypedFailure(@TempDir Path dir) throws Exception {
        try (EnginePlayer player = EnginePlayer.open(MisbehavingEngines.spec("bad", MisbehavingEngines.playsIllegalMove(dir)))) {
            player.newGame(1);
            MoveChoice.Failed failed = assertInstanceOf(MoveChoice.Failed.class, player.choose(Position.start()));
            assertEquals(Termination.ILLEGAL_MOVE, failed.termination());
            assertTrue(failed.detail().contains("illegal move 'e2e5'"), failed.detail());
        }
    }

    @Test
    void stalledEngineIsATimeout(@TempDir Path dir) throws Exception {
        try (EnginePlayer player = EnginePlayer.open(MisbehavingEngines.spec("slow", MisbehavingEngines.stallsOnGo(dir)))) {
            player.newGame(1);
            MoveChoice.Failed failed = assertInstanceOf(MoveChoice.Failed.class, player.choose(Position.start()));
            assertEquals(Termination.ENGINE_TIMEOUT, failed.termination());
        }
    }
}
