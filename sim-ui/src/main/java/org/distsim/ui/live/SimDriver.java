package org.distsim.ui.live;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.distsim.core.check.InvariantViolation;
import org.distsim.core.check.Invariants;
import org.distsim.core.result.RunResult;
import org.distsim.models.scenario.Scenario;

/**
 * The simulation thread: owns the {@link LiveRun}, applies {@link Command}s between events, paces
 * the clock at the chosen speed against the wall clock, and publishes a {@link Snapshot} at most
 * {@link #PUBLISH_HZ} times a second (and after every command, so a step shows at once).
 *
 * <p>Pacing only decides <em>when</em> events run, never which or in what order, so a run watched
 * here without interaction ends with the headless run's result.
 *
 * <p>{@link Command.Seek} and {@link Command.SwitchBranch} hand the run to a {@link Replay}, which
 * takes it (or a fresh run of the branch, to go back) headless to the time in slices of wall time;
 * meanwhile the last picture stays up with the replay's progress, and commands that would act on
 * the run wait for it.
 */
public final class SimDriver implements AutoCloseable {

    /** Snapshots per wall second while playing. */
    public static final int PUBLISH_HZ = 30;
    private static final long PUBLISH_NANOS = 1_000_000_000L / PUBLISH_HZ;
    /** A paced tick never simulates more than this much wall time at once, so the view stays responsive. */
    private static final long MAX_TICK_NANOS = 100_000_000L;
    private static final long IDLE_WAIT_MILLIS = 50;
    private static final long TICK_NANOS = 5_000_000L;
    /** Wall time a replay runs between two looks at the command queue and two progress pictures. */
    private static final long REPLAY_SLICE_NANOS = 100_000_000L;

    private final Scenario scenario;
    private final Long seed;
    private final Invariants invariants;
    private final LongSupplier wallClock;
    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final Object published = new Object();
    private volatile Snapshot latest;
    private volatile RunResult result;
    private volatile InvariantViolation violation;
    private volatile Throwable failure;
    /** Told after each snapshot is published, on the simulation thread; the view wakes its drawing with it. */
    private volatile Runnable onPublish = () -> { };

    // Owned by the simulation thread.
    private LiveRun run;
    private int runNumber = 1;
    private Mode mode = Mode.PAUSED;
    private double speed = Speed.NORMAL;
    private String message = "";
    private long lastWall;
    private long lastPublish;
    private long maxChunk = 10_000_000L;
    private boolean stopping;
    private boolean pauseAtCaptions;
    private final SpeedMeter meter = new SpeedMeter();
    private Branches branches = new Branches();
    /** A replay under way (to a time, headless), or null. */
    private Replay replay;
    private ReplayCost lastCost;
    /**
     * The lesson chart's figure, chosen by a headless run of the scenario on a thread of its own
     * (LessonPlan), so the window opens at once; every run shown is handed it once it is known.
     */
    private final CompletableFuture<LessonPlan> lessonPlan;
    private boolean taught;

    /** A driver for the scenario, paused at t = 0; {@code seed} replaces the scenario's when not null. */
    public SimDriver(Scenario scenario, Long seed) {
        this(scenario, seed, System::nanoTime, Invariants.standard());
    }

    SimDriver(Scenario scenario, Long seed, LongSupplier wallClock) {
        this(scenario, seed, wallClock, Invariants.standard());
    }

    /** A driver whose runs are checked against {@code invariants}. */
    SimDriver(Scenario scenario, Long seed, LongSupplier wallClock, Invariants invariants) {
        this.scenario = scenario;
        this.seed = seed;
        this.wallClock = wallClock;
        this.invariants = invariants;
        this.run = new LiveRun(scenario, seed, invariants);
        this.latest = run.snapshot(runNumber, mode, speed, message);
        this.lessonPlan = CompletableFuture.supplyAsync(() -> LessonPlan.of(scenario, seed), work -> {
            Thread planner = new Thread(work, "distsim-lesson-plan");
            planner.setDaemon(true);
            planner.setPriority(Thread.MIN_PRIORITY);
            planner.start();
        }).exceptionally(failed -> null); // a run that fails is reported by the shown run itself
        this.thread = new Thread(this::loop, "distsim-simulation");
        thread.setDaemon(true);
    }

    public SimDriver start() {
        thread.start();
        return this;
    }

    /** Queues a command; it is applied on the simulation thread at the next event boundary. */
    public void send(Command command) {
        commands.add(command);
    }

    /** The most recent snapshot. */
    public Snapshot latest() {
        return latest;
    }

    /**
     * Runs {@code listener} on the simulation thread after every snapshot published from now on: the
     * view, which draws nothing while no snapshot comes, starts drawing again. It must be quick and
     * must not block.
     */
    public void onPublish(Runnable listener) {
        onPublish = java.util.Objects.requireNonNull(listener, "listener");
    }

    /** The result of the current run once it is over, else null. */
    public RunResult result() {
        return result;
    }

    /**
     * The broken invariant the current run ended with (a bug in distsim), else null. The view stays
     * up and says so in its status line, with how to reproduce the run.
     */
    public InvariantViolation violation() {
        return violation;
    }

