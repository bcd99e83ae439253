package dev.transcend.cli.command;

import dev.transcend.arena.player.ContextOverflow;
import dev.transcend.arena.player.ModelSpec;
import dev.transcend.arena.player.PlayerRoster;
import dev.transcend.arena.sweep.Adjudication;
import dev.transcend.arena.sweep.PlaySettings;
import dev.transcend.arena.sweep.Sweep;
import dev.transcend.arena.sweep.SweepSummary;
import dev.transcend.cli.ProgressOption;
import dev.transcend.cli.SprtOptions;
import dev.transcend.core.config.ConfigException;
import dev.transcend.model.checkpoint.Checkpoint;
import dev.transcend.model.checkpoint.CheckpointInfo;
import dev.transcend.core.policy.SamplingProtocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code transcend play}: the model against rated engines, sweeping the sampling temperature. */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Play a checkpoint against rated engines across temperatures.",
            "Half the games as White. Appends one games.csv row and one PGN game per finished game;",
            "run the same command again to resume."})
public final class PlayCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "CKPT", description = "Checkpoint folder.")
    private Path model;

    @Option(names = "--opponents", paramLabel = "FILE", description = "Player roster (default configs/opponents.yaml).")
    private String opponentsFile;

    @Option(names = "--vs", split = ",", paramLabel = "NAME",
            description = "Opponents to play, by name (default: the paper's stockfish-skill-1,-3,-5).")
    private List<String> opponents;

    @Option(names = "--temperatures", split = ",", paramLabel = "TAU",
            description = "Sampling temperatures (default the paper's 0.001,0.01,0.1,0.3,0.5,0.75,1.0,1.5; 0 = argmax).")
    private List<Double> temperatures;

    @Option(names = "--games", paramLabel = "N", description = "Games per opponent per temperature (default 100).")
    private Integer games;

    @Option(names = "--protocol", paramLabel = "P",
            description = "LEGAL_MOVES (sample among legal moves) or FULL_VOCABULARY (paper: up to --max-tries samples,"
                    + " then the game is lost; default).")
    private SamplingProtocol protocol;

    @Option(names = "--max-tries", paramLabel = "N", description = "Samples per move under FULL_VOCABULARY (default 5).")
    private Integer maxTries;

    @Option(names = "--move-limit", paramLabel = "MOVES", description = "Full moves before a draw is declared (default 90).")
    private Integer moveLimit;

    @Option(names = "--concurrency", paramLabel = "N", description = "Games played at once (default 1).")
    private Integer concurrency;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the model's sampling (default 0).")
    private Long seed;

    @Option(names = "--name", paramLabel = "NAME", description = "Model name in games.csv and PGN (default <run>@step<N>).")
    private String name;

    @Option(names = "--opening-plies", paramLabel = "N",
            description = "Random plies each opening starts with, each opening played with both colours (default 0:"
                    + " the standard start, the paper's).")
    private Integer openingPlies;

    @Option(names = "--context-overflow", paramLabel = "MODE",
            description = "A game longer than the model's context: refuse (default: a --move-limit beyond the context"
                    + " is an error), end (the game ends as a draw, CONTEXT_FULL) or slide (the model reads the most"
                    + " recent moves that fit).")
    private String contextOverflow;

    @Option(names = "--ladder", paramLabel = "FILE",
            description = "ladder.csv from transcend calibrate: opponents on it play with its measured ratings.")
    private String ladder;

    @Option(names = "--adjudicate", paramLabel = "ENGINE",
            description = "Decide games that reach the move limit by this engine player's evaluation of the final"
                    + " position (e.g. sf-eval-n200k of configs/opponents.yaml) instead of the paper's draw.")
    private String adjudicate;

    @Option(names = "--adjudicate-margin", paramLabel = "CP",
            description = "With --adjudicate: the smallest evaluation, in centipawns, that decides a game (default 400).")
    private Integer adjudicateMargin;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    private Path out;

    @Mixin
    private ProgressOption progress;

    /** Off unless {@code --sprt-above} is given. */
    @Mixin
    private SprtOptions sprt;

    @Override
    public Integer call() throws Exception {
        if (name != null && name.isBlank()) {
            throw new ConfigException("--name must not be blank");
        }
        if (adjudicate == null && adjudicateMargin != null) {
            throw new ConfigException("--adjudicate-margin needs --adjudicate ENGINE");
        }
        PlaySettings settings = new PlaySettings(temperatures, opponents, games, protocol, maxTries, moveLimit,
                concurrency, seed, opponentsFile, sprt.sprt(Optional.empty()).orElse(null), openingPlies, ladder,
                contextOverflow == null ? null : ContextOverflow.parse(contextOverflow),
                adjudicate == null ? null : new Adjudication(adjudicate, adjudicateMargin));
        CheckpointInfo info = Checkpoint.readInfo(model);
        String modelName = name != null ? name : Checkpoint.load(model).name();
        ModelSpec spec = new ModelSpec(modelName, null, false, "", model.toString(), null, null, null, info.ratingCap());
        PlayerRoster roster = PlayerRoster.read(Path.of(settings.opponentsFile()));
        SweepSummary s = Sweep.run(spec, roster.players(), settings, out, progress.enabled(),
                Checkpoint::loadPolicy);
        System.out.printf(Locale.ROOT, "%d games (%d from an earlier run): %d wins, %d draws, %d losses, score %.3f;"
                        + " %d illegal samples, %d games lost to them; %s%n", s.games(), s.resumed(), s.wins(), s.draws(),
                s.losses(), s.score(), s.illegalAttempts(), s.illegalLosses(), out.resolve(Sweep.GAMES_CSV));
        if (s.stoppedEarly() > 0 || !s.sprt().isEmpty()) {
            System.out.printf("%d scheduled game(s) not played: their temperature's SPRT had decided%n%s",
                    s.stoppedEarly(), SprtOptions.describe(s.sprt()));
        }
        if (s.engineFaults() > 0) {
            System.out.printf("warning: %d game(s) were won because the engine failed (illegal move, crash or"
                    + " timeout); see the termination column of games.csv%n", s.engineFaults());
        }
        if (s.engineReplays() > 0) {
            System.out.printf("note: %d replay(s): games played again on a restarted engine after it crashed or stopped"
                    + " answering; see %s%n", s.engineReplays(), out.resolve(Sweep.ENGINES_LOG));
        }
        return 0;
    }
}
