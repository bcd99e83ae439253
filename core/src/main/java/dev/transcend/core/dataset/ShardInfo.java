package dev.transcend.core.dataset;

/**
 * One shard file of a prepared dataset.
 *
 * @param file file name inside the dataset folder, e.g. {@code train-00000.shard}
 * @param split which split it belongs to
 * @param games games in it
 * @param tokens move tokens in it (= plies)
 * @param sha256 SHA-256 of the file
 */
public record ShardInfo(String file, Split split, int games, long tokens, String sha256) {
}
