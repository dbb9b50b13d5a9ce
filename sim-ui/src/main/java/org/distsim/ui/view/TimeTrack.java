package org.distsim.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.ui.live.Branch;
import org.distsim.ui.live.Snapshot;

/**
 * The time slider's track: the whole run from t = 0 to its end, the part the shown branch has been
 * run to, a tick at each hand-made fault of the branch (filled once applied, hollow while still to
 * come), a notch where the branch forked, and the playhead. Pressing or dragging shows the time
 * under the pointer; releasing asks to go there. Drawn on the JavaFX thread only.
 */
final class TimeTrack extends Region {

    private static final double RAIL_HEIGHT = 10;
    private static final double KNOB_RADIUS = 9;
    private static final double TICK_WIDTH = 3;
    private static final double SIDE_PADDING = KNOB_RADIUS + 2;

    private final LongConsumer seek;
    private final Rectangle rail = new Rectangle();
    private final Rectangle reached = new Rectangle();
    private final Rectangle progress = new Rectangle();
    private final Polygon fork = new Polygon(0, 0, -6, -9, 6, -9);
    private final Line ghost = new Line();
    private final Label ghostLabel = new Label();
    private final Circle knob = new Circle(KNOB_RADIUS);
    private final List<Rectangle> ticks = new ArrayList<>();
    private Snapshot shown;
    /** The time under the pointer while it is pressed, else -1. */
    private long dragNanos = -1;

    /** @param seek where a release asks to go, in simulated nanoseconds */
    TimeTrack(LongConsumer seek) {
        this.seek = seek;
        getStyleClass().add("time-track");
        rail.getStyleClass().add("time-rail");
        reached.getStyleClass().add("time-reached");
        progress.getStyleClass().add("time-progress");
        fork.getStyleClass().add("time-fork");
        ghost.getStyleClass().add("time-ghost");
        ghostLabel.getStyleClass().add("time-ghost-label");
        knob.getStyleClass().add("time-knob");
        knob.setId("time-knob");
        ghost.setVisible(false);
        ghostLabel.setVisible(false);
        ghostLabel.setManaged(false);
        getChildren().addAll(rail, reached, progress, fork, ghost, knob, ghostLabel);
        setMinHeight(34);
        setPrefHeight(34);
        setMinWidth(120);
        setOnMousePressed(this::drag);
        setOnMouseDragged(this::drag);
        setOnMouseReleased(e -> {
            drag(e);
            long target = dragNanos;
            dragNanos = -1;
            ghost.setVisible(false);
            ghostLabel.setVisible(false);
            if (target >= 0) {
                seek.accept(target);
            }
        });
    }

    /** Shows {@code snapshot}'s time, branch and any replay under way. */
    void render(Snapshot snapshot) {
        shown = snapshot;
        List<ScheduledFault> faults = snapshot.rewind().branch().faults();
        while (ticks.size() < faults.size()) {
            Rectangle tick = new Rectangle();
            ticks.add(tick);
            getChildren().add(getChildren().indexOf(ghost), tick);
        }
        while (ticks.size() > faults.size()) {
            getChildren().remove(ticks.remove(ticks.size() - 1));
        }
        requestLayout();
    }

    /** The simulated time at x, in [0, end]. */
    long timeAt(double x) {
        if (shown == null) {
            return 0;
        }
        double width = Math.max(1, getWidth() - 2 * SIDE_PADDING);
        double share = Math.max(0, Math.min(1, (x - SIDE_PADDING) / width));
        return Math.round(share * shown.endNanos());
    }

    /** The x of simulated time {@code nanos}. */
    double xOf(long nanos) {
        double width = Math.max(1, getWidth() - 2 * SIDE_PADDING);
        return SIDE_PADDING + (shown == null || shown.endNanos() == 0 ? 0 : width * nanos / shown.endNanos());
    }

    private void drag(MouseEvent event) {
        if (shown == null) {
            return;
        }
        dragNanos = timeAt(event.getX());
        ghost.setVisible(true);
        ghostLabel.setVisible(true);
        ghostLabel.setText(String.format(Locale.ROOT, "%.1f s", dragNanos / 1e9));
        requestLayout();
        event.consume();
    }

    @Override
    protected void layoutChildren() {
        if (shown == null) {
            return;
        }
        double mid = getHeight() / 2;
        double top = mid - RAIL_HEIGHT / 2;
        double left = xOf(0);
        place(rail, left, top, xOf(shown.endNanos()) - left, RAIL_HEIGHT);
        Branch branch = shown.rewind().branch();
        long reachedNanos = Math.max(branch.reachedNanos(), shown.nowNanos());
        place(reached, left, top, xOf(reachedNanos) - left, RAIL_HEIGHT);
        Long seeking = shown.rewind().seekingNanos();
        progress.setVisible(seeking != null);
        if (seeking != null) {
            // The replay runs from t = 0 (back) or from the playhead (forward); either way it fills towards the target.
            long from = seeking < shown.nowNanos() ? 0 : shown.nowNanos();
            long at = from + Math.round((seeking - from) * shown.rewind().progress());
            place(progress, xOf(from), top + RAIL_HEIGHT / 2 - 2, xOf(at) - xOf(from), 4);
        }
        List<ScheduledFault> faults = branch.faults();
        for (int i = 0; i < ticks.size(); i++) {
            Rectangle tick = ticks.get(i);
            long at = faults.get(i).atNanos();
            place(tick, xOf(at) - TICK_WIDTH / 2, top - 5, TICK_WIDTH, RAIL_HEIGHT + 10);
            tick.getStyleClass().setAll(at <= shown.nowNanos() ? "time-fault" : "time-fault-planned");
        }
        fork.setVisible(branch.parent() != null);
        fork.setLayoutX(xOf(branch.forkNanos()));
        fork.setLayoutY(top);
        knob.setCenterX(xOf(seeking != null ? seeking : shown.nowNanos()));
        knob.setCenterY(mid);
        if (dragNanos >= 0) {
            double x = xOf(dragNanos);
            ghost.setStartX(x);
            ghost.setEndX(x);
            ghost.setStartY(2);
            ghost.setEndY(getHeight() - 2);
            ghostLabel.autosize();
            double labelX = Math.max(0, Math.min(getWidth() - ghostLabel.getWidth(), x + 6));
            ghostLabel.relocate(labelX, 0);
        }
    }

    private static void place(Rectangle shape, double x, double y, double width, double height) {
        shape.setX(x);
        shape.setY(y);
        shape.setWidth(Math.max(0, width));
        shape.setHeight(height);
    }
}
