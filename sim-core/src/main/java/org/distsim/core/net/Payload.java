package org.distsim.core.net;

/**
 * A message that weighs something on the wire. The network reads its size only where a link or a
 * node's interface has a bandwidth; a message that is no payload, or weighs 0 bytes, takes no time
 * to put on the wire.
 */
public interface Payload {

    /** The bytes this message puts on the wire; never negative. */
    long sizeBytes();
}
