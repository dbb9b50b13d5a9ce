package org.distsim.ui.live;

import org.distsim.core.fault.Fault;

/**
 * What the view asks of the simulation thread. Commands are queued and applied between events, in
 * the order they were sent; none of them is applied on the JavaFX thread.
 */
public sealed interface Command {

    /** Run at the current speed. */
    record Play() implements Command {
    }

    record Pause() implements Command {
    }

    /** Play when paused, pause when playing. */
    record TogglePlay() implements Command {
    }

    /** Pause, then run exactly one event. */
    record Step() implements Command {
    }

    /** Simulated seconds per wall second; {@link Speed#MAX} for as fast as possible. */
    record SetSpeed(double simSecondsPerWallSecond) implements Command {
    }

    /** One notch up ({@code +1}) or down ({@code -1}) the {@link Speed} ladder. */
    record ChangeSpeed(int notches) implements Command {
    }

    /**
     * With {@code on}, playing stops exactly at each caption's time ({@code notes:}), so a teacher
     * can talk over it; Play goes on to the next one.
     */
    record PauseAtCaptions(boolean on) implements Command {
    }

    /** Throw the run away and start again, paused at t = 0, with no faults recorded. */
    record Restart() implements Command {
    }

    /**
     * Go to simulated time {@code atNanos} and pause there: forward by running on headless, back by
     * replaying the run headless from t = 0 with the shown branch's hand-made faults.
     */
    record Seek(long atNanos) implements Command {
    }

    /** Show the branch of the given name ("A"), replayed headless to the time shown now. */
    record SwitchBranch(String name) implements Command {
    }

    /** Apply a fault at the next event boundary and record it with its simulated time. */
    record Inject(Fault fault) implements Command {
    }

    /** Stop the simulation thread. */
    record Shutdown() implements Command {
    }
}
