package org.distsim.models.format;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record component as a knob of the scenario format: a YAML key that the loader reads,
 * validates and passes to the record's canonical constructor.
 *
 * <p>The YAML key is the kebab-case of the component name ({@code queueCapacity} becomes
 * {@code queue-capacity}); the accepted values follow from the component's Java type (see
 * {@link ValueKind}). Everything else the loader, the reference documentation and the JSON Schema
 * need is written here, once. Bounds and defaults are YAML text in the knob's own unit, so that
 * they read in the reference exactly as an author would write them ({@code "10s"},
 * {@code "0/s"}, {@code "1"}).
 *
 * <p>A knob is <em>required</em> when it has neither a {@link #defaultValue} nor is
 * {@link #optional}. An optional knob with no default is {@code null} when absent, so its type
 * must be a reference type ({@code Integer}, {@code Double}, {@code String}, {@code Duration}...).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Knob {

    /** What the knob does, in one or two full sentences, with its unit when it has one. */
    String doc();

    /**
     * The value used when the key is absent, as YAML text ({@code "1"}, {@code "10s"},
     * {@code "poisson"}, {@code "''"} for the empty string). Empty means "no default".
     */
    String defaultValue() default "";

    /** An absent key gives {@code null} rather than an error. Only for knobs without a default. */
    boolean optional() default false;

    /** The smallest allowed value as YAML text in the knob's unit; empty for no lower bound. */
    String min() default "";

    /** The value must be strictly greater than {@link #min}. */
    boolean minExclusive() default false;

    /** The largest allowed value as YAML text in the knob's unit; empty for no upper bound. */
    String max() default "";

    /** The value must be strictly less than {@link #max}. */
    boolean maxExclusive() default false;

    /** How a value of a plain Java type is to be read: as is, as a probability or as a name. */
    Format format() default Format.PLAIN;

    /** Readings of a value beyond its Java type. */
    enum Format {
        /** The Java type says everything. */
        PLAIN,
        /** A {@code double} in [0, 1], written {@code 0.01} or {@code 1%}. */
        PROBABILITY,
        /** A {@code String} (or list of them) naming a node declared under {@code nodes:}. */
        NODE_REF,
        /** A {@code String} (or list of them) naming a node or a workload: an endpoint on the network. */
        ACTOR_REF,
        /**
         * A {@code String} (or list of them) naming a node or a workload, or every node and workload
         * of a zone, written {@code zone:NAME}.
         */
        PLACE_REF,
        /** A {@code String} naming a workload declared under {@code workloads:}. */
        WORKLOAD_REF
    }
}
