package org.distsim.models.scenario;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.Branch;
import org.distsim.models.format.Knob;
import org.distsim.models.format.KnobSpec;
import org.distsim.models.format.Rate;
import org.distsim.models.format.ValueKind;

/**
 * Estimates the {@link Demand} of a bound scenario by reading its knobs through the format
 * ({@link KnobSpec}), as {@link CallGraph} does, so that a new component is estimated without a
 * change here:
 * <ul>
 *   <li>A workload sends, per simulated second, its highest {@code rate} written anywhere in it
 *       (the rate, a schedule step, a ramp's end, a diurnal peak), times its largest load spike,
 *       times one plus its {@code retries}. A closed loop without a rate sends {@code users} per
 *       mean think time (at least a millisecond: its real rate also waits for its responses).
 *       Each request costs an arrival and a timeout timer, and three events per hop (its
 *       delivery, the work's timer, the response's delivery).</li>
 *   <li>The hops of a request to a node are the node itself plus, for each node it names, that
 *       node's hops: all of them for separate references (each call of a service, times one plus
 *       the call's {@code retries}), the costliest one for a list of names (the backends of a
 *       load balancer, the consumers of a queue, of which one takes each request). A call made with
 *       a probability counts that share of its hops, a route's targets their share of the weights;
 *       a call made on another's outcome counts in full (its outcome's odds are not known).</li>
 *   <li>A node's periodic timers are its duration knobs whose key ends in {@code interval}
 *       (heartbeats, health checks, flushes, the autoscaler's evaluations) and the {@code mttf} of
 *       its {@code failures:}; each tick costs one event plus two per node the node names, times
 *       the square of its {@code replicas} (every replica may talk to every other).</li>
 * </ul>
 * Hops are capped at 10^18 so that a deep fan-out cannot overflow into infinity.
 */
final class DemandEstimator {

    /** The arrival timer and the timeout timer of one request. */
    static final double EVENTS_PER_REQUEST = 2;
    /** The delivery of a request, the timer of its work, and the delivery of its response. */
    static final double EVENTS_PER_HOP = 3;
    /** The rate a closed loop's think time is read at when it is shorter (or zero). */
    private static final double SHORTEST_THINK_NANOS = 1e6;
    private static final double MAX_HOPS = 1e18;

    private final Scenario scenario;
    private final Locations locations;
    // Memo only; looked up by name, never iterated.
    private final Map<String, Double> hops = new HashMap<>();

    DemandEstimator(Scenario scenario, Locations locations) {
        this.scenario = scenario;
        this.locations = locations;
    }

    Demand estimate() {
        List<Demand.Term> terms = new ArrayList<>();
        for (ComponentSpec workload : scenario.workloads().values()) {
            Demand.Term term = workload(workload);
            if (term != null) {
                terms.add(term);
            }
        }
        for (ComponentSpec node : scenario.nodes().values()) {
            NodePath base = NodePath.ROOT.key("nodes").key(node.name());
            double perTick = (1 + 2 * references(node.config())) * square(replicas(node.config()));
            periodic(node.name(), node.config(), base, perTick, terms);
            if (node.failures() != null) {
                periodic(node.name(), node.failures(), base.key("failures"), 2, terms);
            }
        }
        return new Demand(terms, scenario.workloads().size() + scenario.nodes().size());
    }

    private Demand.Term workload(ComponentSpec workload) {
        NodePath base = NodePath.ROOT.key("workloads").key(workload.name());
        Object config = workload.config();
        Found<Rate> peak = highestRate(config, base);
        double perSecond;
        NodePath blamed;
        String what;
        if (peak != null) {
            perSecond = peak.value().perSecond();
            blamed = peak.path();
            what = "up to " + peak.value() + " requests";
        } else {
            Integer users = (Integer) top(config, "users");
            if (users == null) {
                return null;
            }
            Distribution think = (Distribution) top(config, "think-time");
            double thinkNanos = Math.max(SHORTEST_THINK_NANOS, think == null ? 0 : think.mean());
            perSecond = users * 1e9 / thinkNanos;
            blamed = base.key("users");
            what = users + " users, up to " + format(perSecond) + " requests/s";
        }
        double spike = largestSpike(workload.name());
        if (spike > 1) {
            perSecond *= spike;
            what += " x" + format(spike) + " (load spike)";
        }
        Object retries = top(config, "retries");
        if (retries instanceof Integer r && r > 0) {
            perSecond *= 1 + r;
            what += ", each sent up to " + (1 + r) + " times";
        }
        Object target = top(config, "target");
        double hopsEach = target instanceof String name && scenario.nodes().containsKey(name) ? hops(name) : 1;
        what += ", " + format(hopsEach) + (hopsEach == 1 ? " hop" : " hops") + " each";
        Object timeout = top(config, "timeout");
        long holdNanos = timeout instanceof Duration d ? d.toNanos() : 0;
        return new Demand.Term(blamed.dotted(), where(blamed), what,
                perSecond * (EVENTS_PER_REQUEST + EVENTS_PER_HOP * hopsEach), perSecond * hopsEach, holdNanos);
    }

    /** A node's hops: itself and the hops of the nodes it sends to ({@link DemandEstimator}). */
    private double hops(String node) {
        Double known = hops.get(node);
        if (known != null) {
            return known;
        }
        ComponentSpec spec = scenario.nodes().get(node);
        double total = 1 + (spec == null ? 0 : downstream(spec.config()));
        total = Math.min(total, MAX_HOPS);
        hops.put(node, total);
        return total;
    }

