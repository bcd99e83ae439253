package dev.transcend.dataprep.bench;

import dev.transcend.dataprep.input.InputFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The large Lichess-format PGN file {@code bench prepare} reads, written as plain text: a real Lichess export
 * repeated, or generated games with Lichess-style tags, until it reaches a size. Every repetition of a game gets a
 * fresh 8-character Lichess game id ({@code Site} URL and {@code GameId} tag), so de-duplication keeps all copies,
 * as it would keep the distinct games of a real monthly export.
 */
public final class BenchInput {

    private static final Pattern GAME_ID = Pattern.compile("(lichess\\.org/|\\[GameId \")([A-Za-z0-9]{8})");
    /** At most this many distinct generated games (then repeated): random walks on {@code Position} are slow. */
    private static final int GENERATED_BASE = 300;
    /** Bytes of one generated game with its tags and clock comments, roughly: fewer distinct games for small files. */
    private static final int GENERATED_GAME_BYTES = 4000;

    /**
     * @param file the written file
     * @param bytes its size in bytes
     * @param origin what it holds, for the report, e.g. {@code lichess_2021-10-01_head.pgn.gz repeated 87x}
     */
    public record Built(Path file, long bytes, String origin) {
    }

    private BenchInput() {
    }

    /**
     * @param export a Lichess export (PGN, optionally compressed as {@code prepare} reads it)
     * @param bytes size wanted; the last copy is written whole, so the file may be up to one copy larger
     * @param file where to write
     * @return the file written
     * @throws IOException if the export cannot be read or the file written
     */
    public static Built repeatExport(Path export, long bytes, Path file) throws IOException {
        InputFile input = InputFile.detect(export).orElseThrow(() -> new NoSuchFileException(export
                + ": not a PGN file (" + InputFile.supportedExtensions() + ")"));
        String text;
        try (InputStream in = input.compression().decompress(Files.newInputStream(export))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!text.endsWith("\n\n")) {
            text = text.stripTrailing() + "\n\n";
        }
        long written = 0;
        int copies = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (written < bytes) {
                byte[] copy = withCopyIds(text, copies).getBytes(StandardCharsets.UTF_8);
                out.write(copy);
                written += copy.length;
                copies++;
            }
        }
        return new Built(file, written, export.getFileName() + " repeated " + copies + "x, fresh game ids per copy");
    }

    /**
     * @param seed seed of the games and ratings
     * @param bytes size wanted (the file ends after the game that reaches it)
     * @param file where to write
     * @return the file written: up to {@value #GENERATED_BASE} random games ({@link GeneratedGames}) repeated with
     *         Lichess-style tags, ratings uniform over 600-2400 and the opponent within 200 of it
     * @throws IOException if the file cannot be written
     */
    public static Built generated(long seed, long bytes, Path file) throws IOException {
        int distinct = (int) Math.max(10, Math.min(GENERATED_BASE, bytes / GENERATED_GAME_BYTES));
        List<GeneratedGames.Game> base = GeneratedGames.walk(seed, distinct);
        SplittableRandom random = new SplittableRandom(seed + 1);
        long written = 0;
        int games = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < bytes) {
                GeneratedGames.Game game = base.get(games % base.size());
                int white = 600 + random.nextInt(1801);
                int black = Math.max(600, Math.min(2400, white - 200 + random.nextInt(401)));
                String text = String.format(Locale.ROOT, """
                        [Event "Rated Bullet game"]
                        [Site "https://lichess.org/%s"]
                        [Date "2021.10.01"]
                        [Round "-"]
                        [White "player%d"]
                        [Black "player%d"]
                        [Result "%s"]
                        [UTCDate "2021.10.01"]
                        [UTCTime "00:00:14"]
                        [WhiteElo "%d"]
                        [BlackElo "%d"]
                        [WhiteRatingDiff "+6"]
                        [BlackRatingDiff "-6"]
                        [ECO "A00"]
                        [Opening "Random walk"]
                        [TimeControl "60+0"]
                        [Termination "Normal"]

                        %s

                        """, id(games), 2 * games % 9973, (2 * games + 1) % 9973, game.result(), white, black,
                        game.movetext());
                out.write(text);
                written += text.length(); // ASCII
                games++;
            }
        }
        return new Built(file, written, distinct + " generated random games repeated to " + games
                + " games, ratings 600-2400");
    }

    /**
     * Writes the games of a PGN file that start in its first half, for timing at half the size.
     *
     * @param file a plain-text PGN file in Lichess export layout (every game starts with an {@code [Event} line)
     * @param half where to write
     * @return the file written
     * @throws IOException if reading or writing fails
     */
    public static Built firstHalf(Path file, Path half) throws IOException {
        long target = Files.size(file) / 2;
        long written = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8), 1 << 16);
             OutputStream out = Files.newOutputStream(half)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (written >= target && line.startsWith("[Event ")) {
                    break;
                }
                byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                written += bytes.length;
            }
        }
        return new Built(half, written, "first half of " + file.getFileName());
    }

    private static String withCopyIds(String text, int copy) {
        if (copy == 0) {
            return text;
        }
        String prefix = id(copy).substring(5); // 3 base-36 digits
        Matcher m = GAME_ID.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + prefix + m.group(2).substring(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** @return an 8-character game id made of {@code n} in base 36, zero-padded */
    private static String id(int n) {
        String digits = Integer.toString(n, 36);
        return "0".repeat(Math.max(0, 8 - digits.length())) + digits;
    }
}
