package org.distsim.ui.view;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit without its warning about how it was loaded. distsim runs JavaFX from
 * the class path of its one jar, a deployment JavaFX supports but warns about on every start
 * ("Unsupported JavaFX configuration: classes were loaded from 'unnamed module'"); a user of
 * {@code distsim view} can do nothing about that line, and it buried the command's own output.
 */
final class ToolkitStart {

    /**
     * Held for the life of the process: java.util.logging keeps loggers weakly, and a logger
     * collected and made again would have lost its level.
     */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    private ToolkitStart() {
    }

    /** {@link Platform#startup}, with the toolkit's own start-up warnings left out; errors still show. */
    static void startup(Runnable first) {
        PLATFORM_LOG.setLevel(Level.SEVERE);
        Platform.startup(first);
    }
}
