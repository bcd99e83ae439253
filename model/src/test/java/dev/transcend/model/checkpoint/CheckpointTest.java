package dev.transcend.model.checkpoint;

import dev.transcend.core.io.Json;
import dev.transcend.core.io.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import dev.transcend.core.policy.MovePolicy;
import dev.transcend.model.train.TrainSettings;
import dev.transcend.core.io.FolderSwap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckpointTest {

    private static final GptConfig TINY = new GptConfig(12, 1, 2, 16, 2);
    private static final Encoding ENCODING = Encodings.standard();

    private static CheckpointInfo info(int step, Integer cap) {
        Encoding v = ENCODING;
        return new CheckpointInfo(CheckpointInfo.FORMAT_VERSION, TINY, TrainSettings.defaults(), v.vocabularySize(),
                v.fingerprint(),
                step, 1234, 5.0, 4.9, 12.5, "abc", cap, "2024-01-01T00:00:00Z", "test", "CPU", null);
    }

    /** Logits of the training graph at the last position of {@code tokens} ({@code [BOS, moves...]}). */
    private static float[] trainingLogits(SameDiff sd, int[] tokens) {
        INDArray in = Nd4j.createFromArray(tokens).reshape(1, tokens.length);
        INDArray logits = sd.output(Map.of(Gpt.TOKENS, in, Gpt.TARGETS, in, Gpt.TARGET_MASK,
                Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, tokens.length)), Gpt.LOGITS).get(Gpt.LOGITS);
        return logits.getRow(tokens.length - 1).toFloatVector();
    }

    @Test
    void saveThenLoadGivesIdenticalLogitsAndMetadata(@TempDir Path dir) throws IOException {
        SameDiff sd = Gpt.training(TINY, 5);
        Path folder = dir.resolve("quick").resolve("checkpoint");
        Checkpoint.save(sd, info(42, 1000), folder);
        Checkpoint.save(sd, info(43, 1000), folder); // replaces the first atomically
        assertFalse(Files.exists(dir.resolve("quick").resolve(".checkpoint.old")));

        Checkpoint checkpoint = Checkpoint.load(folder);
        assertEquals(43, checkpoint.step());
        assertEquals(OptionalInt.of(1000), checkpoint.ratingCap());
        assertEquals(TINY, checkpoint.config());
        assertEquals("quick@step43", checkpoint.name());
        int[] input = ENCODING.encode(List.of("e2e4", "e7e5"));
        int[] start = ENCODING.encode(List.of());
        try (MovePolicy policy = checkpoint.referencePolicy()) { // the SameDiff full forward: bit for bit
            assertEquals("quick@step43", policy.name());
            assertEquals(ENCODING, policy.encoding());
            assertArrayEquals(trainingLogits(sd, input), policy.nextTokenLogits(input));
            assertArrayEquals(trainingLogits(sd, start), policy.nextTokenLogits(start));
        }
        try (MovePolicy policy = checkpoint.policy()) { // play's cached policy: float rounding (CachedGptPolicyTest)
            assertEquals("quick@step43", policy.name());
            assertEquals(ENCODING, policy.encoding());
            assertArrayEquals(trainingLogits(sd, input), policy.nextTokenLogits(input), 1e-6f);
            assertArrayEquals(trainingLogits(sd, start), policy.nextTokenLogits(start), 1e-6f);
        }
    }

    @Test
    void policyRespectsMaxPliesAndReturnsOneLogitPerToken(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("run").resolve("checkpoint");
        Checkpoint.save(Gpt.training(TINY, 6), info(1, null), folder);
        Checkpoint checkpoint = Checkpoint.load(folder);
        assertEquals(OptionalInt.empty(), checkpoint.ratingCap());
        try (MovePolicy policy = checkpoint.policy()) {
            assertEquals(11, policy.maxPlies());
            int[] full = ENCODING.encode(java.util.Collections.nCopies(11, "g1f3"));
            assertEquals(1970, policy.nextTokenLogits(full).length);
            assertThrows(IllegalArgumentException.class, () -> policy.nextTokenLogits(new int[13]));
            assertThrows(IllegalArgumentException.class, () -> policy.nextTokenLogits(new int[] {ENCODING.bos(), 1970}));
        }
    }

    @Test
    void missingOrForeignCheckpointsFailNamingTheFolder(@TempDir Path dir) throws IOException {
        Path absent = dir.resolve("nothing");
        IOException e = assertThrows(IOException.class, () -> Checkpoint.load(absent));
        assertTrue(e.getMessage().startsWith(absent.toString()) && e.getMessage().contains("no such checkpoint folder"),
                e.getMessage());

        Path folder = dir.resolve("run").resolve("checkpoint");
        Checkpoint.save(Gpt.training(TINY, 7), info(1, null), folder);
        Files.delete(folder.resolve(Checkpoint.MODEL_FILE));
        e = assertThrows(IOException.class, () -> Checkpoint.load(folder));
        assertTrue(e.getMessage().contains(folder.toString()) && e.getMessage().contains("model.sdz is missing"),
                e.getMessage());

        Checkpoint.save(Gpt.training(TINY, 7), info(1, null), folder);
        CheckpointInfo i = Checkpoint.readInfo(folder);
        Json.write(folder.resolve(Checkpoint.INFO_FILE), new CheckpointInfo(i.formatVersion(), i.model(), i.train(),
                1969, "0000", i.step(), i.tokensSeen(), i.validationLoss(), i.bestValidationLoss(), i.elapsedSeconds(),
                i.datasetSha256(), i.ratingCap(), i.createdAt(), i.toolVersion(), i.backend(), i.modelSha256()));
        e = assertThrows(IOException.class, () -> Checkpoint.load(folder));
        assertTrue(e.getMessage().contains(folder.toString()) && e.getMessage().contains("another vocabulary"),
                e.getMessage());

        Files.delete(folder.resolve(Checkpoint.INFO_FILE));
        e = assertThrows(IOException.class, () -> Checkpoint.load(folder));
        assertTrue(e.getMessage().contains("checkpoint.json is missing"), e.getMessage());
    }

    @Test
    void theCheckpointNamesItsEncodingAndOneWrittenBeforeEncodingsLoadsAsUciMoves(@TempDir Path dir)
            throws IOException {
        Path folder = dir.resolve("run").resolve("checkpoint");
        Checkpoint.save(Gpt.training(TINY, 9), info(1, null), folder);
        JsonNode written = Json.mapper().readTree(folder.resolve(Checkpoint.INFO_FILE).toFile());
        assertEquals("uci-move-v1", written.path("model").path("encoding").asText());
        assertEquals(ENCODING.fingerprint(), written.path("vocabularyFingerprint").asText());

        ((ObjectNode) written.path("model")).remove("encoding"); // as checkpoints were written before
        Json.write(folder.resolve(Checkpoint.INFO_FILE), written);
        Checkpoint old = Checkpoint.load(folder);
        assertEquals(ENCODING, old.encoding());
        try (MovePolicy policy = old.policy()) {
            assertEquals(ENCODING, policy.encoding());
        }

        ((ObjectNode) written.path("model")).put("encoding", "no-such-encoding");
        Json.write(folder.resolve(Checkpoint.INFO_FILE), written);
        IOException e = assertThrows(IOException.class, () -> Checkpoint.load(folder));
        assertTrue(e.getMessage().contains(folder.toString()) && e.getMessage().contains("no-such-encoding")
                && e.getMessage().contains("uci-move-v1"), e.getMessage());
    }

    @Test
    void weightsOfAnotherShapeAreRejected(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("run").resolve("checkpoint");
        Checkpoint.save(Gpt.training(new GptConfig(12, 1, 2, 8, 2), 1), info(1, null), folder);
        IOException e = assertThrows(IOException.class, () -> Checkpoint.load(folder));
        assertTrue(e.getMessage().contains("does not match the model"), e.getMessage());
    }

    @Test
    void anInterruptedSaveIsRecovered(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("run").resolve("checkpoint");
        Checkpoint.save(Gpt.training(TINY, 8), info(3, null), folder);
        Files.move(folder, dir.resolve("run").resolve(".checkpoint.old")); // crash between the two renames
        Path killed = Files.createDirectories(dir.resolve("run").resolve(".checkpoint.tmp-123")); // killed mid-save
        Files.writeString(killed.resolve(Checkpoint.MODEL_FILE), "half");
        FolderSwap.recover(folder);
        assertEquals(3, Checkpoint.load(folder).step());
        assertTrue(Files.notExists(killed), "the killed save's temporary folder is left");
    }

    @Test
    void aReplacedTruncatedOrUncheckedModelFileIsRejectedNamingIt(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("run").resolve("checkpoint");
        Checkpoint.save(Gpt.training(TINY, 7), info(1, null), folder);
        Path model = folder.resolve(Checkpoint.MODEL_FILE);
        CheckpointInfo saved = Checkpoint.readInfo(folder);
        assertEquals(Sha256.of(model), saved.modelSha256());

        Path other = dir.resolve("other").resolve("checkpoint");
        Checkpoint.save(Gpt.training(TINY, 8), info(1, null), other); // a valid model.sdz, but not this one
        Files.copy(other.resolve(Checkpoint.MODEL_FILE), model, StandardCopyOption.REPLACE_EXISTING);
        IOException e = assertThrows(IOException.class, () -> Checkpoint.load(folder));
        assertTrue(e.getMessage().startsWith(folder.toString())
                && e.getMessage().contains("model.sdz does not match checkpoint.json (corrupt or replaced)"), e.getMessage());

        byte[] bytes = Files.readAllBytes(other.resolve(Checkpoint.MODEL_FILE));
        Files.write(model, Arrays.copyOf(bytes, bytes.length / 2));
        Json.write(folder.resolve(Checkpoint.INFO_FILE), saved.withModelSha256(Sha256.of(model))); // past the checksum
        e = assertThrows(IOException.class, () -> Checkpoint.load(folder));
        assertTrue(e.getMessage().startsWith(model.toString()) && e.getMessage().contains("model.sdz is truncated or corrupt"),
                e.getMessage());

        Json.write(folder.resolve(Checkpoint.INFO_FILE), saved.withModelSha256(null));
        e = assertThrows(IOException.class, () -> Checkpoint.load(folder));
        assertTrue(e.getMessage().startsWith(folder.toString()) && e.getMessage().contains("no modelSha256"),
                e.getMessage());
    }

    @Test
    void nonFiniteWeightsAreRejectedNamingTheVariable(@TempDir Path dir) throws IOException {
        SameDiff sd = Gpt.training(TINY, 9);
        sd.getVariable("wpe").getArr().putScalar(0, Float.POSITIVE_INFINITY);
        Path folder = dir.resolve("diverged").resolve("checkpoint");
        Checkpoint.save(sd, info(5, null), folder);
        IOException e = assertThrows(IOException.class, () -> Checkpoint.load(folder));
        assertTrue(e.getMessage().startsWith(folder.toString()) && e.getMessage().contains("weight 'wpe'")
                && e.getMessage().contains("NaN or infinite"), e.getMessage());
    }
}
