package org.distsim.models.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The closed forms against values worked out in the textbooks (and in the headers of
 * scenarios/validation/*.yaml, which the simulator reproduces within sampling error).
 */
class QueueingModelsTest {

    private static final double MS = 1e-3;

    @Test
    void erlangB_matchesTheTables() {
        assertEquals(0.2, ErlangC.blocking(2, 1), 1e-15);
        // Erlang's loss table: 10 circuits offered 5 Erlang lose 1.838 % of calls.
        assertEquals(0.018385, ErlangC.blocking(10, 5), 5e-7);
    }

    @Test
    void erlangC_ofFourWorkersAt80Percent_is0point59643() {
        assertEquals(0.59643, ErlangC.waiting(4, 3.2), 5e-6);
        assertEquals(0.8, ErlangC.waiting(1, 0.8), 1e-15, "one worker waits with probability rho");
    }

    @Test
    void erlangC_staysFiniteForThousandsOfWorkers() {
        double c = ErlangC.waiting(5000, 4900);
        assertTrue(c > 0 && c < 1, "got " + c);
    }

    @Test
    void mm1_atRho0point8_hasMean5msAndP99Of23ms() {
        MMc mm1 = new MMc(800, 1000, 1);
        assertEquals("M/M/1", mm1.name());
        assertEquals(0.8, mm1.utilisation(), 1e-15);
        assertEquals(5 * MS, mm1.meanResponse(), 1e-15);
        assertEquals(3.466 * MS, mm1.responseQuantile(0.5).getAsDouble(), 5e-7);
        assertEquals(14.979 * MS, mm1.responseQuantile(0.95).getAsDouble(), 5e-7);
        assertEquals(23.026 * MS, mm1.responseQuantile(0.99).getAsDouble(), 5e-7);
        assertEquals(Math.exp(-1), mm1.responseTail(5 * MS).getAsDouble(), 1e-12, "exponential with mean 5 ms");
    }

    @Test
    void mmc_withFourWorkersAt80Percent_matchesErlangC() {
        MMc mmc = new MMc(800, 250, 4);
        assertEquals(0.8, mmc.utilisation(), 1e-15);
        assertEquals(6.982 * MS, mmc.meanResponse(), 5e-7);
        assertEquals(5.385 * MS, mmc.responseQuantile(0.5).getAsDouble(), 5e-7);
        assertEquals(18.952 * MS, mmc.responseQuantile(0.95).getAsDouble(), 5e-7);
        assertEquals(27.573 * MS, mmc.responseQuantile(0.99).getAsDouble(), 5e-7);
        assertEquals(0.01, mmc.responseTail(mmc.responseQuantile(0.99).getAsDouble()).getAsDouble(), 1e-9);
    }

    @Test
    void mmc_whoseWaitRateEqualsTheServiceRate_usesTheErlangTwoTail() {
        // c mu - lambda = mu: theta = mu.
        MMc mmc = new MMc(100, 100, 2);
        double t = 0.02;
        double c = mmc.waitProbability();
        double expected = (1 - c) * Math.exp(-100 * t) + c * (1 + 100 * t) * Math.exp(-100 * t);
        assertEquals(expected, mmc.responseTail(t).getAsDouble(), 1e-12);
        assertEquals(mmc.responseTail(t).getAsDouble(), new MMc(100, 100 * (1 + 1e-6), 2).responseTail(t)
                .getAsDouble(), 1e-5, "continuous across theta = mu");
    }

    @Test
    void mmc_withoutASteadyState_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MMc(1000, 1000, 1));
        assertThrows(IllegalArgumentException.class, () -> new MMc(3000, 250, 4));
    }

    @Test
    void md1_atRho0point8_hasAMeanOf3ms_halfTheWaitOfMm1() {
        MG1 md1 = new MG1(800, 1 * MS, 1 * MS * MS);
        assertEquals("M/D/1", md1.name());
        assertEquals(3 * MS, md1.meanResponse(), 1e-15);
        assertEquals(new MMc(800, 1000, 1).meanWait() / 2, md1.meanWait(), 1e-15);
        assertTrue(md1.responseQuantile(0.99).isEmpty(), "M/G/1 has no closed-form percentiles");
    }

    @Test
    void mg1_withExponentialMoments_isMm1() {
        MG1 mg1 = new MG1(800, 1 * MS, 2 * MS * MS);
        assertEquals("M/G/1", mg1.name());
        assertEquals(5 * MS, mg1.meanResponse(), 1e-15);
    }

    @Test
    void mmck_twoWorkersAndThreePlaces_rejects14point108Percent() {
        MMcK mmck = new MMcK(1800, 1000, 2, 5);
        assertEquals("M/M/2/5", mmck.name());
        assertEquals(0.14108, mmck.blocking(), 5e-6);
        assertEquals(1800 * (1 - mmck.blocking()) / 2000, mmck.utilisation(), 1e-12);
    }

    @Test
    void mm1k_matchesItsGeometricClosedForm_andLittlesLaw() {
        double rho = 0.9;
        int k = 10;
        MMcK mm1k = new MMcK(900, 1000, 1, k);
        double pk = (1 - rho) * Math.pow(rho, k) / (1 - Math.pow(rho, k + 1));
        assertEquals(pk, mm1k.blocking(), 1e-14);
        // L = rho/(1-rho) - (K+1) rho^(K+1) / (1 - rho^(K+1)).
        double l = rho / (1 - rho) - (k + 1) * Math.pow(rho, k + 1) / (1 - Math.pow(rho, k + 1));
        assertEquals(l, mm1k.meanInSystem(), 1e-12);
        assertEquals(l / (900 * (1 - pk)), mm1k.meanResponse(), 1e-14);
        assertEquals(mm1k.meanResponse() - 1e-3, mm1k.meanWait(), 1e-14, "response = wait + service");
    }

    @Test
    void mmcc_isErlangsLossSystem() {
        assertEquals(ErlangC.blocking(10, 5), new MMcK(500, 100, 10, 10).blocking(), 1e-14);
        assertEquals(0.01, new MMcK(500, 100, 10, 10).meanResponse(), 1e-14, "no waiting: response = service");
    }

    @Test
    void mmck_overloadedWithAHugeQueue_rejectsTheExcess() {
        // rho = 2 and a million places: the queue is full nearly always, so half the arrivals are lost.
        MMcK full = new MMcK(2000, 1000, 1, 1_000_001);
        assertEquals(0.5, full.blocking(), 1e-9);
        assertEquals(1, full.utilisation(), 1e-9);
        assertTrue(Double.isFinite(full.meanResponse()));
    }

    @Test
    void mmck_aVeryLongQueueFarFromSaturation_isSummedUntilItsTailVanishes() {
        MMcK mmck = new MMcK(500, 1000, 1, 100_000_000);
        assertEquals(new MMc(500, 1000, 1).meanResponse(), mmck.meanResponse(), 1e-15);
        assertFalse(MMcK.computable(999.999, 1000, 1, 100_000_000));
    }
}
