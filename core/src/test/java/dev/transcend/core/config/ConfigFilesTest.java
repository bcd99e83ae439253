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

    enum Kind {
        SHORT;

        @com.fasterxml.jackson.annotation.JsonCreator
        static Kind of(String id) {
            if (!id.equals("short")) {
                throw new IllegalArgumentException("unknown kind '" + id + "'; use one of [short]");
            }
            return SHORT;
        }
    }

    record Tagged(Kind kind, Inner train) {
    }

    record Listed(java.util.List<Inner> trains) {
    }

    /** What a user gets instead of Jackson's and SnakeYAML's internals. */
    @Test
    void emptyBinarySyntaxErrorsShapesAndCreatorsReadAsOneLine(@TempDir Path dir) throws IOException {
        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "");
        assertEquals(empty + ": the file is empty",
                assertThrows(ConfigException.class, () -> ConfigFiles.read(empty, Sample.class)).getMessage());
        Path binary = dir.resolve("binary.yaml");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3, 0x28, (byte) 0x80});
        assertEquals(binary + ": not a UTF-8 text file; expected a YAML config",
                assertThrows(ConfigException.class, () -> ConfigFiles.read(binary, Sample.class)).getMessage());
        Path syntax = dir.resolve("syntax.yaml");
        Files.writeString(syntax, "name: x\n\tbad: 1\n");
        String m = assertThrows(ConfigException.class, () -> ConfigFiles.read(syntax, Sample.class)).getMessage();
        assertTrue(m.startsWith(syntax + " line ") && m.contains(": not valid YAML: ") && !m.contains("\n"), m);
        Path list = dir.resolve("list.yaml");
        Files.writeString(list, "train: [1, 2]\n");
        m = assertThrows(ConfigException.class, () -> ConfigFiles.read(list, Sample.class)).getMessage();
        assertTrue(m.contains("expected a mapping of keys to values (key: value) at 'train'") && !m.contains("`"), m);
        Path flow = dir.resolve("flow.yaml");
        Files.writeString(flow, "trains: [\n  - steps: 3\n");
        m = assertThrows(ConfigException.class, () -> ConfigFiles.read(flow, Listed.class)).getMessage();
        assertTrue(m.contains(": not valid YAML: ") && !m.contains("\n"), m);
        Path word = dir.resolve("word.yaml");
        Files.writeString(word, "train:\n  steps: many\n");
        m = assertThrows(ConfigException.class, () -> ConfigFiles.read(word, Sample.class)).getMessage();
        assertTrue(m.endsWith("'many' is not a whole number at 'train.steps'") && !m.contains("java."), m);
        Path creator = dir.resolve("kind.yaml");
        Files.writeString(creator, "kind: long\n");
        m = assertThrows(ConfigException.class, () -> ConfigFiles.read(creator, Tagged.class)).getMessage();
        assertTrue(m.endsWith("at 'kind': unknown kind 'long'; use one of [short]"), m);
    }

    record Named(String name, Inner train) {
        Named {
            if (name != null && name.startsWith(".")) {
                throw new ConfigException("name: '" + name + "' is not allowed");
            }
        }
    }

    /** A record's own refusal is placed on the line of the key it names, not at the end of the file. */
    @Test
    void aRecordsRefusalNamesTheLineOfItsKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("named.yaml");
        Files.writeString(file, "name: ..\ntrain:\n  steps: 3\n  learningRate: 0.1\n");
        String m = assertThrows(ConfigException.class, () -> ConfigFiles.read(file, Named.class)).getMessage();
        assertTrue(m.startsWith(file + " line 1: name: '..' is not allowed"), m);
    }

    @Test
    void missingFileIsClear() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFiles.read(Path.of("nope.yaml"), Sample.class));
        assertEquals("nope.yaml: no such file", e.getMessage());
    }
}
