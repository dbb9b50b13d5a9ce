package org.distsim.ui.view;

import javafx.scene.paint.Color;
import org.distsim.ui.live.FlightKind;
import org.distsim.ui.model.Health;

/** The view's colours, one meaning each; live.css uses the same values. */
final class Palette {

    static final Color UP = Color.web("#2e7d32");
    static final Color DEGRADED = Color.web("#f9a825");
    static final Color DOWN = Color.web("#757575");
    static final Color REQUEST = Color.web("#1e88e5");
    static final Color OK = Color.web("#43a047");
    static final Color FAILED = Color.web("#e53935");
    static final Color DROPPED = Color.web("#8e24aa");
    static final Color OTHER = Color.web("#b0bec5");
    static final Color LINK = Color.web("#b0bec5");
    static final Color CUT = Color.web("#c62828");
    static final Color TIER = Color.web("#90a4ae");
    static final Color GROUP_A = Color.web("#1e88e5");
    static final Color GROUP_B = Color.web("#fb8c00");

    private Palette() {
    }

    static Color of(FlightKind kind) {
        return switch (kind) {
            case REQUEST -> REQUEST;
            case OK -> OK;
            case FAILED -> FAILED;
            case DROPPED -> DROPPED;
            case OTHER -> OTHER;
        };
    }

    static Color of(Health health) {
        return switch (health) {
            case UP -> UP;
            case DEGRADED -> DEGRADED;
            case DOWN -> DOWN;
        };
    }
}
