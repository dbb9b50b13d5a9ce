package org.distsim.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The machine and JVM a run measured, printed at the top so that every figure carries its context. */
record Environment(String jvm, String os, String cpu, int cores, long maxHeapBytes, String gc, List<String> flags) {

    static Environment current() {
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        String gc = String.join(" + ",
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
        return new Environment(jvm, os, cpuModel(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory(), gc, ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    void print(PrintStream out) {
        out.println("  jvm    " + jvm);
        out.println("  flags  " + (flags.isEmpty() ? "(none)" : String.join(" ", flags)));
        out.println("  gc     " + gc + ", max heap " + Report.mib(maxHeapBytes));
        out.println("  cpu    " + cpu + ", " + cores + " cores available");
        out.println("  os     " + os);
        out.println("  load   " + loadAverage() + " (1, 5, 15 min) at start");
    }

    /** The 1-, 5- and 15-minute load averages, or "unknown": above the core count, others were competing. */
    static String loadAverage() {
        Path loadavg = Path.of("/proc/loadavg");
        try {
            String[] f = Files.readString(loadavg).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                return lines.filter(l -> l.startsWith("model name")).findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown cpu");
            } catch (IOException | RuntimeException e) {
                return "unknown cpu";
            }
        }
        return "unknown cpu";
    }
}
