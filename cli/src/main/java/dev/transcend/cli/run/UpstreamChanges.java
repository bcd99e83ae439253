package dev.transcend.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.arena.generate.GenerateSettings;
import dev.transcend.core.io.Sha256;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.RecordedTerms;
import dev.transcend.dataprep.input.InputFile;
import dev.transcend.dataprep.input.InputFiles;
import dev.transcend.dataprep.prepare.DatasetSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run's config changes upstream of work already done: the games generated and the dataset prepared. A run
 * reuses a dataset that nothing changed, and refuses to change one that a trained model was made from, listing each
 * change, so a model, its games and its report always describe the same data.
 */
final class UpstreamChanges {

    /** How many changed input files a message lists before it counts the rest. */
    private static final int LISTED = 3;

    private UpstreamChanges() {
    }

    /**
     * @param generateDir the run's generation folder
     * @param settings this run's generation settings
     * @return {@code "generate.games old -> new"} if the finished generation recorded another game count, else empty
     * @throws IOException naming the file if the generation manifest is unreadable
     */
    static List<String> generatedGames(Path generateDir, GenerateSettings settings) throws IOException {
        if (!Files.isRegularFile(generateDir.resolve(Manifest.FILE_NAME))) {
            return List.of();
        }
        JsonNode recorded = Manifest.readFrom(generateDir).settings().path("generate").path("games");
        List<String> changes = new ArrayList<>();
        RecordedTerms.compare("generate.games", recorded, RecordedTerms.normalized(settings).path("games"), changes);
        return changes;
    }

    /**
     * @param dataDir the run's dataset folder, with a {@code manifest.json}
     * @param inputs this run's input files and folders
     * @param settings this run's dataset settings
     * @return each difference between the dataset's manifest and this run, e.g. {@code "cap 1000 -> 1300"}; empty if
     *         the dataset was made from the same input files (same path and size, or same size and SHA-256, e.g. a
     *         copied run folder) with the same settings
     * @throws IOException naming the file if the manifest or an input cannot be read
     */
    static List<String> dataset(Path dataDir, List<Path> inputs, DatasetSettings settings) throws IOException {
        Manifest manifest = Manifest.readFrom(dataDir);
        List<String> changes = new ArrayList<>();
        RecordedTerms.compareFields("prepare.", DatasetSettings.withRecordedEncoding(manifest.settings()),
                RecordedTerms.normalized(settings), changes);
        List<FileEntry> before = manifest.inputs() == null ? List.of() : manifest.inputs();
        List<InputFile> after = InputFiles.expand(inputs);
        if (before.size() != after.size()) {
            changes.add("input files " + before.size() + " -> " + after.size());
            return changes;
        }
        List<String> files = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            FileEntry old = before.get(i);
            Path file = after.get(i).path();
            long bytes = Files.size(file);
            boolean same = old.bytes() == bytes
                    && (old.path().equals(file.toString()) || old.sha256().equals(Sha256.of(file)));
            if (!same) {
                files.add("input " + old.path() + " (" + old.bytes() + " bytes) -> " + file + " (" + bytes + " bytes)");
            }
        }
        changes.addAll(files.subList(0, Math.min(LISTED, files.size())));
        if (files.size() > LISTED) {
            changes.add("and " + (files.size() - LISTED) + " more input files");
        }
        return changes;
    }
}
