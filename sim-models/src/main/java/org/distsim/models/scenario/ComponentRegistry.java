package org.distsim.models.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.distsim.models.autoscaler.Autoscaler;
import org.distsim.models.autoscaler.AutoscalerConfig;
import org.distsim.models.cache.Cache;
import org.distsim.models.cache.CacheConfig;
import org.distsim.models.database.Database;
import org.distsim.models.database.DatabaseConfig;
import org.distsim.models.loadbalancer.LoadBalancer;
import org.distsim.models.loadbalancer.LoadBalancerConfig;
import org.distsim.models.queue.MessageQueue;
import org.distsim.models.queue.QueueConfig;
import org.distsim.models.ratelimit.RateLimiter;
import org.distsim.models.ratelimit.RateLimiterConfig;
import org.distsim.models.replication.ReplicatedDatabaseConfig;
import org.distsim.models.replication.ReplicatedDatabaseGroup;
import org.distsim.models.service.Service;
import org.distsim.models.service.ServiceConfig;
import org.distsim.models.sharding.ShardRouter;
import org.distsim.models.sharding.ShardRouterConfig;
import org.distsim.models.timeline.TimelineConfig;
import org.distsim.models.timeline.TimelineService;
import org.distsim.models.workload.ClosedLoopConfig;
import org.distsim.models.workload.ClosedLoopWorkload;
import org.distsim.models.workload.OpenLoopConfig;
import org.distsim.models.workload.OpenLoopWorkload;

/**
 * The component types a scenario may name in {@code type:}, each with its configuration record.
 * This is the one place a component is made known to the format: the loader binds by it, and the
 * JSON Schema and the scenario reference are generated from it. Immutable.
 *
 * <p>Adding a component takes one record of {@link Knob knobs} and one line in {@link #standard()}.
 */
public final class ComponentRegistry {

    private static final ComponentRegistry STANDARD = builder()
            .node("autoscaler", AutoscalerConfig.class, Autoscaler::new, "Scrapes a service's load every interval and sets its replicas by the Kubernetes HPA rule: target utilisation or queue length, min/max, provisioning delay, scale-down cooldown.")
            .node("cache", CacheConfig.class, Cache::new, "A cache of bounded capacity in front of a backing node: LRU/LFU/FIFO/random eviction, TTL, cache-aside, read-through, write-through or write-behind.")
            .node("database", DatabaseConfig.class, Database::new, "A single-node key-value database: c workers, read and write service times, durable versioned keys.")
            .node("load-balancer", LoadBalancerConfig.class, LoadBalancer::new,
                    "Forwards each request to one healthy backend: round robin, weighted, random, least connections, two choices or consistent hashing.")
            .node("queue", QueueConfig.class, MessageQueue::new, "A message queue or log: point-to-point with competing consumers, pub-sub, or partitioned log with a consumer group; capacity, backpressure, at-least-once redelivery.")
            .node("rate-limiter", RateLimiterConfig.class, RateLimiter::new, "An API gateway that admits requests to one node at a limited rate (token bucket or sliding window) and refuses the rest.")
            .group("replicated-database", ReplicatedDatabaseConfig.class, new ReplicatedDatabaseGroup(), "A key-value database replicated on N members: leader-follower (sync, semi-sync, async; failover), multi-leader or leaderless; cp or ap under partitions.")
            .node("service", ServiceConfig.class, Service::new,
                    "c workers sharing one FIFO queue, with a service-time distribution: an M/M/c or M/G/c/K station.")
            .node("shard-router", ShardRouterConfig.class, ShardRouter::new, "Sends each request to the shard that owns its key: hash, range, directory or consistent-hash sharding, with an optional shard added mid-run.")
            .node("timeline", TimelineConfig.class, TimelineService::new, "A home-timeline service over a generated heavy-tailed social graph: fan-out on write, on read, or hybrid with a celebrity threshold.")
            .workload("closed-loop", ClosedLoopConfig.class, ClosedLoopWorkload::new,
                    "N users who each send a request, wait for its outcome, think, and repeat.")
            .workload("open-loop", OpenLoopConfig.class, OpenLoopWorkload::new,
                    "Sends requests to one node at a rate, fixed or scheduled, whatever the responses do.")
            .build();

