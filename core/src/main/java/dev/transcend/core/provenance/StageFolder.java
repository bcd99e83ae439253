package dev.transcend.core.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.io.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The output folder of one stage ({@code train}, {@code play}, {@code generate}, {@code rate}, {@code report}), checked
 * before the stage writes
 * anything, so that an {@code --out} pointing at another stage's folder or at a user's own files is refused instead
 * of overwritten. A folder belongs to the stage when it is missing or empty; when its {@code manifest.json} names the
 * stage (a finished run, resumed or rerun); or, without a manifest (an unfinished run), when it holds nothing but the
 * stage's own files and, if the stage has one, the marker file it writes first. Hidden entries (names starting with
 * a dot, e.g. {@code .gitkeep} or a temporary file a crash left) are ignored: no stage writes one under its own name.
 *
 * @param stage the stage's name, as in its manifest (e.g. {@code play})
 * @param ownFiles the files the stage writes besides {@code manifest.json}, which may exist before the manifest
 *                 does (e.g. {@code games.csv}); empty if an unfinished run leaves nothing to resume
 * @param marker the file among {@code ownFiles} that the stage writes when it starts, so its presence tells an
 *               unfinished run of the stage from a folder that merely holds files of the same names; null if the
 *               stage has none
 */
public record StageFolder(String stage, Set<String> ownFiles, String marker) {

    /** @throws IllegalArgumentException if the marker is not one of the own files */
    public StageFolder {
        Objects.requireNonNull(stage, "stage");
        ownFiles = Set.copyOf(ownFiles);
        if (marker != null && !ownFiles.contains(marker)) {
            throw new IllegalArgumentException("marker " + marker + " is not one of " + ownFiles);
        }
    }

    /**
     * Checks that {@code dir} may receive this stage's outputs and creates it if missing.
     *
     * @param dir the output folder
     * @throws ConfigException naming the folder and what it holds if it belongs to another stage or holds other files
     * @throws IOException if the folder cannot be listed or created
     */
    public void claim(Path dir) throws IOException {
        check(dir);
        Files.createDirectories(dir);
    }

    /**
     * Checks that {@code dir} may receive this stage's outputs, without creating anything.
     *
     * @param dir the output folder, possibly absent
     * @throws ConfigException naming the folder and what it holds if it belongs to another stage or holds other files
     * @throws IOException if the folder cannot be listed
     */
    public void check(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ConfigException(dir + " exists and is not a folder; use another --out folder");
        }
        List<String> entries = entries(dir);
        if (entries.isEmpty()) {
            return;
        }
        if (entries.contains(Manifest.FILE_NAME)) {
            String owner = manifestStage(dir.resolve(Manifest.FILE_NAME));
            if (!owner.equals(stage)) {
                throw new ConfigException(dir + " holds the output of stage '" + owner + "' (its " + Manifest.FILE_NAME
                        + "); '" + stage + "' would overwrite it. Use another --out folder");
            }
            return;
        }
        List<String> foreign = entries.stream().filter(e -> !ownFiles.contains(e)).toList();
        if (!foreign.isEmpty() || (marker != null && !entries.contains(marker))) {
            throw new ConfigException(dir + " is not empty and is not a '" + stage + "' folder: it holds "
                    + listing(foreign.isEmpty() ? entries : foreign) + " but no " + Manifest.FILE_NAME
                    + (marker == null ? "" : " or " + marker) + " of stage '" + stage + "'"
                    + ". Use another --out folder (or an empty one)");
        }
    }

    private static List<String> entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static String manifestStage(Path manifest) {
        try {
            JsonNode stage = Json.mapper().readTree(manifest.toFile()).path("stage");
            if (stage.isTextual()) {
                return stage.asText();
            }
            throw new ConfigException(manifest + " has no 'stage'; it is not a transcend manifest. Use another --out folder");
        } catch (IOException e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                    ? json.getOriginalMessage() : e.getMessage();
            throw new ConfigException(manifest + " is not readable JSON (" + why.lines().findFirst().orElse("")
                    + "); use another --out folder", e);
        }
    }

    private static String listing(List<String> names) {
        int shown = Math.min(names.size(), 5);
        String list = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? list + " and " + (names.size() - shown) + " more" : list;
    }
}
