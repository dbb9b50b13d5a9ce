package org.distsim.models.docs;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.distsim.core.facts.Link;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.FaultVisitor;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.random.Distribution;
import org.distsim.models.failure.FailureConfig;
import org.distsim.models.format.KnobSpec;
import org.distsim.models.format.Names;
import org.distsim.models.format.Rate;
import org.distsim.models.scenario.Binder;
import org.distsim.models.scenario.ComponentSpec;
import org.distsim.models.scenario.Note;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioFacts;
import org.distsim.models.scenario.ScenarioFormat;
import org.distsim.models.scenario.Units;
import org.distsim.models.scenario.Zoning;

/**
 * The text of {@code distsim explain}: a loaded scenario as the simulator understood it. Every node
 * and workload with its type and every knob with its value, defaults filled in and marked
 * {@code # default} (the value equals the knob's default; {@code # not set} for an optional knob
 * left out), the edges (who sends requests to whom: the links of the scenario's topology), the fault
 * timeline with the undo faults that {@code duration:} scheduled, and the notes. The knob part
 * reads as YAML in the format's own spelling. Numbers are printed from their exact binary value
 * rounded to nine significant digits, so the text is the same on every JDK.
 */
public final class ScenarioExplainer {

    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();

    private ScenarioExplainer() {
    }

    /** The explanation of a loaded scenario, ending in a newline. */
    public static String explain(Scenario scenario) {
        return new ScenarioExplainer().document(scenario);
    }

    private String document(Scenario scenario) {
        out.append("# ").append(scenario.source()).append(", as the simulator understood it;")
                .append(" \"# default\" marks a value the file leaves to its default\n");
        List<KnobSpec> top = KnobSpec.of(ScenarioFormat.TopLevel.class);
        Object[] values = {scenario.name(), scenario.description(), scenario.seed(),
            Duration.ofNanos(scenario.durationNanos()), Duration.ofNanos(scenario.warmupNanos()),
            Duration.ofNanos(scenario.intervalNanos())};
        for (int i = 0; i < top.size(); i++) {
            knob(top.get(i), values[i], "");
        }
        out.append("network:\n");
        record(scenario.network(), INDENT);
        components("nodes", scenario.nodes(), scenario.zoning());
        components("workloads", scenario.workloads(), scenario.zoning());
        edges(scenario);
        faults(scenario.faults());
        notes(scenario.notes());
        return out.toString();
    }

    /** The zone of a component, and of each member of a group node spelt out one by one, when it has them. */
    private void zones(ComponentSpec component, Zoning zoning) {
        if (zoning.zone(component.name()) != null) {
            out.append(INDENT).append(INDENT).append("zone: ").append(zoning.zone(component.name())).append('\n');
        }
        if (component.type().isGroup()) {
            List<String> members = component.type().membersOf(component.name(), component.config()).members();
            if (members.stream().anyMatch(m -> zoning.zone(m) != null)) {
                out.append(INDENT).append(INDENT).append("zones: [").append(String.join(", ", members.stream()
                        .map(m -> String.valueOf(zoning.zone(m))).toList())).append("]  # one per member\n");
            }
        }
    }

    private void components(String section, Map<String, ComponentSpec> components, Zoning zoning) {
        out.append(section).append(":\n");
        for (ComponentSpec component : components.values()) {
            out.append(INDENT).append(component.name()).append(":\n");
            out.append(INDENT).append(INDENT).append("type: ").append(component.typeName()).append('\n');
            zones(component, zoning);
            record(component.config(), INDENT + INDENT);
            if (component.failures() != null) {
                out.append(INDENT).append(INDENT).append(FailureConfig.KEY).append(":\n");
                record(component.failures(), INDENT + INDENT + INDENT);
            }
        }
    }

