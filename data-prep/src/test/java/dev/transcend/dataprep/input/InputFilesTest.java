package dev.transcend.dataprep.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputFilesTest {

    @Test
    void detectsFormatAndCompressionFromTheName() {
        assertEquals(new InputFile(Path.of("x/g.pgn.zst"), InputFormat.PGN, Compression.ZSTD),
                InputFile.detect(Path.of("x/g.pgn.zst")).orElseThrow());
        assertEquals(InputFormat.KAGGLE_CSV, InputFile.detect(Path.of("games.csv.gz")).orElseThrow().format());
        assertEquals(Compression.NONE, InputFile.detect(Path.of("GAMES.PGN")).orElseThrow().compression());
        assertTrue(InputFile.detect(Path.of("notes.txt")).isEmpty());
        assertTrue(InputFile.detect(Path.of("games.pgn.xz")).isEmpty());
        assertTrue(InputFile.detect(Path.of(".pgn")).isEmpty());
    }

    @Test
    void directoriesExpandRecursivelyInSortedOrder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b/inner"));
        for (String name : List.of("b/inner/z.pgn.gz", "b/a.csv", "a.pgn", "c.pgn.bz2", "readme.md", ".hidden.pgn")) {
            Files.writeString(dir.resolve(name), "");
        }
        List<String> names = InputFiles.expand(List.of(dir)).stream()
                .map(f -> dir.relativize(f.path()).toString()).toList();
        assertEquals(List.of("a.pgn", "b/a.csv", "b/inner/z.pgn.gz", "c.pgn.bz2"), names);
        List<InputFile> twice = InputFiles.expand(List.of(dir.resolve("c.pgn.bz2"), dir));
        assertEquals(4, twice.size(), "a file reached twice is read once");
        assertEquals(dir.resolve("c.pgn.bz2"), twice.get(0).path());
    }

    @Test
    void unsupportedMissingOrEmptyInputsFailClearly(@TempDir Path dir) throws IOException {
        Path txt = Files.writeString(dir.resolve("games.txt"), "");
        IllegalArgumentException unsupported = assertThrows(IllegalArgumentException.class,
                () -> InputFiles.expand(List.of(txt)));
        assertTrue(unsupported.getMessage().contains("games.txt") && unsupported.getMessage().contains(".pgn.zst"),
                unsupported.getMessage());
        assertThrows(NoSuchFileException.class, () -> InputFiles.expand(List.of(dir.resolve("missing.pgn"))));
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThrows(IllegalArgumentException.class, () -> InputFiles.expand(List.of(empty)));
    }

    @Test
    void aGlobPatternGivesTheFilesTheShellWouldInSortedOrder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data/2017"));
        for (String name : List.of("data/lichess_db_standard_rated_2016-10.pgn.zst",
                "data/lichess_db_standard_rated_2016-02.pgn.zst", "data/lichess_db_standard_rated_2016-01.pgn.zst",
                "data/lichess_db_standard_rated_2016-03.pgn.bz2", "data/lichess_db_standard_rated_2016-04.txt",
                "data/.lichess_db_standard_rated_2016-05.pgn.zst", "data/2017/lichess_db_standard_rated_2016-06.pgn.zst")) {
            Files.writeString(dir.resolve(name), "");
        }
        Path pattern = dir.resolve("data/lichess_db_standard_rated_2016-*.pgn.zst");
        List<InputFile> globbed = InputFiles.expand(List.of(pattern));
        List<String> names = globbed.stream().map(f -> dir.relativize(f.path()).toString()).toList();
        assertEquals(List.of("data/lichess_db_standard_rated_2016-01.pgn.zst",
                "data/lichess_db_standard_rated_2016-02.pgn.zst", "data/lichess_db_standard_rated_2016-10.pgn.zst"),
                names, "sorted, * within one folder, hidden files passed over");
        // what the shell passes when it expanded the pattern itself: the same files in the same order
        List<Path> shell = names.stream().map(dir::resolve).toList();
        assertEquals(globbed, InputFiles.expand(shell));

        assertEquals(5, InputFiles.expand(List.of(dir.resolve("data/**.{zst,bz2}"))).size(), "** crosses folders");
        assertEquals(List.of("data/2017/lichess_db_standard_rated_2016-06.pgn.zst"),
                InputFiles.expand(List.of(dir.resolve("data/20?7"))).stream()
                        .map(f -> dir.relativize(f.path()).toString()).toList(), "a matched folder is expanded");
        assertEquals(List.of("data/lichess_db_standard_rated_2016-01.pgn.zst"),
                InputFiles.expand(List.of(dir.resolve("d*/*2016-0[1].pgn.zst"))).stream()
                        .map(f -> dir.relativize(f.path()).toString()).toList(), "patterns in several names");
    }

    @Test
    void aPathThatExistsWinsOverItsGlobReadingAndAnEmptyMatchNamesThePattern(@TempDir Path dir) throws IOException {
        Path literal = Files.writeString(dir.resolve("a*.pgn"), "");
        Files.writeString(dir.resolve("ab.pgn"), "");
        assertEquals(List.of(literal), InputFiles.expand(List.of(literal)).stream().map(InputFile::path).toList());
        assertEquals(2, InputFiles.expand(List.of(dir.resolve("a?*.pgn"))).size());

        Path nothing = dir.resolve("lichess_db_standard_rated_2099-*.pgn.zst");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> InputFiles.expand(List.of(nothing)));
        assertTrue(none.getMessage().startsWith(nothing + ": the pattern matches no input file"), none.getMessage());
        Path unsupported = dir.resolve("*.txt");
        Files.writeString(dir.resolve("notes.txt"), "");
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> InputFiles.expand(List.of(unsupported)));
        assertTrue(other.getMessage().contains("1 path(s) matched, none with a supported extension"), other.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InputFiles.expand(List.of(dir.resolve("missing/*.pgn"))));
    }

    @Test
    void aDashIsStandardInputOnceAmongOtherInputs(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.pgn"), "");
        List<InputFile> inputs = InputFiles.expand(List.of(file, Path.of("-")));
        assertEquals(List.of(InputFile.detect(file).orElseThrow(), InputFile.stdin()), inputs);
        assertTrue(inputs.get(1).isStdin());
        assertEquals("<stdin>", inputs.get(1).name());
        assertEquals("<stdin>", inputs.get(1).toString());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> InputFiles.expand(List.of(Path.of("-"), file, Path.of("-"))));
        assertTrue(twice.getMessage().contains("standard input (-) is given twice"), twice.getMessage());
    }
}
