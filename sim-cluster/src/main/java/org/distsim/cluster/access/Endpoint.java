package org.distsim.cluster.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member's address as the user writes it: {@code HOST:PORT}, where HOST is a name, an IPv4
 * address or a bracketed IPv6 address ({@code [::1]:5701}).
 */
public record Endpoint(String host, int port) {

    /** Hazelcast's usual port, in examples and as the worker's default. */
    public static final int DEFAULT_PORT = 5701;

    private static final Pattern FORM = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._-]+):([0-9]{1,5})");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    public Endpoint {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not from 1 to 65535");
        }
    }

    /**
     * The comma-separated endpoints of an option.
     *
     * @param option  the option's name, for the message
     * @throws IllegalArgumentException naming the bad entry and the expected form
     */
    public static List<Endpoint> parseList(String option, String text) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String entry = part.strip();
            Matcher m = FORM.matcher(entry);
            if (!m.matches()) {
                throw new IllegalArgumentException(option + " " + text + ": " + (entry.isEmpty() ? "an empty entry"
                        : "\"" + entry + "\" is not HOST:PORT") + "; expected HOST:PORT[,HOST:PORT...], like 10.0.0.4:"
                        + DEFAULT_PORT + " or [::1]:" + DEFAULT_PORT);
            }
            int port = Integer.parseInt(m.group(2));
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(option + " " + text + ": port " + port + " is not from 1 to 65535");
            }
            String host = m.group(1);
            endpoints.add(new Endpoint(host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port));
        }
        return List.copyOf(endpoints);
    }

    /** Whether the host is this machine's loopback: {@code localhost}, 127.x.x.x or ::1. */
    public boolean isLoopback() {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || (IPV4.matcher(h).matches() && h.startsWith("127.")) || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1");
    }

    /** HOST:PORT, with brackets around an IPv6 address, as Hazelcast reads it. */
    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
