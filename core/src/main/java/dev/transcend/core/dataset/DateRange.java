package dev.transcend.core.dataset;

import dev.transcend.core.config.ConfigException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The dates of the games a dataset keeps, both ends inclusive, as ISO dates ({@code 2016-01-01}); either end may be
 * left open (null), not both. The YAML and the CLI also accept PGN's {@code 2016.01.01}, stored as ISO.
 *
 * @param from first day kept, or null for no lower bound
 * @param to last day kept, or null for no upper bound
 */
public record DateRange(String from, String to) {

    /** @throws ConfigException naming {@code dates.from}/{@code dates.to} if a date is unreadable or from is after to */
    public DateRange {
        if (from == null && to == null) {
            throw new ConfigException("prepare setting 'dates' needs 'from', 'to' or both (YYYY-MM-DD, inclusive)");
        }
        from = from == null ? null : parse("dates.from", from).toString();
        to = to == null ? null : parse("dates.to", to).toString();
        if (from != null && to != null && LocalDate.parse(from).isAfter(LocalDate.parse(to))) {
            throw new ConfigException("prepare setting 'dates' = " + from + ".." + to
                    + " is empty; allowed: 'from' on or before 'to'");
        }
    }

    /**
     * @param text {@code FROM..TO} with ISO or PGN dates, either side may be empty (open), e.g. {@code 2016-01-01..}
     * @return the range
     * @throws ConfigException if the text is not of that form
     */
    public static DateRange parse(String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            throw new ConfigException("dates '" + text + "' is not a range; allowed: FROM..TO with dates YYYY-MM-DD,"
                    + " either side may be empty, e.g. 2016-01-01..2016-12-31 or 2016-01-01..");
        }
        String from = text.substring(0, dots).strip();
        String to = text.substring(dots + 2).strip();
        return new DateRange(from.isEmpty() ? null : from, to.isEmpty() ? null : to);
    }

    /** @return whether {@code date} lies in the range, ends included */
    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(LocalDate.parse(from))) && (to == null || !date.isAfter(LocalDate.parse(to)));
    }

    /** @return {@code FROM..TO}, an open end empty */
    @Override
    public String toString() {
        return (from == null ? "" : from) + ".." + (to == null ? "" : to);
    }

    private static LocalDate parse(String key, String value) {
        try {
            String date = value.strip();
            if (!date.matches("\\d{4}[-.]\\d{2}[-.]\\d{2}")) { // LocalDate alone reads "-2016-06-01" as year -2016
                throw new DateTimeParseException("not YYYY-MM-DD", date, 0);
            }
            return LocalDate.parse(date.replace('.', '-'));
        } catch (DateTimeParseException e) {
            throw new ConfigException("prepare setting '" + key + "' = " + value
                    + " is not a date; allowed: YYYY-MM-DD (or PGN's YYYY.MM.DD), e.g. 2016-01-01");
        }
    }
}
