package dev.transcend.dataprep.analysis;

import dev.transcend.core.testing.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The diversity analysis on real Lichess games at the paper's three caps: the first 999 games of October 2021 (SAN,
 * clock comments, ratings 666-2803; 28 / 165 / 307 of them within the caps). The whole sample's numbers are in
 * data-prep/README.md (a minute of replay, too slow for a test).
 */
@Tag("real-data")
class DiversityRealDataTest {

    @Test
    void runsOnARealExportAtThePapersCaps(@TempDir Path dir) throws IOException {
        List<Path> files = List.of(SharedData.file("raw/kdave-pgn-toys/lichess_2021-10-01_head.pgn.gz"));
        DiversityResult result = DiversityAnalysis.run(files, new DiversitySettings(List.of(1000, 1300, 1500),
                16, 20, PositionKey.POSITION, true, 0, 500, 0), null, false);
        List<CapDiversity> caps = result.counts().caps();
        assertEquals(3, caps.size());
        for (int i = 0; i < caps.size(); i++) {
            CapDiversity cap = caps.get(i);
            assertTrue(cap.games() > 0, cap.toString());
            assertTrue(i == 0 || cap.games() > caps.get(i - 1).games(), "caps are nested: " + caps);
            PositionTable.Common first = result.common().get(cap.cap()).get(0);
            assertEquals("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq -", first.key());
            assertEquals(cap.games(), first.moves().visits(), "every game starts from the start position");
            // human openings are neither forced nor uniform
            assertTrue(cap.meanEntropy() > 0.2 && cap.meanEntropy() < 0.95, cap.toString());
            if (cap.commonPositions() >= 2) {
                assertTrue(cap.low95() <= cap.meanEntropy() && cap.meanEntropy() <= cap.high95(), cap.toString());
            }
        }
        assertTrue(caps.get(2).commonPositions() >= 3, caps.toString());
        List<String> written = DiversityOutputs.write(result, dir.resolve("out"));
        for (String name : written) {
            assertTrue(Files.size(dir.resolve("out").resolve(name)) > 0, name);
        }
    }
}
