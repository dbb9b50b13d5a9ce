package org.distsim.models.timeline;

import java.util.ArrayDeque;
import java.util.BitSet;
import org.HdrHistogram.Histogram;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.ModelLimitException;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.NodeMetrics;
import org.distsim.core.metrics.TimeWeightedGauge;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;
import org.distsim.models.social.Celebrities;
import org.distsim.models.social.FollowGraph;
import org.distsim.models.social.GeneratedSocialGraph;
import org.distsim.models.social.SocialGraph;
import org.distsim.models.station.WorkerPool;

/**
 * A home-timeline service (the Twitter example of Kleppmann, DDIA ch. 1): posts and timeline reads
 * served by {@code workers} from one FIFO queue, and a separate fan-out queue of posts waiting to be
 * copied into their author's followers' cached timelines, worked by {@code fanout-workers} in
 * batches. See the package documentation for the model and its figures.
 */
public final class TimelineService implements Actor {

    /**
     * The most posts the fan-out queue may hold before the run stops as overloaded: as many as a
     * service's unbounded queue ({@code Station.UNBOUNDED_QUEUE_CAP}), so that an overloaded
     * fan-out stops before it fills the heap.
     */
    static final int FANOUT_QUEUE_CAP = 1_000_000;
    private static final int SIGNIFICANT_DIGITS = 3;
    private static final double NANOS_PER_MILLI = 1e6;

    private final ActorContext context;
    private final TimelineConfig config;
    private final FollowGraph graph;
    private final Celebrities celebrities;
    private final int celebrityCount;
    private final ContinuousSampler postTime;
    private final ContinuousSampler readTime;
    private final long mergeNanos;
    private final long insertNanos;

    private final WorkerPool pool;
    private final ArrayDeque<FanoutJob> fanoutQueue = new ArrayDeque<>();
    /** Cached entries per user's home timeline, at most {@code timeline-length}; null under read fan-out. */
    private final TimelineSizes timelineSizes;
    /** Users whose cached timeline was lost in a crash and is rebuilt by their next read. */
    private final BitSet cold = new BitSet();
    private final Histogram visibleNanos = new Histogram(SIGNIFICANT_DIGITS);
    private final Histogram celebrityVisibleNanos = new Histogram(SIGNIFICANT_DIGITS);

    private final Counter posts;
    private final Counter celebrityPosts;
    private final Counter reads;
    private final Counter rejected;
    private final Counter fanoutInserts;
    private final Counter mergedFollowees;
    private final Counter rebuilds;
    private final TimeWeightedGauge fanoutUtilisation;
    private final TimeWeightedGauge fanoutBacklog;

    private int fanoutBusy;
    /** Inserts queued or in progress: the fan-out backlog. */
    private long backlogInserts;

