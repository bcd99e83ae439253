package dev.transcend.dataprep.analysis;

import dev.transcend.core.dataset.DropReason;

import java.util.List;
import java.util.Map;

/**
 * What the diversity analysis read: the manifest's {@code counts}.
 *
 * @param gamesRead records read (games and unreadable records)
 * @param gamesUsed games within the highest cap that passed every check
 * @param dropped games not used, per reason (as {@code prepare} names them; {@code ABOVE_CAP} is above the highest
 *                cap)
 * @param inputErrors files that failed to open or failed mid-way (games read before the failure are used), one
 *                    line each naming the file
 * @param caps one row per cap
 */
public record DiversityCounts(long gamesRead, long gamesUsed, Map<DropReason, Long> dropped, List<String> inputErrors,
                              List<CapDiversity> caps) {
}
