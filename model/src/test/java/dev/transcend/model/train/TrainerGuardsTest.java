package dev.transcend.model.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.io.Json;
import dev.transcend.model.checkpoint.Checkpoint;
import dev.transcend.model.gpt.GptConfig;
import dev.transcend.model.testing.GeneratedGames;
import dev.transcend.model.testing.RealGames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the trainer refuses or reports instead of writing a bad checkpoint or into the wrong folder. */
class TrainerGuardsTest {

    private static final GptConfig TINY = new GptConfig(16, 1, 2, 16, 2);

    @TempDir
    static Path shared;
    static Path dataset;

    @BeforeAll
    static void writeDataset() throws IOException {
        dataset = GeneratedGames.writeDataset(shared.resolve("data"), 100, 10);
    }

    /** Adam without moment averaging at learning rate 1 and no warmup: the loss is NaN within a few steps. */
    private static TrainSettings explosive(int evalEvery, int checkpointEvery, int logEvery) {
        return new TrainSettings(12, 4, 1.0, null, 0, null, 0.0, 0.0, evalEvery, 1, checkpointEvery, logEvery, 1L);
    }

    private static TrainSettings small(int steps, Integer batchSize, Long seed) {
        return new TrainSettings(steps, batchSize == null ? 4 : batchSize, null, null, null, null, null, null, 100, 1,
                100, 100, seed == null ? 1L : seed);
    }

    @Test
    void aDivergedRunStopsAndKeepsTheLastFiniteCheckpoint(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("diverged");
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> Trainer.run(dataset, TINY, explosive(100, 2, 1), out, false, false));
        assertFalse(Double.isFinite(e.loss()));
        assertTrue(e.getMessage().startsWith("training diverged at step " + e.step() + ": the training loss is "),
                e.getMessage());
        assertTrue(e.getMessage().contains("Lower learningRate (now 1.0) or add warmup (warmupSteps now 0)"),
                e.getMessage());
        Checkpoint kept = Checkpoint.load(out.resolve("checkpoint")); // loads: finite weights, checksum intact
        assertTrue(kept.step() > 0 && kept.step() < e.step(), "kept step " + kept.step() + ", diverged at " + e.step());
        assertTrue(e.getMessage().contains("the last checkpoint (step " + kept.step() + ") is kept"), e.getMessage());
        JsonNode manifest = Json.mapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(kept.step(), manifest.get("counts").get("step").asInt());
    }

    @Test
    void aDivergedStateIsNeverSavedEvenWhenNoLossWasDue(@TempDir Path dir) {
        // the loss is measured at steps 0 and 4 only, and step 4 is also a checkpoint
        Path out = dir.resolve("diverged");
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> Trainer.run(dataset, TINY, explosive(100, 4, 4), out, false, false));
        assertEquals(4, e.step());
        assertTrue(e.getMessage().contains("no checkpoint was written"), e.getMessage());
        assertFalse(Files.exists(out.resolve("checkpoint")));
        assertFalse(Files.exists(out.resolve("manifest.json")));
    }

    @Test
    void aDatasetOfAnotherEncodingIsRefusedNamingBoth(@TempDir Path dir) throws IOException {
        Path data = GeneratedGames.writeDataset(dir.resolve("data"), 20, 5);
        RealGames.writeManifest(data, "san-char-v1"); // as a dataset prepared in another encoding records it
        Path out = dir.resolve("train");
        ConfigException e = assertThrows(ConfigException.class,
                () -> Trainer.run(data, TINY, small(2, null, null), out, false, false));
        assertTrue(e.getMessage().contains("prepared with encoding 'san-char-v1'")
                && e.getMessage().contains("model's encoding is 'uci-move-v1'"), e.getMessage());
        assertFalse(Files.exists(out.resolve("checkpoint")), "nothing trained");
    }

    @Test
    void anotherStagesFolderOrAFolderOfOtherFilesIsRefusedUntouched(@TempDir Path dir) throws IOException {
        byte[] manifest = Files.readAllBytes(dataset.resolve("manifest.json"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> Trainer.run(dataset, TINY, small(2, null, null), dataset, false, false));
        assertTrue(e.getMessage().contains(dataset.toString()) && e.getMessage().contains("stage 'prepare'"),
                e.getMessage());
        assertArrayEquals(manifest, Files.readAllBytes(dataset.resolve("manifest.json")));
        assertFalse(Files.exists(dataset.resolve("train_log.csv")));

        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("ideas.txt"), "try a larger model\n");
        e = assertThrows(ConfigException.class, () -> Trainer.run(dataset, TINY, small(2, null, null), notes, false, false));
        assertTrue(e.getMessage().contains(notes.toString()) && e.getMessage().contains("is not a 'train' folder")
                && e.getMessage().contains("ideas.txt"), e.getMessage());
        try (var files = Files.list(notes)) {
            assertEquals(1, files.count(), "nothing written");
        }

        Path interrupted = Files.createDirectories(dir.resolve("interrupted")); // stopped before its first checkpoint
        Files.writeString(interrupted.resolve("train_log.csv"), String.join(",", TrainLog.HEADER) + "\n");
        assertEquals(2, Trainer.run(dataset, TINY, small(2, null, null), interrupted, false, false).step());
    }

    @Test
    void corruptDataFailsBeforeTheOutputFolderIsCreated(@TempDir Path dir) throws IOException {
        Path data = GeneratedGames.writeDataset(dir.resolve("data"), 20, 5);
        Path shard = data.resolve("train-000.shard");
        byte[] bytes = Files.readAllBytes(shard);
        bytes[bytes.length - 1] = (byte) 0xff; // the high byte of the last move (little-endian int16): token id < 0
        Files.write(shard, bytes);
        Path out = dir.resolve("out");
        IOException e = assertThrows(IOException.class, () -> Trainer.run(data, TINY, small(2, null, null), out, false, false));
        assertTrue(e.getMessage().startsWith(shard.toString()) && e.getMessage().contains("manifest checksum"),
                e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void resumeKeepsTheDefaultWarmupWhenStepsGrowAndNamesTheSettingsThatDiffer(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run");
        TrainSummary fresh = Trainer.run(dataset, TINY, small(3, null, null), out, true, false); // nothing to resume
        assertFalse(fresh.resumed());
        assertEquals(0, fresh.startStep());
        assertEquals(3, fresh.step());

        TrainSummary more = Trainer.run(dataset, TINY, small(6, null, null), out, true, false);
        assertTrue(more.resumed());
        assertEquals(3, more.startStep());
        assertEquals(6, more.step());

        ConfigException e = assertThrows(ConfigException.class,
                () -> Trainer.run(dataset, TINY, small(9, 8, 2L), out, true, false));
        assertTrue(e.getMessage().contains("checkpoint.json records other settings: train.batchSize 4 -> 8; train.seed"
                + " 1 -> 2"), e.getMessage());
        assertFalse(e.getMessage().contains("TrainSettings["), "names the keys, not whole records");
        e = assertThrows(ConfigException.class,
                () -> Trainer.run(dataset, new GptConfig(16, 2, 2, 16, 2), small(9, null, null), out, true, false));
        assertTrue(e.getMessage().contains("records other settings: model.layers 1 -> 2"), e.getMessage());
    }
}
