package org.distsim.models.replication;

import org.distsim.core.kernel.Message;

/**
 * A timer that runs a continuation of the member that set it. Timers die with a crash, and so do
 * the continuations they hold: a restarted member remembers none of them.
 */
record Later(Runnable action) implements Message {
}