    public TimelineService(ActorContext context, TimelineConfig config) {
        this.context = context;
        this.config = config;
        this.graph = config.graph() == GraphModel.STORED
                ? SocialGraph.generate(config.users(), config.meanFollows(), config.followerSkew(),
                        context.random("graph"))
                : GeneratedSocialGraph.generate(config.users(), config.meanFollows(), config.followerSkew(),
                        config.celebrityThreshold(), context.random("graph"));
        this.celebrities = graph.celebrities(config.celebrityThreshold());
        this.celebrityCount = celebrities.count();
        this.postTime = config.postTime().sampler(context.random("post-time"));
        this.readTime = config.readTime().sampler(context.random("read-time"));
        this.mergeNanos = config.mergeTime().toNanos();
        this.insertNanos = config.insertTime().toNanos();
        this.timelineSizes = config.fanout() == Fanout.READ ? null
                : new TimelineSizes(config.users(), config.timelineLength());

        NodeMetrics metrics = context.nodeMetrics();
        this.pool = new WorkerPool(context, "timeline", config.workers(), config.queueCapacity(), this::start);
        this.posts = metrics.counter(TimelineFigures.POSTS);
        this.celebrityPosts = metrics.counter(TimelineFigures.CELEBRITY_POSTS);
        this.reads = metrics.counter(TimelineFigures.READS);
        this.rejected = metrics.counter(TimelineFigures.REJECTED);
        this.fanoutUtilisation = metrics.gauge(TimelineFigures.FANOUT_UTILISATION);
        this.fanoutBacklog = metrics.gauge(TimelineFigures.FANOUT_BACKLOG);
        this.fanoutInserts = metrics.counter(TimelineFigures.FANOUT_INSERTS);
        metrics.quotient(TimelineFigures.WRITE_AMPLIFICATION, fanoutInserts, posts);
        this.mergedFollowees = metrics.counter(TimelineFigures.MERGED_FOLLOWEES);
        metrics.quotient(TimelineFigures.MERGES_PER_READ, mergedFollowees, reads);
        this.rebuilds = metrics.counter(TimelineFigures.TIMELINE_REBUILDS);
        metrics.derived(TimelineFigures.TIMELINE_ENTRIES, this::timelineEntries);
        metrics.derived(TimelineFigures.TIMELINE_CACHE_MB, () -> timelineEntries() * (double) config.entryBytes() / 1e6);
        metrics.derived(TimelineFigures.VISIBLE_MEAN, () -> mean(visibleNanos));
        metrics.derived(TimelineFigures.VISIBLE_P99, () -> percentile(visibleNanos, 99));
        metrics.derived(TimelineFigures.CELEBRITY_VISIBLE_MEAN, () -> mean(celebrityVisibleNanos));
        metrics.derived(TimelineFigures.CELEBRITY_VISIBLE_P99, () -> percentile(celebrityVisibleNanos, 99));
        metrics.derived(TimelineFigures.CELEBRITY_VISIBLE_MAX, () -> max(celebrityVisibleNanos));
        metrics.derived(TimelineFigures.GRAPH_USERS, graph::users);
        metrics.derived(TimelineFigures.GRAPH_FOLLOWS, graph::edges);
        metrics.derived(TimelineFigures.GRAPH_MAX_FOLLOWERS, graph::maxFollowerCount);
        metrics.derived(TimelineFigures.GRAPH_CELEBRITIES, () -> celebrityCount);
        metrics.derived(TimelineFigures.GRAPH_MB, () -> graph.memoryBytes() / 1e6);
    }

