package dev.transcend.model.train;

import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;
import dev.transcend.core.provenance.Stage;
import dev.transcend.model.testing.RealGames;
import dev.transcend.model.testing.GeneratedGames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingDataTest {

    private static final Encoding ENCODING = Encodings.standard();

    @TempDir
    static Path shared;
    static Path dataset;

    @BeforeAll
    static void writeDataset() throws IOException {
        dataset = GeneratedGames.writeDataset(shared.resolve("data"), 60, 20);
    }

    @Test
    void opensShardsAndReadsTheCapFromTheManifest() throws IOException {
        TrainingData data = TrainingData.open(dataset);
        assertEquals(60, data.train().size());
        assertEquals(20, data.validation().size());
        assertEquals(GeneratedGames.CAP, data.ratingCap());
        assertEquals(3, data.inputs().size());
        assertTrue(data.inputs().get(0).path().endsWith("manifest.json"));
        assertEquals(64, data.datasetSha256().length());
    }

    @Test
    void theDatasetIsIdentifiedByItsShardsNotByWhenItsManifestWasWritten(@TempDir Path dir) throws Exception {
        Path a = GeneratedGames.writeDataset(dir.resolve("a"), 30, 10);
        String before = TrainingData.open(a).datasetSha256();
        String manifestBefore = Files.readString(a.resolve(Manifest.FILE_NAME));
        Thread.sleep(1100); // manifests are stamped to the second
        GeneratedGames.writeManifest(a); // prepared again: same shards, new createdAt
        assertTrue(!manifestBefore.equals(Files.readString(a.resolve(Manifest.FILE_NAME))), "manifest unchanged");
        assertEquals(before, TrainingData.open(a).datasetSha256());

        Path b = GeneratedGames.writeDataset(dir.resolve("b"), 31, 10); // other games
        assertTrue(!before.equals(TrainingData.open(b).datasetSha256()));
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
            assertEquals(ENCODING.bos(), tokens.getInt(b, 0));
            int n = 0;
            while (n < time && mask.getFloat(b, n) == 1f) {
                n++;
            }
            real += n;
            for (int t = 0; t < time; t++) {
                if (t < n) {
                    assertTrue(ENCODING.decode(targets.getInt(b, t)).isPresent());
                    if (t + 1 < time) {
                        assertEquals(targets.getInt(b, t), tokens.getInt(b, t + 1), "input t+1 is target t");
                    }
                } else {
                    assertEquals(0f, mask.getFloat(b, t));
                    if (t > n) {
                        assertEquals(ENCODING.pad(), tokens.getInt(b, t), "padding after the last move's input");
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
    void aForeignVocabularyOrMissingShardFailsNamingTheFolder(@TempDir Path dir) throws IOException {
        Path data = GeneratedGames.writeDataset(dir.resolve("foreign"), 5, 5);
        Manifest.of(Stage.PREPARE, List.of(), Map.of("cap", 900, "vocabularyFingerprint", "deadbeef"), Map.of(), List.of())
                .writeTo(data);
        IOException e = assertThrows(IOException.class, () -> TrainingData.open(data));
        assertTrue(e.getMessage().contains("manifest.json") && e.getMessage().contains("deadbeef"), e.getMessage());

        GeneratedGames.writeManifest(data);
        Files.delete(data.resolve("validation-000.shard"));
        e = assertThrows(IOException.class, () -> TrainingData.open(data));
        assertTrue(e.getMessage().startsWith(data.resolve("validation-000.shard").toString())
                && e.getMessage().contains("missing"), e.getMessage());

        Files.delete(data.resolve("manifest.json"));
        e = assertThrows(IOException.class, () -> TrainingData.open(data));
        assertTrue(e.getMessage().startsWith(data.toString()) && e.getMessage().contains("no manifest.json"),
                e.getMessage());
    }

    @Test
    void aShardChangedSinceItWasPreparedFailsItsChecksum(@TempDir Path dir) throws IOException {
        Path data = GeneratedGames.writeDataset(dir.resolve("changed"), 20, 5);
        Path shard = data.resolve("validation-000.shard");
        byte[] bytes = Files.readAllBytes(shard);
        bytes[bytes.length - 1] ^= 1; // one bit of the last move
        Files.write(shard, bytes);
        IOException e = assertThrows(IOException.class, () -> TrainingData.open(data));
        assertTrue(e.getMessage().startsWith(shard.toString())
                && e.getMessage().contains("does not match its manifest checksum")
                && e.getMessage().contains("prepare the dataset again"), e.getMessage());

        GeneratedGames.writeDataset(data, 20, 5);
        Files.copy(data.resolve("train-000.shard"), data.resolve("train-001.shard"));
        e = assertThrows(IOException.class, () -> TrainingData.open(data));
        assertTrue(e.getMessage().startsWith(data.resolve("train-001.shard").toString())
                && e.getMessage().contains("not listed in manifest.json"), e.getMessage());
    }

    @Test
    void theEncodingIsTheOneTheManifestRecordsOrUciMovesForAnOlderManifest(@TempDir Path dir) throws IOException {
        // The test datasets write the manifest as prepare did before encodings were recorded: no settings.encoding
        assertEquals("uci-move-v1", TrainingData.open(dataset).encoding().id());
        assertEquals(ENCODING, TrainingData.open(dataset, ENCODING).encoding());

        Path data = GeneratedGames.writeDataset(dir.resolve("named"), 20, 5);
        RealGames.writeManifest(data, "uci-move-v1");
        assertEquals(ENCODING, TrainingData.open(data, ENCODING).encoding());

        RealGames.writeManifest(data, "no-such-encoding");
        ConfigException e = assertThrows(ConfigException.class, () -> TrainingData.open(data));
        assertTrue(e.getMessage().contains("encoding 'no-such-encoding', which this build does not know; known:"
                + " uci-move-v1"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> TrainingData.open(data, ENCODING));
        assertTrue(e.getMessage().startsWith(data.resolve("manifest.json").toString())
                && e.getMessage().contains("'no-such-encoding'") && e.getMessage().contains("'uci-move-v1'"),
                e.getMessage());
    }

    @Test
    void tokensThatAreNoMovesFailNamingShardAndGame(@TempDir Path dir) throws IOException {
        Path data = GeneratedGames.writeDataset(dir.resolve("tokens"), 20, 5);
        Path shard = data.resolve("train-000.shard");
        // BOS inside a game: a valid token id, but no move; then an id outside the vocabulary
        for (int token : new int[] {ENCODING.bos(), 5000}) {
            ByteBuffer bytes = shardBytes(shard);
            long firstMoveOfGame2 = bytes.getLong(offset(2));
            bytes.putShort((int) (movesStart(20) + 2 * (firstMoveOfGame2 + 1)), (short) token); // ply 2 of game 2
            Files.write(shard, bytes.array());
            GeneratedGames.writeManifest(data); // a manifest that agrees with the damage: only content checks can tell
            IOException e = assertThrows(IOException.class, () -> TrainingData.open(data));
            assertTrue(e.getMessage().startsWith(shard.toString()) && e.getMessage().contains("game 2 (0-based)")
                    && e.getMessage().contains("token id " + token + " at ply 2"), e.getMessage());
        }
    }

    @Test
    void corruptGameOffsetsFailNamingShardAndGame(@TempDir Path dir) throws IOException {
        Path data = GeneratedGames.writeDataset(dir.resolve("offsets"), 20, 5);
        Path shard = data.resolve("train-000.shard");
        ByteBuffer bytes = shardBytes(shard);
        bytes.putLong(offset(4), bytes.getLong(offset(20)) + 1000); // game 3 ends past the last token
        Files.write(shard, bytes.array());
        GeneratedGames.writeManifest(data);
        IOException e = assertThrows(IOException.class, () -> TrainingData.open(data));
        assertTrue(e.getMessage().startsWith(shard.toString()) && e.getMessage().contains("corrupt shard: game 3 (0-based)"),
                e.getMessage());
    }

    @Test
    void anEmptySplitIsAnInputErrorNamingTheDataset(@TempDir Path dir) throws IOException {
        Path noValidation = GeneratedGames.writeDataset(dir.resolve("no-validation"), 10, 0);
        IOException e = assertThrows(IOException.class, () -> TrainingData.open(noValidation));
        assertTrue(e.getMessage().startsWith(noValidation.toString())
                && e.getMessage().contains("validation split has no games") && e.getMessage().contains("validationFraction"),
                e.getMessage());
        Path noTraining = GeneratedGames.writeDataset(dir.resolve("no-training"), 0, 10);
        e = assertThrows(IOException.class, () -> TrainingData.open(noTraining));
        assertTrue(e.getMessage().startsWith(noTraining.toString()) && e.getMessage().contains("training split has no games"),
                e.getMessage());
    }

    /** Shard layout (data-prep's ShardFormat): 32-byte header, int64 offsets[N+1], int16 elo[2N], int8 outcome[N], int16 moves. */
    private static ByteBuffer shardBytes(Path shard) throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(shard)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int offset(int game) {
        return 32 + 8 * game;
    }

    private static long movesStart(int games) {
        return 32 + 8L * (games + 1) + 5L * games;
    }
}
