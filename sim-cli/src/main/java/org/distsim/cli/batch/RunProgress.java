package org.distsim.cli.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Function;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.SimObserver;

/**
 * A one-line progress report of a single long run on stderr: simulated time reached, messages per
 * wall second and the time left at the current pace. It appears only on a terminal outside CI
 * (as {@link TerminalProgress} does), only after the run has taken two wall seconds, and at most
 * twice a second; {@link #close} erases it, so that nothing of it stays in the terminal.
 *
 * <p>It watches the run as an observer and reads the wall clock, which is allowed here and nowhere
 * in the engine; it never changes the run, whose results stay byte-identical with or without it.
 * Called on the run's thread only.
 */
public final class RunProgress implements SimObserver {

    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final long endNanos;
    private final long startWall;
    private long lastPrint;
    private long messages;
    private boolean shown;

    @SuppressForbidden(reason = "the wall clock only paces and estimates a line on stderr")
    private RunProgress(PrintWriter err, long endNanos) {
        this.err = err;
        this.endNanos = endNanos;
        this.startWall = System.nanoTime();
        this.lastPrint = startWall;
    }

    /** The progress of a run ending at {@code endNanos} on a terminal, or null when nobody watches. */
    public static RunProgress create(boolean disabled, Function<String, String> environment, PrintWriter err,
            long endNanos) {
        return disabled || !TerminalProgress.interactive(environment) ? null : new RunProgress(err, endNanos);
    }

    @Override
    public void onSend(long nowNanos, ActorRef from, ActorRef to, Message message, long deliverAtNanos) {
        messages++;
    }

    @Override
    @SuppressForbidden(reason = "the wall clock only paces and estimates a line on stderr")
    public void onInterval(long intervalStartNanos, long intervalEndNanos) {
        long wall = System.nanoTime();
        long elapsed = wall - startWall;
        if (elapsed < QUIET_NANOS || wall - lastPrint < EVERY_NANOS || intervalEndNanos >= endNanos) {
            return;
        }
        lastPrint = wall;
        shown = true;
        err.print("\r" + line(intervalEndNanos, endNanos, elapsed, messages) + "\u001b[K");
        err.flush();
    }

    /** Erases the line, if one was shown. */
    public void close() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    /** The text of the line; pure, for tests. */
    static String line(long simulatedNanos, long endNanos, long wallNanos, long messages) {
        double done = (double) simulatedNanos / endNanos;
        double seconds = wallNanos / 1e9;
        long etaSeconds = done <= 0 ? -1 : Math.round(seconds * (1 - done) / done);
        return String.format(Locale.ROOT, "simulated %.1f of %.1f s (%.0f%%), %.0f messages/s, about %s left",
                simulatedNanos / 1e9, endNanos / 1e9, 100 * done, messages / seconds,
                etaSeconds < 0 ? "?" : etaSeconds >= 3600 ? etaSeconds / 3600 + "h " + etaSeconds % 3600 / 60 + "m"
                        : etaSeconds >= 60 ? etaSeconds / 60 + "m " + etaSeconds % 60 + "s" : etaSeconds + "s");
    }
}
