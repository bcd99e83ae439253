package dev.transcend.model.testing;

import dev.transcend.core.dataset.TokenizedGame;
import dev.transcend.core.testing.RandomGames;
import dev.transcend.core.vocab.MoveVocabulary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's own games for model tests that must run on a fresh clone: core's seeded random walks
 * ({@link RandomGames}) tokenized with the standard vocabulary, and tiny prepared dataset folders built from
 * them as {@link RealGames} builds them from real games. The walks answer with the mirror image of the
 * opponent's last move with probability {@link #MIRROR}, so there is structure to learn beyond move
 * frequencies ({@code e2e4} is mostly answered by {@code e7e5}).
 */
public final class GeneratedGames {

    /** The rating cap recorded in dataset manifests: every walk's players are rated at most 1800. */
    public static final int CAP = 1800;
    /** Probability that a player answers with the mirror of the opponent's last move, when legal. */
    public static final double MIRROR = 0.8;
    private static final long SEED = 2024;

    private GeneratedGames() {
    }

    /**
     * @param count games wanted
     * @return the first {@code count} walks (10 to 120 plies), tokenized
     */
    public static List<TokenizedGame> read(int count) {
        MoveVocabulary vocabulary = MoveVocabulary.standard();
        return RandomGames.walk(SEED, count, 10, 120, MIRROR).stream()
                .map(g -> new TokenizedGame(g.uci().stream().mapToInt(vocabulary::id).toArray(), g.elo(), g.outcome()))
                .toList();
    }

    /**
     * Writes a prepared dataset folder of walks: {@code train-000.shard}, {@code validation-000.shard} and a
     * {@code manifest.json} of stage {@code prepare} (see {@link RealGames#writeDataset(Path, List, int, int)}).
     *
     * @return {@code dir}
     */
    public static Path writeDataset(Path dir, int trainGames, int validationGames) throws IOException {
        return RealGames.writeDataset(dir, read(trainGames + validationGames), trainGames, CAP);
    }

    /** (Re)writes the dataset manifest from the shards now in {@code dir}, as {@link RealGames#writeManifest} does. */
    public static void writeManifest(Path dir) throws IOException {
        RealGames.writeManifest(dir, CAP);
    }
}
