package org.distsim.cli;

import java.util.concurrent.CountDownLatch;

/**
 * What Ctrl-C or SIGTERM does to one {@code distsim run}: a shutdown hook asks the run to stop
 * early (its report then covers the simulated time so far), waits until the command has written
 * its output, and ends the process with the command's exit code. Without it the process ended at
 * once, with nothing written, however long the run had gone on; and a signal landing while the
 * report was written cut it off.
 */
final class ShutdownGuard {

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;
    /** The exit code to end with once done; -1 to let the process end as it would (a failure is reported). */
    private volatile int code = -1;

    private ShutdownGuard(Runnable onSignal) {
        this.hook = new Thread(() -> {
            onSignal.run();
            awaitDone();
            if (code >= 0) {
                // A shutdown hook cannot choose the exit code; halting can.
                Runtime.getRuntime().halt(code);
            }
        }, "distsim-stop");
    }

    /** Registers the hook: from now on a signal runs {@code onSignal}, then waits for {@link #finish}. */
    static ShutdownGuard install(Runnable onSignal) {
        ShutdownGuard guard = new ShutdownGuard(onSignal);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** The output is written: a signal from now on ends the process with {@code exitCode}. */
    void finish(int exitCode) {
        code = exitCode;
        release();
    }

    /** The command failed: a signal lets the process end as it would, and the failure is reported. */
    void abandon() {
        code = -1;
        release();
    }

    private void release() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The process is already shutting down: the hook is running and now ends it with the code.
        }
    }

    private void awaitDone() {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