    /** By name; a sorted map, so listings never depend on hash order. */
    private final TreeMap<String, ComponentType> types;

    private ComponentRegistry(TreeMap<String, ComponentType> types) {
        this.types = types;
    }

    /** The components that ship with distsim. */
    public static ComponentRegistry standard() {
        return STANDARD;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The type of the given {@code type:} name, of either kind. */
    public Optional<ComponentType> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** Every type, sorted by name. */
    public List<ComponentType> types() {
        return List.copyOf(types.values());
    }

    /** The types of one kind, sorted by name. */
    public List<ComponentType> types(Kind kind) {
        return types.values().stream().filter(t -> t.kind() == kind).toList();
    }

    /** The names of the types of one kind, sorted. */
    public List<String> names(Kind kind) {
        return types(kind).stream().map(ComponentType::name).toList();
    }

    /** Collects component types; {@link #build()} checks each one's knobs and defaults. */
    public static final class Builder {

        private final List<ComponentType> types = new ArrayList<>();

        private Builder() {
        }

        public <C extends Record> Builder node(
                String name, Class<C> configType, ComponentFactory<C> factory, String description) {
            return add(ComponentType.of(name, Kind.NODE, configType, factory, description));
        }

        public <C extends Record> Builder workload(
                String name, Class<C> configType, ComponentFactory<C> factory, String description) {
            return add(ComponentType.of(name, Kind.WORKLOAD, configType, factory, description));
        }

        /** A node type that expands into a front actor and member actors, see {@link GroupFactory}. */
        public <C extends Record> Builder group(
                String name, Class<C> configType, GroupFactory<C> group, String description) {
            return add(ComponentType.group(name, configType, group, description));
        }

        /** A node type with no actor, for tests of the format alone. */
        public Builder node(String name, Class<? extends Record> configType, String description) {
            return add(ComponentType.of(name, Kind.NODE, configType, description));
        }

        /** A workload type with no actor, for tests of the format alone. */
        public Builder workload(String name, Class<? extends Record> configType, String description) {
            return add(ComponentType.of(name, Kind.WORKLOAD, configType, description));
        }

        public Builder add(ComponentType type) {
            types.add(type);
            return this;
        }

        /**
         * The registry.
         *
         * @throws IllegalArgumentException when a name is taken twice or is not kebab-case, when a
         *     record uses the reserved key {@code type}, or when a default or bound is invalid
         */
        public ComponentRegistry build() {
            TreeMap<String, ComponentType> byName = new TreeMap<>();
            for (ComponentType type : types) {
                if (!Names.isValidName(type.name())) {
                    throw new IllegalArgumentException("component type name \"" + type.name() + "\" is not kebab-case");
                }
                if (byName.put(type.name(), type) != null) {
                    throw new IllegalArgumentException("component type \"" + type.name() + "\" is registered twice");
                }
                if (type.knobs().stream().anyMatch(k -> k.key().equals("type"))) {
                    throw new IllegalArgumentException(type.configType().getName() + " has a knob named \"type\","
                            + " which is the key that selects the component");
                }
                if (type.isGroup()) {
                    checkSizeKnob(type);
                }
                try {
                    Binder.checkDefaults(type.configType());
                } catch (IllegalStateException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }
            return new ComponentRegistry(byName);
        }

        private static void checkSizeKnob(ComponentType type) {
            String sizeKnob = type.group().sizeKnob();
            KnobSpec knob = type.knobs().stream().filter(k -> k.key().equals(sizeKnob)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("group type \"" + type.name()
                            + "\" names the size knob \"" + sizeKnob + "\", which " + type.configType().getName()
                            + " does not have"));
            if (knob.kind() != ValueKind.INTEGER || knob.defaultValue().isEmpty()) {
                throw new IllegalArgumentException("the size knob \"" + sizeKnob + "\" of group type \""
                        + type.name() + "\" must be an integer with a default");
            }
        }
    }

    @Override
    public String toString() {
        return "ComponentRegistry" + types.values().stream()
                .map(t -> t.name() + "=" + t.configType().getSimpleName())
                .toList();
    }
}
