package dev.transcend.model.train;

import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.vocab.MoveVocabulary;
import dev.transcend.model.testing.RealGames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingDataTest {

    @TempDir
    static Path shared;
    static Path dataset;

    @BeforeAll
    static void writeDataset() throws IOException {
        dataset = RealGames.writeDataset(shared.resolve("data"), 60, 20);
    }

    @Test
    void opensShardsAndReadsTheCapFromTheManifest() throws IOException {
        TrainingData data = TrainingData.open(dataset);
        assertEquals(60, data.train().size());
        assertEquals(20, data.validation().size());
        assertEquals(RealGames.CAP, data.ratingCap());
        assertEquals(3, data.inputs().size());
        assertTrue(data.inputs().get(0).path().endsWith("manifest.json"));
        assertEquals(64, data.manifestSha256().length());
    }

    @Test
    void aBatchIsEveryGameFromItsFirstMoveShiftedByOne() throws IOException {
        TrainingData data = TrainingData.open(dataset);
        int context = 40;
        BatchSampler sampler = new BatchSampler(data.train(), 8, context, 11);
        Batch batch = sampler.batch(3);
        INDArray tokens = batch.tokens();
        INDArray targets = batch.targets();
        INDArray mask = batch.mask();
        long time = tokens.size(1);
        assertTrue(time <= context, "T = " + time);
        long real = 0;
        for (int b = 0; b < 8; b++) {
            assertEquals(MoveVocabulary.BOS, tokens.getInt(b, 0));
            int n = 0;
            while (n < time && mask.getFloat(b, n) == 1f) {
                n++;
            }
            real += n;
            for (int t = 0; t < time; t++) {
                if (t < n) {
                    assertTrue(MoveVocabulary.standard().isMove(targets.getInt(b, t)));
                    if (t + 1 < time) {
                        assertEquals(targets.getInt(b, t), tokens.getInt(b, t + 1), "input t+1 is target t");
                    }
                } else {
                    assertEquals(0f, mask.getFloat(b, t));
                    if (t > n) {
                        assertEquals(MoveVocabulary.PAD, tokens.getInt(b, t), "padding after the last move's input");
                    }
                }
            }
        }
        assertEquals(real, batch.targetTokens());
    }

    @Test
    void theBatchOfAStepDependsOnlyOnSeedAndStep() throws IOException {
        TrainingData data = TrainingData.open(dataset);
        BatchSampler a = new BatchSampler(data.train(), 4, 192, 5);
        BatchSampler b = new BatchSampler(data.train(), 4, 192, 5);
        Batch late = a.batch(17);
        for (int s = 0; s < 17; s++) {
            b.batch(s);
        }
        assertEquals(late.tokens(), b.batch(17).tokens());
        assertEquals(late.mask(), b.batch(17).mask());
        assertTrue(!a.batch(16).tokens().equals(a.batch(17).tokens()));
        assertTrue(!new BatchSampler(data.train(), 4, 192, 6).batch(17).tokens().equals(late.tokens()));
    }

    @Test
    void longGamesAreCutAtTheContextLength() throws IOException {
        TrainingData data = TrainingData.open(dataset);
        ValidationSet all = new ValidationSet(data.validation(), 100, 4, 8); // asks for more games than there are
        long expected = 0;
        for (int g = 0; g < data.validation().size(); g++) {
            expected += Math.min(8, data.validation().plies(g));
        }
        assertEquals(expected, all.targetTokens());
        Batch cut = Batch.of(data.validation(), new int[] {0}, 8);
        assertEquals(Math.min(8, data.validation().plies(0)), cut.targetTokens());
    }

    @Test
    void aForeignVocabularyOrMissingSplitFailsNamingTheFolder(@TempDir Path dir) throws IOException {
        Path data = RealGames.writeDataset(dir.resolve("foreign"), 5, 5);
        Manifest.of("prepare", List.of(), Map.of("cap", 900, "vocabularyFingerprint", "deadbeef"), Map.of(), List.of())
                .writeTo(data);
        IOException e = assertThrows(IOException.class, () -> TrainingData.open(data));
        assertTrue(e.getMessage().contains("manifest.json") && e.getMessage().contains("deadbeef"), e.getMessage());

        Files.delete(data.resolve("manifest.json"));
        Files.delete(data.resolve("validation-000.shard"));
        e = assertThrows(IOException.class, () -> TrainingData.open(data));
        assertTrue(e.getMessage().startsWith(data.toString()) && e.getMessage().contains("validation"), e.getMessage());
    }
}
