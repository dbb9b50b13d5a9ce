package org.distsim.models.loadbalancer;

import java.util.List;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.models.rpc.Operation;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/** A test client that sends a fixed list of keyed, routed requests to one node at given times. */
final class ScriptedClient implements Actor {

    /** One request to send: when, with which key and route. */
    record Send(long atNanos, long key, String route) implements Message {
    }

    private final ActorContext context;
    private final String target;
    private final List<Send> script;
    private ActorRef targetRef;
    private int answeredOk;

    ScriptedClient(ActorContext context, String target, List<Send> script) {
        this.context = context;
        this.target = target;
        this.script = List.copyOf(script);
    }

    @Override
    public void onStart() {
        targetRef = context.lookup(target);
        for (Send send : script) {
            context.setTimer(send.atNanos(), send);
        }
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof Send send) {
            context.send(targetRef, new Request(0, context.now(), Operation.READ, send.key(), send.route(), context.self()));
        } else if (message instanceof Response response && response.ok()) {
            answeredOk++;
        }
    }

    int answeredOk() {
        return answeredOk;
    }
}
