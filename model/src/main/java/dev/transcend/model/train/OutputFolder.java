package dev.transcend.model.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.io.Json;
import dev.transcend.core.provenance.Manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Guards the trainer's output folder: training writes {@code manifest.json}, {@code train_log.csv}
 * and {@code checkpoint/} there, so it must never be a folder that belongs to another stage (a
 * prepared dataset, a play folder) or holds unrelated files, whose manifest or files it would
 * replace. A folder of an earlier or interrupted training run is fine (resume, or a run that stopped
 * before its first checkpoint).
 */
final class OutputFolder {

    /** The stage name the trainer writes in its {@code manifest.json}. */
    static final String STAGE = "train";

    private OutputFolder() {
    }

    /**
     * @param outDir the requested output folder, possibly absent
     * @throws ConfigException naming the folder and what it holds if it is a file, holds another stage's
     *                         {@code manifest.json}, or is not empty and holds no training files
     * @throws IOException if the folder cannot be listed
     */
    static void requireUsable(Path outDir) throws IOException {
        if (!Files.exists(outDir)) {
            return;
        }
        if (!Files.isDirectory(outDir)) {
            throw new ConfigException("training output folder " + outDir + " is a file; choose a folder");
        }
        List<String> names;
        try (Stream<Path> list = Files.list(outDir)) {
            names = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        if (names.isEmpty()) {
            return;
        }
        if (names.contains(Manifest.FILE_NAME)) {
            String stage = stage(outDir.resolve(Manifest.FILE_NAME));
            if (!STAGE.equals(stage)) {
                throw new ConfigException("training output folder " + outDir + " holds the output of another stage (its "
                        + Manifest.FILE_NAME + " has stage " + (stage == null ? "unknown" : "'" + stage + "'")
                        + "; " + names.size() + " entries: " + sample(names) + "); training would replace it."
                        + " Train into a new or empty folder");
            }
            return;
        }
        if (names.stream().noneMatch(OutputFolder::isTrainingFile)) {
            throw new ConfigException("training output folder " + outDir + " is not empty and holds no training run ("
                    + names.size() + " entries: " + sample(names) + "); train into a new or empty folder");
        }
    }

    /** Files the trainer writes, including the temporary names of its atomic writes. */
    private static boolean isTrainingFile(String name) {
        return name.equals(TrainLog.FILE_NAME) || name.equals(Trainer.CHECKPOINT_DIR)
                || name.startsWith("." + Trainer.CHECKPOINT_DIR + ".") || name.startsWith("." + TrainLog.FILE_NAME + ".");
    }

    /** @return the manifest's {@code stage}, or null if it cannot be read as a manifest */
    private static String stage(Path manifest) {
        try {
            JsonNode stage = Json.mapper().readTree(manifest.toFile()).path("stage");
            return stage.isTextual() ? stage.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String sample(List<String> names) {
        return names.size() <= 5 ? String.join(", ", names) : String.join(", ", names.subList(0, 5)) + ", ...";
    }
}
