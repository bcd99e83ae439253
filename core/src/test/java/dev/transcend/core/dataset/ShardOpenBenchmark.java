package dev.transcend.core.dataset;

import dev.transcend.core.chess.ByColor;
import dev.transcend.core.game.Outcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cost of {@link ShardReader#open}'s full check on a large shard: writes a shard of about
 * {@code MB} megabytes (80-ply games sharing one move array, so the writer needs little heap), then
 * opens it {@code RUNS} times and prints the wall-clock time of each open. Not a test: speed depends
 * on the machine and its load, so it is measured here and reported in the README.
 *
 * <pre>
 * java -Xmx2g -cp CLASSPATH dev.transcend.core.dataset.ShardOpenBenchmark MB RUNS
 * </pre>
 */
public final class ShardOpenBenchmark {

    private static final int PLIES = 80;

    private ShardOpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ShardOpenBenchmark MB RUNS");
            System.exit(2);
        }
        long megabytes = Long.parseLong(args[0]);
        int runs = Integer.parseInt(args[1]);
        int games = (int) (megabytes * 1_000_000 / (2L * PLIES + 13));
        int[] moves = new int[PLIES];
        Arrays.setAll(moves, i -> 2 + i * 23 % 1900);
        TokenizedGame game = new TokenizedGame(moves, new ByColor<>(1200, 1100), Optional.of(Outcome.DRAW));
        List<TokenizedGame> list = new ArrayList<>(games);
        for (int g = 0; g < games; g++) {
            list.add(game);
        }
        Path dir = Files.createTempDirectory("shard-bench");
        Path file = dir.resolve("train-00000.shard");
        try {
            ShardWriter.write(file, list, 1970);
            list = null;
            double size = Files.size(file) / 1e6;
            for (int run = 1; run <= runs; run++) {
                long start = System.nanoTime();
                ShardReader reader = ShardReader.open(file);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "open %d: %.0f MB, %,d games, %,d tokens: %.3f s (%.2f s per GB)%n",
                        run, size, reader.games(), reader.tokens(), seconds, seconds / (size / 1000));
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
