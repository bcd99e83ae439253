package dev.transcend.arena.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lines copied from the output of Stockfish 15.1 and Fairy-Stockfish 11.1 (Debian packages). */
class UciParserTest {

    @Test
    void parsesIdLines() {
        UciMessage.Id id = assertInstanceOf(UciMessage.Id.class, UciParser.parse("id name Stockfish 15.1"));
        assertEquals("name", id.key());
        assertEquals("Stockfish 15.1", id.value());
        UciMessage.Id author = assertInstanceOf(UciMessage.Id.class,
                UciParser.parse("id author the Stockfish developers (see AUTHORS file)"));
        assertEquals("the Stockfish developers (see AUTHORS file)", author.value());
    }

    @Test
    void parsesSpinOptionWithSpaceInName() {
        UciOption o = option("option name Skill Level type spin default 20 min 0 max 20");
        assertEquals("Skill Level", o.name());
        assertEquals(UciOption.Type.SPIN, o.type());
        assertEquals("20", o.defaultValue());
        assertEquals(0L, o.min());
        assertEquals(20L, o.max());
        UciOption elo = option("option name UCI_Elo type spin default 1350 min 1350 max 2850");
        assertEquals(1350L, elo.min());
        UciOption negative = option("option name Skill Level type spin default 20 min -20 max 20");
        assertEquals(-20L, negative.min());
    }

    @Test
    void parsesCheckStringButtonAndComboOptions() {
        UciOption check = option("option name Ponder type check default false");
        assertEquals(UciOption.Type.CHECK, check.type());
        assertEquals("false", check.defaultValue());
        UciOption empty = option("option name Debug Log File type string default ");
        assertEquals(UciOption.Type.STRING, empty.type());
        assertEquals("", empty.defaultValue());
        assertEquals("", option("option name SyzygyPath type string default <empty>").defaultValue());
        assertEquals("nn-ad9b42354671.nnue", option("option name EvalFile type string default nn-ad9b42354671.nnue")
                .defaultValue());
        UciOption button = option("option name Clear Hash type button");
        assertEquals(UciOption.Type.BUTTON, button.type());
        UciOption combo = option("option name Analysis Contempt type combo default Both var Both var Off var White var Black");
        assertEquals("Both", combo.defaultValue());
        assertEquals(List.of("Both", "Off", "White", "Black"), combo.vars());
    }

    @Test
    void parsesHandshakeAndBestMove() {
        assertInstanceOf(UciMessage.UciOk.class, UciParser.parse("uciok"));
        assertInstanceOf(UciMessage.ReadyOk.class, UciParser.parse("readyok"));
        UciMessage.BestMove best = assertInstanceOf(UciMessage.BestMove.class,
                UciParser.parse("bestmove c7c5 ponder d1e2"));
        assertEquals("c7c5", best.move());
        assertEquals(Optional.of("d1e2"), best.ponder());
        UciMessage.BestMove alone = assertInstanceOf(UciMessage.BestMove.class, UciParser.parse("bestmove e7e5"));
        assertEquals(Optional.empty(), alone.ponder());
        assertFalse(alone.isNone());
        // "no move": Stockfish's (none) in a finished position, the UCI null move 0000 of other engines
        UciMessage.BestMove none = assertInstanceOf(UciMessage.BestMove.class, UciParser.parse("bestmove (none)"));
        assertEquals("(none)", none.move());
        assertTrue(none.isNone());
        assertTrue(assertInstanceOf(UciMessage.BestMove.class, UciParser.parse("bestmove 0000 ponder e2e4")).isNone());
    }

    @Test
    void parsesInfoLines() {
        UciMessage.Info info = assertInstanceOf(UciMessage.Info.class, UciParser.parse(
                "info depth 6 seldepth 3 multipv 1 score cp -70 upperbound nodes 1000 nps 250000 hashfull 0 tbhits 0 "
                        + "time 4 pv g8f6 f1d3"));
        assertEquals(6, info.depth());
        assertEquals(1000L, info.nodes());
        assertEquals(-70, info.scoreCp());
        assertNull(info.scoreMate());
        assertEquals(List.of("g8f6", "f1d3"), info.pv());
        UciMessage.Info mate = assertInstanceOf(UciMessage.Info.class, UciParser.parse(
                "info depth 3 seldepth 3 multipv 1 score mate 2 nodes 371 nps 185500 tbhits 0 time 2 pv e7e6 d2d4 d7d5"));
        assertEquals(2, mate.scoreMate());
        UciMessage.Info text = assertInstanceOf(UciMessage.Info.class,
                UciParser.parse("info string NNUE evaluation using nn-ad9b42354671.nnue enabled"));
        assertEquals("NNUE evaluation using nn-ad9b42354671.nnue enabled", text.string());
    }

    @Test
    void bannersAndGarbageAreOtherLines() {
        assertInstanceOf(UciMessage.Other.class,
                UciParser.parse("Stockfish 15.1 by the Stockfish developers (see AUTHORS file)"));
        assertInstanceOf(UciMessage.Other.class, UciParser.parse(""));
        assertInstanceOf(UciMessage.Other.class, UciParser.parse("bestmove"));
        assertInstanceOf(UciMessage.Other.class, UciParser.parse("option name Broken type spin default x min y max z"));
        assertInstanceOf(UciMessage.Other.class, UciParser.parse("info depth"));
    }

    @Test
    void optionValuesAreCheckedAgainstTheAdvertisedRange() {
        UciOption skill = option("option name Skill Level type spin default 20 min 0 max 20");
        assertTrue(skill.problem("0").isEmpty());
        assertTrue(skill.problem("20").isEmpty());
        assertEquals(Optional.of("21 is out of range; allowed 0..20"), skill.problem("21"));
        assertTrue(skill.problem("-1").isPresent());
        assertTrue(skill.problem("three").isPresent());
        UciOption ponder = option("option name Ponder type check default false");
        assertTrue(ponder.problem("TRUE").isEmpty());
        assertTrue(ponder.problem("yes").isPresent());
        UciOption combo = option("option name Protocol type combo default uci var uci var usi var ucci var xboard");
        assertTrue(combo.problem("usi").isEmpty());
        assertTrue(combo.problem("cecp").isPresent());
    }

    private static UciOption option(String line) {
        return assertInstanceOf(UciMessage.Option.class, UciParser.parse(line)).option();
    }
}
