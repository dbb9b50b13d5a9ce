package org.distsim.models.rpc;

/** What a request does to its key: reads it, or writes a new version of it. */
public enum Operation {
    READ,
    WRITE
}
