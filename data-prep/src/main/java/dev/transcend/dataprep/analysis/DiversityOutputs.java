package dev.transcend.dataprep.analysis;

import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.StageFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysis folder: {@value DiversityCsv#DIVERSITY}, {@value DiversityCsv#POSITIONS},
 * {@value DiversityChart#FILE_NAME} and {@code manifest.json} (stage {@code analyze}; settings: the analysis's name
 * and {@link DiversitySettings}; counts: {@link DiversityCounts}), each file written atomically, the manifest last.
 * The folder must be missing, empty, or an earlier {@code analyze} folder (core's {@link StageFolder}).
 */
public final class DiversityOutputs {

    /** The folder rule: a user's own files are never overwritten. */
    public static final StageFolder FOLDER = new StageFolder(Stage.ANALYZE, Set.of(DiversityCsv.DIVERSITY,
            DiversityCsv.POSITIONS, DiversityChart.FILE_NAME), DiversityCsv.DIVERSITY);

    private DiversityOutputs() {
    }

    /**
     * @param result the finished analysis
     * @param dir the output folder, created if missing
     * @return the files written, relative to {@code dir}
     * @throws dev.transcend.core.provenance.RefusedException if {@code dir} holds other files
     * @throws IOException if a file cannot be written
     */
    public static List<String> write(DiversityResult result, Path dir) throws IOException {
        FOLDER.claim(dir);
        DiversityCsv.write(result, dir);
        DiversityChart.write(result, dir.resolve(DiversityChart.FILE_NAME));
        List<String> names = List.of(DiversityCsv.DIVERSITY, DiversityCsv.POSITIONS, DiversityChart.FILE_NAME);
        List<FileEntry> outputs = new ArrayList<>();
        for (String name : names) {
            outputs.add(FileEntry.of(dir.resolve(name), name));
        }
        List<FileEntry> inputs = result.inputs().stream().map(f -> FileEntry.of(f.path())).toList();
        Manifest.of(Stage.ANALYZE, inputs, Map.of("analysis", "diversity", "diversity", result.settings()),
                result.counts(), outputs).writeTo(dir);
        return names;
    }
}
