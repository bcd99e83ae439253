package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.DropReason;
import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.testing.SharedData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9's done-when: every file in {@code shared/data/raw} and {@code shared/data/edge-cases} is read in one run
 * without an exception, every game is kept or dropped for one reason, and the manifest counts each reason.
 */
@Tag("real-data")
class PreparerAllRealInputsTest {

    @Test
    void everyRealInputIsReadAndEveryGameCountedUnderOneReason(@TempDir Path dir) throws IOException {
        // one run over both folders: 21 files, about 25 MB of text
        Path out = dir.resolve("dataset");
        PrepareSummary summary = Preparer.run(List.of(SharedData.dir().resolve("raw"),
                SharedData.dir().resolve("edge-cases")), PrepareSettings.withCap(1500), out, false);

        PrepareCounts counts = Manifest.readFrom(out).countsAs(PrepareCounts.class);
        assertEquals(summary.counts().gamesRead(), counts.gamesRead());
        assertTrue(counts.inputErrors().isEmpty(), "no real file fails: " + counts.inputErrors());
        assertEquals(DropReason.values().length, counts.dropped().size(), "every reason is in the manifest");
        assertEquals(counts.gamesRead(), counts.gamesKept() + counts.gamesDropped());
        assertEquals(55_099 + 7 + 3 + 5 + 20, counts.gamesRead(), "raw's records and the edge cases' games");

        List<CSVRecord> rows = new ArrayList<>();
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(out.resolve("stats.csv")))) {
            csv.forEach(rows::add);
        }
        assertEquals(17 + 4 + 1, rows.size(), "one row per file (17 raw, 4 edge cases) and the total");
        for (CSVRecord row : rows) {
            long dropped = 0;
            for (DropReason reason : DropReason.values()) {
                dropped += Long.parseLong(row.get(reason.name().toLowerCase(Locale.ROOT)));
            }
            assertEquals(Long.parseLong(row.get("games_read")), Long.parseLong(row.get("games_kept")) + dropped,
                    row.get("file"));
            assertTrue(row.get("file").equals(StatsCsv.TOTAL) || row.get("input_error").isEmpty(), row.toString());
        }
        long edgeCrlf = rows.stream().filter(r -> r.get("file").endsWith("crlf_historical_no_elo_A01_first20.pgn"))
                .mapToLong(r -> Long.parseLong(r.get("no_rating"))).sum();
        assertEquals(20, edgeCrlf, "the CRLF file's 20 historical games have no ratings");
    }
}
