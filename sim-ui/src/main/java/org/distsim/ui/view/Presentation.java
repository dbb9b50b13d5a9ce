package org.distsim.ui.view;

import java.util.function.DoubleConsumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;

/**
 * Presentation mode and zoom for the whole window. The window's content is laid out at the scene's
 * size divided by a zoom factor and then scaled up by it, so text, charts, captions, boxes and the
 * end card all grow together and keep their places relative to each other: nothing is re-wrapped
 * for a projector, the picture only gets larger.
 *
 * <p>The zoom is the user's font scale (Ctrl +, Ctrl −, Ctrl 0, or {@code --font-scale}) times,
 * in presentation mode, the factor that fits a {@value #REFERENCE_WIDTH} by
 * {@value #REFERENCE_HEIGHT} layout to the screen (never below 1): presentation mode shows the
 * 1280x720 picture at any screen size, so a teacher sees on a laptop exactly what the projector
 * will show. At 1920x1080 the factor is 1.5, and 16 px body text is 24 px on the projector. Presentation mode also makes a shown window full screen (F11 or the View
 * menu); leaving full screen (Esc) leaves presentation mode.
 */
final class Presentation {

    /** The layout size presentation mode fits to the screen, in layout pixels. */
    static final double REFERENCE_WIDTH = 1280;
    static final double REFERENCE_HEIGHT = 720;
    /** The font scale's range and the step of one Ctrl + or Ctrl −. */
    static final double MIN_FONT_SCALE = 0.5;
    static final double MAX_FONT_SCALE = 3;
    private static final double STEP = 1.1;

    private final Region content;
    private final Pane pane = new Pane() {
        @Override
        protected void layoutChildren() {
            double zoom = zoom();
            content.resizeRelocate(0, 0, getWidth() / zoom, getHeight() / zoom);
            // Only when it changes: a new transform marks the whole window dirty, and setting one
            // on every layout pass kept a paused window repainting.
            if (scale.getX() != zoom) {
                scale.setX(zoom);
                scale.setY(zoom);
            }
            if (zoom != announced) {
                announced = zoom;
                onZoom.accept(zoom);
            }
        }
    };
    private final DoubleConsumer onZoom;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final CheckMenuItem presentItem = new CheckMenuItem("Presentation mode   (F11)");
    private double announced = 1;
    private double fontScale = 1;
    private boolean present;
    private Stage followed;

    /**
     * @param content  the window's content, laid out at the zoomed size
     * @param onZoom   told the zoom factor whenever it changes (the topology draws its canvases
     *                 at that resolution, so they stay sharp)
     */
    Presentation(Region content, DoubleConsumer onZoom) {
        this.content = content;
        this.onZoom = onZoom;
        pane.getChildren().add(content);
        content.getTransforms().add(scale);
        pane.setId("presentation");
        presentItem.setId("menu-present");
        presentItem.setOnAction(e -> setPresent(presentItem.isSelected()));
    }

    /** The scene's root: the content, zoomed. */
    Parent pane() {
        return pane;
    }

    /** Adds the keys: F11 for presentation mode, Ctrl +, Ctrl − and Ctrl 0 for the font scale. */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The View menu: presentation mode and the zoom steps. */
    Menu menu() {
        MenuItem in = new MenuItem("Zoom in");
        in.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        in.setOnAction(e -> setFontScale(fontScale * STEP));
        MenuItem out = new MenuItem("Zoom out");
        out.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        out.setOnAction(e -> setFontScale(fontScale / STEP));
        MenuItem actual = new MenuItem("Actual size");
        actual.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        actual.setOnAction(e -> setFontScale(1));
        return new Menu("View", null, presentItem, new SeparatorMenuItem(), in, out, actual);
    }

    private void key(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.F11) {
            setPresent(!present);
            event.consume();
            return;
        }
        if (!event.isShortcutDown()) {
            return;
        }
        switch (code) {
            case PLUS, EQUALS, ADD -> setFontScale(fontScale * STEP);
            case MINUS, SUBTRACT -> setFontScale(fontScale / STEP);
            case DIGIT0, NUMPAD0 -> setFontScale(1);
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** The user's font scale, clamped to [{@value #MIN_FONT_SCALE}, {@value #MAX_FONT_SCALE}]. */
    void setFontScale(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("a font scale is a positive number: " + scale);
        }
        // Steps of 10 % land on 1 again after as many steps back; round away the drift.
        double rounded = Math.round(scale * 1000) / 1000.0;
        fontScale = Math.max(MIN_FONT_SCALE, Math.min(MAX_FONT_SCALE, rounded));
        pane.requestLayout();
    }

    double fontScale() {
        return fontScale;
    }

    boolean present() {
        return present;
    }

    /** Enters or leaves presentation mode; a shown window goes full screen with it. */
    void setPresent(boolean on) {
        present = on;
        presentItem.setSelected(on);
        if (pane.getScene() != null && pane.getScene().getWindow() instanceof Stage stage) {
            if (followed != stage) {
                followed = stage;
                stage.fullScreenProperty().addListener((o, was, now) -> {
                    if (!now && present) {
                        setPresent(false);
                    }
                });
            }
            stage.setFullScreenExitHint("Esc or F11: leave presentation mode");
            stage.setFullScreen(on);
        }
        pane.requestLayout();
    }

    /** The factor the content is scaled by at the pane's current size. */
    double zoom() {
        double fit = 1;
        if (present && pane.getWidth() > 0 && pane.getHeight() > 0) {
            fit = Math.max(1, Math.min(pane.getWidth() / REFERENCE_WIDTH, pane.getHeight() / REFERENCE_HEIGHT));
        }
        return fontScale * fit;
    }
}
