package dev.transcend.core.chess;

import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionTest {

    @Test
    void perftFromStartMatchesKnownCounts() {
        // Perft node counts from the chess programming wiki: 20, 400, 8902.
        assertEquals(20, perft(Position.start(), 1));
        assertEquals(400, perft(Position.start(), 2));
        assertEquals(8902, perft(Position.start(), 3));
    }

    @Test
    void sanResolvesCastlingEnPassantPromotionAndDisambiguation() {
        Position p = Position.afterMoves(List.of("e2e4", "g8f6", "e4e5", "d7d5"));
        assertEquals(Optional.of("e5d6"), p.sanToUci("exd6"));
        assertEquals(Optional.of("e5d6"), p.sanToUci("exd6 e.p."));
        assertEquals(Optional.of("g1f3"), p.sanToUci("Nf3!?"));
        assertEquals(Optional.empty(), p.sanToUci("Nf4"));
        assertEquals(Optional.empty(), p.sanToUci("O-O"));
        assertEquals(Optional.empty(), p.sanToUci("Zz9"));

        Position castle = Position.afterMoves(List.of("e2e4", "e7e5", "g1f3", "b8c6", "f1c4", "g8f6"));
        assertEquals(Optional.of("e1g1"), castle.sanToUci("O-O"));
        assertEquals(Optional.of("e1g1"), castle.sanToUci("0-0+"));

        // two knights can reach d2: Nbd2 and Nfd2
        Position knights = Position.afterMoves(List.of("g1f3", "e7e5", "d2d3", "e5e4"));
        assertEquals(Optional.empty(), knights.sanToUci("Nd2"));
        assertEquals(Optional.of("b1d2"), knights.sanToUci("Nbd2"));
        assertEquals(Optional.of("f3d2"), knights.sanToUci("Nfd2"));

        Position promo = Position.afterMoves(List.of("h2h4", "g7g5", "h4g5", "h7h6", "g5h6", "f8g7", "h6g7", "a7a6"));
        assertEquals(Optional.of("g7h8q"), promo.sanToUci("gxh8=Q"));
        assertEquals(Optional.of("g7h8n"), promo.sanToUci("gxh8=N+"));
        assertEquals(Optional.of("g7h8r"), promo.sanToUci("gxh8R"));
        assertEquals(Optional.of("g7h8q"), promo.sanToUci("gxh8"));
        assertEquals("gxh8=Q", promo.san("g7h8q"));
    }

    @Test
    void isLegalAgreesWithLegalMoves() {
        Position p = Position.afterMoves(List.of("e2e4", "e7e5", "d1h5", "b8c6", "f1c4", "g8f6"));
        List<String> legal = p.legalMoves();
        assertTrue(legal.contains("h5f7"));
        for (int id = 2; id < dev.transcend.core.encoding.Encodings.standard().vocabularySize(); id++) {
            String move = dev.transcend.core.encoding.Encodings.standard().tokenName(id);
            assertEquals(legal.contains(move), p.isLegal(move), move);
        }
        assertFalse(p.isLegal("e1e3"));
        assertFalse(p.isLegal("garbage"));
        assertThrows(IllegalArgumentException.class, () -> p.play("e1e3"));
    }

    @Test
    void detectsCheckmateStalemateAndRepetition() {
        Position mate = Position.afterMoves(List.of("f2f3", "e7e5", "g2g4", "d8h4"));
        assertEquals(Optional.of(new GameEnd(Outcome.BLACK_WIN, Termination.CHECKMATE)), mate.end());
        assertTrue(mate.legalMoves().isEmpty());

        // Sam Loyd's 10-move stalemate
        Position stalemate = Position.afterMoves(List.of("e2e3", "a7a5", "d1h5", "a8a6", "h5a5", "h7h5", "h2h4",
                "a6h6", "a5c7", "f7f6", "c7d7", "e8f7", "d7b7", "d8d3", "b7b8", "d3h7", "b8c8", "f7g6", "c8e6"));
        assertEquals(Optional.of(new GameEnd(Outcome.DRAW, Termination.STALEMATE)), stalemate.end());

        Position repetition = Position.afterMoves(List.of("g1f3", "g8f6", "f3g1", "f6g8", "g1f3", "g8f6", "f3g1", "f6g8"));
        assertEquals(Termination.THREEFOLD_REPETITION, repetition.end().orElseThrow().termination());
        assertTrue(Position.start().end().isEmpty());
    }

    @Test
    void copyIsIndependent() {
        Position a = Position.afterMoves(List.of("e2e4"));
        Position b = a.copy();
        b.play("e7e5");
        assertEquals(1, a.ply());
        assertEquals(2, b.ply());
        assertEquals(List.of("e2e4", "e7e5"), b.movesUci());
        assertEquals(Color.BLACK, a.sideToMove());
    }

    private static long perft(Position p, int depth) {
        if (depth == 0) {
            return 1;
        }
        long n = 0;
        for (String move : p.legalMoves()) {
            Position next = p.copy();
            next.play(move);
            n += perft(next, depth - 1);
        }
        return n;
    }
}
