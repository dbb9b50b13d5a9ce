package org.distsim.models.scenario;

import org.distsim.models.format.Knob;

/**
 * The key {@code count:} beside a node's {@code type:}, which {@link Templates} reads before
 * binding. Declared as a knob so the reference and the schema describe it like any other key.
 *
 * @param count  how many identical nodes the template stands for; null for a plain node
 */
public record TemplateKnobs(
        @Knob(doc = "Makes the node a template of this many identical nodes NAME-1 .. NAME-N, each a node of"
                + " its own that faults, targets, links and partitions name; a list of names (backends,"
                + " partition groups) may name the template for all its copies. With zones:, the copies are"
                + " spread over them in turn. Not on group nodes, which have their own size.",
                optional = true, min = "1", max = "64")
        Integer count) {

    /** The reference's introduction to templates. */
    public static final String DOC = "A node other than a group node may have `count: N` beside its `type:`: it then"
            + " stands for N identical nodes `NAME-1` .. `NAME-N`, declared in its place, each a node of its own that"
            + " faults, targets, links and partitions name. A list of names (a load balancer's `backends`, a"
            + " partition's groups, a link's ends) may name the template itself for all its copies; a single reference"
            + " must name one copy. With `zones:` the copies are spread over the zones in turn. `--set"
            + " nodes.NAME.count=5` resizes a template.";
}
