package dev.transcend.core.dataset;

import dev.transcend.core.game.Outcome;
import dev.transcend.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

/** Writes a list of tokenized games as one shard file, atomically (see {@link ShardFormat}). */
public final class ShardWriter {

    private ShardWriter() {
    }

    /**
     * @param file target shard file, replaced atomically
     * @param games games to store, in order
     * @param vocabSize size of the vocabulary the token ids belong to (at most 32767)
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if a token id or rating does not fit the format
     */
    public static void write(Path file, List<TokenizedGame> games, int vocabSize) throws IOException {
        if (vocabSize <= 0 || vocabSize > Short.MAX_VALUE) {
            throw new IllegalArgumentException("vocabulary size " + vocabSize + " does not fit int16 token ids");
        }
        int n = games.size();
        long tokens = 0;
        for (TokenizedGame g : games) {
            tokens += g.plies();
        }
        if (tokens > ShardFormat.MAX_TOKENS) {
            throw new IllegalArgumentException("shard too large: " + tokens + " tokens; split it");
        }
        long total = tokens;
        AtomicFiles.write(file, out -> {
            ByteBuffer header = ByteBuffer.allocate(ShardFormat.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            header.put(ShardFormat.MAGIC).putInt(ShardFormat.VERSION).putInt(vocabSize).putInt(n).putInt(0).putLong(total);
            out.write(header.array());

            ByteBuffer offsets = ByteBuffer.allocate(8 * (n + 1)).order(ByteOrder.LITTLE_ENDIAN);
            long at = 0;
            for (TokenizedGame g : games) {
                offsets.putLong(at);
                at += g.plies();
            }
            offsets.putLong(at);
            out.write(offsets.array());

            ByteBuffer meta = ByteBuffer.allocate(5 * n).order(ByteOrder.LITTLE_ENDIAN);
            for (TokenizedGame g : games) {
                meta.putShort(elo(g.elo().white()));
            }
            for (TokenizedGame g : games) {
                meta.putShort(elo(g.elo().black()));
            }
            for (TokenizedGame g : games) {
                meta.put(outcomeCode(g));
            }
            out.write(meta.array());

            ByteBuffer moves = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            for (TokenizedGame g : games) {
                for (int token : g.moves()) {
                    if (token < 0 || token >= vocabSize) {
                        throw new IllegalArgumentException("token id " + token + " outside vocabulary of " + vocabSize);
                    }
                    if (!moves.hasRemaining()) {
                        out.write(moves.array(), 0, moves.position());
                        moves.clear();
                    }
                    moves.putShort((short) token);
                }
            }
            out.write(moves.array(), 0, moves.position());
        });
    }

    private static short elo(int rating) {
        if (rating < 0 || rating > Short.MAX_VALUE) {
            throw new IllegalArgumentException("rating " + rating + " does not fit int16");
        }
        return (short) rating;
    }

    private static byte outcomeCode(TokenizedGame g) {
        if (g.outcome().isEmpty()) {
            return 0;
        }
        Outcome o = g.outcome().get();
        return switch (o) {
            case WHITE_WIN -> 1;
            case BLACK_WIN -> 2;
            case DRAW -> 3;
        };
    }
}
