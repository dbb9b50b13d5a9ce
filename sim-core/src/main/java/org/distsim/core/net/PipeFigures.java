package org.distsim.core.net;

import java.util.Objects;
import org.distsim.core.figure.FigureSpec;

/**
 * The four figures a {@link Pipe} records, as its owner declares them: a link direction records
 * them under their plain names, a node's interface under {@code nic_out_} and {@code nic_in_}.
 *
 * @param sentBytes    the bytes put on the wire
 * @param utilisation  the share of the measured time the pipe was busy
 * @param waitMean     the mean wait for the pipe, in milliseconds
 * @param waitP99      the 99th percentile of that wait, in milliseconds
 */
record PipeFigures(FigureSpec sentBytes, FigureSpec utilisation, FigureSpec waitMean, FigureSpec waitP99) {

    PipeFigures {
        Objects.requireNonNull(sentBytes, "sentBytes");
        Objects.requireNonNull(utilisation, "utilisation");
        Objects.requireNonNull(waitMean, "waitMean");
        Objects.requireNonNull(waitP99, "waitP99");
    }
}
