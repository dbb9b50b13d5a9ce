package org.distsim.models.loadbalancer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * A test backend that answers every request at once and writes down what it received, so a test
 * can see which backend got which key or route. Answers health probes like a service.
 */
final class RecordingBackend implements Actor {

    private final ActorContext context;
    private final List<Request> received;

    /** @param log where every backend's requests are written, by backend name */
    RecordingBackend(ActorContext context, Map<String, List<Request>> log) {
        this.context = context;
        this.received = new ArrayList<>();
        log.put(context.self().name(), received);
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        } else if (message instanceof Request request) {
            received.add(request);
            context.send(from, Response.ok(request.id()));
        }
    }
}
