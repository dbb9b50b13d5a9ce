package org.distsim.models.replication;

import com.carrotsearch.hppc.LongLongHashMap;
import org.distsim.core.metrics.CurveRecorder;
import org.distsim.core.metrics.NodeMetrics;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * The front's measurement of probabilistically bounded staleness (PBS; Bailis, Venkataraman,
 * Franklin, Hellerstein and Stoica, "Probabilistically Bounded Staleness for Practical Partial
 * Quorums", VLDB 2012): how likely a read is to return the latest write, as a function of the time
 * since that write was acknowledged.
 *
 * <p>The front sees every request of its clients and every answer. It keeps, per key, the newest
 * version whose write it acknowledged and when. A read that reaches it expects that version; when
 * the read is answered with a version, the curve {@code fresh_read_after_write} counts one sample
 * at Δt = (the read's arrival) − (that acknowledgement), fresh when the version returned is that
 * one or newer. Reads of keys never written through this front are not counted, and neither are
 * requests sent to a member directly. This is instrumentation: nothing the database does depends
 * on it, and it draws no random numbers.
 */
final class FreshnessProbe {

    /** What a read must return to be fresh, and how long before its arrival that write was acknowledged. */
    record Expected(long version, long sinceAcknowledgedNanos) {
    }

    private final CurveRecorder curve;
    // Looked up by key only, never iterated.
    private final LongLongHashMap newestVersion = new LongLongHashMap();
    private final LongLongHashMap acknowledgedAtNanos = new LongLongHashMap();

    FreshnessProbe(NodeMetrics metrics) {
        this.curve = metrics.curve(ReplicationFigures.FRESH_READ_AFTER_WRITE);
    }

    /** A request reached the front at {@code nowNanos}: for a read of a written key, what it must return. */
    Expected arrived(Request request, long nowNanos) {
        if (request.isWrite() || !newestVersion.containsKey(request.key())) {
            return null;
        }
        long key = request.key();
        return new Expected(newestVersion.get(key), nowNanos - acknowledgedAtNanos.get(key));
    }

    /** The front passes {@code response} to the client at {@code nowNanos}. */
    void answered(Request request, Expected expected, Response response, long nowNanos) {
        if (!response.ok() || response.version() == Response.NO_VERSION) {
            return;
        }
        long key = request.key();
        if (request.isWrite()) {
            // An older write acknowledged late does not replace a newer one.
            if (!newestVersion.containsKey(key) || response.version() > newestVersion.get(key)) {
                newestVersion.put(key, response.version());
                acknowledgedAtNanos.put(key, nowNanos);
            }
        } else if (expected != null) {
            curve.record(expected.sinceAcknowledgedNanos(), response.version() >= expected.version());
        }
    }
}
