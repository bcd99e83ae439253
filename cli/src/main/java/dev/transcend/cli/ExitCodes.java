package dev.transcend.cli;

import dev.transcend.arena.engine.EngineException;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.provenance.RefusedException;
import dev.transcend.model.ModelException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Fixed exit codes of the {@code transcend} command, so scripts can tell a bad config from a bad
 * input file or a broken engine (after the picocli examples' convention).
 */
public final class ExitCodes {

    /** Finished. */
    public static final int OK = 0;
    /** Unexpected failure (a bug): the stack trace is printed. */
    public static final int SOFTWARE = 1;
    /** Bad command line or configuration. */
    public static final int USAGE = 2;
    /** Bad or unreadable input data (PGN, dataset, checkpoint files, games.csv). */
    public static final int INPUT = 3;
    /** A chess engine is missing or misbehaved. */
    public static final int ENGINE = 4;
    /** Model or compute-device failure: training diverged, unsupported GPU. */
    public static final int MODEL = 5;
    /** Stopped by the user (Ctrl-C); finished work is kept and the run can be resumed. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }

    /** @return the exit code for an exception that ended a command */
    public static int of(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConfigException || c instanceof CommandLine.ParameterException
                    || c instanceof IllegalArgumentException) {
                return USAGE;
            }
            if (c instanceof EngineException) {
                return ENGINE;
            }
            if (c instanceof ModelException) {
                return MODEL;
            }
            if (c instanceof InterruptedException) {
                return INTERRUPTED;
            }
            if (c instanceof IOException || c instanceof UncheckedIOException) {
                return INPUT;
            }
        }
        return SOFTWARE;
    }

    /** @return the most specific message in the cause chain, for a one-line error */
    public static String message(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RefusedException r) {
                return Advice.forCommand(r.refusal());
            }
            if (c instanceof NoSuchFileException e) {
                return "no such file: " + e.getFile() + (e.getReason() == null ? "" : " (" + e.getReason() + ")");
            }
            if (c instanceof FileAlreadyExistsException e) {
                return e.getFile() + " exists and is not a folder";
            }
            if (c instanceof NotDirectoryException e) {
                return e.getFile() + " is not a folder";
            }
            if (c instanceof AccessDeniedException e) {
                return "permission denied: " + e.getFile();
            }
            if ((c instanceof ConfigException || c instanceof IOException || c instanceof ModelException
                    || c instanceof IllegalArgumentException) && c.getMessage() != null) {
                return c.getMessage();
            }
            if (c instanceof InterruptedException) {
                return "stopped; finished work is kept, run the same command again to resume";
            }
        }
        return String.valueOf(t.getMessage());
    }
}
