package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.InputError;
import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.io.Sha256;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.testing.RandomGames;
import dev.transcend.core.testing.SharedData;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What prepare reads (issue 9): a multi-frame {@code .zst} written by the real {@code pzstd} gives the same dataset as
 * a single-frame one; PGN on standard input (plain or compressed) gives the same dataset as the file, recorded as
 * {@code <stdin>}; a truncated {@code .zst} leaves a partial dataset whose manifest names the file and byte offset.
 */
class PreparerInputsTest {

    private static final Path PZSTD = Path.of("/usr/bin/pzstd");
    private static final int CAP = 1000;

    /** 400 seeded random walks in UCI movetext repeated {@code copies} times: about 100 KB of PGN a copy. */
    private static byte[] walks(int copies) {
        if (walks == null) {
            walks = RandomGames.pgn(RandomGames.walk(31, 400), true);
        }
        return walks.repeat(copies).getBytes(StandardCharsets.UTF_8);
    }

    private static String walks;

    /** Compresses {@code in} with the real {@code pzstd} at level 1 (2 MiB frames, each after a skippable frame). */
    private static Path pzstd(Path in, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out.getParent());
        Process p = new ProcessBuilder(PZSTD.toString(), "-q", "-f", "-p", "2", "-1", in.toString(), "-o",
                out.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pzstd did not finish");
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        return out;
    }

