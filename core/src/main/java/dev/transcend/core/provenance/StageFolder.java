package dev.transcend.core.provenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one folder-claim rule, checked before a stage writes anything, so that an {@code --out} pointing at another
 * stage's folder or at a user's own files is refused instead of overwritten. A folder belongs to the stage when it is
 * missing or empty; when its {@code manifest.json} names the stage (a finished run, resumed or rerun); or, without a
 * manifest (an unfinished run), when it holds nothing but the stage's own files and, if the stage has one, the marker
 * file it writes first. Hidden entries (names starting with a dot, e.g. {@code .gitkeep} or a temporary file a crash
 * left) are ignored: no stage writes one under its own name.
 *
 * @param stage the stage
 * @param ownFiles the files the stage writes besides {@code manifest.json}, which may exist before the manifest
 *                 does (e.g. {@code games.csv}); empty if an unfinished run leaves nothing under the folder's name
 * @param marker the file among {@code ownFiles} that the stage writes when it starts, so its presence tells an
 *               unfinished run of the stage from a folder that merely holds files of the same names; null if none
 */
public record StageFolder(Stage stage, Set<String> ownFiles, String marker) {

    /** @throws IllegalArgumentException if the marker is not one of the own files */
    public StageFolder {
        Objects.requireNonNull(stage, "stage");
        ownFiles = Set.copyOf(ownFiles);
        if (marker != null && !ownFiles.contains(marker)) {
            throw new IllegalArgumentException("marker " + marker + " is not one of " + ownFiles);
        }
    }

    /** Checks that {@code dir} may receive this stage's outputs ({@link #check}) and creates it if missing. */
    public void claim(Path dir) throws IOException {
        check(dir);
        Files.createDirectories(dir);
    }

    /**
     * Checks that {@code dir} may receive this stage's outputs, without creating anything.
     *
     * @param dir the output folder, possibly absent
     * @throws RefusedException if it is a file ({@link Refusal.NotAFolder}), holds another stage's manifest
     *                          ({@link Refusal.OtherStage}), an unreadable one ({@link Refusal.Unreadable}) or other
     *                          files ({@link Refusal.ForeignFiles})
     * @throws IOException if the folder cannot be listed
     */
    public void check(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new RefusedException(new Refusal.NotAFolder(dir));
        }
        List<String> entries = entries(dir);
        if (entries.contains(Manifest.FILE_NAME)) {
            Stage owner = owner(dir);
            if (owner != stage) {
                throw new RefusedException(new Refusal.OtherStage(dir, owner, stage));
            }
            return;
        }
        List<String> foreign = entries.stream().filter(e -> !ownFiles.contains(e)).toList();
        if (!foreign.isEmpty() || (marker != null && !entries.isEmpty() && !entries.contains(marker))) {
            throw new RefusedException(new Refusal.ForeignFiles(dir, stage, foreign.isEmpty() ? entries : foreign,
                    marker));
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

    private static Stage owner(Path dir) {
        try {
            return Manifest.readFrom(dir).stage();
        } catch (IOException e) {
            throw new RefusedException(new Refusal.Unreadable(dir.resolve(Manifest.FILE_NAME), e.getMessage()));
        }
    }
}
