package dev.transcend.cli.command.bench;

import dev.transcend.arena.bench.ArenaBenchmark;
import dev.transcend.arena.player.ModelSpec;
import dev.transcend.arena.player.PlayerRoster;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.arena.sweep.PlaySettings;
import dev.transcend.cli.run.ExperimentConfig;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.io.Folders;
import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.core.policy.SamplingProtocol;
import dev.transcend.model.checkpoint.Checkpoint;
import dev.transcend.model.gpt.GptConfig;
import dev.transcend.model.policy.CachedGptPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code transcend bench arena}: games per hour and model ms per move for several games at once against one game at
 * a time (the paper's harness shape), on the same games in one run ({@link ArenaBenchmark}).
 */
@Command(name = "arena", mixinStandardHelpOptions = true,
        description = {"Games per hour of play: one game at a time vs several at once, the same games in one run.",
            "Each slot has its own engine process and model copy. Without --model the model is untrained (random",
            "weights of the config's shape: the same cost per move as a trained one)."})
public final class BenchArenaCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "configs/quickstart.yaml",
            description = "Experiment config: its model shape, move limit and openings (default ${DEFAULT-VALUE}).")
    private Path config;

    @Option(names = "--model", paramLabel = "DIR", description = "A checkpoint to play (default: untrained, the config's shape).")
    private Path model;

    @Option(names = "--opponents", paramLabel = "FILE", defaultValue = "configs/opponents.yaml",
            description = "Player roster (default ${DEFAULT-VALUE}).")
    private Path opponents;

    @Option(names = "--opponent", paramLabel = "NAME", defaultValue = "sf-s0-n50",
            description = "The opponent, a player of the roster (default ${DEFAULT-VALUE}: Stockfish at 50 nodes, ~1 ms a move).")
    private String opponent;

    @Option(names = "--games", paramLabel = "N", defaultValue = "20", description = "Games per run (default ${DEFAULT-VALUE}).")
    private int games;

    @Option(names = "--slots", paramLabel = "N", description = "Games at once in the parallel run (default: the number of cores, at least 2).")
    private Integer slots;

    @Option(names = "--temperature", paramLabel = "TAU", defaultValue = "1.0", description = "Sampling temperature (default ${DEFAULT-VALUE}).")
    private double temperature;

    @Option(names = "--protocol", paramLabel = "P", defaultValue = "LEGAL_MOVES",
            description = "FULL_VOCABULARY or LEGAL_MOVES (default ${DEFAULT-VALUE}, so an untrained model plays whole games).")
    private SamplingProtocol protocol;

    @Override
    public Integer call() throws Exception {
        if (games < 1 || games > 10_000) {
            throw new ConfigException("--games " + games + " is not allowed; use 1..10000");
        }
        int n = slots == null ? Math.max(2, Runtime.getRuntime().availableProcessors()) : slots;
        if (n < 2 || n > 256) {
            throw new ConfigException("--slots " + n + " is not allowed; use 2..256");
        }
        ExperimentConfig experiment = ExperimentConfig.read(config);
        GptConfig shape = experiment.model();
        PlayerSpec rival = PlayerRoster.read(opponents).select(List.of(opponent)).get(0);
        PlaySettings play = experiment.play();
        PlaySettings settings = new PlaySettings(List.of(temperature), List.of(opponent), games, protocol,
                play.maxTries(), play.moveLimit(), 1, play.seed(), opponents.toString(), null, play.openingPlies(), null,
                play.contextOverflow());
        PolicyLoader loader = model != null ? Checkpoint::loadPolicy
                : checkpoint -> CachedGptPolicy.initialized(shape, 1, "untrained"); // play's policy, as loadPolicy gives
        String checkpoint = model != null ? model.toString() : "untrained";
        ModelSpec swept = new ModelSpec("bench", null, false, "", checkpoint, null, null, null, null);
        System.out.printf(Locale.ROOT, "bench arena: %s vs %s, %d games per run, temperature %s, %s, move limit %d,"
                        + " %d opening plies; %d cores%n",
                model != null ? "checkpoint " + model : "untrained model of " + config + "'s shape (" + String.format(
                        Locale.ROOT, "%,d", shape.parameterCount()) + " parameters)",
                opponent, games, temperature, protocol, play.moveLimit(), play.openingPlies(),
                Runtime.getRuntime().availableProcessors());
        Path work = Files.createTempDirectory("transcend-bench-arena-");
        try {
            ArenaBenchmark.Result r = ArenaBenchmark.run(swept, rival, settings, n, loader, work);
            System.out.println("  slots  games   plies   wall s  games/hour  plies/s  model moves  ms/model move");
            for (ArenaBenchmark.Run run : List.of(r.sequential(), r.parallel())) {
                System.out.printf(Locale.ROOT, "  %5d  %5d  %6d  %7.1f  %10.0f  %7.1f  %11d  %13.2f%n", run.slots(),
                        run.games(), run.plies(), run.seconds(), run.gamesPerHour(), run.pliesPerSecond(), run.modelMoves(),
                        run.modelMsPerMove());
            }
            System.out.printf(Locale.ROOT, "parallel / sequential: %.2fx games per hour, %.2fx plies per second (%d slots;"
                    + " target 1.8x on two cores)%n", r.speedup(), r.parallel().pliesPerSecond()
                    / r.sequential().pliesPerSecond(), n);
        } finally {
            Folders.deleteTree(work);
        }
        return 0;
    }
}
