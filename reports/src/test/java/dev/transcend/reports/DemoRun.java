package dev.transcend.reports;

import dev.transcend.core.dataset.PlayerRow;
import dev.transcend.core.dataset.PlayersCsv;
import dev.transcend.core.ladder.Ladder;
import dev.transcend.core.ladder.LadderCsv;
import dev.transcend.core.ladder.LadderRole;
import dev.transcend.core.ladder.LadderRow;
import dev.transcend.core.training.TrainingDiagnostics;
import dev.transcend.rating.RateStage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The stage outputs of a demo-like run, written as real files: a ladder (three experts, their base policy, a random
 * mover as anchor), the prepare stage's {@code players.csv} (two of the experts kept under the cap of 1250),
 * {@code diagnostics.json}, and a sweep's {@code games.csv} rated by the real rate stage. At temperature 0.001 the
 * model scores well against opponents rated 1100-1600 (above the best expert, 1200); at 1.0 it does not.
 */
final class DemoRun {

    static final String SERIES = "demo@step1000,1250,LEGAL_MOVES";

    final Path ladder;
    final Path players;
    final Path diagnostics;
    final Path games;
    final Path ratings;

    private DemoRun(Path ladder, Path players, Path diagnostics, Path games, Path ratings) {
        this.ladder = ladder;
        this.players = players;
        this.diagnostics = diagnostics;
        this.games = games;
        this.ratings = ratings;
    }

    /** Writes the run under {@code root}: {@code calibrate/}, {@code data/}, {@code train/}, {@code play/}, {@code ratings/}. */
    static DemoRun write(Path root, TrainingDiagnostics trained) throws IOException {
        Path ladder = Files.createDirectories(root.resolve("calibrate")).resolve(LadderCsv.FILE_NAME);
        LadderCsv.write(ladder, new Ladder(List.of(
                new LadderRow("sf-base", LadderRole.BASE, "", "", 1600, 1540, 1660, 400, 0.8, false),
                new LadderRow("expert-strong", LadderRole.EXPERT, "sf-base", "random p=0.1", 1400, 1340, 1460, 400,
                        0.6, false),
                new LadderRow("expert-a", LadderRole.EXPERT, "sf-base", "random p=0.3", 1200, 1140, 1260, 400, 0.5,
                        false),
                new LadderRow("expert-b", LadderRole.EXPERT, "sf-base", "systematic knight-capture", 1100, 1040, 1160,
                        400, 0.45, false),
                new LadderRow("random-mover", LadderRole.PLAYER, "", "", 0, 0, 0, 400, 0.02, true))));
        Path players = Files.createDirectories(root.resolve("data")).resolve(PlayersCsv.FILE_NAME);
        PlayersCsv.write(players, List.of(new PlayerRow("expert-a", 1200, 1200, 2100, 700),
                new PlayerRow("expert-b", 1100, 1100, 1900, 300), new PlayerRow("expert-strong", 1400, 1400, 0, 1000)));
        Path diagnostics = Files.createDirectories(root.resolve("train")).resolve(TrainingDiagnostics.FILE_NAME);
        TrainingDiagnostics.write(diagnostics, trained);
        Path games = new GamesCsvFixture()
                .match(SERIES, "0.001", "expert-b", 1100, true, 27, 2, 1, 0, 0, "CHECKMATE")
                .match(SERIES, "0.001", "expert-strong", 1400, true, 20, 5, 5, 0, 0, "CHECKMATE")
                .match(SERIES, "0.001", "sf-base", 1600, true, 9, 6, 15, 0, 0, "CHECKMATE")
                .match(SERIES, "1.0", "expert-b", 1100, true, 12, 4, 14, 0, 0, "CHECKMATE")
                .match(SERIES, "1.0", "expert-strong", 1400, true, 5, 4, 21, 0, 0, "CHECKMATE")
                .match(SERIES, "1.0", "sf-base", 1600, true, 1, 2, 27, 0, 0, "CHECKMATE")
                .writeTo(root.resolve("play/games.csv"));
        Path ratings = RateStage.run(List.of(games), root.resolve("ratings")).ratingsCsv();
        return new DemoRun(ladder, players, diagnostics, games, ratings);
    }

    /** @return the evidence of this run, as the CLI reads it */
    RunEvidence evidence() throws IOException {
        return RunEvidence.read(Optional.of(ladder), Optional.of(players), Optional.of(diagnostics),
                Optional.of(false));
    }
}
