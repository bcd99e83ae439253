package dev.transcend.dataprep.input;

/** What an input file holds, told by its file-name extension before any compression extension. */
public enum InputFormat {
    /** Portable Game Notation, SAN or UCI movetext ({@code .pgn}). */
    PGN(".pgn"),
    /**
     * The Kaggle "Chess Game Dataset (Lichess)" by datasnaek ({@code .csv}): one game per row with
     * columns {@code rated, winner, white_rating, black_rating, moves} (space-separated SAN) among others.
     */
    KAGGLE_CSV(".csv");

    private final String extension;

    InputFormat(String extension) {
        this.extension = extension;
    }

    /** @return the file-name extension, e.g. {@code .pgn} */
    public String extension() {
        return extension;
    }
}
