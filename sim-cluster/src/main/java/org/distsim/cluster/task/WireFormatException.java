package org.distsim.cluster.task;

import java.io.IOException;

/** Bytes that are not what a cluster wire format says they must be: damaged, truncated or foreign. */
public final class WireFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public WireFormatException(String message) {
        super(message);
    }
}
