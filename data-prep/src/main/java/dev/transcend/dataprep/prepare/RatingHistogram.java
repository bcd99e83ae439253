package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.RatingBin;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.io.AtomicFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Games per 100-point bin of {@code max(WhiteElo, BlackElo)} (the quantity the cap applies to),
 * for games read (with both ratings) and games kept. Written as {@code rating_histogram.csv} and
 * into the manifest.
 */
final class RatingHistogram {

    /** Bin width in Elo points. */
    static final int WIDTH = 100;

    private final TreeMap<Integer, long[]> bins = new TreeMap<>();

    void read(ByColor<Integer> elo) {
        bin(elo)[0]++;
    }

    void kept(ByColor<Integer> elo) {
        bin(elo)[1]++;
    }

    /** @return all bins from the lowest to the highest seen, empty ones included */
    List<RatingBin> bins() {
        List<RatingBin> out = new ArrayList<>();
        if (bins.isEmpty()) {
            return out;
        }
        for (int from = bins.firstKey(); from <= bins.lastKey(); from += WIDTH) {
            long[] n = bins.getOrDefault(from, new long[2]);
            out.add(new RatingBin(from, from + WIDTH - 1, n[0], n[1]));
        }
        return out;
    }

    /** Writes {@code rating_from,rating_to,games_read,games_kept}, one row per bin. */
    void writeCsv(Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader("rating_from", "rating_to", "games_read", "games_kept").get());
            for (RatingBin bin : bins()) {
                csv.printRecord(bin.from(), bin.to(), bin.read(), bin.kept());
            }
            csv.flush();
        });
    }

    private long[] bin(ByColor<Integer> elo) {
        int from = Math.floorDiv(ByColor.max(elo), WIDTH) * WIDTH;
        return bins.computeIfAbsent(from, k -> new long[2]);
    }
}
