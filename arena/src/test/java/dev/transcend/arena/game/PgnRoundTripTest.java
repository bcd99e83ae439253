package dev.transcend.arena.game;

import dev.transcend.arena.PgnReadBack;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.chess.GameEnd;
import dev.transcend.core.chess.Position;
import dev.transcend.core.game.GameResult;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.ParsedMoves;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What {@link PgnWriter} writes, core's one PGN reader reads back: the same tags in the same order, the
 * same moves, the same result, and (through {@link PgnFile}) the same file.
 */
class PgnRoundTripTest {

    private static final Instant START = Instant.parse("2026-12-05T11:34:00Z");
    /** Player names a roster may hold: quotes, backslashes, brackets, braces, PGN comment characters, Unicode. */
    private static final List<String> NAMES = List.of("model", "O\"Brien", "C:\\engines\\sf\\", "sf [Skill 3] {x}",
            "semi; colon % (paren)", "Ünïcödé ½", "\\\"", " spaced ");

    /** One game per termination, with fitting outcomes, plus random games for every kind of SAN move. */
    private static List<PlayedGame> games() {
        List<PlayedGame> games = new ArrayList<>();
        games.add(game(List.of("f2f3", "e7e5", "g2g4", "d8h4"), Outcome.BLACK_WIN, Termination.CHECKMATE, ""));
        games.add(game(san("e3 a5 Qh5 Ra6 Qxa5 h5 h4 Rah6 Qxc7 f6 Qxd7+ Kf7 Qxb7 Qd3 Qxb8 Qh7 Qxc8 Kg6 Qe6"),
                Outcome.DRAW, Termination.STALEMATE, ""));
        games.add(game(san("Nf3 Nf6 Ng1 Ng8 Nf3 Nf6 Ng1 Ng8"), Outcome.DRAW, Termination.THREEFOLD_REPETITION, ""));
        games.add(game(san("e4 d5 exd5 c6 dxc6 Nf6 cxb7 Nbd7 bxa8=Q"), Outcome.DRAW, Termination.MOVE_LIMIT,
                "stopped after move 5"));
        games.add(game(san("e4 e5 Qh5 Nc6 Bc4 Nf6"), Outcome.WHITE_WIN, Termination.ADJUDICATED,
                "stopped after move 3; sf-eval-n200k sees mate in 1 for White"));
        games.add(game(san("e4 e5 Nf3 Nc6 Bb5 a6 Ba4"), Outcome.DRAW, Termination.CONTEXT_FULL,
                "context full at ply 8: model 'model' (tiny@step20) reads at most 7 plies"));
        games.add(game(san("e4 e5 Nf3 Nc6 Bc4 Nf6 O-O Bc5 d3 d6 Bg5 h6 Bh4 g5 Bg3 Bg4 Nc3 Qd7 Nd5 O-O-O"),
                Outcome.WHITE_WIN, Termination.NO_LEGAL_SAMPLE, "model drew 5 illegal moves:\ne1e8, a1a8"));
        games.add(game(san("d4"), Outcome.WHITE_WIN, Termination.ENGINE_CRASH,
                "engine 'sf [Skill 3] {x}' exited with code 139\r\nstderr: \"Segmentation fault\" at C:\\x"));
        games.add(game(List.of(), Outcome.BLACK_WIN, Termination.ENGINE_CRASH, "engine 'a' did not start"));
        games.add(game(san("e4"), Outcome.WHITE_WIN, Termination.ILLEGAL_MOVE, "engine 'b' sent illegal move 'e7e4'"));
        games.add(game(san("e4 e5"), Outcome.BLACK_WIN, Termination.ENGINE_TIMEOUT, "no bestmove within 5000 ms"));
        Random random = new Random(7);
        for (int i = 0; i < 24; i++) {
            games.add(randomGame(random));
        }
        return games;
    }

    @Test
    void everyWrittenGameReadsBackWithTheSameTagsMovesAndText() {
        Set<Termination> terminations = EnumSet.noneOf(Termination.class);
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        List<PlayedGame> games = games();
        for (int i = 0; i < games.size(); i++) {
            PlayedGame played = games.get(i);
            Map<String, String> custom = customTags(i);
            String pgn = PgnWriter.format(played, "transcend \"round trip\" \\ test", Integer.toString(i + 1), custom);

            ParsedGame read = PgnReadBack.game(pgn);
            assertEquals(List.copyOf(expectedTags(played, i, custom).entrySet()), List.copyOf(read.tags().entrySet()),
                    pgn);
            ParsedMoves moves = PgnReadBack.moves(read);
            assertEquals(played.movesUci(), moves.uci(), pgn);
            assertEquals(Optional.of(played.result().outcome()), moves.result(), pgn);
            assertEquals(Optional.of(played.result().outcome().pgn()), read.terminationMarker(), pgn);
            assertEquals(pgn, read.toPgn(), "the text read back differs from the text written");
            terminations.add(played.result().termination());
            outcomes.add(played.result().outcome());
        }
        assertEquals(EnumSet.allOf(Termination.class), terminations);
        assertEquals(EnumSet.allOf(Outcome.class), outcomes);
    }

