package dev.transcend.arena.player;

import dev.transcend.core.chess.Position;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;
import dev.transcend.core.policy.MovePolicy;
import dev.transcend.core.policy.Sampling;
import dev.transcend.core.policy.SamplingProtocol;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The player has no vocabulary of its own: it encodes the game and decodes the draw with the policy's encoding. */
class ModelPlayerEncodingTest {

    /** {@code uci-move-v1} with the move ids in reverse order: another encoding of the same moves. */
    private static final class ReversedMoves implements Encoding {
        private final Encoding uci = Encodings.standard();

        private int flip(int id) {
            return id < 2 ? id : uci.vocabularySize() + 1 - id;
        }

        @Override public String id() { return "reversed-uci-test"; }
        @Override public int vocabularySize() { return uci.vocabularySize(); }
        @Override public String tokenName(int tokenId) { return uci.tokenName(flip(tokenId)); }
        @Override public String fingerprint() { return "test"; }
        @Override public int pad() { return uci.pad(); }
        @Override public int bos() { return uci.bos(); }
        @Override public Optional<String> decode(int tokenId) { return uci.decode(flip(tokenId)); }
        @Override public BitSet moveTokens() { return uci.moveTokens(); }
        @Override public int maxPlies(int contextLength) { return uci.maxPlies(contextLength); }

        @Override
        public int[] encode(List<String> uciMoves) {
            int[] ids = uci.encode(uciMoves);
            for (int i = 0; i < ids.length; i++) {
                ids[i] = flip(ids[i]);
            }
            return ids;
        }

        @Override
        public BitSet tokensOf(Collection<String> uciMoves) {
            BitSet ids = new BitSet();
            uci.tokensOf(uciMoves).stream().forEach(id -> ids.set(flip(id)));
            return ids;
        }
    }

    /** Scores one move far above the rest, in its encoding's ids, and keeps the inputs it was given. */
    private record FavouriteMove(Encoding encoding, String move, List<int[]> inputs) implements MovePolicy {
        @Override
        public float[] nextTokenLogits(int[] input) {
            inputs.add(input);
            float[] logits = new float[encoding.vocabularySize()];
            logits[encoding.tokensOf(List.of(move)).nextSetBit(0)] = 100;
            return logits;
        }

        @Override public int maxPlies() { return 1000; }
        @Override public String name() { return "favourite"; }
    }

    @Test
    void encodesAndDecodesWithThePolicysEncoding() {
        Encoding reversed = new ReversedMoves();
        List<int[]> inputs = new ArrayList<>();
        Position position = Position.afterMoves(List.of("e2e4", "e7e5"));
        for (SamplingProtocol protocol : SamplingProtocol.values()) {
            try (ModelPlayer player = ModelPlayer.open("m", null, new FavouriteMove(reversed, "g1f3", inputs),
                    new Sampling(0.0, protocol, 1), 90)) {
                player.newGame(1);
                assertEquals(new MoveChoice.Played("g1f3", 0), player.choose(position), protocol.name());
            }
            assertArrayEquals(reversed.encode(List.of("e2e4", "e7e5")), inputs.get(inputs.size() - 1));
        }
    }
}
