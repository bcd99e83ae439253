package dev.transcend.dataprep.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Turns the paths a user gave into the ordered list of files to read. */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * Expands directories to the supported files inside them (recursively, sorted by path, hidden
     * files skipped) and keeps files as given, in the order given. A file reached twice is read once.
     *
     * @param paths files and directories
     * @return the files to read, never empty
     * @throws NoSuchFileException if a path does not exist
     * @throws IllegalArgumentException if a file given explicitly has an unsupported extension, or
     *                                  nothing supported was found; the message lists the extensions
     * @throws IOException if a directory cannot be listed
     */
    public static List<InputFile> expand(List<Path> paths) throws IOException {
        Map<Path, InputFile> files = new LinkedHashMap<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (InputFile file : inDirectory(path)) {
                    files.putIfAbsent(file.path().toAbsolutePath().normalize(), file);
                }
            } else if (Files.isRegularFile(path)) {
                InputFile file = InputFile.detect(path).orElseThrow(() -> new IllegalArgumentException(
                        path + ": unsupported input file; supported: " + InputFile.supportedExtensions()));
                files.putIfAbsent(path.toAbsolutePath().normalize(), file);
            } else {
                throw new NoSuchFileException(path.toString(), null, "no such input file or directory");
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files with a supported extension in " + paths
                    + "; supported: " + InputFile.supportedExtensions());
        }
        return List.copyOf(files.values());
    }

    private static List<InputFile> inDirectory(Path dir) throws IOException {
        List<InputFile> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> sorted = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
            for (Path p : sorted) {
                Optional<InputFile> file = InputFile.detect(p);
                file.ifPresent(out::add);
            }
        }
        return out;
    }
}
