package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.DropReason;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Running counts for one input file (or, merged, for the whole run); one row of {@code stats.csv}. */
final class FileTally {

    private final String file;
    private long read;
    private long kept;
    private long pliesKept;
    private final EnumMap<DropReason, Long> dropped = new EnumMap<>(DropReason.class);
    private String error = "";

    FileTally(String file) {
        this.file = file;
        for (DropReason reason : DropReason.values()) {
            dropped.put(reason, 0L);
        }
    }

    /** Counts a game read and returns its 1-based index in the file. */
    long read() {
        return ++read;
    }

    void kept(int plies) {
        kept++;
        pliesKept += plies;
    }

    void dropped(DropReason reason) {
        dropped.merge(reason, 1L, Long::sum);
    }

    void error(String message) {
        error = message;
    }

    /** Adds another tally's counts (not its error) to this one, for the total row. */
    void add(FileTally other) {
        read += other.read;
        kept += other.kept;
        pliesKept += other.pliesKept;
        other.dropped.forEach((reason, n) -> dropped.merge(reason, n, Long::sum));
    }

    String file() {
        return file;
    }

    long gamesRead() {
        return read;
    }

    long gamesKept() {
        return kept;
    }

    long pliesKept() {
        return pliesKept;
    }

    Map<DropReason, Long> droppedByReason() {
        return Collections.unmodifiableMap(dropped);
    }

    String error() {
        return error;
    }
}
