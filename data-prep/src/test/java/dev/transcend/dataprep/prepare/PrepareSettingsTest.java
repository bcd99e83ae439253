package dev.transcend.dataprep.prepare;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcend.core.dataset.DatasetSettings;
import dev.transcend.core.dataset.DateRange;
import dev.transcend.core.dataset.DropReason;
import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.io.Json;
import dev.transcend.core.provenance.TermChange;
import dev.transcend.core.provenance.Terms;

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

    private static ConfigException refused(Path dir, String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("refused.yaml"), yaml);
        return assertThrows(ConfigException.class, () -> ConfigFiles.read(file, PrepareSettings.class));
    }

    private static void assertMentions(ConfigException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
        }
    }

    @Test
    void theFiltersOfIssue9CanBeSetAndDefaultToDroppingBotsAndAbandonedGames(@TempDir Path dir) throws IOException {
        PrepareSettings defaults = PrepareSettings.withCap(1500);
        assertEquals(true, defaults.dropBots());
        assertEquals(List.of("Abandoned", "Rules infraction"), defaults.dropTerminations());
        assertEquals(null, defaults.floor());
        assertEquals(null, defaults.speedClasses());
        assertEquals(null, defaults.dates());
        assertEquals(null, defaults.threads());
        assertTrue(defaults.threadCount() >= 1);

        Path file = Files.writeString(dir.resolve("prepare.yaml"), String.join("\n",
                "caps: [1500, 1000, 1300]", "floor: 800", "speedClasses: [Rapid, blitz, ultra-bullet]",
                "dropTerminations: []", "dates: {from: 2016-01-01, to: 2016.12.31}", "dropBots: false", "threads: 2",
                ""));
        PrepareSettings s = ConfigFiles.read(file, PrepareSettings.class);
        assertEquals(List.of(1000, 1300, 1500), s.capList(), "stored ascending");
        assertEquals(null, s.cap());
        assertEquals(List.of("ultraBullet", "blitz", "rapid"), s.speedClasses(), "Lichess keys, in class order");
        assertEquals(List.of(), s.dropTerminations());
        assertEquals(new DateRange("2016-01-01", "2016-12-31"), s.dates());
        assertEquals(2, s.threadCount());

        DatasetSettings at1300 = s.forCap(1300).resolved();
        assertEquals(1300, at1300.cap());
        assertEquals(800, at1300.floor());
        assertEquals(List.of("ultraBullet", "blitz", "rapid"), at1300.speedClasses());
        assertEquals(false, at1300.dropBots());
        assertEquals("2016-01-01..2016-12-31", at1300.dates().toString());
        assertThrows(IllegalStateException.class, s::resolved, "several caps resolve one by one");
        // the YAML a run folder records reads back as the same settings
        assertEquals(s, ConfigFiles.read(Files.writeString(dir.resolve("again.yaml"), ConfigFiles.toYaml(s)),
                PrepareSettings.class));
        assertEquals(PrepareSettings.withCap(1000), ConfigFiles.read(
                Files.writeString(dir.resolve("one.yaml"), "caps: [1000]\n"), PrepareSettings.class), "one cap is 'cap'");
    }

    @Test
    void badFilterValuesNameTheKeyTheValueAndWhatIsAllowed(@TempDir Path dir) throws IOException {
        assertMentions(refused(dir, "cap: 1000\nfloor: 1200\n"), "'floor' = 1200", "1..1000", "at most the cap");
        assertMentions(refused(dir, "caps: [1300, 1000]\nfloor: 1100\n"), "'floor' = 1100", "lowest cap");
        assertMentions(refused(dir, "caps: [1000, 1000]\n"), "'caps' = [1000, 1000]", "distinct");
        assertMentions(refused(dir, "caps: [1000, 5000]\n"), "'caps'", "1..4000");
        assertMentions(refused(dir, "cap: 1000\ncaps: [1300, 1500]\n"), "'cap' = 1000 and 'caps' = [1300, 1500]");
        assertMentions(refused(dir, "caps: []\n"), "'cap' is required", "caps: [1000, 1300, 1500]");
        assertMentions(refused(dir, "cap: 1000\nspeedClasses: [blitz, hyperbullet]\n"),
                "'speedClasses' = hyperbullet", "ultraBullet, bullet, blitz, rapid, classical, correspondence");
        assertMentions(refused(dir, "cap: 1000\nspeedClasses: []\n"), "'speedClasses' = []", "leave it out");
        assertMentions(refused(dir, "cap: 1000\nthreads: 0\n"), "'threads' = 0", "1..256");
        assertMentions(refused(dir, "cap: 1000\ndates: {from: 2016-13-01}\n"), "'dates.from' = 2016-13-01",
                "YYYY-MM-DD");
        assertMentions(refused(dir, "cap: 1000\ndates: {from: 2017-01-01, to: 2016-01-01}\n"),
                "'dates' = 2017-01-01..2016-01-01", "on or before");
        assertMentions(refused(dir, "cap: 1000\ndates: {}\n"), "'dates' needs 'from', 'to' or both");
        assertMentions(refused(dir, "cap: 1000\ndropTerminations: [\"\"]\n"), "'dropTerminations'", "[] drops none");
        assertMentions(assertThrows(ConfigException.class, () -> DateRange.parse("2016-01-01")), "FROM..TO");
        assertEquals(new DateRange(null, "2016-05-31"), DateRange.parse("..2016.05.31"));
    }

    @Test
    void aManifestWrittenBeforeTheNewFiltersReadsAsNoneOfThem() throws IOException {
        ObjectNode recorded = Json.mapper().valueToTree(PrepareSettings.withCap(1000).resolved());
        for (String key : List.of("floor", "speedClasses", "dropTerminations", "dates", "dropBots")) {
            recorded.remove(key);
        }
        DatasetSettings old = Json.mapper().treeToValue(recorded, DatasetSettings.class);
        assertEquals(false, old.dropBots(), "datasets before the bot filter kept bots");
        assertEquals(List.of(), old.dropTerminations());
        assertEquals(null, old.floor());
        assertEquals(null, old.dates());
        // so run names what a rebuilt dataset would change, instead of reusing one made without the filters
        assertEquals(List.of("prepare.dropTerminations", "prepare.dropBots"), Terms.changes("prepare", old,
                PrepareSettings.withCap(1000).resolved()).stream().map(TermChange::path).toList());
    }

    @Test
    void countsOfAManifestWithoutTheNewReasonsReadThemAsZero() throws IOException {
        ObjectNode counts = (ObjectNode) Json.mapper().readTree("{\"gamesRead\": 3, \"gamesKept\": 1, \"dropped\":"
                + " {\"ABOVE_CAP\": 2}, \"shards\": [], \"inputErrors\": [], \"ratingHistogram\": []}");
        PrepareCounts read = Json.mapper().treeToValue(counts, PrepareCounts.class);
        assertEquals(2L, read.dropped().get(DropReason.ABOVE_CAP));
        assertEquals(0L, read.dropped().get(DropReason.BOT));
        assertEquals(0L, read.dropped().get(DropReason.BELOW_FLOOR));
        assertEquals(List.of(DropReason.values()), List.copyOf(read.dropped().keySet()), "every reason, in order");
        assertEquals(2, read.gamesDropped());
        assertEquals(null, read.threads());
    }
}
