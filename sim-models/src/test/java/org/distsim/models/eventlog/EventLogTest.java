package org.distsim.models.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** An event log read by several consumer groups, each at its own pace, from its own offsets. */
class EventLogTest {

    private static RunResult run(String yaml) {
        try {
            return ScenarioRunner.run(ScenarioLoader.load("log.yaml", yaml, List.of()), RunOptions.defaults());
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static double figure(RunResult result, String node, String key) {
        Number value = result.nodes().get(node).figures().get(key);
        if (value == null) {
            throw new AssertionError("no figure " + key + " on " + node + ": " + result.nodes().get(node).figures());
        }
        return value.doubleValue();
    }

    @Test
    void twoGroups_readTheSameLog_eachAtItsOwnPace_withItsOwnLag() {
        // 200 messages/s for 20 s. The projector's two members take 4 messages at a time in 1 ms; the
        // analytics member has one worker at 10 ms a message: 100/s, half the rate, so it falls behind.
        RunResult r = run("""
                name: two-groups
                duration: 20s
                nodes:
                  events:
                    type: event-log
                    partitions: 4
                    groups:
                      - {name: projector, consumers: [proj-1, proj-2]}
                      - {name: analytics, consumers: [stats]}
                  proj-1: {type: service, workers: 4, service-time: 1ms}
                  proj-2: {type: service, workers: 4, service-time: 1ms}
                  stats: {type: service, workers: 1, service-time: 10ms}
                workloads:
                  producers: {type: open-loop, target: events, rate: 200/s, keys: {count: 1000}}
                """);
        double published = figure(r, "events", "published");
        assertEquals(4000, published, 4 * Math.sqrt(4000), "Poisson arrivals at 200/s for 20 s");
        // The projector keeps up: everything but the last few milliseconds' messages is committed.
        assertTrue(figure(r, "events", "consumed.projector") >= published - 4, "projector");
        assertTrue(figure(r, "events", "lag.projector_mean") < 1, "projector lag");
        // Analytics reads the same messages at 100/s: 2000 in 20 s, the rest is its lag.
        assertEquals(2000, figure(r, "events", "consumed.analytics"), 5, "analytics served at its worker's pace");
        assertTrue(figure(r, "events", "lag.analytics_max") > published - 2000 - 4 * Math.sqrt(4000), "analytics lag");
        // Each member of the projector reads its two partitions.
        assertTrue(figure(r, "proj-1", "served") > 0.3 * published && figure(r, "proj-2", "served") > 0.3 * published);
        assertEquals(0, figure(r, "events", "expired"), "nothing is removed without retention");
    }

    @Test
    void batchesWithLinger_holdOneMessagePlusWhatArrivesDuringTheLinger() {
        // 20 messages/s, Poisson, one partition; a batch goes out 100 ms after its first message
        // unless 50 are waiting first, which almost never happens. So a batch holds its first message
        // plus a Poisson(20/s x 0.1 s = 2) number more: 3 on average. 60 s give about 400 batches;
        // the batch size has variance 2, so the mean has a standard error of about 0.07: allow 4 of them.
        RunResult r = run("""
                name: linger
                duration: 60s
                nodes:
                  events:
                    type: event-log
                    groups:
                      - {name: sink, consumers: [sink], batch-size: 50, linger: 100ms}
                  sink: {type: service, workers: 64, service-time: 1ms}
                workloads:
                  producers: {type: open-loop, target: events, rate: 20/s}
                """);
        double consumed = figure(r, "events", "consumed.sink");
        double batches = figure(r, "events", "batches.sink");
        assertTrue(batches > 300, "batches " + batches);
        assertEquals(3.0, consumed / batches, 0.28, "mean batch size: " + consumed + " messages in " + batches);
    }

    @Test
    void aFullBatch_goesOutWithoutWaitingForTheLinger() {
        // 1000 messages/s and batches of 10 with a 1 s linger: a batch fills in about 10 ms.
        RunResult r = run("""
                name: full-batches
                duration: 10s
                nodes:
                  events:
                    type: event-log
                    groups:
                      - {name: sink, consumers: [sink], batch-size: 10, linger: 1s}
                  sink: {type: service, workers: 64, service-time: 1ms}
                workloads:
                  producers: {type: open-loop, target: events, rate: 1000/s, arrivals: constant}
                """);
        assertEquals(10_000, figure(r, "events", "consumed.sink"), 20);
        assertEquals(1_000, figure(r, "events", "batches.sink"), 2);
        assertTrue(figure(r, "events", "lag.sink_max") < 100, "far below the 1000 messages a 1 s linger would hold: "
                + r.nodes().get("events").figures());
    }

    @Test
    void retentionBySize_dropsWhatASlowGroupHadNotRead_andALateGroupReplaysWhatIsLeft() {
        // 100 messages/s, evenly spaced, for 30 s into one partition that keeps 500 messages. The
        // slow group reads 50/s, so retention overtakes it; the replayer joins at 20 s from the
        // earliest retained message: the 500 retained then, plus the 1000 published after.
        RunResult r = run("""
                name: retention
                duration: 30s
                nodes:
                  events:
                    type: event-log
                    retention-messages: 500
                    groups:
                      - {name: slow, consumers: [slow]}
                      - {name: replayer, consumers: [fast], start-at: earliest, join-at: 20s}
                  slow: {type: service, workers: 1, service-time: 20ms}
                  fast: {type: service, workers: 8, service-time: 1ms}
                workloads:
                  producers: {type: open-loop, target: events, rate: 100/s, arrivals: constant}
                """);
        double published = figure(r, "events", "published");
        assertEquals(3000, published, 1);
        assertEquals(published - 500, figure(r, "events", "expired"), "the partition keeps its newest 500");
        // The oldest of the 500 it finds goes at the very next publish, before its first batch comes back.
        double replayLost = figure(r, "events", "lost.replayer");
        assertTrue(replayLost <= 1, "the replayer joined after the older ones went: lost " + replayLost);
        assertEquals(1500, figure(r, "events", "consumed.replayer") + replayLost, 2, "500 replayed, then 1000 new");
        double slowConsumed = figure(r, "events", "consumed.slow");
        double slowLost = figure(r, "events", "lost.slow");
        assertEquals(1500, slowConsumed, 3, "the slow group still reads 50/s");
        assertTrue(slowLost > 900, "retention overtook the slow group: lost " + slowLost);
        // Conservation: what the slow group neither read nor lost is still in the log for it (at most 500).
        double behind = published - slowConsumed - slowLost;
        assertTrue(behind >= 0 && behind <= 501, "left for the slow group: " + behind);
    }

    @Test
    void retentionByTime_keepsTheLastRetentionWorthOfMessagesForAReplay() {
        RunResult r = run("""
                name: retention-time
                duration: 30s
                nodes:
                  events:
                    type: event-log
                    retention: 2s
                    groups:
                      - {name: replayer, consumers: [fast], start-at: earliest, join-at: 20s}
                      - {name: tail, consumers: [fast-2], start-at: latest, join-at: 20s}
                  fast: {type: service, workers: 8, service-time: 1ms}
                  fast-2: {type: service, workers: 8, service-time: 1ms}
                workloads:
                  producers: {type: open-loop, target: events, rate: 100/s, arrivals: constant}
                """);
        // Joining at 20 s: the replayer starts 2 s back (200 messages), the tail group at the end.
        assertEquals(1200, figure(r, "events", "consumed.replayer"), 2);
        assertEquals(1000, figure(r, "events", "consumed.tail"), 2);
        // The log fills to 2 s of messages at 100/s in the first 2 s, then holds 200: a mean of
        // (100 x 2 s + 200 x 28 s) / 30 s.
        assertEquals(200, figure(r, "events", "retained_max"), "2 s of messages at 100/s");
        assertEquals((100 * 2 + 200 * 28) / 30.0, figure(r, "events", "retained_mean"), 0.5);
    }

    @Test
    void aCrashedMember_losesItsPartitionsToTheOthers_andGetsThemBackWhenItReturns() {
        // Four partitions, two members; worker-2 is down from 5 s to 10 s. Its first unanswered batch
        // times out after 1 s: the group rebalances its partitions to worker-1, and again when the
        // probe finds worker-2 back. Nothing is lost: every message is committed by the end.
        RunResult r = run("""
                name: rebalance
                duration: 20s
                nodes:
                  events:
                    type: event-log
                    partitions: 4
                    groups:
                      - {name: readers, consumers: [worker-1, worker-2], ack-timeout: 1s}
                  worker-1: {type: service, workers: 4, service-time: 1ms}
                  worker-2: {type: service, workers: 4, service-time: 1ms}
                workloads:
                  producers: {type: open-loop, target: events, rate: 200/s, keys: {count: 1000}}
                faults:
                  - {at: 5s, crash: worker-2, duration: 5s}
                """);
        double published = figure(r, "events", "published");
        assertEquals(2, figure(r, "events", "rebalances"), "out at the timeout, back at the probe");
        assertTrue(figure(r, "events", "redelivered.readers") >= 1, "the batch lost in the crash is delivered again");
        assertTrue(figure(r, "events", "consumed.readers") >= published - 4, "everything is read in the end");
        double one = figure(r, "worker-1", "served");
        double two = figure(r, "worker-2", "served");
        // worker-2 misses 5 s of its share and worker-1 covers them: about 60 % against 40 % instead of half each.
        assertTrue(one > 1.3 * two, "worker-1 " + one + ", worker-2 " + two);
        assertTrue(two > 0.3 * published, "worker-2 reads again after it returns: " + two);
        // Without the rebalance worker-2's two partitions (100 messages/s) would wait the whole 5 s
        // outage, 500 messages; with it they wait about the 1 s ack-timeout, 100 or so.
        double lagMax = figure(r, "events", "lag.readers_max");
        assertTrue(lagMax < 250, "lag max " + lagMax + ": " + r.nodes().get("events").figures());
    }

    @Test
    void aGroupWithoutConsumers_orTwoGroupsOfOneName_areRejected() {
        String base = """
                name: bad
                duration: 1s
                nodes:
                  events:
                    type: event-log
                    groups: %s
                  sink: {type: service}
                workloads:
                  producers: {type: open-loop, target: events, rate: 1/s}
                """;
        ScenarioException empty = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("bad.yaml",
                base.formatted("[{name: a, consumers: []}]"), List.of()));
        assertTrue(empty.problems().get(0).format().contains("needs at least one consumer"), empty.getMessage());
        ScenarioException twice = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("bad.yaml",
                base.formatted("[{name: a, consumers: [sink]}, {name: a, consumers: [sink]}]"), List.of()));
        assertTrue(twice.problems().get(0).format().contains("two consumer groups are named \"a\""), twice.getMessage());
        ScenarioException typo = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("bad.yaml",
                base.formatted("[{name: a, consumers: [sink], start-at: earliset}]"), List.of()));
        assertTrue(typo.problems().get(0).format().contains("did you mean \"earliest\""), typo.getMessage());
        assertTrue(typo.problems().get(0).format().startsWith("bad.yaml:"), typo.getMessage());
    }
    @Test
    void retentionByBytes_keepsTheNewestMessagesThatFitByTheirSize() {
        // 100 messages/s of 1 kB each, evenly spaced, for 30 s into one partition that keeps 100 kB:
        // after each publish exactly the newest 100 messages fit, so all but 100 expire and the log
        // ends holding 0.1 MB. A count limit of 500 is looser and never bites.
        RunResult r = run("""
                name: retention-bytes
                duration: 30s
                nodes:
                  events:
                    type: event-log
                    retention-bytes: 100kB
                    retention-messages: 500
                    groups:
                      - {name: sink, consumers: [sink]}
                  sink: {type: service, workers: 8, service-time: 1ms}
                workloads:
                  producers: {type: open-loop, target: events, rate: 100/s, arrivals: constant, request-size: 1kB}
                """);
        double published = figure(r, "events", "published");
        assertEquals(3000, published, 1);
        assertEquals(published - 100, figure(r, "events", "expired"), "100 messages of 1 kB fit in 100 kB");
        assertEquals(0.1, figure(r, "events", "stored_mb"), 1e-9, "what retention keeps");
        assertEquals(0, figure(r, "events", "lost.sink"), "a group that keeps up loses nothing");
    }

    @Test
    void retentionBytes_isASize_andABadUnitIsRefusedWhereItIsWritten() {
        String yaml = """
                name: bad
                duration: 1s
                nodes:
                  events:
                    type: event-log
                    retention-bytes: %s
                    groups: [{name: a, consumers: [sink]}]
                  sink: {type: service, service-time: 1ms}
                workloads:
                  w: {type: open-loop, target: events, rate: 1/s}
                """;
        ScenarioException unit = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("bad.yaml", yaml.formatted("100 kb"), List.of()));
        String message = unit.problems().get(0).format();
        assertTrue(message.startsWith("bad.yaml:6:22:"), message);
        assertTrue(message.contains("did you mean"), message);
        ScenarioException distribution = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("bad.yaml", yaml.formatted("{dist: exponential, mean: 1MB}"), List.of()));
        assertTrue(distribution.problems().get(0).format().contains("is not a size"), distribution.getMessage());
        ScenarioException zero = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("bad.yaml", yaml.formatted("0B"), List.of()));
        assertTrue(zero.problems().get(0).format().contains("more than 0"), zero.getMessage());
    }
}
