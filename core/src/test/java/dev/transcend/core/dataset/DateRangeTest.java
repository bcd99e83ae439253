package dev.transcend.core.dataset;

import dev.transcend.core.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateRangeTest {

    @Test
    void isoAndPgnDatesWithOpenEnds() {
        DateRange range = DateRange.parse("2016.01.01..2016-06-30");
        assertEquals("2016-01-01..2016-06-30", range.toString());
        assertTrue(range.contains(LocalDate.of(2016, 6, 30)));
        assertFalse(range.contains(LocalDate.of(2016, 7, 1)));
        assertEquals("..2016-06-01", DateRange.parse("..2016-06-01").toString());
    }

    @Test
    void aMalformedDateIsRefusedNotReadAsAnotherYear() {
        // "...2016-06-01" splits into "" and ".2016-06-01", which LocalDate would read as the year -2016
        for (String text : new String[] {"...2016-06-01", "..-2016-06-01", "2016-1-1..", "20160101..", "+2016-01-01.."}) {
            ConfigException e = assertThrows(ConfigException.class, () -> DateRange.parse(text), text);
            assertTrue(e.getMessage().contains("is not a date"), e.getMessage());
        }
    }
}
