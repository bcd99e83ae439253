package dev.transcend.arena.engine;

import java.util.List;
import java.util.Optional;

/** One line an engine sends, parsed by {@link UciParser}. */
public sealed interface UciMessage {

    /** {@code id name Stockfish 15.1} or {@code id author ...}. */
    record Id(String key, String value) implements UciMessage {
    }

    /** {@code option name ... type ...}. */
    record Option(UciOption option) implements UciMessage {
    }

    /** {@code uciok}: the handshake is complete. */
    record UciOk() implements UciMessage {
    }

    /** {@code readyok}: the engine has processed every earlier command. */
    record ReadyOk() implements UciMessage {
    }

    /**
     * {@code bestmove e2e4 ponder e7e5}.
     *
     * @param move the move in UCI notation as sent ({@code 0000} or {@code (none)} when the engine has none)
     * @param ponder the expected reply, if sent
     */
    record BestMove(String move, Optional<String> ponder) implements UciMessage {

        /** @return whether the engine says it has no move: {@code (none)} (Stockfish) or {@code 0000} (UCI null move) */
        public boolean isNone() {
            return isNone(move);
        }

        /** @return whether {@code move}, as sent after {@code bestmove}, means "no move" */
        public static boolean isNone(String move) {
            return move.equals("(none)") || move.equals("0000");
        }
    }

    /**
     * {@code info depth 5 ... score cp -23 nodes 811 ... pv g8f6}; fields the line lacks are null.
     *
     * @param depth search depth in plies
     * @param nodes nodes searched
     * @param scoreCp score in centipawns from the engine's point of view
     * @param scoreMate mate in this many moves (negative: being mated)
     * @param pv principal variation in UCI notation, possibly empty
     * @param string free text of an {@code info string} line, else null
     */
    record Info(Integer depth, Long nodes, Integer scoreCp, Integer scoreMate, List<String> pv, String string)
            implements UciMessage {
    }

    /** Any other line (banners, blank lines, {@code copyprotection}); ignored by the protocol. */
    record Other(String line) implements UciMessage {
    }
}
