package org.distsim.models.workload;

/** Which law picks the key of each request; see {@link org.distsim.models.keys.KeyPopularity}. */
public enum Popularity {
    /** Every key equally likely. */
    UNIFORM,
    /** Key {@code k} with probability proportional to {@code (k+1)^-s}: key 0 is the hottest. */
    ZIPF
}
