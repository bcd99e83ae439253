package dev.transcend.dataprep.input;

import dev.transcend.core.testing.Fixtures;
import dev.transcend.core.testing.RandomGames;
import dev.transcend.core.testing.SharedData;
import dev.transcend.core.dataset.UndecodedText;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.ParsedGame;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.transcend.core.io.Sha256;
import dev.transcend.core.provenance.FileEntry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GameSourceTest {

    private static final String NASTY = "edge-cases/lichess_db_2021-10_nasty_selection.pgn";

    /** Reads every record; returns them, or rethrows the read error after {@code before} collected the rest. */
    private static List<GameRecord> readAll(Path file, List<GameRecord> before) throws IOException {
        try (GameSource source = GameSource.open(InputFile.detect(file).orElseThrow())) {
            GameRecord record;
            while ((record = source.next()) != null) {
                before.add(record);
            }
            assertEquals(Files.size(file), source.compressedBytesRead(), "every compressed byte is counted");
        }
        return before;
    }

    private static byte[] compress(byte[] data, Compressor compressor) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = compressor.wrap(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private interface Compressor {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    @Test
    @Tag("real-data")
    void readsPlainGzipZstdAndBzip2Alike(@TempDir Path dir) throws IOException {
        byte[] pgn = Files.readAllBytes(SharedData.file(NASTY));
        Files.write(dir.resolve("a.pgn"), pgn);
        Files.write(dir.resolve("a.pgn.gz"), compress(pgn, GZIPOutputStream::new));
        Files.write(dir.resolve("a.pgn.zst"), compress(pgn, ZstdCompressorOutputStream::new));
        Files.write(dir.resolve("a.PGN.BZ2"), compress(pgn, BZip2CompressorOutputStream::new));
        for (String name : List.of("a.pgn", "a.pgn.gz", "a.pgn.zst", "a.PGN.BZ2")) {
            List<GameRecord> records = readAll(dir.resolve(name), new ArrayList<>());
            assertEquals(7, records.size(), name);
            assertEquals("https://lichess.org/UP1QRJyc", ((ParsedGame) records.get(5)).tag("Site").orElseThrow(), name);
        }
    }

    @Test
    @Tag("real-data")
    void readsEveryMemberOfAMultiMemberGzip(@TempDir Path dir) throws IOException {
        byte[] pgn = Files.readAllBytes(SharedData.file(NASTY));
        String text = new String(pgn, java.nio.charset.StandardCharsets.UTF_8);
        int cut = text.indexOf("[Event", text.indexOf("[Event", text.indexOf("[Event") + 1) + 1); // before game 3
        byte[] first = text.substring(0, cut).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] second = text.substring(cut).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ByteArrayOutputStream members = new ByteArrayOutputStream();
        members.write(compress(first, GZIPOutputStream::new));
        members.write(compress(second, GZIPOutputStream::new));
        Path file = dir.resolve("members.pgn.gz");
        Files.write(file, members.toByteArray());
        assertEquals(7, readAll(file, new ArrayList<>()).size());
    }

    @Test
    @Tag("real-data")
    void truncatedGzipKeepsTheGamesBeforeTheBreakAndFailsNamingTheFile(@TempDir Path dir) throws IOException {
        byte[] gz = Files.readAllBytes(SharedData.file("raw/kdave-pgn-toys/lichess_2021-10-01_head.pgn.gz"));
        Path file = dir.resolve("cut.pgn.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length / 2));
        List<GameRecord> before = new ArrayList<>();
        IOException e = assertThrows(IOException.class, () -> readAll(file, before));
        assertTrue(before.size() > 300 && before.size() < 999, "games before the break: " + before.size());
        before.forEach(r -> assertInstanceOf(ParsedGame.class, r));
        assertTrue(e.getMessage().startsWith(file + ": read failed at byte "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void notGzipAtAllFailsOnOpenNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("liar.pgn.gz");
        Files.writeString(file, "[Event \"plain text\"]\n");
        IOException e = assertThrows(IOException.class, () -> GameSource.open(InputFile.detect(file).orElseThrow()));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void latin1LinesAreReadAndCountedWithTheFirstLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.pgn");
        String text = "[Event \"a\"]\n[White \"Jos\u00e9\"]\n[Black \"M\u00fcller \u00e9\u00e9\"]\n[WhiteElo \"900\"]\n"
                + "[BlackElo \"950\"]\n\n1. e4 e5 1-0\n";
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        try (GameSource source = GameSource.open(InputFile.detect(file).orElseThrow())) {
            ParsedGame game = (ParsedGame) source.next();
            assertEquals("Jos\uFFFD", game.tag("White").orElseThrow());
            assertEquals("1. e4 e5 1-0", game.movetext());
            assertNull(source.next());
            UndecodedText undecoded = source.undecodedText().orElseThrow();
            assertEquals(2, undecoded.lines());
            assertEquals(2, undecoded.firstLine());
            assertTrue(undecoded.describe().startsWith(file + ": 2 lines are not valid UTF-8 (first: line 2)"),
                    undecoded.describe());
        }
        Path utf8 = dir.resolve("utf8.pgn");
        Files.writeString(utf8, text, StandardCharsets.UTF_8);
        try (GameSource source = GameSource.open(InputFile.detect(utf8).orElseThrow())) {
            assertEquals("Jos\u00e9", ((ParsedGame) source.next()).tag("White").orElseThrow());
            assertTrue(source.undecodedText().isEmpty());
        }
    }

    @Test
    @Tag("real-data")
    void countsDecompressedBytes() throws IOException {
        Path gz = SharedData.file("raw/lichess-org-database-wip2017/2017-05.pgn.gz");
        try (GameSource source = GameSource.open(InputFile.detect(gz).orElseThrow())) {
            while (source.next() != null) {
                assertTrue(source.uncompressedBytesRead() > 0);
            }
            assertTrue(source.uncompressedBytesRead() > 3 * Files.size(gz), "PGN compresses well");
        }
    }

    // The same cases on the project's own games: a hand-written Lichess-style export and seeded random walks,
    // compressed in the test.

    @Test
    void readsPlainGzipZstdAndBzip2AlikeFromTheFixture(@TempDir Path dir) throws IOException {
        byte[] pgn = Fixtures.bytes("lichess_export.pgn");
        Files.write(dir.resolve("a.pgn"), pgn);
        Files.write(dir.resolve("a.pgn.gz"), compress(pgn, GZIPOutputStream::new));
        Files.write(dir.resolve("a.pgn.zst"), compress(pgn, ZstdCompressorOutputStream::new));
        Files.write(dir.resolve("a.PGN.BZ2"), compress(pgn, BZip2CompressorOutputStream::new));
        for (String name : List.of("a.pgn", "a.pgn.gz", "a.pgn.zst", "a.PGN.BZ2")) {
            List<GameRecord> records = readAll(dir.resolve(name), new ArrayList<>());
            assertEquals(7, records.size(), name);
            assertEquals("https://example.org/Game0006", ((ParsedGame) records.get(5)).tag("Site").orElseThrow(), name);
        }
    }

    @Test
    void readsEveryMemberOfAMultiMemberGzipOfTheFixture(@TempDir Path dir) throws IOException {
        String text = Fixtures.text("lichess_export.pgn");
        int cut = text.indexOf("[Event", text.indexOf("[Event", text.indexOf("[Event") + 1) + 1); // before game 3
        ByteArrayOutputStream members = new ByteArrayOutputStream();
        members.write(compress(text.substring(0, cut).getBytes(StandardCharsets.UTF_8), GZIPOutputStream::new));
        members.write(compress(text.substring(cut).getBytes(StandardCharsets.UTF_8), GZIPOutputStream::new));
        Path file = dir.resolve("members.pgn.gz");
        Files.write(file, members.toByteArray());
        assertEquals(7, readAll(file, new ArrayList<>()).size());
    }

    @Test
    void truncatedGzipOfGeneratedGamesKeepsTheGamesBeforeTheBreakAndFailsNamingTheFile(@TempDir Path dir)
            throws IOException {
        byte[] pgn = RandomGames.pgn(RandomGames.walk(3, 1000), false).getBytes(StandardCharsets.UTF_8);
        byte[] gz = compress(pgn, GZIPOutputStream::new);
        Path file = dir.resolve("cut.pgn.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length / 2));
        List<GameRecord> before = new ArrayList<>();
        IOException e = assertThrows(IOException.class, () -> readAll(file, before));
        assertTrue(before.size() > 300 && before.size() < 999, "games before the break: " + before.size());
        before.forEach(r -> assertInstanceOf(ParsedGame.class, r));
        assertTrue(e.getMessage().startsWith(file + ": read failed at byte "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void countsDecompressedBytesOfGeneratedGames(@TempDir Path dir) throws IOException {
        byte[] pgn = RandomGames.pgn(RandomGames.walk(4, 300), false).getBytes(StandardCharsets.UTF_8);
        Path gz = Files.write(dir.resolve("walks.pgn.gz"), compress(pgn, GZIPOutputStream::new));
        try (GameSource source = GameSource.open(InputFile.detect(gz).orElseThrow())) {
            while (source.next() != null) {
                assertTrue(source.uncompressedBytesRead() > 0);
            }
            assertEquals(pgn.length, source.uncompressedBytesRead(), "every decompressed byte is counted");
            assertTrue(source.uncompressedBytesRead() > 2 * Files.size(gz), "PGN compresses well");
        }
    }

    @Test
    void standardInputIsReadPlainOrCompressedByItsMagicNumberAndRecordedWithItsBytesAndSha256() throws IOException {
        byte[] pgn = Fixtures.bytes("lichess_export.pgn");
        List<Compressor> compressors = List.of(out -> out, GZIPOutputStream::new, ZstdCompressorOutputStream::new,
                BZip2CompressorOutputStream::new);
        List<Compression> expected = List.of(Compression.NONE, Compression.GZIP, Compression.ZSTD, Compression.BZIP2);
        for (int i = 0; i < compressors.size(); i++) {
            byte[] bytes = compress(pgn, compressors.get(i));
            StandardInput stdin = new StandardInput(new ByteArrayInputStream(bytes));
            List<GameRecord> records = new ArrayList<>();
            try (GameSource source = GameSource.open(InputFile.stdin(), stdin)) {
                assertEquals(expected.get(i), source.compression());
                GameRecord record;
                while ((record = source.next()) != null) {
                    records.add(record);
                }
            }
            assertEquals(7, records.size(), expected.get(i).label());
            assertEquals("<stdin>", records.get(0).file());
            assertEquals(new FileEntry("<stdin>", bytes.length, sha256(bytes)), stdin.entry(), expected.get(i).label());
        }
    }

    private static String sha256(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(Sha256.digest().digest(bytes));
    }

    /** 500 games of seeded random walks in UCI movetext, about 130 KB of PGN, made once. */
    private static byte[] walks() {
        if (walks == null) {
            walks = RandomGames.pgn(RandomGames.walk(5, 500), true).getBytes(StandardCharsets.UTF_8);
        }
        return walks;
    }

    private static byte[] walks;

    /**
     * gzip, zstd with its frame checksum (as the {@code zstd} and {@code pzstd} tools write it, so a corrupt byte is
     * always noticed), bzip2 with 100 KB blocks (several blocks; the first one is read on opening).
     */
    private static final List<Compressor> CHECKED = List.of(GZIPOutputStream::new,
            out -> new ZstdCompressorOutputStream(out, 3, false, true), out -> new BZip2CompressorOutputStream(out, 1));

    @Test
    void aTruncatedGzipZstdOrBzip2FileFailsNamingTheFileAndTheByteWhereItEnds(@TempDir Path dir) throws IOException {
        byte[] pgn = walks();
        List<Compressor> compressors = CHECKED;
        List<String> names = List.of("cut.pgn.gz", "cut.pgn.zst", "cut.pgn.bz2");
        List<String> labels = List.of("gzip", "zstd", "bzip2");
        for (int i = 0; i < names.size(); i++) {
            byte[] whole = compress(pgn, compressors.get(i));
            Path file = Files.write(dir.resolve(names.get(i)), Arrays.copyOf(whole, whole.length * 2 / 3));
            List<GameRecord> before = new ArrayList<>();
            InputReadException e = assertThrows(InputReadException.class, () -> readAll(file, before));
            long size = Files.size(file);
            assertEquals(size, e.byteOffset(), names.get(i) + ": " + e.getMessage());
            assertEquals(String.format(Locale.ROOT, "%s: read failed at byte %,d of %,d: truncated %s data", file,
                    size, size, labels.get(i)), e.getMessage().substring(0, e.getMessage().indexOf(", the input")),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("; the games read before it are kept"), e.getMessage());
            // zstd gives out whole blocks of up to 128 KiB of text: this one is cut inside its first
            assertTrue(before.size() > 100 || labels.get(i).equals("zstd"),
                    names.get(i) + ": games before the break: " + before.size());
        }
    }

    @Test
    void aCorruptByteInTheMiddleFailsNamingTheFileAndAByteOffsetAtOrAfterIt(@TempDir Path dir) throws IOException {
        byte[] pgn = walks();
        List<Compressor> compressors = CHECKED;
        List<String> names = List.of("bad.pgn.gz", "bad.pgn.zst", "bad.pgn.bz2");
        for (int i = 0; i < names.size(); i++) {
            byte[] bytes = compress(pgn, compressors.get(i));
            int middle = bytes.length / 2;
            bytes[middle] ^= (byte) 0x5a;
            Path file = Files.write(dir.resolve(names.get(i)), bytes);
            List<GameRecord> before = new ArrayList<>();
            InputReadException e = assertThrows(InputReadException.class, () -> readAll(file, before),
                    names.get(i) + ": a flipped byte must not pass unnoticed");
            assertTrue(e.byteOffset() > middle && e.byteOffset() <= bytes.length, names.get(i) + ": " + e.getMessage());
            assertTrue(e.getMessage().startsWith(String.format(Locale.ROOT, "%s: read failed at byte %,d of %,d: ",
                    file, e.byteOffset(), bytes.length)), e.getMessage());
        }
    }
}
