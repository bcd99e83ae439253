package dev.transcend.reports;

import dev.transcend.core.dataset.PlayerRow;
import dev.transcend.core.ladder.Ladder;
import dev.transcend.core.ladder.LadderRole;
import dev.transcend.core.ladder.LadderRow;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the players the model is compared with: the best expert in its training data and the experts' base policy.
 * A pure function of the ladder, {@code players.csv} and the cap.
 */
final class BestExpert {

    private BestExpert() {
    }

    /**
     * The best expert, in order of preference:
     * <ol>
     *   <li>the highest-rated ladder expert (role {@code expert}) among the players of kept games, its ladder rating
     *       measured;</li>
     *   <li>without {@code players.csv}: the highest-rated ladder expert at or below the cap (all experts if no
     *       cap);</li>
     *   <li>without a ladder expert among the players: the highest PGN rating among the players of kept games, at most
     *       the cap (their kept games had both ratings at most the cap), marked assumed;</li>
     *   <li>without {@code players.csv} and ladder experts: the cap itself, marked assumed.</li>
     * </ol>
     *
     * @return the reference, or empty when none of the above exists
     */
    static Optional<Verdict.Reference> find(Optional<Ladder> ladder, Optional<List<PlayerRow>> players,
                                            OptionalInt cap) {
        List<LadderRow> experts = ladder.map(Ladder::experts).orElse(List.of());
        if (players.isPresent()) {
            Set<String> kept = players.get().stream().filter(p -> p.gamesKept() > 0).map(PlayerRow::player)
                    .collect(Collectors.toSet());
            Optional<LadderRow> best = experts.stream().filter(e -> kept.contains(e.player()))
                    .max(Comparator.comparingDouble(LadderRow::rating));
            if (best.isPresent()) {
                return Optional.of(new Verdict.Reference(best.get().player(), best.get().rating(), false));
            }
            return players.get().stream().filter(p -> p.gamesKept() > 0)
                    .max(Comparator.comparingInt(PlayerRow::maxRating).thenComparing(PlayerRow::player))
                    .map(p -> new Verdict.Reference(p.player(),
                            cap.isPresent() ? Math.min(p.maxRating(), cap.getAsInt()) : p.maxRating(), true));
        }
        Optional<LadderRow> best = experts.stream()
                .filter(e -> cap.isEmpty() || e.rating() <= cap.getAsInt())
                .max(Comparator.comparingDouble(LadderRow::rating));
        if (best.isPresent()) {
            return Optional.of(new Verdict.Reference(best.get().player(), best.get().rating(), false));
        }
        return cap.isPresent() ? Optional.of(new Verdict.Reference("cap", cap.getAsInt(), true)) : Optional.empty();
    }

    /** @return the ladder's base policy (role {@code base}; the strongest if several), measured */
    static Optional<Verdict.Reference> basePolicy(Optional<Ladder> ladder) {
        return ladder.flatMap(l -> l.rows().stream().filter(r -> r.role() == LadderRole.BASE)
                .max(Comparator.comparingDouble(LadderRow::rating)))
                .map(r -> new Verdict.Reference(r.player(), r.rating(), false));
    }
}
