package org.distsim.scenarios;

import static org.distsim.scenarios.Lesson.assertAbove;
import static org.distsim.scenarios.Lesson.assertBelow;
import static org.distsim.scenarios.Lesson.assertBetween;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/url-shortener.yaml: the classic design at the classic estimate (58 k reads/s, 2.3 k
 * writes/s) meets its SLO (p99 within 50 ms, availability 99.9 %); its busiest tier is the app
 * servers, whose workers are held while they wait for the cache and the database.
 */
class UrlShortenerLessonTest {

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("url-shortener");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    @Test
    void itCarriesTheEstimatedLoad_andMeetsItsSlo() {
        assertBetween(lesson.workloadFigure("users", "reads") / 8, 57_000, 59_000, "reads per second");
        assertBetween(lesson.workloadFigure("users", "writes") / 8, 2_100, 2_500, "writes per second");
        assertAbove(lesson.availability("users"), 0.999, "availability");
        assertBelow(lesson.p99("users"), 50, "p99 ms");
    }

    @Test
    void theCache_absorbsMostReads_andTheDatabaseShardsShareTheRest() {
        for (int i = 1; i <= 4; i++) {
            assertAbove(lesson.node("cache-" + i, "hit_ratio"), 0.7, "cache-" + i + " hit ratio");
        }
        assertBelow(lesson.node("shards", "hot_shard_share"), 1.1, "database shards evenly loaded");
    }

    @Test
    void theAppTier_isTheBusiestTier() {
        double app = lesson.node("app-1", "utilisation_mean");
        for (int i = 1; i <= 6; i++) {
            assertBelow(lesson.node("db-" + i, "utilisation_mean"), app, "db-" + i + " vs app utilisation");
        }
        // Writes go through to the database and pay for it.
        assertAbove(lesson.workloadFigure("users", "write_p99_ms"), 1.5 * lesson.workloadFigure("users", "read_p99_ms"),
                "write vs read p99");
    }

    @Test
    void theSlo_breaksOnPurposeOnlyForTheVariantTheLessonArguesAgainst() {
        // A broken objective makes distsim run exit 1; here it is the expected outcome, not a failure.
        assertTrue(lesson.sloHeld("users"), "users meets its SLO");
    }
}
