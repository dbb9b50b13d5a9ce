package org.distsim.ui.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;

/**
 * The smallest text of a drawing of boxes, for the tests that hold the topology readable on a
 * projector.
 *
 * @param px     its size in the pane's pixels (a box's font times the scale the box is drawn at)
 * @param words  what it says; {@code (canvas)} for the words drawn on the canvases
 */
record SmallestText(double px, String words) {

    /** Over the boxes among {@code children} and the canvases' smallest font. */
    static SmallestText of(List<Node> children, double canvasFont) {
        double smallest = canvasFont;
        String words = "(canvas)";
        for (Node child : children) {
            if (child.isVisible() && child instanceof Parent box && !(child instanceof Canvas)) {
                for (Node node : box.lookupAll(".label")) {
                    if (node instanceof Label label && !label.getText().isBlank() && visibleUpTo(label, box)) {
                        double size = label.getFont().getSize() * box.getScaleY();
                        if (size < smallest) {
                            smallest = size;
                            words = label.getText();
                        }
                    }
                }
            }
        }
        return new SmallestText(smallest, words);
    }

    private static boolean visibleUpTo(Node node, Node ancestor) {
        for (Node at = node; at != null && at != ancestor; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
