package dev.transcend.model.train;

import dev.transcend.core.dataset.ShardReader;
import dev.transcend.core.encoding.Encoding;

import java.util.ArrayList;
import java.util.List;

/**
 * The games of one split (train or validation) across its shards, numbered 0..size-1. Games with
 * no moves are left out: they hold no target to learn from. Their token ids are of the dataset's encoding.
 */
final class GameSet {

    private final List<ShardReader> shards;
    private final Encoding encoding;
    private final int[] shardOf;
    private final int[] gameOf;
    private final long tokens;

    GameSet(List<ShardReader> shards, Encoding encoding) {
        this.shards = List.copyOf(shards);
        this.encoding = encoding;
        long count = 0;
        for (ShardReader shard : shards) {
            count += shard.games();
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("more than " + Integer.MAX_VALUE + " games in one split");
        }
        List<int[]> refs = new ArrayList<>();
        long moves = 0;
        for (int s = 0; s < shards.size(); s++) {
            ShardReader shard = shards.get(s);
            for (int g = 0; g < shard.games(); g++) {
                int plies = shard.plies(g);
                if (plies > 0) {
                    refs.add(new int[] {s, g});
                    moves += plies;
                }
            }
        }
        this.shardOf = refs.stream().mapToInt(r -> r[0]).toArray();
        this.gameOf = refs.stream().mapToInt(r -> r[1]).toArray();
        this.tokens = moves;
    }

    /** @return number of games with at least one move */
    int size() {
        return shardOf.length;
    }

    /** @return total move tokens of those games */
    long tokens() {
        return tokens;
    }

    /** @return plies of game {@code i} */
    int plies(int i) {
        return shards.get(shardOf[i]).plies(gameOf[i]);
    }

    /** Copies up to {@code max} move tokens of game {@code i} from its first move; returns how many. */
    int copyMoves(int i, int[] dst, int max) {
        return shards.get(shardOf[i]).copyMoves(gameOf[i], dst, 0, max);
    }

    /** @return the encoding of the games' token ids (its BOS and PAD build the batches) */
    Encoding encoding() {
        return encoding;
    }
}
