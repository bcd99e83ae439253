package dev.transcend.cli.command;

import dev.transcend.model.checkpoint.Checkpoint;
import dev.transcend.arena.generate.GenerateSettings;
import dev.transcend.arena.generate.GenerateSummary;
import dev.transcend.arena.generate.Generator;
import dev.transcend.arena.player.PlayerRoster;
import dev.transcend.cli.ProgressOption;
import dev.transcend.cli.run.ExperimentConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code transcend generate}: the built-in training data, games between weak engines with assumed ratings. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Make training games with a panel of engines (the built-in data).",
            "Plays the panel's players against each other and writes Lichess-style PGN with WhiteElo/BlackElo",
            "set to each player's assumed rating. Resumes an interrupted run."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (games.pgn, manifest.json).")
    private Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "Experiment config whose 'generate' section to use.")
    private Path config;

    @Option(names = "--games", paramLabel = "N", description = "Number of games (default 2000).")
    private Integer games;

    @Option(names = "--players", split = ",", paramLabel = "NAME", description = "Panel player names (default: the built-in panel).")
    private List<String> players;

    @Option(names = "--players-file", paramLabel = "FILE", description = "Player roster (default configs/opponents.yaml).")
    private String playersFile;

    @Option(names = "--concurrency", paramLabel = "N", description = "Games played at once (default 2).")
    private Integer concurrency;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for pairings and random players (default 0).")
    private Long seed;

    @Option(names = "--opening-plies", paramLabel = "N",
            description = "Random plies each game starts with (default 0: the standard start).")
    private Integer openingPlies;

    @Option(names = "--ladder", paramLabel = "FILE",
            description = "ladder.csv from transcend calibrate: players on it get its measured ratings in WhiteElo/BlackElo.")
    private String ladder;

    @Mixin
    private ProgressOption progress;

    @Override
    public Integer call() throws Exception {
        GenerateSettings base = config == null || ExperimentConfig.read(config).generate() == null
                ? GenerateSettings.defaults() : ExperimentConfig.read(config).generate();
        GenerateSettings settings = new GenerateSettings(players != null ? players : base.players(),
                games != null ? games : base.games(), base.moveLimit(),
                concurrency != null ? concurrency : base.concurrency(), seed != null ? seed : base.seed(),
                base.pairing(), playersFile != null ? playersFile : base.playersFile(),
                openingPlies != null ? openingPlies : base.openingPlies(), ladder != null ? ladder : base.ladder());
        PlayerRoster roster = PlayerRoster.read(Path.of(settings.playersFile()));
        GenerateSummary s = Generator.run(roster.select(settings.players()), settings, out, progress.enabled(),
                Checkpoint::loadPolicy);
        System.out.printf("%d games in %s (%d from an earlier run), %.0f plies on average%n", s.games(),
                out.resolve(Generator.GAMES_PGN), s.resumed(), s.meanPlies());
        if (s.engineFaults() > 0) {
            System.out.printf("warning: %d game(s) were decided by an engine failure (illegal move, crash or"
                    + " timeout); see the TerminationReason tags%n", s.engineFaults());
        }
        if (s.engineReplays() > 0) {
            System.out.printf("note: %d replay(s): games played again on a restarted engine after it crashed or stopped"
                    + " answering; see %s%n", s.engineReplays(), out.resolve(Generator.ENGINES_LOG));
        }
        return 0;
    }
}
