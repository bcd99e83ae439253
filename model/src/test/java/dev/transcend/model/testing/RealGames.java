package dev.transcend.model.testing;

import dev.transcend.core.chess.ByColor;
import dev.transcend.core.chess.Position;
import dev.transcend.core.chess.Uci;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.io.Sha256;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.testing.SharedData;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;
import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.dataset.ShardInfo;
import dev.transcend.core.dataset.Split;
import dev.transcend.core.dataset.ShardWriter;
import dev.transcend.core.dataset.TokenizedGame;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Real low-rated Lichess games (June 2018, both players 772-900) from
 * {@code shared/data/raw/hliasouzounis-guess-the-elo-2018-06/900.pgn.gz}, whose movetext is UCI
 * ({@code e2e4 e7e5 ... 1-0}, promotions upper-case like {@code h2g1Q}) under only WhiteElo, BlackElo
 * and Result tags; and tiny prepared dataset folders built from them, as data-prep would write them.
 * Only tests tagged {@code real-data} use it; {@link GeneratedGames} gives the project's own games.
 */
public final class RealGames {

    /** The source file, relative to shared/data. */
    public static final String FILE = "raw/hliasouzounis-guess-the-elo-2018-06/900.pgn.gz";
    /** The rating cap recorded in test dataset manifests: every game in the file has both players at most 900. */
    public static final int CAP = 900;

    private static final Pattern TAG = Pattern.compile("^\\[(\\w+) \"([^\"]*)\"\\]");

    private RealGames() {
    }

    /**
     * @param count games wanted
     * @return the first {@code count} games of the file whose moves are all legal, tokenized with the
     *         default encoding ({@code uci-move-v1})
     */
    public static List<TokenizedGame> read(int count) throws IOException {
        Encoding vocabulary = Encodings.standard();
        List<TokenizedGame> games = new ArrayList<>();
        Path file = SharedData.file(FILE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            int white = 0;
            int black = 0;
            List<String> moves = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null && games.size() < count) {
                Matcher tag = TAG.matcher(line);
                if (tag.find()) {
                    switch (tag.group(1)) {
                        case "WhiteElo" -> white = Integer.parseInt(tag.group(2));
                        case "BlackElo" -> black = Integer.parseInt(tag.group(2));
                        default -> { }
                    }
                    continue;
                }
                for (String word : line.trim().split("\\s+")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    Optional<Outcome> result = switch (word) {
                        case "1-0" -> Optional.of(Outcome.WHITE_WIN);
                        case "0-1" -> Optional.of(Outcome.BLACK_WIN);
                        case "1/2-1/2" -> Optional.of(Outcome.DRAW);
                        default -> Optional.empty();
                    };
                    if (result.isPresent() || word.equals("*")) {
                        Optional<int[]> ids = tokenize(moves, vocabulary);
                        if (ids.isPresent()) {
                            games.add(new TokenizedGame(ids.get(), new ByColor<>(white, black), result));
                        }
                        moves.clear();
                    } else {
                        moves.add(word);
                    }
                }
            }
        }
        return games;
    }

    /**
     * Writes a prepared dataset folder: {@code train-000.shard}, {@code validation-000.shard} and a
     * core {@code manifest.json} of stage {@code prepare} whose settings hold {@code cap} and
     * {@code vocabularyFingerprint} and whose counts list the shards with SHA-256 (see {@link #writeManifest}).
     *
     * @param dir folder to write
     * @param trainGames games in the training split
     * @param validationGames games in the validation split (the ones after the training games)
     * @return {@code dir}
     */
    public static Path writeDataset(Path dir, int trainGames, int validationGames) throws IOException {
        return writeDataset(dir, read(trainGames + validationGames), trainGames, CAP);
    }

    /**
     * Writes a prepared dataset folder from games in hand (see {@link #writeDataset(Path, int, int)}).
     *
     * @param dir folder to write
     * @param games the games, training split first
     * @param trainGames how many of them form the training split; the rest are the validation split
     * @param cap the rating cap the manifest records
     * @return {@code dir}
     */
    public static Path writeDataset(Path dir, List<TokenizedGame> games, int trainGames, int cap) throws IOException {
        int vocabSize = Encodings.standard().vocabularySize();
        Files.createDirectories(dir);
        ShardWriter.write(dir.resolve("train-000.shard"), games.subList(0, trainGames), vocabSize);
        ShardWriter.write(dir.resolve("validation-000.shard"), games.subList(trainGames, games.size()), vocabSize);
        writeManifest(dir, cap);
        return dir;
    }

    /**
     * (Re)writes {@code manifest.json} as data-prep's prepare did before datasets recorded their encoding (so it
     * reads as {@code uci-move-v1}), from the shards now in {@code dir}: counts from their headers, SHA-256 of their
     * current bytes. Tests call it after damaging a shard to get past the checksum, as if the manifest had been
     * rewritten along with it.
     *
     * @param dir a folder with {@code train-*.shard} and {@code validation-*.shard}
     */
    public static void writeManifest(Path dir) throws IOException {
        writeManifest(dir, CAP, null);
    }

    /** {@link #writeManifest(Path)} recording {@code cap} as the dataset's rating cap. */
    public static void writeManifest(Path dir, int cap) throws IOException {
        writeManifest(dir, cap, null);
    }

    /**
     * {@link #writeManifest(Path)} with {@code settings.encoding} set, as prepare writes it now.
     *
     * @param dir a folder with shards
     * @param encoding the encoding id to record, or null for none
     */
    public static void writeManifest(Path dir, String encoding) throws IOException {
        writeManifest(dir, CAP, encoding);
    }

    private static void writeManifest(Path dir, int cap, String encoding) throws IOException {
        List<ShardInfo> shards = new ArrayList<>();
        long[] games = new long[2];
        long[] tokens = new long[2];
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".shard")).sorted().toList();
        }
        for (Split split : Split.values()) {
            for (Path file : files) {
                if (file.getFileName().toString().startsWith(split.prefix() + "-")) {
                    // the header alone (game count at byte 16, token count at 24), so damaged content is listed as is
                    ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(file), 0, 32).order(ByteOrder.LITTLE_ENDIAN);
                    int shardGames = header.getInt(16);
                    long shardTokens = header.getLong(24);
                    shards.add(new ShardInfo(file.getFileName().toString(), split, shardGames, shardTokens,
                            Sha256.of(file)));
                    games[split.ordinal()] += shardGames;
                    tokens[split.ordinal()] += shardTokens;
                }
            }
        }
        long kept = games[0] + games[1];
        PrepareCounts counts = new PrepareCounts(kept, kept, Map.of(), games[0], tokens[0], games[1], tokens[1], 0, 0,
                List.of(), List.of(), shards, 0, List.of());
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("cap", cap);
        settings.put("vocabularyFingerprint", Encodings.standard().fingerprint());
        if (encoding != null) {
            settings.put("encoding", encoding);
        }
        Manifest.of(Stage.PREPARE, List.of(), settings, counts, List.of()).writeTo(dir);
    }

    private static Optional<int[]> tokenize(List<String> moves, Encoding vocabulary) {
        Position position = Position.start();
        int[] ids = new int[moves.size()];
        for (int i = 0; i < ids.length; i++) {
            Optional<String> uci = Uci.normalize(moves.get(i));
            if (uci.isEmpty() || !position.isLegal(uci.get())) {
                return Optional.empty();
            }
            position.play(uci.get());
            ids[i] = vocabulary.encode(List.of(uci.get()))[1];
        }
        return Optional.of(ids);
    }
}
