package dev.transcend.core.encoding;

import dev.transcend.core.chess.Position;
import dev.transcend.core.vocab.MoveVocabulary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UciMoveEncodingTest {

    private final Encoding encoding = Encodings.standard();

    @Test
    void keepsTheIdsAndFingerprintOfTheMoveVocabulary() {
        // the value every dataset and checkpoint written before encodings were named records; it must never change
        assertEquals("dc9c4c20c318a1f987f1fac4725ca97b172f51f76087a1e49579e538752c6f5a", encoding.fingerprint());
        MoveVocabulary vocabulary = MoveVocabulary.standard();
        assertEquals(vocabulary.fingerprint(), encoding.fingerprint());
        assertEquals(1970, encoding.vocabularySize());
        assertEquals(0, encoding.pad());
        assertEquals(1, encoding.bos());
        for (int id = 0; id < encoding.vocabularySize(); id++) {
            assertEquals(vocabulary.token(id), encoding.tokenName(id));
        }
        assertEquals(Optional.empty(), encoding.decode(encoding.bos()));
        assertEquals(Optional.empty(), encoding.decode(encoding.pad()));
        BitSet moves = encoding.moveTokens();
        assertEquals(1968, moves.cardinality());
        assertEquals(2, moves.nextSetBit(0));
        assertEquals(191, encoding.maxPlies(192));
    }

    @Test
    void everyLegalMoveRoundTripsInSeveralPositions() {
        List<List<String>> games = List.of(
                List.of(),
                List.of("e2e4", "e7e5", "g1f3", "b8c6", "f1c4", "g8f6"), // both sides may castle next
                List.of("e2e4", "d7d5", "e4e5", "f7f5"),                 // en passant e5f6
                List.of("a2a4", "b7b5", "a4b5", "a7a6", "b5a6", "c8b7", "a6b7", "b8c6")); // b7a8q/r/b/n, b7b8*
        int checked = 0;
        for (List<String> game : games) {
            Position position = Position.afterMoves(game);
            List<String> legal = position.legalMoves();
            BitSet tokens = encoding.tokensOf(legal);
            assertEquals(legal.size(), tokens.cardinality(), "one token per legal move after " + game);
            for (int id = tokens.nextSetBit(0); id >= 0; id = tokens.nextSetBit(id + 1)) {
                String move = encoding.decode(id).orElseThrow();
                assertTrue(legal.contains(move), move);
                List<String> next = new ArrayList<>(game);
                next.add(move);
                int[] input = encoding.encode(next);
                assertEquals(next.size() + 1, input.length);
                assertEquals(encoding.bos(), input[0]);
                assertEquals(id, input[input.length - 1], "encode and tokensOf agree on " + move);
                checked++;
            }
        }
        assertTrue(checked > 80, "checked " + checked);
        assertTrue(encoding.decode(encoding.tokensOf(List.of("b7a8n")).nextSetBit(0)).orElseThrow().equals("b7a8n"));
        assertArrayEquals(new int[] {1}, encoding.encode(List.of()));
    }

    @Test
    void aStringThatIsNoMoveIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> encoding.encode(List.of("e2e4", "e7e9")));
        assertEquals("'e7e9' at ply 2 is not a UCI move of uci-move-v1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> encoding.tokensOf(List.of("O-O")));
    }
}
