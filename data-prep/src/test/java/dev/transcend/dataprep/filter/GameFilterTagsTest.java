package dev.transcend.dataprep.filter;

import dev.transcend.core.dataset.DateRange;
import dev.transcend.core.dataset.DropReason;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.SpeedClass;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The checks of issue 9: floor, bots, speed classes, terminations, dates, and one pass serving several caps. */
class GameFilterTagsTest {

    private static final Encoding ENCODING = Encodings.standard();
    private static final String MOVES = "1. e4 e5 2. Nf3 Nc6 1-0";

    private static ParsedGame played(String movetext, String... tags) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("WhiteElo", "1200");
        map.put("BlackElo", "1100");
        for (int i = 0; i < tags.length; i += 2) {
            map.put(tags[i], tags[i + 1]);
        }
        return new ParsedGame(map, movetext, "inline.pgn", 7, 9);
    }

    private static ParsedGame game(String... tags) {
        return played(MOVES, tags);
    }

    private static GameFilter filter(Integer floor, boolean dropBots, Set<SpeedClass> speeds, List<String> terminations,
                                     DateRange dates) {
        return new GameFilter(new FilterRules(1500, floor, 1, false, dropBots, speeds, terminations, dates), ENCODING);
    }

    private static Verdict.Drop dropped(Verdict verdict, DropReason reason, String detail) {
        Verdict.Drop drop = assertInstanceOf(Verdict.Drop.class, verdict);
        assertEquals(reason, drop.reason(), drop.detail());
        assertEquals(detail, drop.detail());
        assertEquals(7, drop.line(), "tag checks point at the game's first line");
        return drop;
    }

    private static void kept(Verdict verdict) {
        assertInstanceOf(Verdict.Keep.class, verdict, () -> verdict.toString());
    }

    @Test
    void theFloorDropsGamesWithAPlayerRatedBelowItAndKeepsTheFloorItself() {
        GameFilter floor1100 = filter(1100, false, null, List.of(), null);
        kept(floor1100.screen(game()));
        dropped(filter(1101, false, null, List.of(), null).screen(game()), DropReason.BELOW_FLOOR,
                "min(WhiteElo, BlackElo) = 1100 < floor 1101");
        // above the cap and below the floor: the cap is checked first
        dropped(floor1100.screen(game("WhiteElo", "1600", "BlackElo", "900")), DropReason.ABOVE_CAP,
                "max(WhiteElo, BlackElo) = 1600 > cap 1500");
    }

    @Test
    void botsAreDroppedByEitherTitleOnlyWhenAsked() {
        GameFilter bots = filter(null, true, null, List.of(), null);
        dropped(bots.screen(game("BlackTitle", "BOT")), DropReason.BOT, "BlackTitle \"BOT\"");
        dropped(bots.screen(game("WhiteTitle", "bot ", "BlackTitle", "BOT")), DropReason.BOT, "WhiteTitle \"bot \"");
        kept(bots.screen(game("WhiteTitle", "NM")));
        kept(filter(null, false, null, List.of(), null).screen(game("WhiteTitle", "BOT")));
        // a bot rated above the cap is a bot: tag checks come before the cap
        dropped(bots.screen(game("WhiteTitle", "BOT", "WhiteElo", "2400")), DropReason.BOT, "WhiteTitle \"BOT\"");
    }

    @Test
    void speedClassesComeFromTheTimeControlAndAGameWithoutOneIsDroppedWhenAsked() {
        GameFilter blitzRapid = filter(null, false, EnumSet.of(SpeedClass.RAPID, SpeedClass.BLITZ), List.of(), null);
        kept(blitzRapid.screen(game("TimeControl", "180+0"))); // 180 s: blitz starts at 3 minutes
        kept(blitzRapid.screen(game("TimeControl", "300+3"))); // 300 + 40 x 3 = 420 s: blitz
        kept(blitzRapid.screen(game("TimeControl", "600+0"))); // rapid
        dropped(blitzRapid.screen(game("TimeControl", "120+1")), DropReason.SPEED_CLASS, // 160 s
                "TimeControl \"120+1\" is bullet, not in speedClasses [blitz, rapid]");
        dropped(blitzRapid.screen(game("TimeControl", "900+15")), DropReason.SPEED_CLASS, // 1500 s
                "TimeControl \"900+15\" is classical, not in speedClasses [blitz, rapid]");
        dropped(blitzRapid.screen(game("TimeControl", "-")), DropReason.SPEED_CLASS,
                "TimeControl \"-\" is correspondence, not in speedClasses [blitz, rapid]");
        dropped(blitzRapid.screen(game()), DropReason.SPEED_CLASS,
                "TimeControl missing, speedClasses [blitz, rapid]");
        dropped(blitzRapid.screen(game("TimeControl", "40/7200:3600")), DropReason.SPEED_CLASS,
                "TimeControl \"40/7200:3600\" unreadable, speedClasses [blitz, rapid]");
        kept(filter(null, false, null, List.of(), null).screen(game("TimeControl", "40/7200:3600")));
    }

    @Test
    void terminationsAreMatchedWithoutCaseAndAGameWithoutTheTagIsKept() {
        GameFilter lichess = filter(null, false, null, List.of("Abandoned", "Rules infraction"), null);
        dropped(lichess.screen(game("Termination", "Abandoned")), DropReason.TERMINATION, "Termination \"Abandoned\"");
        dropped(lichess.screen(game("Termination", "rules INFRACTION")), DropReason.TERMINATION,
                "Termination \"rules INFRACTION\"");
        kept(lichess.screen(game("Termination", "Time forfeit")));
        kept(lichess.screen(game()));
        // an abandoned game without moves counts as abandoned, not as NO_MOVES: the tags come first
        dropped(lichess.screen(played("0-1", "Termination", "Abandoned")), DropReason.TERMINATION,
                "Termination \"Abandoned\"");
        assertEquals(DropReason.NO_MOVES, ((Verdict.Drop) filter(null, false, null, List.of(), null)
                .screen(played("0-1", "Termination", "Abandoned"))).reason());
    }

    @Test
    void datesAreInclusiveReadFromUtcDateElseDateAndAnUnknownDateIsDroppedWhenAsked() {
        GameFilter year2016 = filter(null, false, null, List.of(), DateRange.parse("2016-01-01..2016-12-31"));
        kept(year2016.screen(game("UTCDate", "2016.01.01")));
        kept(year2016.screen(game("UTCDate", "2016.12.31", "Date", "2017.01.01")));
        kept(year2016.screen(game("Date", "2016.06.15")));
        dropped(year2016.screen(game("UTCDate", "2017.01.01", "Date", "2016.12.31")), DropReason.OUTSIDE_DATES,
                "date 2017-01-01 outside 2016-01-01..2016-12-31");
        dropped(year2016.screen(game("Date", "2015.12.31")), DropReason.OUTSIDE_DATES,
                "date 2015-12-31 outside 2016-01-01..2016-12-31");
        dropped(year2016.screen(game("Date", "2016.??.??")), DropReason.OUTSIDE_DATES,
                "no readable date (UTCDate missing, Date \"2016.??.??\"), dates 2016-01-01..2016-12-31");
        dropped(year2016.screen(game("UTCDate", "2016.02.30")), DropReason.OUTSIDE_DATES,
                "no readable date (UTCDate \"2016.02.30\", Date missing), dates 2016-01-01..2016-12-31");
        GameFilter from2017 = filter(null, false, null, List.of(), DateRange.parse("2017-01-01.."));
        kept(from2017.screen(game("Date", "2030.01.01")));
        kept(filter(null, false, null, List.of(), null).screen(game()));
    }

    @Test
    void theTagChecksRunInDropReasonOrder() {
        GameFilter all = filter(1150, true, EnumSet.of(SpeedClass.BLITZ), List.of("Abandoned"),
                DateRange.parse("2016-01-01..2016-12-31"));
        List<ParsedGame> lessAndLessWrong = List.of(
                game("WhiteTitle", "BOT", "TimeControl", "60+0", "Termination", "Abandoned", "Date", "2015.01.01"),
                game("TimeControl", "60+0", "Termination", "Abandoned", "Date", "2015.01.01"),
                game("TimeControl", "300+0", "Termination", "Abandoned", "Date", "2015.01.01"),
                game("TimeControl", "300+0", "Date", "2015.01.01"),
                game("TimeControl", "300+0", "Date", "2016.05.05"));
        List<DropReason> order = lessAndLessWrong.stream().map(g -> ((Verdict.Drop) all.screen(g)).reason()).toList();
        assertEquals(List.of(DropReason.BOT, DropReason.SPEED_CLASS, DropReason.TERMINATION, DropReason.OUTSIDE_DATES,
                DropReason.BELOW_FLOOR), order);
        for (int i = 1; i < order.size(); i++) {
            assertEquals(true, order.get(i - 1).ordinal() < order.get(i).ordinal(), "enum order " + order);
        }
    }

    @Test
    void aLowerCapsVerdictFromTheHighestCapsPassEqualsThatCapsOwnFilter() {
        FilterRules at1500 = new FilterRules(1500, 900, 3, true, true, EnumSet.of(SpeedClass.BLITZ),
                List.of("Abandoned"), null);
        GameFilter shared = new GameFilter(at1500, ENCODING);
        List<ParsedGame> games = new ArrayList<>();
        for (String elo : List.of("950", "1000", "1001", "1300", "1400", "1500", "1501", "2000")) {
            for (String movetext : List.of(MOVES, "1. e4 e5 0-1", "1. e4 e5 2. Qxh9 1-0", "1. e4 e5 2. Ke3 1-0",
                    "1. e4 { open", "1-0")) {
                games.add(played(movetext, "WhiteElo", elo, "TimeControl", "300+0"));
                games.add(played(movetext, "BlackElo", elo, "TimeControl", "300+0", "WhiteElo", "850"));
                games.add(played(movetext, "WhiteElo", elo, "TimeControl", "60+0"));
                games.add(played(movetext, "WhiteElo", elo, "TimeControl", "300+0", "Event", "Casual game"));
                games.add(played(movetext, "WhiteElo", elo, "TimeControl", "300+0", "BlackTitle", "BOT"));
                games.add(played(movetext, "WhiteElo", elo, "TimeControl", "300+0", "Termination", "Abandoned"));
                games.add(played(movetext, "WhiteElo", "?", "TimeControl", "300+0"));
                games.add(played(movetext, "WhiteElo", elo, "TimeControl", "300+0", "Variant", "Chess960"));
            }
        }
        for (int cap : List.of(1000, 1300, 1500)) {
            GameFilter own = new GameFilter(new FilterRules(cap, 900, 3, true, true, EnumSet.of(SpeedClass.BLITZ),
                    List.of("Abandoned"), null), ENCODING);
            for (ParsedGame g : games) {
                Verdict expected = own.screen(g);
                Verdict derived = shared.atCap(g, shared.screen(g), cap);
                if (expected instanceof Verdict.Keep keep) {
                    Verdict.Keep k = assertInstanceOf(Verdict.Keep.class, derived);
                    assertArrayEquals(keep.game().moves(), k.game().moves());
                    assertEquals(keep.game().elo(), k.game().elo());
                } else {
                    assertEquals(expected, derived, "cap " + cap + ", " + g.tags() + " " + g.movetext());
                }
            }
        }
    }
}
