package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.ShardInfo;
import dev.transcend.core.dataset.Split;
import dev.transcend.core.io.Sha256;
import dev.transcend.core.dataset.ShardWriter;
import dev.transcend.core.dataset.TokenizedGame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects kept games per split, in input order, and writes a shard every {@code shardGames} games:
 * {@code train-00000.shard}, {@code train-00001.shard}, ..., {@code validation-00000.shard}, ...
 * Each split gets at least one shard (possibly empty), so the layout of a dataset is fixed.
 */
final class ShardSink {

    private final Path dir;
    private final int shardGames;
    private final int vocabSize;
    private final Map<Split, List<TokenizedGame>> buffers = new EnumMap<>(Split.class);
    private final List<ShardInfo> written = new ArrayList<>();

    ShardSink(Path dir, int shardGames, int vocabSize) {
        this.dir = dir;
        this.shardGames = shardGames;
        this.vocabSize = vocabSize;
        for (Split split : Split.values()) {
            buffers.put(split, new ArrayList<>());
        }
    }

    void add(Split split, TokenizedGame game) throws IOException {
        List<TokenizedGame> buffer = buffers.get(split);
        buffer.add(game);
        if (buffer.size() >= shardGames) {
            flush(split);
        }
    }

    /** Writes what is left; returns every shard written, train shards first. */
    List<ShardInfo> finish() throws IOException {
        for (Split split : Split.values()) {
            if (!buffers.get(split).isEmpty() || written.stream().noneMatch(s -> s.split() == split)) {
                flush(split);
            }
        }
        List<ShardInfo> out = new ArrayList<>(written);
        out.sort((a, b) -> a.split() != b.split() ? a.split().compareTo(b.split()) : a.file().compareTo(b.file()));
        return out;
    }

    private void flush(Split split) throws IOException {
        List<TokenizedGame> games = buffers.get(split);
        int index = (int) written.stream().filter(s -> s.split() == split).count();
        String name = split.shardName(index);
        Path file = dir.resolve(name);
        ShardWriter.write(file, games, vocabSize);
        long tokens = games.stream().mapToLong(TokenizedGame::plies).sum();
        written.add(new ShardInfo(name, split, games.size(), tokens, Sha256.of(file)));
        buffers.put(split, new ArrayList<>());
    }
}
