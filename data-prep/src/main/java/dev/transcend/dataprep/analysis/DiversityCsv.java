package dev.transcend.dataprep.analysis;

import dev.transcend.core.io.AtomicFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The analysis's tables: {@value #DIVERSITY} (one row per cap, {@link CapDiversity}) and {@value #POSITIONS} (every
 * common position of every cap, most visited first). Numbers with four decimals; an absent value is an empty cell.
 */
public final class DiversityCsv {

    public static final String DIVERSITY = "diversity.csv";
    public static final String POSITIONS = "common_positions.csv";
    static final String[] DIVERSITY_HEADER = {"cap", "games", "visits", "positions", "common_positions",
        "single_move_positions", "mean_normalized_entropy", "low95", "high95", "weighted_mean_normalized_entropy",
        "paper"};
    static final String[] POSITIONS_HEADER = {"cap", "rank", "position", "visits", "distinct_moves", "entropy_bits",
        "normalized_entropy", "top_move", "top_move_share"};

    private DiversityCsv() {
    }

    /** Writes both tables into {@code dir}, atomically each. */
    static void write(DiversityResult result, Path dir) throws IOException {
        AtomicFiles.write(dir.resolve(DIVERSITY), out -> {
            CSVPrinter csv = printer(out, DIVERSITY_HEADER);
            for (CapDiversity c : result.counts().caps()) {
                csv.printRecord(c.cap(), c.games(), c.visits(), c.positions(), c.commonPositions(),
                        c.singleMovePositions(), format(c.meanEntropy()), format(c.low95()), format(c.high95()),
                        format(c.weightedMeanEntropy()), format(c.paper()));
            }
            csv.flush();
        });
        AtomicFiles.write(dir.resolve(POSITIONS), out -> {
            CSVPrinter csv = printer(out, POSITIONS_HEADER);
            for (var cap : result.common().entrySet()) {
                List<PositionTable.Common> positions = cap.getValue();
                for (int i = 0; i < positions.size(); i++) {
                    PositionTable.Common p = positions.get(i);
                    csv.printRecord(cap.getKey(), i + 1, p.key(), p.moves().visits(), p.moves().distinctMoves(),
                            format(NormalizedEntropy.bits(p.moves().counts())), format(p.normalizedEntropy()),
                            p.moves().topMove(), format(p.moves().topShare()));
                }
            }
            csv.flush();
        });
    }

    /** @return {@code value} with four decimals, or empty for null */
    static String format(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static CSVPrinter printer(OutputStream out, String[] header) throws IOException {
        return new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(header).get());
    }
}
