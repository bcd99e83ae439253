package dev.transcend.core.dataset;

import dev.transcend.core.chess.ByColor;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.encoding.Encodings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Corrupt shards are refused by {@link ShardReader#open}, so no accessor fails later. */
class ShardCorruptionTest {

    private static final List<TokenizedGame> GAMES = List.of(
            new TokenizedGame(new int[] {5, 6, 7}, new ByColor<>(812, 790), Optional.of(Outcome.WHITE_WIN)),
            new TokenizedGame(new int[] {}, new ByColor<>(1000, 1000), Optional.empty()),
            new TokenizedGame(new int[] {1969, 2, 40}, new ByColor<>(1500, 999), Optional.of(Outcome.DRAW)));

    @TempDir
    Path dir;
    private Path file;
    private byte[] valid;

    @BeforeEach
    void writeValidShard() throws IOException {
        file = dir.resolve("train-00000.shard");
        ShardWriter.write(file, GAMES, 1970);
        valid = Files.readAllBytes(file);
    }

    private String openCorrupt(ByteBuffer patched) throws IOException {
        Files.write(file, patched.array());
        IOException e = assertThrows(IOException.class, () -> ShardReader.open(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        return e.getMessage();
    }

    private ByteBuffer copy() {
        return ByteBuffer.wrap(valid.clone()).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int offsetAt(int game) {
        return (int) ShardFormat.offsetsStart() + 8 * game;
    }

    @Test
    void decreasingOffsetsNameTheGame() throws IOException {
        // game 1 (empty, offsets 3..3) now ends at token 1, before it starts
        String message = openCorrupt(copy().putLong(offsetAt(2), 1));
        assertTrue(message.contains("game 1 (0-based) of 3"), message);
    }

    @Test
    void offsetsMustStartAtZeroAndEndAtTheTokenCount() throws IOException {
        assertTrue(openCorrupt(copy().putLong(offsetAt(0), 2)).contains("game 0 (0-based)"));
        assertTrue(openCorrupt(copy().putLong(offsetAt(3), 5)).contains("last game ends at token 5 but the header"
                + " says 6 tokens"));
        assertTrue(openCorrupt(copy().putLong(offsetAt(1), 1L << 40)).contains("game 0 (0-based)"));
    }

    @Test
    void tokenIdsOutsideTheVocabularyNameGameAndPly() throws IOException {
        int movesStart = (int) ShardFormat.movesStart(3);
        String tooLarge = openCorrupt(copy().putShort(movesStart + 2 * 4, (short) 1970));
        assertTrue(tooLarge.contains("game 2 (0-based) of 3: token id 1970 at ply 2 is not a move token (2..1969)"),
                tooLarge);
        String negative = openCorrupt(copy().putShort(movesStart, (short) -1));
        assertTrue(negative.contains("game 0 (0-based) of 3: token id -1 at ply 1"), negative);
        String bos = openCorrupt(copy().putShort(movesStart, (short) Encodings.standard().bos()));
        assertTrue(bos.contains("game 0 (0-based) of 3: token id 1 at ply 1 is not a move token"), bos);
    }

    @Test
    void negativeRatingsAndUnknownOutcomeCodesAreRefused() throws IOException {
        assertTrue(openCorrupt(copy().putShort((int) ShardFormat.blackEloStart(3) + 2, (short) -5))
                .contains("game 1 (0-based) of 3: negative rating (WhiteElo 1000, BlackElo -5)"));
        assertTrue(openCorrupt(copy().put((int) ShardFormat.outcomeStart(3) + 2, (byte) 9))
                .contains("game 2 (0-based) of 3: outcome code 9 is not 0..3"));
        assertTrue(openCorrupt(copy().putInt(12, 0)).contains("vocabulary size 0"));
    }

    /**
     * Every single-byte corruption either is refused by open or leaves a shard whose every game can
     * be read without an exception: nothing unchecked surfaces later, in the middle of training.
     */
    @Test
    void noSingleByteCorruptionMakesAnAccessorThrow() throws IOException {
        int opened = 0;
        for (int at = 0; at < valid.length; at++) {
            for (int value : new int[] {0x00, 0x01, 0x7F, 0x80, 0xFF}) {
                byte[] bytes = valid.clone();
                bytes[at] = (byte) value;
                Files.write(file, bytes);
                ShardReader reader;
                try {
                    reader = ShardReader.open(file);
                } catch (IOException refused) {
                    assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
                    continue;
                }
                opened++;
                for (int g = 0; g < reader.games(); g++) {
                    int[] moves = reader.game(g).moves();
                    assertEquals(moves.length, reader.copyMoves(g, new int[moves.length], 0, moves.length));
                    for (int token : moves) {
                        assertTrue(token >= 0 && token < reader.vocabSize(), "byte " + at + " = " + value);
                    }
                }
            }
        }
        assertTrue(opened > 0, "harmless corruptions (ratings, token ids inside the vocabulary) still open");
    }
}
