package org.distsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code distsim} in-process and captures what it prints. */
final class Cli {

    /** A small M/M/1 scenario that runs in milliseconds. */
    static final String SCENARIO = """
            name: cli-test
            description: a tiny M/M/1 queue for the command-line tests
            seed: 1
            duration: 2s
            warmup: 200ms
            network:
              latency: {dist: constant, value: 0ms}
            nodes:
              server:
                type: service
                workers: 1
                service-time: {dist: exponential, mean: 1ms}
            workloads:
              clients:
                type: open-loop
                target: server
                arrivals: poisson
                rate: 100/s
                timeout: 10s
            """;

    record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    /** {@code distsim args} as {@code main} runs it, with the compact usage errors. */
    static Result run(String... args) {
        return run(Map.of(), true, args);
    }

    /** {@code distsim args} on a bare {@code Distsim.tree(new Distsim(), args)}. */
    static Result runBare(String... args) {
        return run(Map.of(), false, args);
    }

    static Result run(Map<String, String> environment, boolean configured, String... args) {
        CommandLine commandLine = Distsim.tree(new Distsim(environment), args);
        if (configured) {
            Distsim.configure(commandLine);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
