package org.distsim.core.fault;

/**
 * One method per kind of {@link Fault}: the exhaustive switch over faults that Java 17 can check.
 * Everything that treats faults kind by kind (the injector, {@code explain}, the live view's
 * recording and YAML saving, labels and descriptions) implements this, so a new fault fails to
 * compile everywhere it is not yet handled.
 *
 * @param <R> what handling a fault gives
 */
public interface FaultVisitor<R> {

    R crash(Fault.Crash crash);

    R restart(Fault.Restart restart);

    R partition(Fault.Partition partition);

    R heal(Fault.Heal heal);

    R slowNode(Fault.SlowNode slow);

    R degradeLink(Fault.DegradeLink link);

    R restoreLink(Fault.RestoreLink link);

    R loadSpike(Fault.LoadSpike spike);
}
