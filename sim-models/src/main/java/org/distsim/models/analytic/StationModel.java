package org.distsim.models.analytic;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A queueing station with a closed form for its steady state: requests arrive, wait for one of
 * its workers in one FIFO queue, are served, and leave. Each model states what it assumes; a
 * number from it means something only where those assumptions hold. Rates are per second, times
 * in seconds.
 */
public sealed interface StationModel permits MMc, MG1, MMcK {

    /** Kendall's notation: {@code M/M/1}, {@code M/M/4}, {@code M/D/1}, {@code M/G/1}, {@code M/M/2/5}. */
    String name();

    /** The arrival rate offered to the station, per second. */
    double arrivalRate();

    /** The long-run fraction of time each worker is busy, in [0, 1). */
    double utilisation();

    /** The fraction of arrivals rejected because the station is full; 0 for an unbounded queue. */
    double blocking();

    /** The mean time from arrival to departure (wait plus service) of a request that is served. */
    double meanResponse();

    /** The mean time a served request waits before its service starts. */
    double meanWait();

    /** The {@code p}-quantile of the response time, when the model has it in closed form. */
    OptionalDouble responseQuantile(double p);

    /** {@code P(T > t)} for the response time {@code T}, when the model has it in closed form. */
    OptionalDouble responseTail(double t);

    /** What the formulas assume, in words, one per entry. */
    List<String> assumptions();

    /** The textbook the formulas come from. */
    String source();
}
