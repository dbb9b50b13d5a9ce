package org.distsim.models.cache;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;

/**
 * The figures of a {@code cache} node. Every read is exactly one of a hit, a miss or a coalesced
 * read, so {@code hits + misses + coalesced = reads}; and every miss sends one fetch, so with
 * cache-aside and no writes {@code backing_requests = misses}.
 */
public final class CacheFigures {

    public static final FigureSpec READS = FigureSpec.count("reads", Role.LOAD, "reads",
            "Reads looked up in the cache (hits + misses + coalesced).");
    public static final FigureSpec WRITES = FigureSpec.count("writes", Role.LOAD, "writes",
            "Writes the cache took, whatever its strategy.");
    public static final FigureSpec HITS = FigureSpec.count("hits", Role.EFFICIENCY, "hits",
            "Reads answered from the cache at once, with the value it held.");
    public static final FigureSpec MISSES = FigureSpec.count("misses", Role.EFFICIENCY, "misses",
            "Reads whose value the cache did not have and fetched from the backing node (one fetch each).");
    public static final FigureSpec HIT_RATIO = FigureSpec.ratio("hit_ratio", Role.EFFICIENCY, "hit ratio",
            "hits / reads: the share of reads answered from the cache.").asHeadline();
    public static final FigureSpec COALESCED = FigureSpec.count("coalesced", Role.EFFICIENCY, "coalesced",
            "Reads of a key whose fetch was already in flight, which waited for that fetch instead of sending"
            + " another: neither a hit (the value was not there) nor a miss (no fetch was sent).");
    public static final FigureSpec EVICTIONS = FigureSpec.count("evictions", Role.CAPACITY, "evictions",
            "Keys evicted to make room for another.");
    public static final FigureSpec EXPIRATIONS = FigureSpec.count("expirations", Role.CAPACITY, "expirations",
            "Keys whose time to live ran out.");
    public static final FigureSpec BACKING_REQUESTS = FigureSpec.count("backing_requests", Role.LOAD,
            "backing requests", "Requests sent to the backing node: fetches, write-through and cache-aside"
            + " writes, write-backs; the load the cache leaves for the node behind it.");
    public static final FigureSpec LOST_WRITES = FigureSpec.count("lost_writes", Role.CONSISTENCY, "lost writes",
            "Acknowledged write-behind writes lost because the cache crashed before writing them back.");
    public static final FigureSpec FLUSH_FAILURES = FigureSpec.count("flush_failures", Role.ERRORS, "flush failures",
            "Write-backs that failed or timed out (they are not retried).");
    public static final FigureSpec ENTRIES = FigureSpec.gauge("entries", Unit.ONE, Role.CAPACITY, "entries",
            "Keys held, time-weighted.");
    public static final FigureSpec DIRTY = FigureSpec.gauge("dirty", Unit.ONE, Role.BACKLOG, "dirty keys",
            "Write-behind keys waiting to be written back, time-weighted.");

    /** Every figure of the type, in the order the cache registers them. */
    public static final List<FigureSpec> ALL = List.of(READS, WRITES, HITS, MISSES, HIT_RATIO, COALESCED, EVICTIONS,
            EXPIRATIONS, BACKING_REQUESTS, LOST_WRITES, FLUSH_FAILURES, ENTRIES, DIRTY);

    private CacheFigures() {
    }
}
