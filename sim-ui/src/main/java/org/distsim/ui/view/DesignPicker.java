package org.distsim.ui.view;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The other ways to pick which designs the charts draw, besides a click on a chart key's entry: a
 * click on a design's client box in the topology, and the digits 1 to 9 (design 1 is the first
 * declared), for a presenter with a remote or no mouse at hand. Each hides the design when shown and
 * shows it when hidden, through the same toggle as the key.
 */
final class DesignPicker {

    private static final String BOX_ID = "node-";

    private final List<String> designs;
    private final IntConsumer toggle;

    /**
     * @param designs the workloads' names, in declaration order
     * @param toggle  hides or shows the design of that index
     */
    DesignPicker(List<String> designs, IntConsumer toggle) {
        this.designs = List.copyOf(designs);
        this.toggle = toggle;
    }

    /**
     * Watches the primary clicks in {@code topology}: one on a client box toggles its design and goes
     * no further, so it does not also open the inspector (the right-click menu still does).
     */
    void watch(Node topology) {
        topology.addEventFilter(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            int design = designOf(event.getPickResult().getIntersectedNode());
            if (design >= 0) {
                event.consume();
                toggle.accept(design);
            }
        });
    }

    /** The index of the design whose client box {@code node} is in, or -1. */
    int designOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof NodeBox && n.getId() != null && n.getId().startsWith(BOX_ID)) {
                return designs.indexOf(n.getId().substring(BOX_ID.length()));
            }
        }
        return -1;
    }

    /** A key press: the digits 1 to 9, on the main keys or the keypad, toggle that design. */
    void key(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        int design = digit(event.getCode()) - 1;
        if (design >= 0 && design < designs.size()) {
            event.consume();
            toggle.accept(design);
        }
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }
}
