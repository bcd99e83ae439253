package dev.transcend.dataprep.input;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Turns the paths a user gave into the ordered list of files to read. */
public final class InputFiles {

    /** Characters that make a path that does not exist a glob pattern ({@link java.nio.file.FileSystem#getPathMatcher}). */
    private static final String GLOB_CHARACTERS = "*?[{";

    private InputFiles() {
    }

    /**
     * Expands directories to the supported files inside them (recursively, sorted by path, hidden
     * files skipped), glob patterns to the files they match (sorted by path) and keeps files as given, in the order
     * given. A file reached twice is read once.
     *
     * <p>A path that exists is taken literally. One that does not and holds {@code * ? [ {} is a glob pattern
     * ({@link java.nio.file.FileSystem#getPathMatcher(String) glob:} syntax: {@code *} within a folder name,
     * {@code **} across folders), e.g. {@code data/lichess_db_standard_rated_2016-*.pgn.zst}, quoted so the shell
     * passes it on: it gives the same files, in the same order, as the shell's expansion of it. Matched folders are
     * expanded like folders; matched files of other types and hidden files are passed over, like in a folder.
     * {@code -} is standard input ({@link InputFile#stdin()}), at most once.
     *
     * @param paths files, directories, glob patterns and {@code -}
     * @return the files to read, never empty
     * @throws NoSuchFileException if a path does not exist and is no pattern
     * @throws IllegalArgumentException if a file given explicitly has an unsupported extension, a pattern matches no
     *                                  supported file (the message names the pattern), {@code -} is given twice,
     *                                  or nothing supported was found; the message lists the extensions
     * @throws IOException if a directory cannot be listed
     */
    public static List<InputFile> expand(List<Path> paths) throws IOException {
        Map<Path, InputFile> files = new LinkedHashMap<>();
        for (Path path : paths) {
            if (path.equals(InputFile.STDIN)) {
                if (files.putIfAbsent(InputFile.STDIN, InputFile.stdin()) != null) {
                    throw new IllegalArgumentException("standard input (-) is given twice; it can be read once");
                }
            } else if (Files.isDirectory(path)) {
                for (InputFile file : inDirectory(path)) {
                    files.putIfAbsent(file.path().toAbsolutePath().normalize(), file);
                }
            } else if (Files.isRegularFile(path)) {
                InputFile file = InputFile.detect(path).orElseThrow(() -> new IllegalArgumentException(
                        path + ": unsupported input file; supported: " + InputFile.supportedExtensions()));
                files.putIfAbsent(path.toAbsolutePath().normalize(), file);
            } else if (isPattern(path)) {
                for (InputFile file : matching(path)) {
                    files.putIfAbsent(file.path().toAbsolutePath().normalize(), file);
                }
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

    private static boolean isPattern(Path path) {
        String text = path.toString();
        return text.chars().anyMatch(c -> GLOB_CHARACTERS.indexOf(c) >= 0);
    }

    /** The supported files a glob pattern matches, sorted by path; matched folders expanded. */
    private static List<InputFile> matching(Path pattern) throws IOException {
        // walk from the longest leading part without pattern characters, as deep as the pattern reaches
        Path base = pattern.isAbsolute() ? pattern.getRoot() : null;
        int fixed = 0;
        while (fixed < pattern.getNameCount() - 1 && !isPattern(pattern.getName(fixed))) {
            base = base == null ? pattern.getName(fixed) : base.resolve(pattern.getName(fixed));
            fixed++;
        }
        Path start = base == null ? Path.of("") : base;
        boolean anyDepth = pattern.toString().contains("**");
        int depth = anyDepth ? Integer.MAX_VALUE : pattern.getNameCount() - fixed;
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException(pattern + ": not a valid glob pattern (" + e.getDescription()
                    + " at character " + (e.getIndex() + 1) + "); quote a file name holding * ? [ { or escape them");
        }
        List<Path> matches = new ArrayList<>();
        if (Files.isDirectory(start)) {
            try (Stream<Path> walk = Files.walk(start, depth)) {
                walk.filter(p -> !p.equals(start) && matcher.matches(p))
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .forEach(matches::add);
            }
        }
        matches.sort(Comparator.comparing(Path::toString));
        List<InputFile> out = new ArrayList<>();
        for (Path p : matches) {
            if (Files.isDirectory(p)) {
                out.addAll(inDirectory(p));
            } else if (Files.isRegularFile(p)) {
                InputFile.detect(p).ifPresent(out::add);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(pattern + ": the pattern matches no input file (" + matches.size()
                    + " path(s) matched, none with a supported extension; searched in "
                    + (base == null ? "the current folder" : base) + "); supported: "
                    + InputFile.supportedExtensions());
        }
        return out;
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
