package org.distsim.models.social;

/** The users of a graph with at least a threshold of followers, and who follows them. */
public interface Celebrities {

    /** How many users are celebrities. */
    int count();

    /** Whether {@code user} is a celebrity. */
    boolean contains(int user);

    /** How many celebrities {@code user} follows. */
    int followedBy(int user);
}
