package org.distsim.cluster.coordinator;

import org.distsim.core.result.RunResult;

/** Takes each run's result as it arrives, in no particular order; called once per run index. */
@FunctionalInterface
public interface ResultSink {

    void accept(int index, RunResult result);
}
