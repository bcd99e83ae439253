package dev.transcend.core.testing;

import dev.transcend.core.chess.Position;
import dev.transcend.core.pgn.MovetextParser;
import dev.transcend.core.pgn.ParsedMoves;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated games other modules' tests rely on: reproducible, legal, and readable back from their PGN. */
class RandomGamesTest {

    @Test
    void theSameSeedGivesTheSameLegalGamesAndAnotherSeedOthers() {
        List<RandomGames.Game> games = RandomGames.walk(1, 50);
        assertEquals(games, RandomGames.walk(1, 50));
        assertNotEquals(games, RandomGames.walk(2, 50));
        for (RandomGames.Game game : games) {
            Position end = Position.afterMoves(game.uci()); // throws on an illegal move
            assertEquals(game.outcome(), end.end().map(e -> e.outcome()));
            assertTrue(game.uci().size() <= 80 && (game.uci().size() >= 10 || game.outcome().isPresent()));
            assertTrue(game.elo().white() >= 600 && game.elo().black() <= 1800);
        }
    }

    @Test
    void sanAndUciMovetextReadBackToTheSameMoves() {
        for (RandomGames.Game game : RandomGames.walk(3, 30)) {
            for (String movetext : List.of(RandomGames.san(game.uci()), String.join(" ", game.uci()))) {
                ParsedMoves parsed = assertInstanceOf(ParsedMoves.class, MovetextParser.parse(movetext + " *", 1));
                assertEquals(game.uci(), parsed.uci());
            }
        }
    }

    @Test
    void mirroringWalksMostlyAnswerAMoveWithItsMirrorImage() {
        assertEquals("e7e5", RandomGames.mirrorOf("e2e4"));
        assertEquals("g8f6", RandomGames.mirrorOf("g1f3"));
        int answers = 0;
        int mirrored = 0;
        for (RandomGames.Game game : RandomGames.walk(4, 200, 2, 2, 0.8)) {
            answers++;
            mirrored += game.uci().get(1).equals(RandomGames.mirrorOf(game.uci().get(0))) ? 1 : 0;
        }
        assertTrue(mirrored > 0.7 * answers && mirrored < answers, mirrored + " of " + answers);
    }
}