    /** @return the number of Zstandard frames (magic 28 b5 2f fd) in a file: a bound that a test checks is above 1 */
    private static int zstdFrames(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] magic = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};
        int n = 0;
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + 4, magic, 0, 4)) {
                n++;
            }
        }
        return n;
    }

    private static Path zstd(byte[] text, Path file) throws IOException {
        try (OutputStream out = new ZstdCompressorOutputStream(Files.newOutputStream(file), 3, false, true)) {
            out.write(text);
        }
        return file;
    }

    /** Asserts two runs gave the same games: shard files (names, games, tokens, SHA-256) and counts per reason. */
    private static void assertSameDataset(PrepareSummary expected, PrepareSummary actual) {
        PrepareCounts a = expected.counts();
        PrepareCounts b = actual.counts();
        assertTrue(b.inputErrors().isEmpty(), b.inputErrors().toString());
        assertEquals(a.shards(), b.shards(), "same shards, byte for byte");
        assertEquals(a.gamesRead(), b.gamesRead());
        assertEquals(a.dropped(), b.dropped());
        assertEquals(a.uncompressedBytes(), b.uncompressedBytes());
    }

    private static void assertMultiFrameIsSingleFrame(byte[] pgn, Path dir) throws Exception {
        assumeTrue(Files.isExecutable(PZSTD), "pzstd is not installed at " + PZSTD + " (apt-get install zstd)");
        Path plain = Files.write(dir.resolve("games.pgn"), pgn);
        Path multi = pzstd(plain, dir.resolve("multi/games.pgn.zst"));
        Path single = zstd(pgn, Files.createDirectories(dir.resolve("single")).resolve("games.pgn.zst"));
        assertTrue(zstdFrames(multi) >= 2, "pzstd wrote " + zstdFrames(multi) + " frame(s)");
        assertEquals(1, zstdFrames(single));
        PrepareSummary one = Preparer.run(List.of(single), PrepareSettings.withCap(CAP), dir.resolve("out1"), false);
        PrepareSummary many = Preparer.run(List.of(multi), PrepareSettings.withCap(CAP), dir.resolve("out2"), false);
        assertEquals(pgn.length, many.counts().uncompressedBytes(), "every frame is read");
        assertSameDataset(one, many);
        assertEquals(Files.size(multi), many.counts().inputBytes());
        // the same file on standard input: pzstd starts it with a skippable frame, which must tell zstd too
        PrepareSummary piped = withStdin(Files.readAllBytes(multi), List.of(Path.of("-")), dir.resolve("out3"));
        assertSameDataset(one, piped);
    }

    @Test
    void aMultiFrameZstdFileWrittenByPzstdGivesTheSameDatasetAsASingleFrameOne(@TempDir Path dir) throws Exception {
        byte[] pgn = walks(25); // 2.5 MB: two frames of pzstd -1
        assertMultiFrameIsSingleFrame(pgn, dir);
    }

    @Test
    @Tag("real-data")
    void aRealFileCompressedByPzstdGivesTheSameDatasetAsASingleFrameOne(@TempDir Path dir) throws Exception {
        byte[] pgn;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                SharedData.file("raw/kdave-pgn-toys/lichess_2021-10-01_head.pgn.gz")))) {
            pgn = in.readAllBytes(); // 2.3 MB of a Lichess export with clocks
        }
        assertMultiFrameIsSingleFrame(pgn, dir);
    }

    /** Runs prepare with {@code stdin} as the process's standard input, restored afterwards. */
    private static PrepareSummary withStdin(byte[] stdin, List<Path> inputs, Path out) throws IOException {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            return Preparer.run(inputs, PrepareSettings.withCap(CAP), out, false);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void pgnOnStandardInputPlainOrCompressedGivesTheFilesDatasetUnderTheNameStdin(@TempDir Path dir) throws Exception {
        byte[] pgn = walks(1);
        Path file = Files.write(dir.resolve("walks.pgn"), pgn);
        PrepareSummary fromFile = Preparer.run(List.of(file), PrepareSettings.withCap(CAP), dir.resolve("file"), false);
        byte[] gz;
        try (var bytes = new java.io.ByteArrayOutputStream(); OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(pgn);
            out.close();
            gz = bytes.toByteArray();
        }
        byte[] zst = Files.readAllBytes(zstd(pgn, dir.resolve("walks.pgn.zst")));
        for (byte[] stdin : List.of(pgn, gz, zst)) {
            Path out = dir.resolve("stdin-" + stdin.length);
            PrepareSummary summary = withStdin(stdin, List.of(Path.of("-")), out);
            assertSameDataset(fromFile, summary);
            assertEquals(stdin.length, summary.counts().inputBytes());
            Manifest manifest = Manifest.readFrom(out);
            assertEquals(List.of(new FileEntry("<stdin>", stdin.length,
                    HexFormat.of().formatHex(Sha256.digest().digest(stdin)))), manifest.inputs());
            List<String> stats = Files.readAllLines(out.resolve("stats.csv"));
            assertTrue(stats.get(1).startsWith("<stdin>,"), stats.get(1));
        }
        // standard input among files: read in its place; its name in skipped.csv
        Path other = Files.writeString(dir.resolve("bad.pgn"), "[Event \"x\"]\n[WhiteElo \"900\"]\n\n1. e4 e5\n");
        PrepareSummary mixed = withStdin("[WhiteElo \"?\"]\n\n1. e4 *\n".getBytes(StandardCharsets.UTF_8) , List.of(
                file, Path.of("-"), other), dir.resolve("mixed"));
        assertEquals(fromFile.counts().gamesRead() + 2, mixed.counts().gamesRead());
        List<String> skipped = Files.readAllLines(dir.resolve("mixed/skipped.csv"));
        assertTrue(skipped.stream().anyMatch(l -> l.startsWith("<stdin>,1,1,NO_RATING")), skipped.toString());
        assertEquals(List.of(file.toString(), "<stdin>", other.toString()),
                Manifest.readFrom(dir.resolve("mixed")).inputs().stream().map(FileEntry::path).toList());
    }

    @Test
    void aTruncatedZstdFileLeavesAPartialDatasetNamingTheFileAndTheByteOffset(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(zstd(walks(4), dir.resolve("whole.pgn.zst")));
        Path cut = Files.write(dir.resolve("cut.pgn.zst"), Arrays.copyOf(whole, whole.length - 100));
        PrepareSummary summary = Preparer.run(List.of(cut), PrepareSettings.withCap(CAP), dir.resolve("out"), false);
        PrepareCounts counts = Manifest.readFrom(dir.resolve("out")).countsAs(PrepareCounts.class);
        assertEquals(1, counts.inputErrors().size());
        InputError error = counts.inputErrors().get(0);
        assertEquals(cut.toString(), error.file());
        assertNotNull(error.byteOffset());
        assertEquals(Files.size(cut), error.byteOffset());
        assertTrue(error.message().startsWith(String.format(java.util.Locale.ROOT,
                "%s: read failed at byte %,d of %,d: truncated zstd data", cut, Files.size(cut), Files.size(cut))),
                error.message());
        assertTrue(error.gamesRead() > 0 && error.gamesRead() < 1600, "games before the cut: " + error.gamesRead());
        assertEquals(counts.gamesRead(), counts.gamesKept() + counts.gamesDropped());
        assertTrue(summary.describe().contains("PARTIAL"), summary.describe());

        // a partial dataset never replaces a complete one: the earlier run's files stay as they were
        Path complete = dir.resolve("complete");
        Preparer.run(List.of(dir.resolve("whole.pgn.zst")), PrepareSettings.withCap(CAP), complete, false);
        String manifest = Files.readString(complete.resolve(Manifest.FILE_NAME));
        java.io.IOException kept = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> Preparer.run(List.of(cut), PrepareSettings.withCap(CAP), complete, false));
        assertTrue(kept.getMessage().contains("the dataset already in " + complete + " was kept"), kept.getMessage());
        assertTrue(kept.getMessage().contains("read failed at byte"), kept.getMessage());
        assertEquals(manifest, Files.readString(complete.resolve(Manifest.FILE_NAME)));
    }
}
