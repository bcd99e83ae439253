package dev.transcend.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFilesTest {

    @Test
    void failedWriteLeavesPreviousContentAndNoTempFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.txt");
        AtomicFiles.writeString(file, "first");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("first", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        AtomicFiles.writeString(file, "second");
        assertEquals("second", Files.readString(file));
    }

    @Test
    void sha256OfKnownText() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.ofText("abc"));
    }
}
