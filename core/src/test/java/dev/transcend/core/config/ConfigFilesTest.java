package dev.transcend.core.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigFilesTest {

    enum Protocol { LEGAL_MOVES, FIVE_TRIES }

    record Inner(int steps, double learningRate) {
        Inner {
            if (steps < 0) {
                throw new ConfigException("steps must be >= 0, got " + steps);
            }
        }
    }

    record Sample(String name, Protocol protocol, Inner train) {
    }

    @Test
    void readsValidYaml(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, "name: x\nprotocol: legal_moves\ntrain:\n  steps: 3\n  learningRate: 0.5\n");
        assertEquals(new Sample("x", Protocol.LEGAL_MOVES, new Inner(3, 0.5)), ConfigFiles.read(file, Sample.class));
    }

    @Test
    void unknownKeyNamesFileLineKeyAndAllowedKeys(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "name: x\ntrain:\n  steps: 3\n  lr: 0.5\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFiles.read(file, Sample.class));
        assertTrue(e.getMessage().contains("bad.yaml line 4"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown key 'lr' at 'train.lr'"), e.getMessage());
        assertTrue(e.getMessage().contains("allowed keys: learningRate, steps"), e.getMessage());
    }

    @Test
    void badEnumListsAllowedValues(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("enum.yaml");
        Files.writeString(file, "protocol: sometimes\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFiles.read(file, Sample.class));
        assertTrue(e.getMessage().contains("'sometimes' is not allowed at 'protocol'; allowed values: LEGAL_MOVES, FIVE_TRIES"),
                e.getMessage());
    }

    @Test
    void validationInsideARecordKeepsItsOwnMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("neg.yaml");
        Files.writeString(file, "name: x\ntrain:\n  steps: -3\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFiles.read(file, Sample.class));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().endsWith("at 'train': steps must be >= 0, got -3"), e.getMessage());
    }

    @Test
    void duplicateKeysAndFractionsForIntegersAreRejected(@TempDir Path dir) throws IOException {
        Path dup = dir.resolve("dup.yaml");
        Files.writeString(dup, "name: x\ntrain:\n  steps: 3\ntrain:\n  steps: 4\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFiles.read(dup, Sample.class));
        assertTrue(e.getMessage().contains("dup.yaml line 4") && e.getMessage().contains("Duplicate field 'train'"),
                e.getMessage());
        Path fraction = dir.resolve("fraction.yaml");
        Files.writeString(fraction, "train:\n  steps: 20.7\n");
        assertThrows(ConfigException.class, () -> ConfigFiles.read(fraction, Sample.class));
        assertTrue(assertThrows(ConfigException.class, () -> ConfigFiles.read(dir, Sample.class))
                .getMessage().endsWith("is a folder; expected a YAML config file"));
    }

    @Test
    void missingFileIsClear() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFiles.read(Path.of("nope.yaml"), Sample.class));
        assertEquals("nope.yaml: no such file", e.getMessage());
    }
}
