package org.distsim.ui.view;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.distsim.models.scenario.ComponentSpec;
import org.distsim.models.scenario.Scenario;
import org.distsim.ui.live.NodeState;
import org.distsim.ui.live.Snapshot;
import org.distsim.ui.model.Inspector;

/** The selected component's figures (last interval) and knobs; a hint when nothing is selected. */
final class InspectorPane extends VBox {

    private final Scenario scenario;
    private final Label name = new Label("Inspector");
    private final Label description = new Label("Click a node to see its figures and knobs;"
            + " right-click it to crash, restart or slow it.");
    private final GridPane figures = new GridPane();
    private final GridPane knobs = new GridPane();
    private final Label figuresHeading = heading("Last interval");
    private final Label knobsHeading = heading("Knobs");
    private String selected;
    private Object shownKey;

    InspectorPane(Scenario scenario, Runnable close) {
        this.scenario = scenario;
        Button closeButton = new Button("Close (Esc)");
        closeButton.setId("inspector-close");
        closeButton.setFocusTraversable(false);
        closeButton.setOnAction(e -> close.run());
        setId("inspector");
        getStyleClass().add("inspector");
        name.setId("inspector-name");
        name.getStyleClass().add("inspector-name");
        description.setWrapText(true);
        figures.setHgap(12);
        knobs.setHgap(12);
        getChildren().addAll(closeButton, name, description, figuresHeading, figures, knobsHeading, knobs);
        showNothing();
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("inspector-heading");
        return label;
    }

    String selected() {
        return selected;
    }

    void select(String component) {
        selected = component;
        shownKey = null;
    }

    private void showNothing() {
        figuresHeading.setVisible(false);
        knobsHeading.setVisible(false);
    }

    void render(Snapshot snapshot) {
        if (selected == null) {
            return;
        }
        NodeState state = snapshot.node(selected);
        ComponentSpec spec = scenario.nodes().containsKey(selected) ? scenario.nodes().get(selected)
                : scenario.workloads().get(selected);
        if (state == null || spec == null) {
            return;
        }
        Object key = List.of(snapshot.run(), snapshot.chart().size(), state.up(), state.slowdown(), selected);
        if (Objects.equals(key, shownKey)) {
            return;
        }
        shownKey = key;
        name.setText(spec.name());
        description.setText(spec.typeName() + ": " + Inspector.describe(spec));
        figuresHeading.setVisible(true);
        knobsHeading.setVisible(true);
        fill(figures, Inspector.figures(state));
        fill(knobs, Inspector.knobs(spec));
    }

    private static void fill(GridPane grid, List<Inspector.Row> rows) {
        grid.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            Label key = new Label(rows.get(i).name());
            key.getStyleClass().add("inspector-key");
            Label value = new Label(rows.get(i).value());
            value.getStyleClass().add("inspector-value");
            value.setWrapText(true);
            grid.addRow(i, key, value);
        }
    }
}
