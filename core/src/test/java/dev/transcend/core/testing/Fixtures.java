package dev.transcend.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's own hand-written test inputs under {@code core/src/test/resources/fixtures/}, shared with the
 * other modules through core's test jar. They are read as bytes (inside a jar a resource is no file) and
 * copied where a test needs a file.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * @param name a file under {@code fixtures/}, e.g. {@code lichess_export.pgn}
     * @return its bytes
     */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new AssertionError("test fixture fixtures/" + name + " is missing from core's test resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the fixture as UTF-8 text */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /**
     * @param name a fixture
     * @param dir folder to copy it into
     * @return the copy, {@code dir/name}
     */
    public static Path copy(String name, Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), bytes(name));
    }
}
