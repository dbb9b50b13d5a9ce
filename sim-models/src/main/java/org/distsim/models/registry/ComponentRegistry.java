package org.distsim.models.registry;

import org.distsim.core.facts.Layer;
import org.distsim.models.autoscaler.Autoscaler;
import org.distsim.models.autoscaler.AutoscalerConfig;
import org.distsim.models.autoscaler.AutoscalerFigures;
import org.distsim.models.cache.Cache;
import org.distsim.models.cache.CacheConfig;
import org.distsim.models.cache.CacheFigures;
import org.distsim.models.database.Database;
import org.distsim.models.database.DatabaseConfig;
import org.distsim.models.database.DatabaseFigures;
import org.distsim.models.format.ComponentCatalog;
import org.distsim.models.loadbalancer.LoadBalancer;
import org.distsim.models.loadbalancer.LoadBalancerConfig;
import org.distsim.models.loadbalancer.LoadBalancerFigures;
import org.distsim.models.eventlog.EventLog;
import org.distsim.models.eventlog.EventLogConfig;
import org.distsim.models.eventlog.EventLogFigures;
import org.distsim.models.queue.MessageQueue;
import org.distsim.models.queue.QueueConfig;
import org.distsim.models.queue.QueueFigures;
import org.distsim.models.ratelimit.RateLimiter;
import org.distsim.models.ratelimit.RateLimiterConfig;
import org.distsim.models.ratelimit.RateLimiterFigures;
import org.distsim.models.replication.ReplicatedDatabaseConfig;
import org.distsim.models.replication.ReplicatedDatabaseGroup;
import org.distsim.models.replication.ReplicationFigures;
import org.distsim.models.service.Service;
import org.distsim.models.service.ServiceConfig;
import org.distsim.models.service.ServiceFigures;
import org.distsim.models.sharding.ShardRouter;
import org.distsim.models.sharding.ShardRouterConfig;
import org.distsim.models.sharding.ShardRouterFigures;
import org.distsim.models.timeline.TimelineConfig;
import org.distsim.models.timeline.TimelineFigures;
import org.distsim.models.timeline.TimelineService;
import org.distsim.models.workload.ClientFigures;
import org.distsim.models.workload.ClosedLoopConfig;
import org.distsim.models.workload.ClosedLoopWorkload;
import org.distsim.models.workload.OpenLoopConfig;
import org.distsim.models.workload.OpenLoopWorkload;

/**
 * The components that ship with distsim: the one place a component is made known to the format.
 * The loader binds by this catalog, and the JSON Schema and the scenario reference are generated
 * from it. A new component is its own package plus one line here.
 *
 * <p>This is the only class that knows every component, so it sits above them all: components
 * import the format's vocabulary ({@code org.distsim.models.format}), never this.
 */
public final class ComponentRegistry {

    private static final ComponentCatalog STANDARD = ComponentCatalog.builder()
            .node("autoscaler", Layer.SERVICES, AutoscalerConfig.class, Autoscaler::new, AutoscalerFigures.ALL,
                    "Scrapes a service's load every interval and sets its replicas by the Kubernetes HPA rule: target utilisation or queue length, min/max, provisioning delay, scale-down cooldown.")
            .node("cache", Layer.CACHES, CacheConfig.class, Cache::new, CacheFigures.ALL,
                    "A cache of bounded capacity in front of a backing node: LRU/LFU/FIFO/random eviction, TTL, cache-aside, read-through, write-through or write-behind.")
            .node("database", Layer.DATA, DatabaseConfig.class, Database::new, DatabaseFigures.ALL,
                    "A single-node key-value database: c workers, read and write service times, durable versioned keys.")
            .node("event-log", Layer.QUEUES, EventLogConfig.class, EventLog::new, EventLogFigures.ALL,
                    "A partitioned, retained event log read by several consumer groups with their own offsets and lag: batching (size, linger), retention by time, count or bytes, replay from the start, rebalancing when a member is lost.")
            .node("load-balancer", Layer.EDGE, LoadBalancerConfig.class, LoadBalancer::new, LoadBalancerFigures.ALL,
                    "Forwards each request to one healthy backend: round robin, weighted, random, least connections, two choices or consistent hashing.")
            .node("queue", Layer.QUEUES, QueueConfig.class, MessageQueue::new, QueueFigures.ALL,
                    "A message queue or log: point-to-point with competing consumers, pub-sub, or partitioned log with a consumer group; capacity, backpressure, at-least-once redelivery.")
            .node("rate-limiter", Layer.EDGE, RateLimiterConfig.class, RateLimiter::new, RateLimiterFigures.ALL,
                    "An API gateway that admits requests to one node at a limited rate (token bucket or sliding window) and refuses the rest.")
            .group("replicated-database", Layer.DATA, ReplicatedDatabaseConfig.class, new ReplicatedDatabaseGroup(), ReplicationFigures.FRONT,
                    "A key-value database replicated on N members: leader-follower (sync, semi-sync, async; failover), multi-leader or leaderless; cp or ap under partitions.")
            .node("service", Layer.SERVICES, ServiceConfig.class, Service::new, ServiceFigures.ALL,
                    "c workers sharing one FIFO queue, with a service-time distribution: an M/M/c or M/G/c/K station.")
            .node("shard-router", Layer.EDGE, ShardRouterConfig.class, ShardRouter::new, ShardRouterFigures.ALL,
                    "Sends each request to the shard that owns its key: hash, range, directory or consistent-hash sharding, with an optional shard added mid-run.")
            .node("timeline", Layer.SERVICES, TimelineConfig.class, TimelineService::new, TimelineFigures.ALL,
                    "A home-timeline service over a generated heavy-tailed social graph: fan-out on write, on read, or hybrid with a celebrity threshold.")
            .workload("closed-loop", ClosedLoopConfig.class, ClosedLoopWorkload::new, ClientFigures.CLOSED_LOOP,
                    "N users who each send a request, wait for its outcome, think, and repeat.")
            .workload("open-loop", OpenLoopConfig.class, OpenLoopWorkload::new, ClientFigures.OPEN_LOOP,
                    "Sends requests to one node at a rate, fixed or scheduled, whatever the responses do.")
            .build();

    private ComponentRegistry() {
    }

    /** The components that ship with distsim. */
    public static ComponentCatalog standard() {
        return STANDARD;
    }
}
