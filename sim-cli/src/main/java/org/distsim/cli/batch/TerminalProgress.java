package org.distsim.cli.batch;

import java.io.Console;
import java.util.function.Function;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar with an ETA on stderr (me.tongfei:progressbar), and on a cluster the number of
 * members and run slots, shown only when a person is watching: the library redraws with carriage
 * returns and escape codes even into a file, so it is built only on a terminal and never in CI.
 * Stdout stays clean for the results.
 */
public final class TerminalProgress implements Progress {

    private final ProgressBar bar;

    private TerminalProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * A bar over {@code total} runs when stderr is a terminal, {@code CI} is not set and the user did
     * not ask for {@code --no-progress}; {@link Progress#NONE} otherwise.
     */
    public static Progress create(String task, long total, boolean disabled, Function<String, String> environment) {
        if (disabled || !interactive(environment)) {
            return NONE;
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" runs", 1)
                .setUpdateIntervalMillis(250)
                .build();
        return new TerminalProgress(bar);
    }

    /** A terminal, not a pipe, and not CI. */
    static boolean interactive(Function<String, String> environment) {
        String ci = environment.apply("CI");
        if (ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false") && !ci.equals("0")) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // JDK 22+ returns a Console even for pipes; ask it whether it is a terminal.
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void step() {
        synchronized (bar) {
            bar.step();
        }
    }

    @Override
    public void members(int members, int slots) {
        synchronized (bar) {
            bar.setExtraMessage(" " + members + (members == 1 ? " member, " : " members, ") + slots + " slots");
        }
    }

    @Override
    public void close() {
        bar.close();
    }
}
