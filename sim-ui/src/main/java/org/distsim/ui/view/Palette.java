package org.distsim.ui.view;

import java.util.List;
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
    /** The words on a link only some requests take: dark enough to read on any ground. */
    static final Color BRANCH_LABEL = Color.web("#37474f");
    static final Color TIER = Color.web("#90a4ae");
    static final Color GROUP_A = Color.web("#1e88e5");
    static final Color GROUP_B = Color.web("#fb8c00");

    /**
     * One colour per design (workload) in the charts, in declaration order: Okabe and Ito's
     * colour-blind-safe set, without its yellow (unreadable on white). live.css gives the charts'
     * {@code default-colorN} series the same colours; JavaFX cycles through eight, and so does this.
     */
    static final List<Color> DESIGNS = List.of(Color.web("#0072b2"), Color.web("#e69f00"), Color.web("#009e73"),
            Color.web("#cc79a7"), Color.web("#d55e00"), Color.web("#56b4e9"), Color.web("#000000"),
            Color.web("#999999"));

    /** The colour of the {@code index}th design. */
    static Color design(int index) {
        return DESIGNS.get(index % DESIGNS.size());
    }

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
