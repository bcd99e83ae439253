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
}