    /**
     * The hops below a record of knobs: the sum over separate references, the most costly of a list of
     * names; a branch ({@link Branch}) counts by its expected share of the requests.
     */
    private double downstream(Object config) {
        return downstream(config, 1);
    }

    /** @param outerAttempts the attempts of the call a route's choice belongs to */
    private double downstream(Object config, double outerAttempts) {
        double total = 0;
        Object retries = top(config, "retries");
        double attempts = retries instanceof Integer r && r > 0 ? 1 + r : 1;
        if (config instanceof Branch branch && branch.exclusive()) {
            attempts = outerAttempts; // a route's choice is tried as often as its call
        }
        for (RecordComponent component : config.getClass().getRecordComponents()) {
            KnobSpec knob = KnobSpec.of(component);
            Object value = KnobSpec.read(component, config);
            if (value instanceof String name && knob.format() == Knob.Format.NODE_REF) {
                total += attempts * hops(name);
            } else if (value instanceof List<?> list) {
                double weights = CallGraph.exclusiveWeights(list);
                double costliest = 0;
                for (Object element : list) {
                    if (element instanceof String name && knob.format() == Knob.Format.NODE_REF) {
                        costliest = Math.max(costliest, hops(name));
                    } else if (element instanceof Record nested && KnobSpec.isKnobRecord(nested.getClass())) {
                        total += share(nested, weights) * downstream(nested, attempts);
                    }
                }
                total += attempts * costliest;
            } else if (value instanceof Record nested && KnobSpec.isKnobRecord(nested.getClass())) {
                total += share(nested, 0) * downstream(nested, attempts);
            }
        }
        return Math.min(total, MAX_HOPS);
    }

    /** The expected fraction of requests that go through a record: 1 unless it is a branch. */
    private static double share(Record record, double listWeights) {
        if (!(record instanceof Branch branch)) {
            return 1;
        }
        return branch.exclusive() && listWeights > 0 ? branch.share() / listWeights : branch.share();
    }

    /** How many node names a record of knobs holds, at any depth. */
    private static int references(Object config) {
        int count = 0;
        for (RecordComponent component : config.getClass().getRecordComponents()) {
            KnobSpec knob = KnobSpec.of(component);
            Object value = KnobSpec.read(component, config);
            List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
            for (Object element : values) {
                if (element instanceof String && knob.format() == Knob.Format.NODE_REF) {
                    count++;
                } else if (element instanceof Record nested && KnobSpec.isKnobRecord(nested.getClass())) {
                    count += references(nested);
                }
            }
        }
        return count;
    }

    /** One term per periodic timer knob of {@code config} and the records in it. */
    private void periodic(String node, Object config, NodePath path, double perTick, List<Demand.Term> terms) {
        for (RecordComponent component : config.getClass().getRecordComponents()) {
            KnobSpec knob = KnobSpec.of(component);
            Object value = KnobSpec.read(component, config);
            NodePath at = path.key(knob.key());
            if (value instanceof Duration every && knob.kind() == ValueKind.DURATION && isPeriodic(knob.key())) {
                double ticks = 1e9 / Math.max(1, every.toNanos());
                terms.add(new Demand.Term(at.dotted(), where(at), "a timer of " + node + " every "
                        + Units.formatNanos(every.toNanos()) + ", " + format(perTick) + " events each",
                        ticks * perTick, 0, 0));
            } else if (value instanceof Record nested && KnobSpec.isKnobRecord(nested.getClass())) {
                periodic(node, nested, at, perTick, terms);
            }
        }
    }

    private static boolean isPeriodic(String key) {
        return key.endsWith("interval") || key.equals("mttf");
    }

    /** The highest rate written anywhere in a record of knobs, with its path; null when there is none. */
    private static Found<Rate> highestRate(Object config, NodePath path) {
        Found<Rate> best = null;
        for (RecordComponent component : config.getClass().getRecordComponents()) {
            KnobSpec knob = KnobSpec.of(component);
            Object value = KnobSpec.read(component, config);
            NodePath at = path.key(knob.key());
            List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
            for (int i = 0; i < values.size(); i++) {
                Object element = values.get(i);
                NodePath here = value instanceof List<?> ? at.index(i) : at;
                Found<Rate> found = null;
                if (element instanceof Rate rate) {
                    found = new Found<>(rate, here);
                } else if (element instanceof Record nested && KnobSpec.isKnobRecord(nested.getClass())) {
                    found = highestRate(nested, here);
                }
                if (found != null && (best == null || found.value().perSecond() > best.value().perSecond())) {
                    best = found;
                }
            }
        }
        return best;
    }

    private double largestSpike(String workload) {
        double largest = 1;
        for (ScheduledFault fault : scenario.faults()) {
            if (fault.fault() instanceof Fault.LoadSpike spike && spike.workload().equals(workload)) {
                largest = Math.max(largest, spike.factor());
            }
        }
        return largest;
    }

    /** The value of the top-level knob {@code key} of a record of knobs, or null. */
    private static Object top(Object config, String key) {
        for (RecordComponent component : config.getClass().getRecordComponents()) {
            KnobSpec knob = KnobSpec.of(component);
            if (knob.key().equals(key)) {
                return KnobSpec.read(component, config);
            }
        }
        return null;
    }

    private static int replicas(Object config) {
        Object value = top(config, "replicas");
        return value instanceof Integer n && n > 1 ? n : 1;
    }

    private static double square(int n) {
        return (double) n * n;
    }

    private String where(NodePath path) {
        Location location = locations.value(path);
        return location.line() > 0 ? location.file() + ":" + location.line() + ":" + location.column()
                : location.file();
    }

    private static String format(double value) {
        return Demand.count(value);
    }

    private record Found<T>(T value, NodePath path) {
    }
}
