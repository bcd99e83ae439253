package dev.transcend.core.vocab;

import dev.transcend.core.chess.Position;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoveVocabularyTest {

    private final MoveVocabulary vocab = MoveVocabulary.standard();

    @Test
    void sizeIsQueenPlusKnightMovesPlusPromotionsPlusSpecials() {
        assertEquals(1456 + 336 + 176 + MoveVocabulary.SPECIAL_TOKENS, vocab.size());
    }

    @Test
    void idsAreStableAndRoundTrip() {
        assertEquals("<pad>", vocab.token(MoveVocabulary.PAD));
        assertEquals("<bos>", vocab.token(MoveVocabulary.BOS));
        assertEquals("a1b1", vocab.token(2));
        Set<String> seen = new HashSet<>();
        for (int id = 0; id < vocab.size(); id++) {
            assertTrue(seen.add(vocab.token(id)), "duplicate token " + vocab.token(id));
            assertEquals(id, vocab.id(vocab.token(id)));
        }
        assertFalse(vocab.isMove(MoveVocabulary.BOS));
        assertTrue(vocab.isMove(vocab.id("e2e4")));
        assertEquals(-1, vocab.id("e2e5q"));
        assertEquals(-1, vocab.id("a1b3q"));
        // a checkpoint trained on one vocabulary must not silently load another
        assertEquals("c9ab3d2a6c5e0d2ffc1b5b2a0a77b3ff8cc0c80a5c3b2b7f5e2c5c3b7d49a2f1".length(), vocab.fingerprint().length());
    }

    @Test
    void containsEveryLegalMoveOfRandomGames() {
        Random random = new Random(7);
        int checked = 0;
        for (int game = 0; game < 200; game++) {
            Position position = Position.start();
            while (position.end().isEmpty() && position.ply() < 300) {
                List<String> legal = position.legalMoves();
                for (String move : legal) {
                    assertTrue(vocab.id(move) >= MoveVocabulary.SPECIAL_TOKENS, "missing " + move + " in " + position.fen());
                    checked++;
                }
                position.play(legal.get(random.nextInt(legal.size())));
            }
        }
        assertTrue(checked > 100_000, "checked only " + checked);
    }
}
