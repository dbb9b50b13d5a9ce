package org.distsim.models.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.distsim.models.format.CrossChecked.KnobProblem;
import org.distsim.models.format.CrossChecked.Nodes;

/**
 * The checks on the names in a {@code calls:} list: a call's {@code on:} must name exactly one
 * earlier call, since the calls are evaluated in list order; a reference to itself or to a later
 * call is refused, and named a cycle when the later call leads back; two calls may not be given the
 * same {@code name:}. An {@code on:} that waits for a hit or a miss must name a call whose targets
 * say hit or miss in their answers (caches, or edge nodes in front of caches only): any other
 * target's answer is neither, and the call would never be made.
 */
final class CallReferences {

    private CallReferences() {
    }

    static List<KnobProblem> check(List<DependencyCall> calls, Nodes nodes) {
        List<KnobProblem> problems = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (int i = 0; i < calls.size(); i++) {
            String name = calls.get(i).name();
            if (name != null && !named.add(name)) {
                problems.add(new KnobProblem(List.of("calls", i, "name"), "two calls are named \"" + name + "\"",
                        "a name no other call of this list has", null, List.of()));
            }
        }
        List<String> names = calls.stream().map(DependencyCall::callName).toList();
        for (int i = 0; i < calls.size(); i++) {
            CallCondition on = calls.get(i).on();
            if (on != null) {
                KnobProblem problem = reference(calls, names, i, on.call());
                if (problem != null) {
                    problems.add(problem);
                } else if (on.outcome() == CallResult.HIT || on.outcome() == CallResult.MISS) {
                    problem = lookupOutcome(calls.get(names.indexOf(on.call())), i, on, nodes);
                    if (problem != null) {
                        problems.add(problem);
                    }
                }
            }
        }
        return problems;
    }

    private static KnobProblem reference(List<DependencyCall> calls, List<String> names, int i, String wanted) {
        List<Object> at = List.of("calls", i, "on", "call");
        List<String> earlier = names.subList(0, i);
        String expected = earlier.isEmpty() ? "an earlier call of this list, and this call is the first"
                : "the name of an earlier call of this list (its name:, or its target): one of " + String.join(", ",
                        new LinkedHashSet<>(earlier));
        int count = (int) earlier.stream().filter(wanted::equals).count();
        if (count == 1) {
            return null;
        }
        if (count > 1) {
            return new KnobProblem(at, "on: names \"" + wanted + "\", and " + count + " earlier calls go by that name",
                    "a name: on the call meant, and on: naming it", null, List.of());
        }
        int later = names.subList(i, names.size()).indexOf(wanted);
        if (later == 0) {
            return new KnobProblem(at, "the call \"" + wanted + "\" waits for its own outcome: a cycle", expected,
                    null, List.of());
        }
        if (later > 0) {
            List<String> cycle = cycle(calls, names, i, i + later);
            String message = cycle != null ? "a cycle of conditions: " + String.join(" -> ", cycle)
                    : "on: names \"" + wanted + "\", a later call; calls are evaluated in list order, so a call"
                    + " waits only for an earlier one";
            return new KnobProblem(at, message, expected + " (move the call below the one it waits for)", null,
                    List.of());
        }
        return new KnobProblem(at, "on: names \"" + wanted + "\", which is no call of this list", expected, wanted,
                earlier);
    }

    /** A hit or a miss of a call whose target may answer neither: the first such target, or null. */
    private static KnobProblem lookupOutcome(DependencyCall waited, int i, CallCondition on, Nodes nodes) {
        for (String target : waited.targets()) {
            if (!nodes.answersHitOrMiss(target)) {
                String outcome = on.outcome().name().toLowerCase(Locale.ROOT);
                return new KnobProblem(List.of("calls", i, "on", "outcome"), "on: waits for a " + outcome + " of \""
                        + on.call() + "\", whose target \"" + target + "\" is a " + nodes.typeOf(target)
                        + "; only a cache answers hit or miss (or a load balancer, shard router or rate limiter in"
                        + " front of caches only), so this call would never be made",
                        "success, failure or timeout, or a call whose target is a cache", null, List.of());
            }
        }
        return null;
    }

    /** The chain of conditions from {@code from} through {@code next} back to {@code from}; null when it does not return. */
    private static List<String> cycle(List<DependencyCall> calls, List<String> names, int from, int next) {
        List<String> chain = new ArrayList<>(List.of(names.get(from)));
        int at = next;
        for (int steps = 0; steps < calls.size(); steps++) {
            chain.add(names.get(at));
            if (at == from) {
                return chain;
            }
            CallCondition on = calls.get(at).on();
            if (on == null) {
                return null;
            }
            at = names.indexOf(on.call());
            if (at < 0) {
                return null;
            }
        }
        return null;
    }
}
