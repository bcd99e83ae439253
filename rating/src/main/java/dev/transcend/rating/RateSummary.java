package dev.transcend.rating;

import java.nio.file.Path;

/**
 * What the rate stage did.
 *
 * @param inputFiles {@code games.csv} files read
 * @param games games rated
 * @param ratings rows written to {@code ratings.csv} (one per model, cap, protocol and temperature)
 * @param ratingsCsv the {@code ratings.csv} written
 */
public record RateSummary(int inputFiles, int games, int ratings, Path ratingsCsv) {

    /** @return the counts as recorded in the manifest */
    public Counts counts() {
        return new Counts(inputFiles, games, ratings);
    }

    /**
     * The manifest's counts.
     *
     * @param inputFiles {@code games.csv} files read
     * @param games games rated
     * @param ratings rows written
     */
    public record Counts(int inputFiles, int games, int ratings) {
    }
}