    /** The links of the scenario's topology, as the reports and the live view draw them. */
    private void edges(Scenario scenario) {
        List<Link> links = ScenarioFacts.topology(scenario).links();
        out.append("# who sends requests to whom, from the node names in the knobs, and each group's members\n");
        out.append("edges:").append(links.isEmpty() ? " []\n" : "\n");
        for (Link link : links) {
            out.append(INDENT).append("- ").append(link.from()).append(" -> ").append(link.to()).append("  # ")
                    .append(link.kind() == Link.Kind.MEMBER ? "member" : link.via())
                    .append(link.branching() ? ", " + link.label() : "").append('\n');
        }
    }

    private void faults(List<ScheduledFault> faults) {
        out.append("# the fault timeline, sorted, with the undo of every duration:\n");
        out.append("timeline:").append(faults.isEmpty() ? " []\n" : "\n");
        for (ScheduledFault fault : faults) {
            out.append(INDENT).append("- ").append(Units.formatNanos(fault.atNanos())).append(": ")
                    .append(describe(fault.fault())).append('\n');
        }
    }

    private void notes(List<Note> notes) {
        out.append("notes:").append(notes.isEmpty() ? " []\n" : "\n");
        for (Note note : notes) {
            out.append(INDENT).append("- ").append(Units.formatNanos(note.atNanos())).append(": ")
                    .append(quoted(note.text())).append('\n');
        }
    }

    /** A fault with all its parameters, in the format's words. */
    static String describe(Fault fault) {
        return fault.accept(DESCRIPTION);
    }

    /** How {@code explain} words each kind of fault: with every parameter, unlike the short label. */
    private static final FaultVisitor<String> DESCRIPTION = new FaultVisitor<>() {
        @Override
        public String crash(Fault.Crash crash) {
            return "crash " + crash.node();
        }

        @Override
        public String restart(Fault.Restart restart) {
            return "restart " + restart.node();
        }

        @Override
        public String partition(Fault.Partition partition) {
            return "partition " + partition.name() + " " + partition.groups() + (partition.oneWay() ? " one-way" : "");
        }

        @Override
        public String heal(Fault.Heal heal) {
            return "heal " + heal.name();
        }

        @Override
        public String slowNode(Fault.SlowNode slow) {
            return slow.factor() == 1 ? "slow " + slow.node() + " ends (factor 1)"
                    : "slow " + slow.node() + " (service times x" + number(slow.factor()) + ")";
        }

        @Override
        public String degradeLink(Fault.DegradeLink link) {
            return "degrade-link " + link.from() + " <-> " + link.to() + " (extra latency "
                    + Units.formatNanos(link.extraLatencyNanos()) + ", loss " + number(link.loss()) + ")";
        }

        @Override
        public String restoreLink(Fault.RestoreLink link) {
            return "restore-link " + link.from() + " <-> " + link.to();
        }

        @Override
        public String loadSpike(Fault.LoadSpike spike) {
            return spike.factor() == 1 ? "load-spike on " + spike.workload() + " ends (factor 1)"
                    : "load-spike on " + spike.workload() + " (load x" + number(spike.factor()) + ")";
        }
    };

    /** Every knob of a record of knobs, one per line, nested records and lists of them as blocks. */
    private void record(Object config, String indent) {
        RecordComponent[] components = config.getClass().getRecordComponents();
        for (RecordComponent component : components) {
            knob(KnobSpec.of(component), KnobSpec.read(component, config), indent);
        }
    }

