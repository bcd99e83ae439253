package dev.transcend.core.classes;

import dev.transcend.core.chess.Color;
import dev.transcend.core.chess.Piece;
import dev.transcend.core.chess.PieceKind;
import dev.transcend.core.chess.Position;
import dev.transcend.core.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionClassTest {

    private static Position after(String moves) {
        return Position.afterMoves(moves.isEmpty() ? List.of() : Arrays.asList(moves.split(" ")));
    }

    @Test
    void theStartPositionBelongsToNoClass() {
        assertEquals(List.of(), PositionClass.of(Position.start()));
    }

    @Test
    void eachClassIsDecidedFromTheBoard() {
        assertTrue(PositionClass.PAWN_CAPTURE.test(after("e2e4 d7d5")));
        assertFalse(PositionClass.KNIGHT_CAPTURE.test(after("e2e4 d7d5")));
        assertTrue(PositionClass.KNIGHT_CAPTURE.test(after("e2e4 e7e5 g1f3 b8c6")));
        assertTrue(PositionClass.BISHOP_CAPTURE.test(after("e2e4 d7d5 f1b5 c7c6")));
        assertTrue(PositionClass.QUEEN_CAPTURE.test(after("e2e4 d7d5 e4d5 g8f6 d1f3 f6d5 c2c3 e7e6")));
        assertTrue(PositionClass.CHECK_AVAILABLE.test(after("e2e4 f7f6")));
        assertFalse(PositionClass.CHECK_AVAILABLE.test(after("e2e4 e7e5")));
        assertTrue(PositionClass.IN_CHECK.test(after("e2e4 f7f6 d1h5")));
        assertFalse(PositionClass.IN_CHECK.test(after("e2e4 f7f6")));
        assertTrue(PositionClass.QUEEN_ATTACKED.test(after("e2e4 e7e5 d1h5 g8f6")));
        assertFalse(PositionClass.QUEEN_ATTACKED.test(after("e2e4 e7e5 d1h5 b8c6")));
        Position tradedQueens = after("d2d4 e7e5 d4e5 d7d6 e5d6 d8d6 d1d6 c7d6");
        assertTrue(PositionClass.NO_QUEEN.test(tradedQueens));
        assertTrue(PositionClass.PAWN_CAPTURE.test(after("e2e4 d7d5 e4e5 f7f5")), "en passant counts");
        Position castled = after("e2e4 e7e5 g1f3 b8c6 f1c4 f8c5 e1g1 g8f6");
        assertTrue(PositionClass.CASTLED.test(castled));
        assertFalse(PositionClass.CASTLED.test(after("e2e4 e7e5 g1f3 b8c6 f1c4 f8c5 e1g1")), "black to move, king e8");
        assertTrue(PositionClass.KING_CAPTURE.test(after("e2e4 f7f5 e4f5 e8f7 d2d4 f7f6 g1f3")),
                "the black king on f6 can take f5");
    }

    @Test
    void namesAreKebabCaseAndAnUnknownNameListsTheKnownOnes() {
        assertEquals("knight-capture", PositionClass.KNIGHT_CAPTURE.id());
        assertEquals(PositionClass.CHECK_AVAILABLE, PositionClass.of("Check-Available"));
        ConfigException e = assertThrows(ConfigException.class, () -> PositionClass.of("knight-fork"));
        assertTrue(e.getMessage().contains("'knight-fork' is not known; known classes: knight-capture, "),
                e.getMessage());
        assertTrue(PositionClass.find(null).isEmpty());
    }

    @Test
    void positionReportsPiecesCapturesAndChecks() {
        Position p = after("e2e4 d7d5");
        assertEquals(Optional.of(new Piece(Color.WHITE, PieceKind.PAWN)), p.pieceAt("e4"));
        assertEquals(Optional.empty(), p.pieceAt("e5"));
        assertTrue(p.isCapture("e4d5"));
        assertFalse(p.isCapture("e4e5"));
        assertTrue(p.givesCheck("f1b5"), "Bb5+ checks");
        assertFalse(p.givesCheck("g1f3"));
        assertEquals(List.of("d1"), p.squaresOf(Color.WHITE, PieceKind.QUEEN));
        assertThrows(IllegalArgumentException.class, () -> p.pieceAt("z9"));
        assertThrows(IllegalArgumentException.class, () -> p.isCapture("e4e6"));
        assertTrue(after("e2e4 e7e5 d1h5 g8f6").isAttackedByOpponent("h5"));
        assertFalse(after("e2e4 e7e5 d1h5 g8f6").isAttackedByOpponent("d1"));
    }
}
