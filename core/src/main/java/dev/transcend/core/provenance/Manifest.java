package dev.transcend.core.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.io.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a stage did, written as {@code manifest.json} next to its outputs (after Tribuo's
 * provenance): inputs and outputs with SHA-256, the resolved settings, the counts, and the
 * environment. A run can be audited, resumed or re-reported from its manifests alone.
 *
 * @param stage the stage that wrote it, as its {@link Stage#id()} in the file
 * @param createdAt UTC time the manifest was written, ISO-8601
 * @param inputs files read
 * @param settings the stage's resolved settings (a record serialized to JSON)
 * @param counts the stage's counts (a record serialized to JSON)
 * @param outputs files written, paths relative to the manifest's folder
 * @param environment where it ran
 */
public record Manifest(Stage stage, String createdAt, List<FileEntry> inputs, JsonNode settings,
                       JsonNode counts, List<FileEntry> outputs, Environment environment) {

    /** File name of a stage's manifest inside its output folder. */
    public static final String FILE_NAME = "manifest.json";

    /**
     * @param settings a record (or map) of resolved settings
     * @param counts a record (or map) of counts
     * @return a manifest stamped with the current time and environment
     */
    public static Manifest of(Stage stage, List<FileEntry> inputs, Object settings, Object counts,
                              List<FileEntry> outputs) {
        return new Manifest(stage, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), List.copyOf(inputs),
                Json.mapper().valueToTree(settings), Json.mapper().valueToTree(counts), List.copyOf(outputs),
                Environment.current());
    }

    /** Writes {@code dir/manifest.json} atomically. */
    public void writeTo(Path dir) throws IOException {
        Json.write(dir.resolve(FILE_NAME), this);
    }

    /**
     * @param dir a stage's output folder
     * @return its manifest
     * @throws java.nio.file.NoSuchFileException if {@code dir/manifest.json} is missing
     * @throws IOException naming the file if it is not a manifest (not JSON, or without its stage, settings, counts
     *                     or outputs)
     */
    public static Manifest readFrom(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no manifest: the stage did not finish there");
        }
        Manifest manifest;
        try {
            manifest = Json.read(file, Manifest.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IOException(file + " is not a valid manifest (" + e.getOriginalMessage().lines().findFirst()
                    .orElse("") + where + ")", e);
        }
        if (manifest == null || manifest.stage() == null || manifest.settings() == null || manifest.counts() == null
                || manifest.outputs() == null) {
            throw new IOException(file + " is not a valid manifest (it needs stage, settings, counts and outputs)");
        }
        return manifest;
    }

    /**
     * @param dir a stage's output folder
     * @param expected the stage that must have written it
     * @return its manifest
     * @throws IOException as {@link #readFrom(Path)}, or naming the file and both stages if another stage wrote it
     */
    public static Manifest readFrom(Path dir, Stage expected) throws IOException {
        Manifest manifest = readFrom(dir);
        if (manifest.stage() != expected) {
            throw new IOException(dir.resolve(FILE_NAME) + " is of stage '" + manifest.stage() + "', not '" + expected
                    + "'; pass the folder that 'transcend " + expected + "' wrote");
        }
        return manifest;
    }

    /**
     * The typed read-back of a stage's settings: each stage's settings record is the one writer and reader.
     *
     * @return the settings read back as {@code type}
     * @throws IOException naming the manifest's stage if they do not fit {@code type}
     */
    public <T> T settingsAs(Class<T> type) throws IOException {
        return as(settings, "settings", type);
    }

    /** @return the counts read back as {@code type}, like {@link #settingsAs} */
    public <T> T countsAs(Class<T> type) throws IOException {
        return as(counts, "counts", type);
    }

    private <T> T as(JsonNode node, String part, Class<T> type) throws IOException {
        try {
            return Json.mapper().treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IOException("the " + part + " of the '" + stage + "' manifest are not " + type.getSimpleName()
                    + " (" + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage())
                    .lines().findFirst().orElse("") + ")", e);
        }
    }
}
