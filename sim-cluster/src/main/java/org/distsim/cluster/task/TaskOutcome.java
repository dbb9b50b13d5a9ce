package org.distsim.cluster.task;

import java.util.Objects;
import org.distsim.core.check.InvariantViolation;
import org.distsim.core.result.RunResult;

/** What a member sends back for a task: the run's result, or why there is none. */
public sealed interface TaskOutcome {

    /** The run finished; its result equals what the same run gives locally. */
    record Finished(RunResult result) implements TaskOutcome {
        public Finished {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * The run finished but broke an invariant (a bug in distsim, found by the end-of-run checks):
     * the coordinator reports it exactly as a local run would, with the scenario, seed and
     * invariant.
     */
    record Broken(InvariantViolation violation) implements TaskOutcome {
        public Broken {
            Objects.requireNonNull(violation, "violation");
        }
    }

    /**
     * There is no result.
     *
     * @param kind     why
     * @param message  one line for the user
     * @param detail   the member's stack trace or other detail for {@code --debug}; may be empty
     */
    record Failed(Kind kind, String message, String detail) implements TaskOutcome {
        public Failed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why a task has no result. */
    enum Kind {
        /** The run threw: a bug in distsim, as it would be locally. */
        RUN_FAILED,
        /** The run needed more heap than the member has. */
        OUT_OF_MEMORY,
        /** The member will not run tasks of this coordinator: another build, or another secret. */
        REFUSED,
        /** The task's bytes could not be read. */
        UNREADABLE
    }
}