    @Test
    void aFileOfWrittenGamesReadsBackThroughPgnFileUnchanged(@TempDir Path dir) throws Exception {
        PgnFile file = new PgnFile(dir.resolve("games.pgn"));
        List<PlayedGame> games = games();
        for (int i = 0; i < games.size(); i++) {
            file.append(PgnWriter.format(games.get(i), "transcend play", Integer.toString(i + 1), customTags(i)));
        }
        String written = Files.readString(file.path());

        List<ParsedGame> read = file.completeGames();
        assertEquals(games.size(), read.size());
        for (int i = 0; i < games.size(); i++) {
            assertEquals(Integer.toString(i + 1), read.get(i).tag("Round").orElseThrow());
            assertEquals(games.get(i).players().white(), read.get(i).tag("White").orElseThrow());
            assertEquals(games.get(i).players().black(), read.get(i).tag("Black").orElseThrow());
            assertEquals(customTags(i).get("WhiteOptions"), read.get(i).tag("WhiteOptions").orElseThrow());
            assertEquals(games.get(i).movesUci(), PgnReadBack.moves(read.get(i)).uci());
        }
        assertEquals(read, file.retain(g -> true));
        assertEquals(written, Files.readString(file.path()), "keeping every game changed the file");
    }

    /** Custom tags as a sweep writes them, with engine options and a command line full of escapes. */
    private static Map<String, String> customTags(int i) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Temperature", i % 2 == 0 ? "0.001" : "1.5");
        tags.put("Protocol", "FULL_VOCABULARY");
        tags.put("IllegalAttempts", Integer.toString(i));
        tags.put("GameKey", "0.001/" + NAMES.get(i % NAMES.size()) + "/" + i);
        tags.put("WhiteOptions", "Skill Level=" + (i % 21) + ", Hash=16, UCI_LimitStrength=true, SyzygyPath="
                + "C:\\tb\\\"syzygy\"");
        tags.put("BlackCommand", "env --default-signal=INT /usr/games/stockfish \"--flag\" \\");
        return tags;
    }

    /** The tags {@link PgnWriter} documents, in its order, with line breaks in values read back as spaces. */
    private static Map<String, String> expectedTags(PlayedGame game, int i, Map<String, String> custom) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Event", "transcend \"round trip\" \\ test");
        tags.put("Site", "transcend");
        tags.put("Date", "2026.12.05");
        tags.put("Round", Integer.toString(i + 1));
        tags.put("White", game.players().white());
        tags.put("Black", game.players().black());
        tags.put("Result", game.result().outcome().pgn());
        tags.put("UTCDate", "2026.12.05");
        tags.put("UTCTime", "11:34:00");
        tags.put("WhiteElo", "?");
        tags.put("BlackElo", "1554");
        tags.put("TimeControl", "-");
        tags.put("Termination", PgnWriter.lichessTermination(game.result().termination()));
        tags.put("TerminationReason", game.result().termination().name());
        tags.put("PlyCount", Integer.toString(game.plies()));
        if (!game.result().detail().isEmpty()) {
            tags.put("TerminationDetail", game.result().detail().replace('\r', ' ').replace('\n', ' '));
        }
        tags.put("Seed", Long.toString(game.seed()));
        tags.putAll(custom);
        return tags;
    }

    private static PlayedGame game(List<String> moves, Outcome outcome, Termination termination, String detail) {
        int n = moves.size() + termination.ordinal();
        return new PlayedGame(new ByColor<>(NAMES.get(n % NAMES.size()), NAMES.get((n + 1) % NAMES.size())),
                new ByColor<>(OptionalInt.empty(), OptionalInt.of(1554)), moves,
                new GameResult(outcome, termination, detail), new ByColor<>(0, 0), -n * 31L, START, 10);
    }

    /** Random legal moves to the end by the rules, or a move-limit draw at 1000 plies. */
    private static PlayedGame randomGame(Random random) {
        Position position = Position.start();
        while (position.end().isEmpty() && position.ply() < 1000) {
            List<String> legal = position.legalMoves();
            position.play(legal.get(random.nextInt(legal.size())));
        }
        GameEnd end = position.end().orElse(new GameEnd(Outcome.DRAW, Termination.MOVE_LIMIT));
        return game(position.movesUci(), end.outcome(), end.termination(), "");
    }

    private static List<String> san(String moves) {
        Position position = Position.start();
        for (String san : moves.split(" ")) {
            position.play(position.sanToUci(san).orElseThrow(() -> new AssertionError(san)));
        }
        return position.movesUci();
    }
}
