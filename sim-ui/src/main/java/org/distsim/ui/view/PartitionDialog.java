package org.distsim.ui.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import org.distsim.core.facts.Layer;
import org.distsim.core.fault.Fault;
import org.distsim.ui.model.Topology;

/**
 * Picks the two sides of a partition: every component goes to side A, side B or neither. Clients
 * and the edge start on side A, the rest on neither.
 */
final class PartitionDialog {

    private PartitionDialog() {
    }

    static Optional<Fault.Partition> ask(Topology topology, String name) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Partition the network");
        dialog.setHeaderText("Messages between side A and side B are dropped until you heal (H).");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.addRow(0, new Label("component"), new Label("side A"), new Label("side B"), new Label("neither"));
        Map<String, ToggleGroup> choices = new LinkedHashMap<>();
        int row = 1;
        for (Topology.Placed node : topology.nodes()) {
            ToggleGroup group = new ToggleGroup();
            RadioButton a = new RadioButton();
            RadioButton b = new RadioButton();
            RadioButton neither = new RadioButton();
            a.setUserData("A");
            b.setUserData("B");
            neither.setUserData("-");
            for (RadioButton button : List.of(a, b, neither)) {
                button.setToggleGroup(group);
            }
            (node.layer() == Layer.CLIENTS || node.layer() == Layer.EDGE ? a : neither).setSelected(true);
            grid.addRow(row++, new Label(node.name()), a, b, neither);
            choices.put(node.name(), group);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return Optional.empty();
        }
        List<String> sideA = new ArrayList<>();
        List<String> sideB = new ArrayList<>();
        choices.forEach((component, group) -> {
            Object side = group.getSelectedToggle() == null ? "-" : group.getSelectedToggle().getUserData();
            if ("A".equals(side)) {
                sideA.add(component);
            } else if ("B".equals(side)) {
                sideB.add(component);
            }
        });
        if (sideA.isEmpty() || sideB.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Fault.Partition(name, List.of(sideA, sideB), false));
    }
}
