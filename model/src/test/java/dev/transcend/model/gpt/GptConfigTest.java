package dev.transcend.model.gpt;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GptConfigTest {

    @Test
    void missingKeysTakeDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, "layers: 3\n");
        GptConfig config = ConfigFiles.read(file, GptConfig.class);
        assertEquals(new GptConfig(192, 3, 4, 128, 4), config);
        assertEquals(191, config.maxPlies());
        assertEquals(32, config.headSize());
        assertEquals(1970, config.vocabSize());
        assertEquals("uci-move-v1", config.encoding());
    }

    @Test
    void anUnknownEncodingNamesTheKnownOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, "encoding: san-char-v1\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFiles.read(file, GptConfig.class));
        assertTrue(e.getMessage().contains("encoding 'san-char-v1' is unknown; allowed: uci-move-v1"), e.getMessage());
        Files.writeString(file, "encoding: uci-move-v1\n");
        assertEquals(GptConfig.defaults(), ConfigFiles.read(file, GptConfig.class));
    }

    @Test
    void aGameCappedAt90MovesFitsTheDefaultContext() {
        assertTrue(GptConfig.defaults().maxPlies() >= 180);
    }

    @Test
    void badValuesNameTheKeyAndTheRange(@TempDir Path dir) throws IOException {
        ConfigException heads = assertThrows(ConfigException.class, () -> new GptConfig(null, null, 3, 128, null));
        assertEquals("embedding 128 is not divisible by heads 3; embedding must be a multiple of heads", heads.getMessage());
        ConfigException context = assertThrows(ConfigException.class, () -> new GptConfig(1, null, null, null, null));
        assertEquals("contextLength = 1 is out of range; allowed: 2..1024", context.getMessage());

        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "layers: 0\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFiles.read(file, GptConfig.class));
        assertTrue(e.getMessage().contains("bad.yaml") && e.getMessage().contains("layers = 0 is out of range"), e.getMessage());
        Files.writeString(file, "dModel: 64\n");
        e = assertThrows(ConfigException.class, () -> ConfigFiles.read(file, GptConfig.class));
        assertTrue(e.getMessage().contains("unknown key 'dModel'") && e.getMessage().contains("embedding"), e.getMessage());
    }
}
