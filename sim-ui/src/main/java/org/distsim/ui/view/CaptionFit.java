package org.distsim.ui.view;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The caption's size and room, chosen once per window width for all of a scenario's captions, so
 * that the topology under it keeps one size through the run. A caption that wrapped to a second
 * line took about 30 px from the topology while it showed: load-balancing's smallest box text went
 * from 11 to 9.6 px at 62 s. So the font is the largest from {@value #LARGEST} px down to
 * {@value #SMALLEST} px (the description's size, 25 px on a projector in presentation mode) at
 * which the scenario's longest caption fits one line, and the caption's height is reserved for its
 * tallest caption at that size, also where even the smallest size needs two lines.
 */
final class CaptionFit {

    /** The caption's size when every caption fits one line at it (the stylesheet's). */
    static final double LARGEST = 24;
    /** The smallest caption, in layout pixels. */
    static final double SMALLEST = 17;
    private static final double STEP = 0.5;

    private final Label caption;
    private final List<String> texts;
    private double fittedWidth = -1;

    private CaptionFit(Label caption, List<String> texts) {
        this.caption = caption;
        this.texts = List.copyOf(texts);
    }

    /** Sizes {@code caption} for {@code texts} (the scenario's notes) whenever its width changes. */
    static void install(Label caption, List<String> texts) {
        if (texts.isEmpty()) {
            return;
        }
        CaptionFit fit = new CaptionFit(caption, texts);
        caption.widthProperty().addListener((o, was, now) -> fit.fit(now.doubleValue()));
    }

    private void fit(double width) {
        if (width <= 0 || width == fittedWidth) {
            return;
        }
        fittedWidth = width;
        Insets insets = caption.getInsets();
        double room = width - insets.getLeft() - insets.getRight();
        String family = caption.getFont().getFamily();
        double size = size(family, room);
        // Inline, since the stylesheet's font size and min-height would beat values set from code.
        caption.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx; -fx-min-height: %.1fpx;", size,
                tallest(family, size, room) + insets.getTop() + insets.getBottom()));
    }

    /** The largest size at which the longest caption fits {@code room} on one line, at least {@link #SMALLEST}. */
    double size(String family, double room) {
        for (double size = LARGEST; size > SMALLEST; size -= STEP) {
            if (widest(family, size) <= room) {
                return size;
            }
        }
        return SMALLEST;
    }

    private double widest(String family, double size) {
        Text text = new Text();
        text.setFont(Font.font(family, size));
        double widest = 0;
        for (String t : texts) {
            text.setText(t);
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /** The height of the tallest caption wrapped at {@code room}. */
    private double tallest(String family, double size, double room) {
        Text text = new Text();
        text.setFont(Font.font(family, size));
        text.setWrappingWidth(room);
        double tallest = 0;
        for (String t : texts) {
            text.setText(t);
            tallest = Math.max(tallest, text.getLayoutBounds().getHeight());
        }
        return Math.ceil(tallest);
    }
}
