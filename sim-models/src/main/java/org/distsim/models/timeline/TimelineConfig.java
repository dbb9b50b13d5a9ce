package org.distsim.models.timeline;

import java.time.Duration;
import java.util.Objects;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.Knob;
import org.distsim.models.social.GeneratedSocialGraph;
import org.distsim.models.social.SocialGraph;

/**
 * A home-timeline service over a generated social graph. A write request is a post by the user
 * named by its key; a read request fetches the home timeline of the user named by its key.
 *
 * @param users              the number of users in the graph, keys {@code 0 .. users-1}
 * @param meanFollows        the mean number of users each user follows
 * @param followerSkew       the Zipf exponent of followee choice: how heavy-tailed follower counts are
 * @param celebrityThreshold followers from which an author is a celebrity (hybrid fan-out reads its posts)
 * @param fanout             write, read or hybrid
 * @param workers            requests (posts and reads) served at the same time
 * @param queueCapacity      requests that may wait for a worker; null for unbounded
 * @param postTime           time one worker needs to store a post, in nanoseconds
 * @param readTime           time one worker needs to fetch a cached timeline, in nanoseconds
 * @param mergeTime          time a read spends per followee whose posts it merges
 * @param fanoutWorkers      workers that copy posts into followers' timelines
 * @param insertTime         time a fan-out worker needs for one timeline insert
 * @param batch              timeline inserts a fan-out worker takes at once
 * @param timelineLength     entries a cached timeline keeps; older ones drop off
 * @param entryBytes         bytes one cached timeline entry takes, for the memory estimate
 * @param graph              stored (exact, at most 50 M follows) or generated on demand (up to a billion users)
 */
