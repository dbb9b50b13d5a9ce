package org.distsim.models.format;

/**
 * A record of knobs whose node references receive only a share of the requests that reach the
 * record's owner: a call made with a probability or on the outcome of another call, or one target
 * of a weighted route. The call graph, the forecast and the demand estimate read the share from
 * here, so that they count expected calls rather than one call per request.
 */
public interface Branch {

    /**
     * The probability that a request follows this record's references; for an {@link #exclusive}
     * record, its weight relative to the other records of the same list.
     */
    double share();

    /** Whether exactly one record of the list holding this one is chosen for each request, by weight. */
    default boolean exclusive() {
        return false;
    }

    /**
     * The condition on which the references are followed, as written ({@code on miss of cache}), whose
     * probability is not known before the run; null when there is none.
     */
    default String condition() {
        return null;
    }
}
