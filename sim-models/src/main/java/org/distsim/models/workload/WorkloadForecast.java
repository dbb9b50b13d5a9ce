package org.distsim.models.workload;

import java.util.List;
import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.KeyLaw;

/**
 * The flow a workload offers, for the static forecast. An open loop sends at its rate whatever
 * the responses do, so its flow is known before the run: Poisson with Poisson arrivals and no
 * schedule, otherwise the peak of its schedule, marked unsteady. A closed loop's rate is the users
 * divided by response time plus think time, which is what the run measures.
 */
final class WorkloadForecast {

    private WorkloadForecast() {
    }

    static Flow openLoop(String workload, OpenLoopConfig config) {
        boolean steady = config.schedule().isEmpty();
        return Flow.of(workload, steady ? config.rate().perSecond() : peak(config), steady
                && config.arrivals() == Arrivals.POISSON, steady, config.readRatio(), keys(config.keys()));
    }

    /** The highest rate the schedule reaches: its base, a step, the end of a ramp or a diurnal peak. */
    private static double peak(OpenLoopConfig config) {
        double peak = config.rate().perSecond();
        List<RatePhase> phases = config.schedule();
        for (RatePhase phase : phases) {
            double rate = switch (phase.form()) {
                case STEP -> phase.rate().perSecond();
                case RAMP -> phase.rampTo().perSecond();
                case DIURNAL -> phase.diurnal().peak().perSecond();
            };
            peak = Math.max(peak, rate);
        }
        return peak;
    }

    /** The keys requests name; no {@code keys:} is the single key 0. */
    static KeyLaw keys(KeysConfig keys) {
        if (keys == null) {
            return new KeyLaw(1, 0);
        }
        return new KeyLaw(keys.count(), keys.popularity() == Popularity.UNIFORM ? 0 : keys.s());
    }
}
