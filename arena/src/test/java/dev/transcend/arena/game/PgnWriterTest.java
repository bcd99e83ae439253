package dev.transcend.arena.game;

import dev.transcend.arena.PgnReadBack;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.game.GameResult;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.pgn.ParsedGame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PgnWriterTest {

    /** Scholar's mate with a castle and a promotion-free line, long enough to wrap. */
    private static final List<String> MOVES = List.of("e2e4", "e7e5", "g1f3", "b8c6", "f1c4", "g8f6", "e1g1", "f8c5",
            "d2d3", "d7d6", "c1g5", "h7h6", "g5h4", "g7g5", "h4g3", "c8g4", "b1c3", "d8d7", "c3d5", "e8c8");

    @Test
    void writesLichessStyleTagsAndWrappedSanMovetext() {
        PlayedGame game = new PlayedGame(new ByColor<>("model", "stockfish-skill-1"),
                new ByColor<>(OptionalInt.empty(), OptionalInt.of(1554)), MOVES,
                new GameResult(Outcome.DRAW, Termination.MOVE_LIMIT, "stopped after move 10"), new ByColor<>(3, 0), 99,
                Instant.parse("2024-06-17T10:15:30Z"), 1234);
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("Temperature", "0.001");
        extra.put("Note", "say \"hi\"");
        String pgn = PgnWriter.format(game, "transcend play", "3", extra);
        ParsedGame read = PgnReadBack.game(pgn);

        assertTrue(pgn.startsWith("[Event \"transcend play\"]\n[Site \"transcend\"]\n[Date \"2024.06.17\"]\n"
                + "[Round \"3\"]\n[White \"model\"]\n[Black \"stockfish-skill-1\"]\n[Result \"1/2-1/2\"]\n"), pgn);
        assertEquals("?", read.tag("WhiteElo").orElseThrow());
        assertEquals("1554", read.tag("BlackElo").orElseThrow());
        assertEquals("-", read.tag("TimeControl").orElseThrow());
        assertEquals("Adjudication", read.tag("Termination").orElseThrow());
        assertEquals("MOVE_LIMIT", read.tag("TerminationReason").orElseThrow());
        assertEquals("99", read.tag("Seed").orElseThrow());
        assertEquals("say \"hi\"", read.tag("Note").orElseThrow());
        assertTrue(pgn.endsWith(" 1/2-1/2\n\n"), pgn);

        String movetext = pgn.substring(pgn.indexOf("\n\n") + 2).strip();
        assertTrue(movetext.startsWith("1. e4 e5 2. Nf3 Nc6 3. Bc4 Nf6 4. O-O Bc5"), movetext);
        assertTrue(movetext.contains("10. Nd5 O-O-O"), movetext);
        for (String line : movetext.split("\n")) {
            assertTrue(line.length() <= 80, line);
        }
        assertEquals(MOVES, PgnReadBack.moves(read).uci());
    }

    @Test
    void truncatedTrailingGameIsDroppedOnRetain(@TempDir Path dir) throws Exception {
        PgnFile file = new PgnFile(dir.resolve("games.pgn"));
        PlayedGame game = new PlayedGame(new ByColor<>("a", "b"), new ByColor<>(OptionalInt.of(1), OptionalInt.of(2)),
                MOVES.subList(0, 4), new GameResult(Outcome.WHITE_WIN, Termination.ENGINE_CRASH, ""), new ByColor<>(0, 0),
                1, Instant.now(), 5);
        String one = PgnWriter.format(game, "e", "1", Map.of());
        file.append(one);
        file.append(one.substring(0, one.length() - 12)); // a crash cut the second game short
        assertEquals(1, file.completeGames().size());
        assertEquals(List.of(one), file.retain(g -> true).stream().map(ParsedGame::toPgn).toList());
        assertEquals(one, Files.readString(file.path()));
    }
}
