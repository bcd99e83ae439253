package dev.transcend.arena.player;

import dev.transcend.arena.engine.EngineLimit;
import dev.transcend.arena.game.GameRunner;
import dev.transcend.arena.game.PlayedGame;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.chess.Position;
import dev.transcend.core.classes.PositionClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expert players against their real base engine (Stockfish at depth 1) on positions from generated games. */
@Timeout(300)
class ExpertPlayerTest {

    private static final EngineSpec BASE = new EngineSpec("base", 1500, false, null, "stockfish", null, null,
            EngineLimit.depth(1), null);
    private static List<Position> positions;
    private static Map<Position, String> baseMoves;

    private static PlayerRoster roster(ExpertSpec... experts) {
        List<PlayerSpec> players = new ArrayList<>(List.of(BASE));
        players.addAll(List.of(experts));
        return new PlayerRoster(players);
    }

    private static ExpertSpec systematic(String name, String blindSpot) {
        return new ExpertSpec(name, 900, false, null, "base", new ErrorModel("systematic", null, blindSpot));
    }

    private static ExpertSpec random(String name, double rate) {
        return new ExpertSpec(name, 900, false, null, "base", new ErrorModel("random", rate, null));
    }

    /** Positions of 6 games of a random-error expert against itself, and the base engine's move in each. */
    @BeforeAll
    static void positionsFromGeneratedGames() throws Exception {
        positions = new ArrayList<>();
        PlayerRoster roster = roster(random("noisy", 0.5));
        GameRunner runner = new GameRunner(60);
        try (Player white = roster.get("noisy").open(60); Player black = roster.get("noisy").open(60)) {
            for (int game = 0; game < 6; game++) {
                PlayedGame played = runner.play(new ByColor<>(white, black), 100 + game);
                Position position = Position.start();
                for (String move : played.movesUci()) {
                    positions.add(position.copy());
                    position.play(move);
                }
            }
        }
        baseMoves = movesOf(BASE, roster(), positions);
    }

    /** Each position asked after {@code ucinewgame}, so a deterministic engine's answer depends on the position only. */
    private static Map<Position, String> movesOf(PlayerSpec spec, PlayerRoster roster, List<Position> at)
            throws Exception {
        Map<Position, String> moves = new HashMap<>();
        try (Player player = roster.get(spec.name()).open(60)) {
            for (int i = 0; i < at.size(); i++) {
                player.newGame(i);
                moves.put(at.get(i), assertInstanceOf(MoveChoice.Played.class, player.choose(at.get(i).copy())).uci());
            }
        }
        return moves;
    }

    private static Set<String> erring(ExpertSpec expert) throws Exception {
        Map<Position, String> moves = movesOf(expert, roster(expert), positions);
        Set<String> fens = new HashSet<>();
        for (Position p : positions) {
            if (!moves.get(p).equals(baseMoves.get(p))) {
                fens.add(p.fen());
            }
        }
        return fens;
    }

    @Test
    void aSystematicExpertErrsInExactlyThePositionsOfItsClass() throws Exception {
        ExpertSpec expert = systematic("blind-pawn", "pawn-capture");
        Map<Position, String> moves = movesOf(expert, roster(expert), positions);
        int inClass = 0;
        for (Position p : positions) {
            boolean blind = PositionClass.PAWN_CAPTURE.test(p) && p.legalMoves().size() > 1;
            String base = baseMoves.get(p);
            if (blind) {
                inClass++;
                assertNotEquals(base, moves.get(p), p.fen());
                assertEquals(ExpertPlayer.wrongMove(p, base, PositionClass.PAWN_CAPTURE), moves.get(p), p.fen());
                assertTrue(p.isLegal(moves.get(p)));
            } else {
                assertEquals(base, moves.get(p), "outside its blind spot the expert plays the base's move: " + p.fen());
            }
        }
        assertTrue(positions.size() > 300, positions.size() + " positions");
        assertTrue(inClass > 30 && inClass < positions.size() - 30, inClass + " of " + positions.size());
    }

    @Test
    void expertsSharingAClassErrInTheSamePositionsAndDifferentClassesDoNot() throws Exception {
        Set<String> pawnA = erring(systematic("pawn-a", "pawn-capture"));
        Set<String> pawnB = erring(systematic("pawn-b", "pawn-capture"));
        Set<String> knight = erring(systematic("knight", "knight-capture"));
        assertEquals(pawnA, pawnB);
        Set<String> overlap = new HashSet<>(pawnA);
        overlap.retainAll(knight);
        assertTrue(knight.size() > 20, knight.size() + " knight-capture errors");
        assertTrue(overlap.size() < Math.min(pawnA.size(), knight.size()) / 2, "overlap " + overlap.size()
                + " of pawn " + pawnA.size() + " and knight " + knight.size());
    }

    @Test
    void aRandomExpertAtRateZeroIsItsBaseAndAtRateOneRarelyIs() throws Exception {
        assertEquals(Set.of(), erring(random("r0", 0)));
        int differ = erring(random("r100", 1)).size();
        int half = erring(random("r50", 0.5)).size();
        assertTrue(differ > positions.size() * 0.7, differ + " of " + positions.size());
        assertTrue(half > positions.size() * 0.3 && half < positions.size() * 0.6, half + " of " + positions.size());
    }

    @Test
    void aGameWithARandomExpertReplaysFromItsSeed() throws Exception {
        PlayerRoster roster = roster(random("noisy", 0.5));
        GameRunner runner = new GameRunner(60);
        List<List<String>> games = new ArrayList<>();
        for (long seed : new long[] {7, 7, 8}) {
            try (Player white = roster.get("noisy").open(60); Player black = roster.get("base").open(60)) {
                games.add(runner.play(new ByColor<>(white, black), seed).movesUci());
            }
        }
        assertEquals(games.get(0), games.get(1));
        assertNotEquals(games.get(0), games.get(2));
    }

    @Test
    void theWrongMoveDependsOnThePositionOnly() {
        Position p = Position.afterMoves(List.of("e2e4", "d7d5"));
        Position same = Position.afterMoves(List.of("e2e4", "d7d5"));
        PositionClass pawn = PositionClass.PAWN_CAPTURE;
        assertEquals(ExpertPlayer.wrongMove(p, "e4d5", pawn), ExpertPlayer.wrongMove(same, "e4d5", pawn));
        assertNotEquals("e4d5", ExpertPlayer.wrongMove(p, "e4d5", pawn));
        assertEquals(ExpertPlayer.positionHash(p, pawn), ExpertPlayer.positionHash(same, pawn));
        assertNotEquals(ExpertPlayer.positionHash(p, pawn), ExpertPlayer.positionHash(p, PositionClass.CHECK_AVAILABLE));
    }
}
