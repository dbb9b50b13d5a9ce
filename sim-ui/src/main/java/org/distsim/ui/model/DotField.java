package org.distsim.ui.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.distsim.ui.live.Flight;
import org.distsim.ui.live.FlightKind;
import org.distsim.ui.live.Snapshot;

/**
 * The messages drawn as moving dots. Each frame takes the messages sent since the last one from the
 * snapshot and keeps at most {@link #maxNewPerFrame} of them, evenly spread, so a heavy run is
 * sampled rather than drawn as a smear; {@link #samplingNote} says so on screen.
 *
 * <p>A dot crosses its link in a fixed stretch of wall time: at a realistic latency and speed a
 * message would cross in microseconds of wall time and never be seen. Dots show direction and
 * outcome (requests going in, responses coming back, losses at the cut), not latency; the charts
 * show latency. A dropped message stops half-way.
 */
public final class DotField {

    /** One dot at one moment: progress 0 at the sender, 1 at the receiver. */
    public record Dot(String from, String to, FlightKind kind, double progress) {
    }

    private record Moving(Flight flight, long bornWall) {
    }

    private record Count(long wallNanos, long messages, long drawn) {
    }

    private static final long WINDOW_NANOS = 2_000_000_000L;

    private final int maxNewPerFrame;
    private final int maxDots;
    private final long crossingNanos;
    private final List<Moving> moving = new ArrayList<>();
    private final Deque<Count> counts = new ArrayDeque<>();
    private long lastSeq;
    private int run;

    /**
     * @param maxNewPerFrame  dots started per frame at most
     * @param maxDots         dots on screen at most
     * @param crossingNanos   wall time a dot takes to cross its link
     */
    public DotField(int maxNewPerFrame, int maxDots, long crossingNanos) {
        this.maxNewPerFrame = maxNewPerFrame;
        this.maxDots = maxDots;
        this.crossingNanos = crossingNanos;
    }

    /** Takes the new messages of a snapshot; call once per frame. */
    public void update(Snapshot snapshot, long wallNanos) {
        if (snapshot.run() != run) {
            run = snapshot.run();
            moving.clear();
            counts.clear();
            lastSeq = 0;
        }
        List<Flight> fresh = new ArrayList<>();
        for (Flight flight : snapshot.recent()) {
            if (flight.seq() > lastSeq) {
                fresh.add(flight);
            }
        }
        long messages = Math.max(0, snapshot.sent() - lastSeq);
        lastSeq = Math.max(lastSeq, snapshot.sent());
        int room = Math.max(0, Math.min(maxNewPerFrame, maxDots - moving.size()));
        int drawn = 0;
        if (!fresh.isEmpty() && room > 0) {
            double stride = Math.max(1.0, (double) fresh.size() / room);
            for (double i = 0; i < fresh.size() && drawn < room; i += stride) {
                moving.add(new Moving(fresh.get((int) i), wallNanos));
                drawn++;
            }
        }
        counts.addLast(new Count(wallNanos, messages, drawn));
        while (!counts.isEmpty() && wallNanos - counts.peekFirst().wallNanos() > WINDOW_NANOS) {
            counts.removeFirst();
        }
        Iterator<Moving> it = moving.iterator();
        while (it.hasNext()) {
            if (wallNanos - it.next().bornWall() > crossingNanos) {
                it.remove();
            }
        }
    }

    /**
     * Whether a dot is still crossing at {@code wallNanos}: while none is and the snapshot is the
     * same, a frame would draw exactly the last one again, so the view skips it.
     */
    public boolean animating(long wallNanos) {
        for (Moving m : moving) {
            if (wallNanos - m.bornWall() <= crossingNanos) {
                return true;
            }
        }
        return false;
    }

    /** Where every dot is at {@code wallNanos}. */
    public List<Dot> dots(long wallNanos) {
        List<Dot> dots = new ArrayList<>(moving.size());
        for (Moving m : moving) {
            double progress = Math.min(1, Math.max(0, (double) (wallNanos - m.bornWall()) / crossingNanos));
            if (m.flight().kind() == FlightKind.DROPPED) {
                progress = Math.min(progress, 0.5);
            }
            dots.add(new Dot(m.flight().from(), m.flight().to(), m.flight().kind(), progress));
        }
        return dots;
    }

    /** "every message drawn", or "1 in 40 messages drawn" when sampling, over the last two seconds. */
    public String samplingNote() {
        long messages = 0;
        long drawn = 0;
        for (Count count : counts) {
            messages += count.messages();
            drawn += count.drawn();
        }
        if (messages == 0 || drawn >= messages) {
            return "every message drawn";
        }
        if (drawn == 0) {
            return "too many messages to draw";
        }
        return "1 in " + Math.round((double) messages / drawn) + " messages drawn";
    }
}