    /** What stopped the simulation thread with an error, or null. */
    public Throwable failure() {
        return failure;
    }

    /** Waits until a published snapshot satisfies {@code condition}; for tests and the screenshot tool. */
    public Snapshot await(Predicate<Snapshot> condition, long timeoutMillis) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (published) {
            while (!condition.test(latest)) {
                if (failure != null) {
                    throw new IllegalStateException("the simulation thread failed", failure);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("no matching snapshot within " + timeoutMillis + " ms; latest at t="
                            + latest.nowNanos() + " ns, " + latest.mode());
                }
                published.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
            return latest;
        }
    }

    @Override
    public void close() {
        send(new Command.Shutdown());
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        try {
            lastWall = wallClock.getAsLong();
            while (!stopping) {
                boolean changed = drain() | teach();
                if (replay != null) {
                    replaySlice();
                    continue;
                }
                if (mode == Mode.PLAYING) {
                    advance();
                }
                long now = wallClock.getAsLong();
                if (mode == Mode.PLAYING) {
                    meter.sample(now, run.clock());
                }
                // Paused, nothing changes between commands: publishing anyway would hand the view a
                // new snapshot to draw thirty times a second for nothing.
                if (changed || mode == Mode.PLAYING && now - lastPublish >= PUBLISH_NANOS) {
                    publish();
                    lastPublish = now;
                }
                if (mode != Mode.PLAYING) {
                    Command next = commands.poll(IDLE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                    if (next != null) {
                        apply(next);
                        publish();
                    }
                    lastWall = wallClock.getAsLong();
                } else if (speed != Speed.MAX) {
                    Thread.sleep(TimeUnit.NANOSECONDS.toMillis(TICK_NANOS));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            message = "the simulation failed: " + e.getMessage();
            mode = Mode.FINISHED;
            publish();
        }
    }

    /** The lesson plan, waiting for it to be chosen; for tests, which compare runs that must have it. */
    LessonPlan lessonPlan() {
        return lessonPlan.join();
    }

    /** Hands the shown run the lesson plan once it is known; true the first time. */
    private boolean teach() {
        if (taught || !lessonPlan.isDone()) {
            return false;
        }
        taught = true;
        run.teach(lessonPlan.join());
        return true;
    }

    private boolean drain() {
        boolean any = false;
        Command command;
        while ((command = commands.poll()) != null) {
            apply(command);
            any = true;
        }
        return any;
    }

    private void apply(Command command) {
        message = "";
        if (replay != null && !(command instanceof Command.Seek || command instanceof Command.SwitchBranch
                || command instanceof Command.Restart || command instanceof Command.Shutdown
                || command instanceof Command.SetSpeed || command instanceof Command.ChangeSpeed
                || command instanceof Command.PauseAtCaptions)) {
            // Playing, stepping or a new fault would act on a run that is still being rebuilt.
            message = "replaying to " + seconds(replay.target()) + ": wait for it to finish";
            return;
        }
        if (command instanceof Command.Play) {
            play();
        } else if (command instanceof Command.Pause) {
            pause();
        } else if (command instanceof Command.TogglePlay) {
            if (mode == Mode.PLAYING) {
                pause();
            } else {
                play();
            }
        } else if (command instanceof Command.Step) {
            pause();
            if (!run.step()) {
                finished();
            }
        } else if (command instanceof Command.SetSpeed set) {
            Speed.check(set.simSecondsPerWallSecond());
            speed = set.simSecondsPerWallSecond();
            meter.reset();
        } else if (command instanceof Command.ChangeSpeed change) {
            speed = Speed.change(speed, change.notches());
            meter.reset();
        } else if (command instanceof Command.PauseAtCaptions pauses) {
            pauseAtCaptions = pauses.on();
        } else if (command instanceof Command.Restart) {
            replay = null;
            branches = new Branches();
            replace(new LiveRun(scenario, seed, invariants));
        } else if (command instanceof Command.Seek seek) {
            seek(seek.atNanos());
        } else if (command instanceof Command.SwitchBranch change) {
            switchBranch(change.name());
        } else if (command instanceof Command.Inject inject) {
            inject(inject);
        } else if (command instanceof Command.Shutdown) {
            stopping = true;
        }
    }

    private void inject(Command.Inject inject) {
        branches.track(run);
        boolean forks = branches.forksAt(run.clock());
        if (forks && branches.full()) {
            message = "at most " + Branch.MAX + " branches: restart to begin again";
            return;
        }
        try {
            long at = run.inject(inject.fault());
            message = inject.fault().describe();
            if (forks) {
                branches.fork(at, run);
                message += " · " + branches.current().label();
            }
        } catch (IllegalStateException e) {
            message = e.getMessage();
        }
        if (run.over()) {
            finished();
        }
    }

    /**
     * Heads for {@code atNanos}: on from where the run is, or, before it, from a fresh run of the
     * shown branch. Either way the run goes headless in slices ({@link #replaySlice}) and pauses there.
     */
    private void seek(long atNanos) {
        long target = Math.max(0, Math.min(atNanos, run.end()));
        if (replay == null && run.over() && target >= run.clock()) {
            return;
        }
        pause();
        if (replay != null && target >= replay.run().clock()) {
            replay.retarget(target);
        } else if (replay == null && target >= run.clock()) {
            LiveRun current = run;
            replay = new Replay(() -> current, target, wallClock);
        } else {
            replay = new Replay(this::rebuilt, target, wallClock);
        }
    }

    /** Shows another branch, replayed to the time shown now. */
    private void switchBranch(String name) {
        long at = replay != null ? replay.target() : run.clock();
        branches.track(replay != null ? replay.run() : run);
        if (!branches.switchTo(name)) {
            message = "no branch " + name;
            return;
        }
        replay = new Replay(this::rebuilt, at, wallClock);
    }

    /** A fresh run of the shown branch, at t = 0 with its hand-made faults planned. */
    private LiveRun rebuilt() {
        LiveRun fresh = new LiveRun(scenario, seed, invariants);
        fresh.plan(branches.current().faults());
        return fresh;
    }

    /**
     * Runs the replay for a slice of wall time and shows its progress over the last picture; once it
     * is there, the replayed run becomes the shown one, paused.
     */
    private void replaySlice() {
        if (!replay.advance(REPLAY_SLICE_NANOS)) {
            publish();
            return;
        }
        lastCost = replay.cost();
        LiveRun arrived = replay.run();
        replay = null;
        if (arrived != run) {
            replace(arrived);
        }
        branches.track(run);
        message = "at " + seconds(run.clock()) + " on " + branches.current().label() + " (" + lastCost.describe() + ")";
        if (run.over()) {
            finished();
        }
        publish();
    }

    /** Shows {@code next} in place of the current run, paused; the view clears for it. */
    private void replace(LiveRun next) {
        run = next;
        if (taught) {
            run.teach(lessonPlan.join());
        }
        runNumber++;
        mode = Mode.PAUSED;
        meter.reset();
        result = null;
        violation = null;
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f s", nanos / 1e9);
    }

    private void play() {
        if (!run.over()) {
            mode = Mode.PLAYING;
            lastWall = wallClock.getAsLong();
            meter.reset();
        }
    }

    private void pause() {
        if (mode == Mode.PLAYING) {
            mode = Mode.PAUSED;
        }
        meter.reset();
    }

    private void advance() {
        long now = wallClock.getAsLong();
        boolean more;
        long caption = nextCaption();
        if (speed == Speed.MAX) {
            // As fast as possible, in chunks sized so that one takes a few milliseconds of wall time.
            more = run.advanceTo(Math.min(caption, Math.min(run.end(), run.clock() + maxChunk)));
            long took = wallClock.getAsLong() - now;
            if (took < 5_000_000L) {
                maxChunk = Math.min(maxChunk * 2, Math.max(1, run.end()));
            } else if (took > 30_000_000L) {
                maxChunk = Math.max(1_000L, maxChunk / 2);
            }
        } else {
            long wall = Math.min(now - lastWall, MAX_TICK_NANOS);
            long simulated = (long) Math.floor(wall * speed);
            more = run.advanceTo(Math.min(caption, Math.min(run.end(), run.clock() + simulated)));
        }
        lastWall = now;
        if (!more) {
            finished();
            publish();
        } else if (run.clock() == caption) {
            pause();
            message = "paused at a caption: press Play to go on";
            publish();
        }
    }

    /**
     * The time of the first caption after the clock when playing stops at captions, else {@link
     * Long#MAX_VALUE}. Pausing there changes when events run, never which, so the result is the same.
     */
    private long nextCaption() {
        if (pauseAtCaptions) {
            for (var note : scenario.notes()) {
                if (note.atNanos() > run.clock() && note.atNanos() < run.end()) {
                    return note.atNanos();
                }
            }
        }
        return Long.MAX_VALUE;
    }

    private void finished() {
        mode = Mode.FINISHED;
        try {
            result = run.result();
        } catch (InvariantViolation e) {
            violation = e;
            message = "BUG: " + e.getMessage().lines().findFirst().orElse("") + "; reproduce with: Save faults…, then"
                    + " ./distsim run the saved file";
            return;
        }
        if (message.isEmpty()) {
            message = "the run is over: " + result.stop().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    private void publish() {
        if (replay != null) {
            // The shown run is being replaced: keep its last picture, with the replay's progress.
            Rewind progress = branches.published(replay.target(), replay.progress(), lastCost);
            String line = "replaying to " + seconds(replay.target()) + String.format(java.util.Locale.ROOT,
                    ": %.0f %%", 100 * replay.progress());
            Snapshot shown = latest.with(progress, line);
            synchronized (published) {
                latest = shown;
                published.notifyAll();
            }
            onPublish.run();
            return;
        }
        branches.track(run);
        Snapshot snapshot = run.snapshot(runNumber, mode, speed, mode == Mode.PLAYING ? meter.achieved() : null, message)
                .with(branches.published(null, 0, lastCost), message);
        synchronized (published) {
            latest = snapshot;
            published.notifyAll();
        }
        onPublish.run();
    }
}
