package dev.transcend.core.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads an RFC 4180 CSV file (Commons CSV) whose header must be exactly the contract's, mapping each record and
 * turning any problem into a {@link MalformedCsvException} that names the file and the record's first line. Blank
 * lines are skipped.
 */
public final class StrictCsvReader {

    /** Maps one record; throws {@link IllegalArgumentException} with a message naming the column on bad values. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Cells cells);
    }

    private StrictCsvReader() {
    }

    /** A mapped record and the 1-based line where it starts. */
    public record Numbered<T>(long line, T value) {
    }

    /**
     * @return the mapped records in file order, each with its first line
     * @throws MalformedCsvException on a wrong header, a record with the wrong number of columns or a bad value
     */
    public static <T> List<Numbered<T>> read(Path file, List<String> header, RowMapper<T> mapper) throws IOException {
        return readAnyHeader(file, List.of(header), mapper);
    }

    /**
     * Reads a file whose header may be any of {@code headers} (a contract that gained columns: the newest first,
     * then the older ones it still reads); {@link Cells#has} tells the mapper which columns the file has.
     *
     * @return the mapped records in file order, each with its first line
     * @throws MalformedCsvException on a header that is none of {@code headers} (the message names the first), a record
     *                               with the wrong number of columns or a bad value
     */
    public static <T> List<Numbered<T>> readAnyHeader(Path file, List<List<String>> headers, RowMapper<T> mapper)
            throws IOException {
        try {
            return readStrictly(file, headers, mapper);
        } catch (CharacterCodingException | UncheckedIOException e) {
            throw new MalformedCsvException(file, 1, "not a UTF-8 text CSV file (" + e + ")");
        }
    }

    private static <T> List<Numbered<T>> readStrictly(Path file, List<List<String>> headers, RowMapper<T> mapper)
            throws IOException {
        List<String> header = headers.get(0);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        List<Numbered<T>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            if (headers.contains(parser.getHeaderNames())) {
                header = parser.getHeaderNames();
            } else {
                String found = parser.getHeaderNames().isEmpty() ? "empty" : String.join(",", parser.getHeaderNames());
                throw new MalformedCsvException(file, 1, "header must be exactly '" + String.join(",", header)
                        + "' but is " + (found.equals("empty") ? found : "'" + found + "'"));
            }
            long lastLine = parser.getCurrentLineNumber();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new MalformedCsvException(file, lastLine + 1, "unreadable CSV: " + e.getMessage());
                }
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw new MalformedCsvException(file, line, "expected " + header.size() + " columns, found "
                            + record.size());
                }
                try {
                    rows.add(new Numbered<>(line, mapper.map(new Cells(record))));
                } catch (IllegalArgumentException e) {
                    throw new MalformedCsvException(file, line, e.getMessage());
                }
            }
        }
        return rows;
    }

    /** Typed access to one record's cells by column name; every failure names the column and the text. */
    public static final class Cells {
        private final CSVRecord record;

        private Cells(CSVRecord record) {
            this.record = record;
        }

        public String text(String column) {
            return record.get(column);
        }

        /** @return whether the file has {@code column} (see {@link #readAnyHeader}) */
        public boolean has(String column) {
            return record.isMapped(column);
        }

        public String required(String column) {
            String text = text(column).strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException(column + " is empty");
            }
            return text;
        }

        public int integer(String column) {
            String text = required(column);
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(column + " '" + text + "' is not an integer");
            }
        }

        public long longInteger(String column) {
            String text = required(column);
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(column + " '" + text + "' is not an integer");
            }
        }

        public double decimal(String column) {
            String text = required(column);
            try {
                double value = Double.parseDouble(text);
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(column + " '" + text + "' is not a finite number");
        }

        public OptionalInt optionalInteger(String column) {
            return text(column).isBlank() ? OptionalInt.empty() : OptionalInt.of(integer(column));
        }

        public OptionalDouble optionalDecimal(String column) {
            return text(column).isBlank() ? OptionalDouble.empty() : OptionalDouble.of(decimal(column));
        }

        public boolean bool(String column) {
            String text = required(column).toLowerCase(Locale.ROOT);
            return switch (text) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(column + " must be true or false, got '" + text + "'");
            };
        }

        public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String text = required(column);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(column + " '" + text + "' is not one of "
                        + List.of(type.getEnumConstants()));
            }
        }
    }
}
