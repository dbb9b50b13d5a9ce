package org.distsim.ui.view;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongPredicate;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Draws the live view on JavaFX pulses while the picture changes, and asks for no pulse at all when
 * it does not. A running {@link AnimationTimer} makes JavaFX pulse sixty times a second whether or
 * not anything is drawn, and each pulse costs the application thread and the renderer thread a
 * little; paused, that was the whole cost of an idle window. So the timer stops on the first pulse
 * that has nothing to draw (a paused or finished run whose dots have settled), and anything that
 * changes the picture {@link #wake wakes} it again: a new snapshot from the simulation thread (play,
 * step, seek, a fault, a replay's progress). A resize or a zoom needs no wake, since JavaFX lays out
 * and redraws a changed scene without a timer, and the window draws a newly selected component at
 * once.
 */
final class FramePacer {

    private final LongPredicate frame;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(now);
        }
    };
    /** Whether a wake from another thread is already on its way to the application thread. */
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    /** Owned by the JavaFX application thread. */
    private boolean running;
    private long pulses;

    /**
     * @param frame draws one frame at the given wall time in nanoseconds and says whether it drew;
     *              false means nothing on screen would change, so pulses stop until the next wake
     */
    FramePacer(LongPredicate frame) {
        this.frame = frame;
    }

    /** Starts pulsing, if not already; from any thread. */
    void wake() {
        if (Platform.isFxApplicationThread()) {
            start();
        } else if (wakeQueued.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                wakeQueued.set(false);
                start();
            });
        }
    }

    /** Stops pulsing for good: the window is closing. On the JavaFX application thread. */
    void stop() {
        running = false;
        timer.stop();
    }

    /** Whether the timer asks JavaFX for pulses now. On the JavaFX application thread. */
    boolean running() {
        return running;
    }

    /** How many pulses the timer has handled; for tests and probes. On the JavaFX application thread. */
    long pulses() {
        return pulses;
    }

    private void start() {
        if (!running) {
            running = true;
            timer.start();
        }
    }

    private void pulse(long now) {
        pulses++;
        // A wake that arrives during this pulse runs after it (runLater), so stopping here never
        // loses a snapshot published meanwhile.
        if (!frame.test(now)) {
            stop();
        }
    }
}