    /** The social graph this node serves, for tests and reports. */
    public FollowGraph graph() {
        return graph;
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof Request request) {
            accept(from, request);
        } else if (message instanceof Done done) {
            finish(done);
        } else if (message instanceof BatchDone batch) {
            finishBatch(batch);
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        }
    }

    private void accept(ActorRef caller, Request request) {
        if (!pool.offer(caller, request)) {
            rejected.increment();
            context.send(caller, Response.failed(request.id(), FailureReason.REJECTED));
        }
    }

    private void start(ActorRef caller, Request request) {
        int user = user(request.key());
        double nanos;
        if (request.isWrite()) {
            nanos = postTime.sample();
        } else {
            int merged = followeesToMerge(user);
            mergedFollowees.add(merged);
            nanos = readTime.sample() + (double) merged * mergeNanos;
        }
        context.setTimer(context.workNanos(nanos), new Done(caller, request, user));
    }

    /**
     * How many followees' posts a read of {@code user}'s home timeline merges: all of them under
     * read fan-out or when the cached timeline was lost, the celebrities followed under hybrid.
     */
    private int followeesToMerge(int user) {
        Fanout fanout = config.fanout();
        if (fanout == Fanout.READ || cold.get(user)) {
            return graph.followeeCount(user);
        }
        if (fanout == Fanout.WRITE || celebrityCount == 0) {
            return 0;
        }
        return celebrities.followedBy(user);
    }

    private void finish(Done done) {
        if (done.request().isWrite()) {
            post(done.user());
        } else {
            reads.increment();
            if (cold.get(done.user())) {
                // The read merged every followee and put the result back in the cache.
                cold.clear(done.user());
                rebuilds.increment();
                fill(done.user(), config.timelineLength());
            }
        }
        context.send(done.caller(), Response.ok(done.request(), Response.NO_VERSION));
        pool.release();
    }

    /** A post is stored (and acknowledged); under write fan-out it joins the fan-out queue. */
    private void post(int author) {
        long now = context.now();
        boolean measured = now >= context.warmupEndNanos();
        boolean celebrity = celebrities.contains(author);
        posts.increment();
        if (celebrity) {
            celebrityPosts.increment();
        }
        int followers = graph.followerCount(author);
        boolean mergedAtRead = config.fanout() == Fanout.READ || (config.fanout() == Fanout.HYBRID && celebrity);
        if (mergedAtRead || followers == 0) {
            // Every follower's next read sees it: visible to all as soon as it is stored.
            if (measured) {
                record(0, celebrity);
            }
            return;
        }
        if (fanoutQueue.size() >= FANOUT_QUEUE_CAP) {
            throw new ModelLimitException("timeline " + context.self() + " has " + FANOUT_QUEUE_CAP
                    + " posts waiting for fan-out: the fan-out workers cannot keep up");
        }
        fanoutQueue.addLast(new FanoutJob(author, now, followers, measured, celebrity));
        backlogInserts += followers;
        fanoutBacklog.set(backlogInserts);
        startBatches();
    }

    /** Gives every idle fan-out worker the next batch from the head of the fan-out queue. */
    private void startBatches() {
        while (fanoutBusy < config.fanoutWorkers() && !fanoutQueue.isEmpty()) {
            FanoutJob job = fanoutQueue.peekFirst();
            int from = job.next;
            int count = Math.min(config.batch(), job.followers - from);
            job.next += count;
            job.batchesInProgress++;
            if (job.next == job.followers) {
                fanoutQueue.pollFirst();
            }
            fanoutBusy++;
            context.setTimer(context.workNanos((double) count * insertNanos),
                    new BatchDone(job, from, count));
        }
        fanoutUtilisation.set((double) fanoutBusy / config.fanoutWorkers());
    }

    private void finishBatch(BatchDone batch) {
        fanoutBusy--;
        FanoutJob job = batch.job();
        graph.forEachFollower(job.author, batch.from(), batch.count(), timelineSizes::insert);
        fanoutInserts.add(batch.count());
        backlogInserts -= batch.count();
        fanoutBacklog.set(backlogInserts);
        job.batchesInProgress--;
        if (job.batchesInProgress == 0 && job.next == job.followers && job.measured) {
            record(context.now() - job.storedAtNanos, job.celebrity);
        }
        startBatches();
    }

    private long timelineEntries() {
        return timelineSizes == null ? 0 : timelineSizes.entries();
    }

    /** A rebuilt timeline holds as many entries as its followees' recent posts can fill; the cap is the bound. */
    private void fill(int user, int entries) {
        if (timelineSizes == null) {
            return;
        }
        timelineSizes.fill(user, entries);
    }

    private void record(long nanos, boolean celebrity) {
        visibleNanos.recordValue(nanos);
        if (celebrity) {
            celebrityVisibleNanos.recordValue(nanos);
        }
    }

    private int user(long key) {
        return (int) Math.floorMod(key, (long) graph.users());
    }

    @Override
    public void onCrash() {
        // Queues, work in progress and every cached timeline are volatile; posts are durable, so a
        // cold timeline is rebuilt by its owner's next read, which merges every followee.
        pool.clear();
        fanoutQueue.clear();
        fanoutBusy = 0;
        backlogInserts = 0;
        fanoutBacklog.set(0);
        fanoutUtilisation.set(0);
        if (timelineSizes != null) {
            timelineSizes.clear();
            cold.set(0, graph.users());
        }
    }

    private static double mean(Histogram histogram) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMean() / NANOS_PER_MILLI;
    }

    private static double percentile(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN
                : histogram.getValueAtPercentile(percentile) / NANOS_PER_MILLI;
    }

    private static double max(Histogram histogram) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / NANOS_PER_MILLI;
    }


    /** A request worker finished a post or a read. */
    private record Done(ActorRef caller, Request request, int user) implements Message {
    }

    /** A fan-out worker finished inserting a post into followers {@code from .. from+count-1} of its author. */
    private record BatchDone(FanoutJob job, int from, int count) implements Message {
    }

    /** One post waiting for, or in, fan-out; its batches may run on several workers at once. */
    private static final class FanoutJob {
        final int author;
        final long storedAtNanos;
        final int followers;
        final boolean measured;
        final boolean celebrity;
        /** The index of the first follower not yet handed to a worker. */
        int next;
        int batchesInProgress;

        FanoutJob(int author, long storedAtNanos, int followers, boolean measured, boolean celebrity) {
            this.author = author;
            this.storedAtNanos = storedAtNanos;
            this.followers = followers;
            this.measured = measured;
            this.celebrity = celebrity;
        }
    }
}
