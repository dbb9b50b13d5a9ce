package org.distsim.models.timeline;

/** When a post is copied into the home timelines of its author's followers. */
public enum Fanout {
    /** At post time: each follower's cached timeline gets the post, through the fan-out queue. */
    WRITE,
    /** At read time: a read merges the recent posts of everyone the reader follows. */
    READ,
    /** Write for ordinary authors; read for authors with at least {@code celebrity-threshold} followers. */
    HYBRID
}
