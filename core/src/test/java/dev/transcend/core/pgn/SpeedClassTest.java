package dev.transcend.core.pgn;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpeedClassTest {

    @Test
    void lichessClocksFallInLichessClasses() {
        assertEquals(Optional.of(SpeedClass.ULTRA_BULLET), SpeedClass.ofTimeControl("15+0"));
        assertEquals(Optional.of(SpeedClass.BULLET), SpeedClass.ofTimeControl("60+0"));
        assertEquals(Optional.of(SpeedClass.BULLET), SpeedClass.ofTimeControl("120+1")); // 160 s
        assertEquals(Optional.of(SpeedClass.BLITZ), SpeedClass.ofTimeControl("180+0"));
        assertEquals(Optional.of(SpeedClass.BLITZ), SpeedClass.ofTimeControl("300+3")); // 420 s
        assertEquals(Optional.of(SpeedClass.RAPID), SpeedClass.ofTimeControl("300+5")); // 500 s
        assertEquals(Optional.of(SpeedClass.RAPID), SpeedClass.ofTimeControl("600+0"));
        assertEquals(Optional.of(SpeedClass.CLASSICAL), SpeedClass.ofTimeControl("1800+0"));
        assertEquals(Optional.of(SpeedClass.CORRESPONDENCE), SpeedClass.ofTimeControl("-"));
        assertEquals(Optional.of(SpeedClass.BLITZ), SpeedClass.ofTimeControl(" 180 "));
    }

    @Test
    void boundariesAreLichesss() {
        assertEquals(SpeedClass.ULTRA_BULLET, SpeedClass.ofEstimatedSeconds(29));
        assertEquals(SpeedClass.BULLET, SpeedClass.ofEstimatedSeconds(30));
        assertEquals(SpeedClass.BLITZ, SpeedClass.ofEstimatedSeconds(180));
        assertEquals(SpeedClass.RAPID, SpeedClass.ofEstimatedSeconds(480));
        assertEquals(SpeedClass.CLASSICAL, SpeedClass.ofEstimatedSeconds(1500));
        assertEquals(SpeedClass.CORRESPONDENCE, SpeedClass.ofEstimatedSeconds(21600));
    }

    @Test
    void otherFormsAreUnknown() {
        for (String tc : new String[] {"", "?", "40/7200:3600", "5+", "+3", "abc", "300+3+1", "９００"}) {
            assertEquals(Optional.empty(), SpeedClass.ofTimeControl(tc), tc);
        }
    }

    @Test
    void keysRoundTrip() {
        for (SpeedClass c : SpeedClass.values()) {
            assertEquals(Optional.of(c), SpeedClass.fromKey(c.key()));
        }
        assertEquals(Optional.of(SpeedClass.ULTRA_BULLET), SpeedClass.fromKey("ultra-bullet"));
        assertEquals(Optional.empty(), SpeedClass.fromKey("hyper"));
    }
}
