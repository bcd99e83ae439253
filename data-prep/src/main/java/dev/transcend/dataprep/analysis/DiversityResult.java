package dev.transcend.dataprep.analysis;

import dev.transcend.dataprep.input.InputFile;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A finished diversity analysis, before it is written.
 *
 * @param settings what was asked
 * @param inputs the files read
 * @param counts games read, used and dropped, and one {@link CapDiversity} per cap
 * @param common per cap, its common positions, most visited first
 */
public record DiversityResult(DiversitySettings settings, List<InputFile> inputs, DiversityCounts counts,
                              Map<Integer, List<PositionTable.Common>> common) {

    /** @return one line per cap, e.g. {@code cap 1000: 10,474 games, 312 common positions, mean 0.612 [0.59, 0.63]} */
    public String describe() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%,d games read, %,d used (max(WhiteElo, BlackElo) <= %d, standard, legal moves%s)",
                counts.gamesRead(), counts.gamesUsed(), settings.maxCap(), settings.dedupe() ? ", no duplicates" : ""));
        for (CapDiversity cap : counts.caps()) {
            out.append(String.format(Locale.ROOT, "%ncap %d: %,d games, %,d common positions (seen >= %d "
                    + "times in the first %d plies): mean normalized entropy %s", cap.cap(), cap.games(),
                    cap.commonPositions(), settings.minCount(), settings.plies(), cap.meanEntropy() == null
                    ? "n/a (no common position: lower --min-count or give more games)"
                    : DiversityCsv.format(cap.meanEntropy())));
            if (cap.low95() != null) {
                out.append(" [").append(DiversityCsv.format(cap.low95())).append(", ")
                        .append(DiversityCsv.format(cap.high95())).append(']');
            }
            if (cap.paper() != null) {
                out.append(" (paper: ").append(DiversityCsv.format(cap.paper())).append(')');
            }
        }
        for (String error : counts.inputErrors()) {
            out.append("\nWARNING input error: ").append(error);
        }
        return out.toString();
    }
}
