package org.distsim.cluster.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who belongs to a distsim cluster: members and coordinators that share its name and, when one is
 * set, its secret ({@value #SECRET_ENV}).
 *
 * <p>What the secret does: the Hazelcast cluster name is derived from the name and an HMAC of it
 * under the secret, so members and coordinators with another secret (or none) form or find another
 * cluster, whatever network they share; and every task and every result is sealed with an
 * HMAC-SHA256 under the secret, so a member runs only tasks from a coordinator that knows it, and a
 * coordinator accepts only results sealed by a member that knows it.
 *
 * <p>What it does not do: nothing is encrypted (scenarios and results cross the network in clear),
 * and Hazelcast's own protocol is not authenticated (that is an Enterprise feature), so someone
 * who can watch the traffic learns the derived cluster name and can join and disturb the cluster,
 * though not forge tasks or results. Run workers on a network you trust.
 */
public final class ClusterAccess {

    /** The environment variable that holds the secret; a variable, so it stays out of {@code ps}. */
    public static final String SECRET_ENV = "DISTSIM_CLUSTER_SECRET";
    /** The cluster name when none is given. */
    public static final String DEFAULT_NAME = "distsim";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final String HMAC = "HmacSHA256";
    private static final int TAG_BYTES = 32;
    private static final byte OPEN = 0;
    private static final byte SEALED = 1;

    private final String name;
    private final byte[] secret;

    /**
     * @param name    the cluster's name: letters, digits, '.', '_' and '-', at most 64
     * @param secret  the shared secret, or null (or empty) for none
     */
    public ClusterAccess(String name, String secret) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("cluster name " + name + " is not allowed: use 1 to 64 letters, digits,"
                    + " '.', '_' or '-', starting with a letter or digit");
        }
        this.name = name;
        this.secret = secret == null || secret.isEmpty() ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The cluster {@code name} (or the default when null) with the secret from {@code environment}. */
    public static ClusterAccess of(String name, Function<String, String> environment) {
        return new ClusterAccess(name == null ? DEFAULT_NAME : name, environment.apply(SECRET_ENV));
    }

    public String name() {
        return name;
    }

    public boolean hasSecret() {
        return secret != null;
    }

    /** The Hazelcast cluster name: {@code distsim-NAME}, with a digest of the secret when there is one. */
    public String hazelcastClusterName() {
        if (secret == null) {
            return "distsim-" + name;
        }
        byte[] tag = mac(("distsim cluster name " + name).getBytes(StandardCharsets.UTF_8));
        return "distsim-" + name + "-" + HexFormat.of().formatHex(tag, 0, 10);
    }

    /** {@code payload} with a seal that {@link #open} checks. */
    public byte[] seal(byte[] payload) {
        if (secret == null) {
            byte[] sealed = new byte[payload.length + 1];
            sealed[0] = OPEN;
            System.arraycopy(payload, 0, sealed, 1, payload.length);
            return sealed;
        }
        byte[] tag = mac(payload);
        byte[] sealed = new byte[1 + TAG_BYTES + payload.length];
        sealed[0] = SEALED;
        System.arraycopy(tag, 0, sealed, 1, TAG_BYTES);
        System.arraycopy(payload, 0, sealed, 1 + TAG_BYTES, payload.length);
        return sealed;
    }

    /**
     * The payload of {@code sealed}.
     *
     * @throws SealException when it was sealed with another secret, or with a secret while this
     *                       side has none, or the other way round
     */
    public byte[] open(byte[] sealed) throws SealException {
        if (sealed.length == 0 || (sealed[0] != OPEN && sealed[0] != SEALED)) {
            throw new SealException("the payload is not sealed by distsim");
        }
        if (sealed[0] == OPEN) {
            if (secret != null) {
                throw new SealException("it was sent without a cluster secret, and this side has one (" + SECRET_ENV
                        + ")");
            }
            return Arrays.copyOfRange(sealed, 1, sealed.length);
        }
        if (secret == null) {
            throw new SealException("it was sealed with a cluster secret, and this side has none (" + SECRET_ENV + ")");
        }
        if (sealed.length < 1 + TAG_BYTES) {
            throw new SealException("the payload is truncated");
        }
        byte[] payload = Arrays.copyOfRange(sealed, 1 + TAG_BYTES, sealed.length);
        byte[] tag = Arrays.copyOfRange(sealed, 1, 1 + TAG_BYTES);
        if (!MessageDigest.isEqual(tag, mac(payload))) {
            throw new SealException("it was sealed with another cluster secret (" + SECRET_ENV + ")");
        }
        return payload;
    }

    private byte[] mac(byte[] bytes) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return mac.doFinal(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + HMAC, e);
        }
    }

    /** A payload that does not carry this cluster's seal. */
    public static final class SealException extends Exception {

        private static final long serialVersionUID = 1L;

        SealException(String message) {
            super(message, null, false, false);
        }
    }
}
