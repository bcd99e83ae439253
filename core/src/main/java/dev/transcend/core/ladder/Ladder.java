package dev.transcend.core.ladder;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The players of one rating scale (see {@link LadderCsv}): unique names, exactly one anchored player.
 *
 * @param rows the players, in the order calibrate wrote them (by rating, strongest first)
 */
public record Ladder(List<LadderRow> rows) {

    /** @throws IllegalArgumentException on duplicate names, or not exactly one anchored row */
    public Ladder {
        rows = List.copyOf(rows);
        Set<String> names = new HashSet<>();
        for (LadderRow r : rows) {
            if (!names.add(r.player())) {
                throw new IllegalArgumentException("player " + r.player() + " is listed twice");
            }
        }
        long anchors = rows.stream().filter(LadderRow::anchored).count();
        if (!rows.isEmpty() && anchors != 1) {
            throw new IllegalArgumentException(anchors + " players are anchored; a ladder has exactly one anchor");
        }
    }

    /** @return the player whose rating defines the scale */
    public Optional<LadderRow> anchor() {
        return rows.stream().filter(LadderRow::anchored).findFirst();
    }

    /**
     * @param player a player's name
     * @return its row, or empty if the ladder does not rate it
     */
    public Optional<LadderRow> find(String player) {
        return rows.stream().filter(r -> r.player().equals(player)).findFirst();
    }

    /** @return the experts, strongest first */
    public List<LadderRow> experts() {
        return rows.stream().filter(r -> r.role() == LadderRole.EXPERT)
                .sorted((a, b) -> Double.compare(b.rating(), a.rating())).toList();
    }
}
