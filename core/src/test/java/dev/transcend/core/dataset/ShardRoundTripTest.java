package dev.transcend.core.dataset;

import dev.transcend.core.chess.ByColor;
import dev.transcend.core.game.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardRoundTripTest {

    @Test
    void writesAndReadsGamesWithRatingsAndOutcomes(@TempDir Path dir) throws IOException {
        List<TokenizedGame> games = List.of(
                new TokenizedGame(new int[] {5, 6, 7}, new ByColor<>(812, 790), Optional.of(Outcome.WHITE_WIN)),
                new TokenizedGame(new int[] {}, new ByColor<>(1000, 1000), Optional.empty()),
                new TokenizedGame(new int[] {1969, 2}, new ByColor<>(1500, 999), Optional.of(Outcome.DRAW)));
        Path file = dir.resolve("train-00000.shard");
        ShardWriter.write(file, games, 1970);

        ShardReader reader = ShardReader.open(file);
        assertEquals(3, reader.games());
        assertEquals(5, reader.tokens());
        assertEquals(1970, reader.vocabSize());
        assertArrayEquals(new int[] {5, 6, 7}, reader.game(0).moves());
        assertEquals(0, reader.plies(1));
        assertArrayEquals(new int[] {1969, 2}, reader.game(2).moves());
        assertEquals(new ByColor<>(1500, 999), reader.elo(2));
        assertEquals(Optional.of(Outcome.WHITE_WIN), reader.outcome(0));
        assertEquals(Optional.empty(), reader.outcome(1));
        int[] prefix = new int[2];
        assertEquals(2, reader.copyMoves(0, prefix, 0, 2));
        assertArrayEquals(new int[] {5, 6}, prefix);
    }

    @Test
    void truncatedShardIsRejectedWithItsName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.shard");
        ShardWriter.write(file, List.of(new TokenizedGame(new int[] {5, 6}, new ByColor<>(1, 2), Optional.empty())), 1970);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        IOException e = assertThrows(IOException.class, () -> ShardReader.open(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        Files.writeString(file, "not a shard at all, just text....");
        assertThrows(IOException.class, () -> ShardReader.open(file));
    }
}