    private void knob(KnobSpec knob, Object value, String indent) {
        String marker = value == null ? "  # not set"
                : !knob.optional() && Objects.equals(value, Binder.defaultValueOf(knob)) ? "  # default" : "";
        out.append(indent).append(knob.key()).append(':');
        if (value instanceof Record nested && KnobSpec.isKnobRecord(nested.getClass())) {
            out.append(marker).append('\n');
            record(nested, indent + INDENT);
        } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record first
                && KnobSpec.isKnobRecord(first.getClass())) {
            out.append(marker).append('\n');
            for (Object item : list) {
                int mark = out.length();
                record(item, indent + INDENT + INDENT);
                // The first key of each item carries the list dash, YAML style.
                out.replace(mark + indent.length() + INDENT.length(), mark + indent.length() + 2 * INDENT.length(), "- ");
            }
        } else {
            out.append(' ').append(value == null ? "~" : scalar(value)).append(marker).append('\n');
        }
    }

    /** A value in the format's own spelling. */
    static String scalar(Object value) {
        if (value instanceof Duration duration) {
            return Units.formatNanos(duration.toNanos());
        } else if (value instanceof Rate rate) {
            return number(rate.perSecond()) + "/s";
        } else if (value instanceof Double d) {
            return number(d);
        } else if (value instanceof Enum<?> constant) {
            return Names.enumValue(constant);
        } else if (value instanceof String text) {
            return quoted(text);
        } else if (value instanceof Distribution distribution) {
            return distribution(distribution);
        } else if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(ScenarioExplainer::scalar).toList()) + "]";
        }
        return String.valueOf(value);
    }

    private static String distribution(Distribution distribution) {
        if (distribution instanceof org.distsim.core.random.Constant c) {
            return nanos(c.value());
        } else if (distribution instanceof org.distsim.core.random.Exponential e) {
            return "{dist: exponential, mean: " + nanos(e.mean()) + "}";
        } else if (distribution instanceof org.distsim.core.random.Uniform u) {
            return "{dist: uniform, min: " + nanos(u.min()) + ", max: " + nanos(u.max()) + "}";
        } else if (distribution instanceof org.distsim.core.random.Normal n) {
            return "{dist: normal, mean: " + nanos(n.mu()) + ", sd: " + nanos(n.sd()) + "}";
        } else if (distribution instanceof org.distsim.core.random.LogNormal l) {
            return "{dist: lognormal, mu: " + number(l.mu()) + ", sigma: " + number(l.sigma())
                    + "}  # median " + nanos(Math.exp(l.mu()));
        } else if (distribution instanceof org.distsim.core.random.Pareto p) {
            return "{dist: pareto, scale: " + nanos(p.scale()) + ", shape: " + number(p.shape()) + "}";
        } else if (distribution instanceof org.distsim.core.random.Weibull w) {
            return "{dist: weibull, scale: " + nanos(w.scale()) + ", shape: " + number(w.shape()) + "}";
        } else if (distribution instanceof org.distsim.core.random.Empirical e) {
            StringBuilder points = new StringBuilder("{dist: empirical, points: [");
            for (int i = 0; i < e.values().length; i++) {
                points.append(i == 0 ? "" : ", ").append("{p: ").append(number(e.probabilities()[i]))
                        .append(", value: ").append(nanos(e.values()[i])).append('}');
            }
            return points.append("]}").toString();
        }
        return distribution.getClass().getSimpleName();
    }

    /** Nanoseconds as a duration: exact when whole, else in the largest unit to nine digits. */
    private static String nanos(double nanos) {
        if (nanos == Math.rint(nanos) && Math.abs(nanos) < 9e18) {
            return Units.formatNanos((long) nanos);
        }
        String[] units = {"h", "m", "s", "ms", "us", "ns"};
        double[] sizes = {3.6e12, 6e10, 1e9, 1e6, 1e3, 1};
        for (int i = 0; i < units.length; i++) {
            if (Math.abs(nanos) >= sizes[i] || i == units.length - 1) {
                return number(nanos / sizes[i]) + units[i];
            }
        }
        throw new AssertionError();
    }

    /** A double to nine significant digits from its exact binary value: the same text on every JDK. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(9)).stripTrailingZeros().toPlainString();
    }

    private static String quoted(String text) {
        if (text.isEmpty() || !text.matches("[A-Za-z0-9][A-Za-z0-9 ._/-]*") || text.endsWith(" ")) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return text;
    }
}
