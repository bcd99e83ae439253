package dev.transcend.cli.run;

import dev.transcend.arena.generate.GenerateSettings;
import dev.transcend.arena.generate.Generator;
import dev.transcend.core.dataset.DatasetSettings;
import dev.transcend.core.io.Sha256;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.TermChange;
import dev.transcend.core.provenance.Terms;
import dev.transcend.dataprep.input.InputFile;
import dev.transcend.dataprep.input.InputFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run's config changes upstream of work already done: the games generated and the dataset prepared, read from
 * their manifests as typed settings. A run reuses a dataset that nothing changed, and refuses to change one that a
 * trained model was made from, listing each change, so a model, its games and its report describe the same data.
 */
final class UpstreamChanges {

    private UpstreamChanges() {
    }

    /**
     * @return {@code generate.games old -> new} if the finished generation recorded another game count, else empty
     * @throws IOException naming the file if the generation manifest is unreadable
     */
    static List<TermChange> generatedGames(Path generateDir, GenerateSettings settings) throws IOException {
        if (!Files.isRegularFile(generateDir.resolve(Manifest.FILE_NAME))) {
            return List.of();
        }
        GenerateSettings before = Manifest.readFrom(generateDir, Stage.GENERATE)
                .settingsAs(Generator.ResolvedSettings.class).generate();
        return Terms.changes("generate.games", before.games(), settings.games());
    }

    /**
     * @param dataDir the run's dataset folder, with a {@code manifest.json}
     * @return each difference between the dataset's manifest and this run (e.g. {@code prepare.cap 1000 -> 1300}, an
     *         input file); empty if the dataset was made from the same input files (same path and size, or same size
     *         and SHA-256, e.g. a copied run folder) with the same settings
     * @throws IOException naming the file if the manifest or an input cannot be read
     */
    static List<TermChange> dataset(Path dataDir, List<Path> inputs, DatasetSettings settings) throws IOException {
        Manifest manifest = Manifest.readFrom(dataDir, Stage.PREPARE);
        List<TermChange> changes = new ArrayList<>(Terms.changes("prepare",
                manifest.settingsAs(DatasetSettings.class), settings));
        List<FileEntry> before = manifest.inputs() == null ? List.of() : manifest.inputs();
        List<InputFile> after = InputFiles.expand(inputs);
        if (before.size() != after.size()) {
            changes.add(new TermChange("input files", before.size(), after.size()));
            return changes;
        }
        for (int i = 0; i < before.size(); i++) {
            FileEntry old = before.get(i);
            Path file = after.get(i).path();
            long bytes = Files.size(file);
            if (old.bytes() != bytes || !(old.path().equals(file.toString()) || old.sha256().equals(Sha256.of(file)))) {
                changes.add(new TermChange("input " + (i + 1), old.path() + " (" + old.bytes() + " bytes)",
                        file + " (" + bytes + " bytes)"));
            }
        }
        return changes;
    }
}
