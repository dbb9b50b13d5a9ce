package org.distsim.models.timeline;

/** How a timeline node holds its social graph. */
public enum GraphModel {
    /**
     * Generated edge by edge at start and stored in both directions: exact everywhere, 8 bytes per
     * follow, at most 50 million follows.
     */
    STORED,
    /**
     * Computed when asked from the seed, never stored: up to a billion users in a few megabytes;
     * follower lists and celebrity follows are exact, a reader's other followees are counted by
     * their law.
     */
    GENERATED
}
