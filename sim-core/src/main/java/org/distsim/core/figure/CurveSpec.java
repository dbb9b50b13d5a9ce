package org.distsim.core.figure;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The declaration of a probability curve a component records: the estimated probability of an
 * outcome as a function of a delay, one point per delay bin (the chance that a read started
 * {@code Δt} after a write's acknowledgement returns it). Declared once by the component, like a
 * {@link FigureSpec}; renderers read the labels from here and never need to know the component.
 *
 * @param name    snake_case, unique within its component type; the key in results
 * @param label   a short human label, lower case ({@code fresh reads after a write})
 * @param xLabel  what the delay is, lower case, without the unit ({@code time since the write was acknowledged})
 * @param yLabel  what the probability is of, lower case ({@code read returns the write or a newer one})
 * @param doc     one or two sentences: what is measured and how
 */
public record CurveSpec(String name, String label, String xLabel, String yLabel, String doc) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    public CurveSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        Objects.requireNonNull(doc, "doc");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a curve name is snake_case, got \"" + name + "\"");
        }
        if (label.isBlank() || xLabel.isBlank() || yLabel.isBlank() || doc.isBlank()) {
            throw new IllegalArgumentException("curve " + name + " needs a label, axis labels and a doc sentence");
        }
    }
}
