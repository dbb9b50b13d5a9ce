package org.distsim.bench;

import java.util.ArrayDeque;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.stat.Tally;

/**
 * The peer of the full-path benchmark: the M/M/1 queue of {@code scenarios/validation/mm1.yaml}
 * (λ = 800/s, mean service 1 ms, 300 s with a 30 s warm-up, or longer) as the textbook event-view SSJ
 * program (L'Ecuyer, SSJ user's guide, "QueueEv"): an arrival event, a departure event, a FIFO of
 * waiting customers, and a {@link Tally} of response times reset at the end of the warm-up.
 *
 * <p>It does much less per request than distsim's path: no network messages, no timeout timer, no
 * latency histogram or percentiles, no time series, no scenario parsing and no report. The ratio
 * therefore prices the whole distsim path against the least a simulator must do, not one kernel
 * against another.
 */
final class SsjMm1 implements Benchmark {

    static final double LAMBDA = 800.0;   // arrivals per second
    static final double MU = 1000.0;      // services per second
    private static final double WARMUP = 30.0;    // seconds

    private final double endSeconds;

    /** The M/M/1 of {@code mm1.yaml}: 300 simulated seconds, about 240 000 customers. */
    SsjMm1() {
        this(300.0);
    }

    /** The same queue run for {@code endSeconds} (6 250 s: about 5 M customers). */
    SsjMm1(double endSeconds) {
        this.endSeconds = endSeconds;
    }

    @Override
    public String unit() {
        return "requests/s";
    }

    @Override
    public Run prepare(long seed) {
        MRG32k3a.setPackageSeed(SsjHold.ssjSeed(seed));
        Model model = new Model(new Simulator(), endSeconds);
        return new Run() {
            @Override
            public long run() {
                model.simulate();
                return model.arrivals;
            }

            @Override
            public String note() {
                return String.format(java.util.Locale.ROOT, "mean response %.3f ms over %d requests (theory 5.000 ms)",
                        model.responses.average() * 1e3, model.responses.numberObs());
            }
        };
    }

    private static final class Model {
        final Simulator sim;
        final double end;
        final ExponentialGen genArr = new ExponentialGen(new MRG32k3a(), LAMBDA);
        final ExponentialGen genServ = new ExponentialGen(new MRG32k3a(), MU);
        final ArrayDeque<Double> waiting = new ArrayDeque<>();
        final Tally responses = new Tally("response time");
        boolean busy;
        double inServiceArrival;
        long arrivals;

        Model(Simulator sim, double end) {
            this.sim = sim;
            this.end = end;
        }

        void simulate() {
            sim.init();
            responses.init();
            new Arrival().schedule(genArr.nextDouble());
            new Event(sim) {
                @Override
                public void actions() {
                    responses.init();
                }
            }.schedule(WARMUP);
            new Event(sim) {
                @Override
                public void actions() {
                    sim.stop();
                }
            }.schedule(end);
            sim.start();
        }

        final class Arrival extends Event {
            Arrival() {
                super(Model.this.sim);
            }

            @Override
            public void actions() {
                arrivals++;
                new Arrival().schedule(genArr.nextDouble());
                if (busy) {
                    waiting.addLast(sim.time());
                } else {
                    busy = true;
                    inServiceArrival = sim.time();
                    new Departure().schedule(genServ.nextDouble());
                }
            }
        }

        final class Departure extends Event {
            Departure() {
                super(Model.this.sim);
            }

            @Override
            public void actions() {
                responses.add(sim.time() - inServiceArrival);
                Double next = waiting.pollFirst();
                if (next == null) {
                    busy = false;
                } else {
                    inServiceArrival = next;
                    new Departure().schedule(genServ.nextDouble());
                }
            }
        }
    }
}
