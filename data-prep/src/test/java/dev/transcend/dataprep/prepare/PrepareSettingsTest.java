package dev.transcend.dataprep.prepare;

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

class PrepareSettingsTest {

    @Test
    void missingKeysTakeTheirDefaults(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("prepare.yaml"), "cap: 1300\n");
        PrepareSettings settings = ConfigFiles.read(file, PrepareSettings.class);
        assertEquals(new PrepareSettings(1300, 0.05, 0L, 1, true, false, 200_000), settings);
        assertEquals(settings, PrepareSettings.withCap(1300));
    }

    @Test
    void everyKeyCanBeSet(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("prepare.yaml"), String.join("\n",
                "cap: 1000", "validationFraction: 0.1", "seed: 7", "minPlies: 10", "dedupe: false",
                "ratedOnly: true", "shardGames: 5000", "encoding: uci-move-v1", ""));
        assertEquals(new PrepareSettings(1000, 0.1, 7L, 10, false, true, 5000), ConfigFiles.read(file, PrepareSettings.class));
    }

    @Test
    void theEncodingDefaultsToUciMovesAndMustBeKnown(@TempDir Path dir) throws IOException {
        assertEquals("uci-move-v1", PrepareSettings.withCap(1000).encoding());
        assertEquals("uci-move-v1", PrepareSettings.withCap(1000).tokenEncoding().id());
        ConfigException unknown = assertThrows(ConfigException.class, () -> ConfigFiles.read(
                Files.writeString(dir.resolve("e.yaml"), "cap: 1000\nencoding: san-char-v1\n"), PrepareSettings.class));
        assertTrue(unknown.getMessage().contains("'encoding' = san-char-v1 is unknown; allowed: uci-move-v1"),
                unknown.getMessage());
    }

    @Test
    void aManifestWrittenBeforeEncodingsWereRecordedReadsAsUciMoves() throws IOException {
        dev.transcend.core.dataset.DatasetSettings now = PrepareSettings.withCap(1000).resolved();
        assertEquals("uci-move-v1", now.encoding());
        com.fasterxml.jackson.databind.node.ObjectNode recorded = dev.transcend.core.io.Json.mapper().valueToTree(now);
        recorded.remove("encoding");
        // so run compares an old dataset's settings with this build's and finds no change
        assertEquals(now, dev.transcend.core.io.Json.mapper().treeToValue(recorded,
                dev.transcend.core.dataset.DatasetSettings.class));
    }

    @Test
    void badValuesAndUnknownKeysAreConfigErrorsNamingTheKey(@TempDir Path dir) throws IOException {
        ConfigException missing = assertThrows(ConfigException.class,
                () -> ConfigFiles.read(Files.writeString(dir.resolve("a.yaml"), "seed: 3\n"), PrepareSettings.class));
        assertTrue(missing.getMessage().contains("'cap' is required"), missing.getMessage());
        ConfigException range = assertThrows(ConfigException.class, () -> ConfigFiles.read(
                Files.writeString(dir.resolve("b.yaml"), "cap: 1500\nvalidationFraction: 0.9\n"), PrepareSettings.class));
        assertTrue(range.getMessage().contains("'validationFraction' = 0.9") && range.getMessage().contains("at most 0.5"),
                range.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class, () -> ConfigFiles.read(
                Files.writeString(dir.resolve("c.yaml"), "cap: 1500\nratingCap: 1000\n"), PrepareSettings.class));
        assertTrue(unknown.getMessage().contains("unknown key 'ratingCap'") && unknown.getMessage().contains("line 2"),
                unknown.getMessage());
        assertThrows(ConfigException.class, () -> PrepareSettings.withCap(0));
        ConfigException noValidation = assertThrows(ConfigException.class,
                () -> new PrepareSettings(1500, 0.0, null, null, null, null, null));
        assertTrue(noValidation.getMessage().contains("'validationFraction' = 0.0")
                && noValidation.getMessage().contains("greater than 0"), noValidation.getMessage());
        assertThrows(ConfigException.class, () -> new PrepareSettings(1500, null, null, 0, null, null, null));
        assertThrows(ConfigException.class, () -> new PrepareSettings(1500, null, null, null, null, null, 0));
    }
}
