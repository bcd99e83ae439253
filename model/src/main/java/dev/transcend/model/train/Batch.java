package dev.transcend.model.train;

import dev.transcend.core.encoding.Encoding;
import dev.transcend.model.gpt.Gpt;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One training batch of whole-game prefixes, as at play time: row b holds input
 * {@code [BOS, m1, ..., m_{T-1}]} and targets {@code [m1, ..., m_T]}, padded with PAD and mask 0
 * after the game ends. T is the longest game of the batch, capped at the context length, so short
 * batches cost less.
 *
 * @param tokens input ids {@code [B, T]} int32
 * @param targets next-move ids {@code [B, T]} int32
 * @param mask 1 for real targets, 0 for padding {@code [B, T]} float32
 * @param targetTokens number of real targets (mask ones), the tokens the batch trains on
 * @param board the position before each target {@code [B, T, F]} float32 for a board-aware encoding
 *              ({@code Encoding.positionFeatures()} F &gt; 0), else null
 * @param candidates additive logit mask {@code [B*T, V]} float32 of an encoding that scores candidate moves only,
 *                   else null
 */
record Batch(INDArray tokens, INDArray targets, INDArray mask, long targetTokens, INDArray board,
             INDArray candidates) {

    /**
     * @param games the split the games come from
     * @param ids game numbers in {@code games}, one per row
     * @param contextLength the model's context length in tokens
     */
    static Batch of(GameSet games, int[] ids, int contextLength) {
        Encoding encoding = games.encoding();
        int time = 1;
        for (int id : ids) {
            time = Math.max(time, Math.min(contextLength, games.plies(id)));
        }
        int rows = ids.length;
        int[] tokens = new int[rows * time];
        int[] targets = new int[rows * time];
        float[] mask = new float[rows * time];
        int[] moves = new int[time];
        int features = encoding.positionFeatures();
        float[] board = features == 0 ? null : new float[rows * time * features];
        int vocab = encoding.vocabularySize();
        float[] candidates = encoding.scoresCandidatesOnly() ? new float[rows * time * vocab] : null;
        long count = 0;
        for (int b = 0; b < rows; b++) {
            int n = games.copyMoves(ids[b], moves, time);
            int row = b * time;
            tokens[row] = encoding.bos();
            for (int t = 1; t < time; t++) {
                tokens[row + t] = t - 1 < n ? moves[t - 1] : encoding.pad();
            }
            for (int t = 0; t < n; t++) {
                targets[row + t] = moves[t];
                mask[row + t] = 1;
            }
            count += n;
            if (board != null || candidates != null) {
                List<String> uci = new ArrayList<>(n);
                for (int t = 0; t < n; t++) {
                    uci.add(encoding.decode(moves[t]).orElseThrow());
                }
                if (board != null) {
                    encoding.writePositionFeatures(uci, time, board, b * time * features);
                }
                if (candidates != null) {
                    encoding.writeCandidateMask(uci, time, candidates, b * time * vocab, (float) Gpt.MASKED);
                }
            }
        }
        return new Batch(Nd4j.createFromArray(tokens).reshape(rows, time),
                Nd4j.createFromArray(targets).reshape(rows, time),
                Nd4j.createFromArray(mask).reshape(rows, time), count,
                board == null ? null : Nd4j.create(board, new long[] {rows, time, features}, 'c'),
                candidates == null ? null : Nd4j.create(candidates, new long[] {(long) rows * time, vocab}, 'c'));
    }

    /** @return the placeholders of the training graph */
    Map<String, INDArray> placeholders() {
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(Gpt.TOKENS, tokens);
        feed.put(Gpt.TARGETS, targets);
        feed.put(Gpt.TARGET_MASK, mask);
        if (board != null) {
            feed.put(Gpt.BOARD, board);
        }
        if (candidates != null) {
            feed.put(Gpt.CANDIDATES, candidates);
        }
        return feed;
    }

    /** @return features {@code [tokens]} (and {@code board}) and labels {@code [targets, mask]}, in the trainer's mapping order */
    MultiDataSet dataSet() {
        INDArray[] features = board == null ? new INDArray[] {tokens} : new INDArray[] {tokens, board};
        INDArray[] labels = candidates == null ? new INDArray[] {targets, mask}
                : new INDArray[] {targets, mask, candidates};
        return new MultiDataSet(features, labels);
    }
}
