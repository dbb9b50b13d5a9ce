package org.distsim.core.net;

import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;

/** The figures the network records on the nodes that send through it. */
public final class NetworkFigures {

    /**
     * Messages a node put on the wire to an actor of another zone, one instance per destination
     * zone; recorded only in a scenario with zones, and only on a node that has a zone.
     */
    public static final FigureSpec CROSS_ZONE = FigureSpec.count("cross_zone", Role.LOAD, "messages to zone",
            "Messages this node sent to an actor in another zone (the qualifier), counted when they leave"
                    + " (a message a partition or loss drops is not counted).").per(FigureSpec.Per.ZONE);

    private NetworkFigures() {
    }
}
