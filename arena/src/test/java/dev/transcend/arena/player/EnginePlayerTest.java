package dev.transcend.arena.player;

import dev.transcend.arena.MisbehavingEngines;
import dev.transcend.core.chess.Position;
import dev.transcend.core.game.Termination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
