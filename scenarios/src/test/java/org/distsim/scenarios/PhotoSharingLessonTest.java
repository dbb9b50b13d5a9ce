package org.distsim.scenarios;

import static org.distsim.scenarios.Lesson.assertAbove;
import static org.distsim.scenarios.Lesson.assertBelow;
import static org.distsim.scenarios.Lesson.assertBetween;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/photo-sharing.yaml: 1 MB photos across a 100 Mbit/s link at 88 % of its capacity
 * queue as a single server near saturation does; a CDN that sends only its misses across, or a link
 * ten times bigger, removes the queue; and the store grows by the back-of-envelope estimate.
 */
class PhotoSharingLessonTest {

    private static final String DIRECT_DOWN = "link zone:us-direct>zone:eu-direct";
    private static final String DIRECT_UP = "link zone:eu-direct>zone:us-direct";
    private static final String CDN_DOWN = "link zone:us-cdn>zone:eu-cdn";
    private static final String BIG_DOWN = "link zone:us-big>zone:eu-big";
    /** Photos per second a 100 Mbit/s link carries: 12.5 MB/s over 1 MB. */
    private static final double MU = 12.5;

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("photo-sharing");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    @Test
    void theDirectLink_isNearlySaturated_andQueuesLikeASingleServer() {
        // 11 photos/s on 12.5/s: rho = 0.88; over 90 s about 990 views, whose count has a standard
        // error of 3 %, so the measured utilisation lies within 0.88 +- 0.1 at four of them.
        double rho = lesson.node(DIRECT_DOWN, "utilisation");
        assertBetween(rho, 0.78, 0.98, "direct link utilisation");
        // M/D/1 at the measured load. Near saturation a 90 s run estimates a mean wait only roughly
        // (its relaxation time is many seconds): a factor of two either way, against a wait that a
        // link without a queue would not have at all.
        double md1 = rho / (2 * MU * (1 - rho)) * 1000;
        assertBetween(lesson.node(DIRECT_DOWN, "transfer_wait_mean_ms"), md1 / 2.5, md1 * 2,
                "direct link mean wait (ms) against M/D/1 " + md1);
        // One photo alone: 80 ms on the wire and two crossings of 40 ms.
        assertAbove(lesson.p50("views"), 1.5 * 120, "views p50 (ms)");
    }

    @Test
    void aCdn_orABiggerLink_removesTheQueue() {
        assertAbove(lesson.node("cdn", "hit_ratio"), 0.6, "cdn hit ratio");
        assertBelow(lesson.node(CDN_DOWN, "utilisation"), 0.35, "cdn link utilisation: misses only");
        assertBelow(lesson.node(BIG_DOWN, "utilisation"), 0.12, "big link utilisation");
        assertBelow(lesson.node(CDN_DOWN, "transfer_wait_mean_ms"),
                lesson.node(DIRECT_DOWN, "transfer_wait_mean_ms") / 4, "cdn link wait (ms)");
        assertBelow(lesson.node(BIG_DOWN, "transfer_wait_mean_ms"), 5, "big link wait (ms)");
        // Over the big link a view is one round trip (80 ms) and 8 ms of transfer.
        assertBetween(lesson.p50("views-big"), 85, 95, "views-big p50 (ms)");
        assertBelow(lesson.p99("views-big"), 150, "views-big p99 (ms)");
        assertBelow(lesson.p99("views-cdn"), 500, "views-cdn p99 (ms)");
        assertAbove(lesson.p99("views"), 2 * lesson.p99("views-cdn"), "views p99 against views-cdn's (ms)");
    }

    @Test
    void uploads_useTheIdleDirection_butTheirAcknowledgementsWaitBehindThePhotos() {
        // 5 MB/s of 12.5: 0.4, exactly, since uploads are evenly spaced and all of 1 MB.
        assertBetween(lesson.node(DIRECT_UP, "utilisation"), 0.39, 0.41, "upload direction utilisation");
        assertAbove(lesson.p50("uploads"), lesson.p50("views-big") + 50, "uploads p50 (ms)");
    }

    @Test
    void theStore_growsByTheBackOfEnvelopeEstimate() {
        // 5 uploads/s x 1 MB x 86 400 s = 432 GB a day; evenly spaced, the measured rate is exact
        // but for the one upload that may be in progress at either end of the 90 measured seconds.
        double estimate = 5 * 1e6 * 86_400 / 1e9;
        assertBetween(lesson.node("photos", "growth_gb_per_day"), estimate * (1 - 1.0 / 450),
                estimate * (1 + 1.0 / 450), "photos growth (GB/day)");
        assertBetween(lesson.node("photos", "stored_mb"), 598, 600, "photos stored (MB) after 120 s");
    }

    @Test
    void everyLink_isBusyAtMostAllTheTime() {
        for (String link : List.of(DIRECT_DOWN, DIRECT_UP, CDN_DOWN, BIG_DOWN)) {
            assertBetween(lesson.node(link, "utilisation"), 0, 1, link + " utilisation");
        }
    }
}