public record TimelineConfig(
        @Knob(doc = "How many users the social graph has; a request's key is the user who posts or reads (keys"
                + " beyond the last user wrap around). A stored graph takes 8 bytes per follow plus 8 per"
                + " user and at most 50 million follows; a generated one up to a billion users.",
                defaultValue = "1000000", min = "2", max = "1000000000")
        int users,
        @Knob(doc = "How many users each user follows on average (uniform from 1 to 2 × mean - 1). users ×"
                + " mean-follows may be at most 50 million follows.", defaultValue = "20", min = "1", max = "10000")
        int meanFollows,
        @Knob(doc = "How heavy-tailed follower counts are: user r is followed with probability proportional to"
                + " (r+1)^-skew, so user 0 is the most followed. 0 is uniform; 1 gives Twitter's power law.",
                defaultValue = "1", min = "0", max = "10")
        double followerSkew,
        @Knob(doc = "How many followers make an author a celebrity, whose posts hybrid fan-out merges at read"
                + " time instead of copying to every follower.", defaultValue = "10000", min = "1",
                max = "2000000000")
        int celebrityThreshold,
        @Knob(doc = "When posts reach followers' home timelines: write (copied at post time through the fan-out"
                + " queue; reads are one lookup), read (merged from every followee at read time) or hybrid"
                + " (write, except celebrities' posts, which are merged at read time).", defaultValue = "hybrid")
        Fanout fanout,
        @Knob(doc = "How many requests (posts and reads) the service handles at the same time.",
                defaultValue = "8", min = "1", max = "100000")
        int workers,
        @Knob(doc = "How many requests may wait for a free worker; one that arrives to a full queue is rejected."
                + " Leave it out for an unbounded queue.", optional = true, min = "0", max = "100000000")
        Integer queueCapacity,
        @Knob(doc = "How long a worker takes to store one post; the post is acknowledged then, before any fan-out.",
                defaultValue = "1ms")
        Distribution postTime,
        @Knob(doc = "How long a worker takes to fetch one cached home timeline (the whole read under write"
                + " fan-out, the base of a read otherwise).", defaultValue = "1ms")
        Distribution readTime,
        @Knob(doc = "How long a read spends per followee whose recent posts it merges: every followee under"
                + " read fan-out, every celebrity followed under hybrid.", defaultValue = "200us",
                min = "0s")
        Duration mergeTime,
        @Knob(doc = "How many workers copy posts into followers' timelines, from one FIFO fan-out queue"
                + " separate from the request workers.", defaultValue = "4", min = "1", max = "100000")
        int fanoutWorkers,
        @Knob(doc = "How long one insert of a post into one follower's timeline takes a fan-out worker.",
                defaultValue = "10us", min = "0s")
        Duration insertTime,
        @Knob(doc = "How many followers' timelines a fan-out worker updates in one go (one batch costs batch ×"
                + " insert-time); a celebrity's post is split into many batches that workers share.",
                defaultValue = "1000", min = "1", max = "10000000")
        int batch,
        @Knob(doc = "How many entries a cached home timeline keeps (Twitter kept 800); older entries drop off.",
                defaultValue = "800", min = "1", max = "1000000")
        int timelineLength,
        @Knob(doc = "Bytes one cached timeline entry takes (a post id and its author), for the cache-memory"
                + " figure.", defaultValue = "16", min = "1", max = "1000000")
        int entryBytes,
        @Knob(doc = "How the social graph is held: stored (generated at start and kept edge by edge in both"
                + " directions: exact everywhere, at most 50 million follows) or generated (computed from the"
                + " seed when asked, in a few megabytes whatever the user count: follower counts follow the"
                + " power law of rank exactly, follower lists and celebrity follows are exact, a reader's"
                + " other followees are a Poisson count with their mean).", defaultValue = "stored")
        GraphModel graph) {

    public TimelineConfig {
        Objects.requireNonNull(fanout, "fanout");
        Objects.requireNonNull(postTime, "postTime");
        Objects.requireNonNull(readTime, "readTime");
        Objects.requireNonNull(mergeTime, "mergeTime");
        Objects.requireNonNull(insertTime, "insertTime");
        Objects.requireNonNull(graph, "graph");
        if (users < 2 || users > GeneratedSocialGraph.MAX_USERS) {
            throw new IllegalArgumentException("users must be 2 .. " + GeneratedSocialGraph.MAX_USERS + ", got " + users);
        }
        if (meanFollows < 1) {
            throw new IllegalArgumentException("mean-follows must be at least 1, got " + meanFollows);
        }
        long follows = (long) users * Math.min(meanFollows, users - 1L);
        if (graph == GraphModel.STORED && follows > SocialGraph.MAX_EDGES) {
            throw new IllegalArgumentException("users × mean-follows is " + follows + " follows, above the limit of "
                    + SocialGraph.MAX_EDGES + " (the graph would take " + follows * 8 / 1_000_000
                    + " MB); use fewer users or follows, or graph: generated");
        }
        long cacheBytes = TimelineSizes.bytes(users, timelineLength);
        if (fanout != Fanout.READ && cacheBytes > TimelineSizes.MAX_BYTES) {
            throw new IllegalArgumentException("the cached timelines of " + users + " users take " + cacheBytes / 1_000_000
                    + " MB of entry counts (" + cacheBytes / users + " bytes per user), above the limit of "
                    + TimelineSizes.MAX_BYTES / 1_000_000 + " MB; use fewer users, a timeline-length of at most 65535"
                    + " (two bytes per user), or fanout: read, which caches none");
        }
        if (!(followerSkew >= 0) || !Double.isFinite(followerSkew)) {
            throw new IllegalArgumentException("follower-skew must be a finite number >= 0, got " + followerSkew);
        }
        if (workers < 1 || fanoutWorkers < 1 || batch < 1 || timelineLength < 1 || entryBytes < 1
                || celebrityThreshold < 1) {
            throw new IllegalArgumentException("workers, fanout-workers, batch, timeline-length, entry-bytes and"
                    + " celebrity-threshold must be at least 1");
        }
        if (queueCapacity != null && queueCapacity < 0) {
            throw new IllegalArgumentException("queue-capacity must not be negative, got " + queueCapacity);
        }
        if (mergeTime.isNegative() || insertTime.isNegative()) {
            throw new IllegalArgumentException("merge-time and insert-time must not be negative");
        }
    }
}
