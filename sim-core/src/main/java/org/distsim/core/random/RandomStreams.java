package org.distsim.core.random;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent random streams, one per (actor, purpose), derived from the master seed and the
 * replication index by a fully specified hash.
 *
 * <p>The seed of a stream is SHA-256 over {@code masterSeed (8 bytes, big-endian) ‖ replication
 * (4 bytes) ‖ UTF-8 actor name ‖ 0x00 ‖ UTF-8 purpose}, cut into four longs for a XoShiRo256++
 * generator. A stream therefore depends only on its own name, never on the order in which actors
 * were created: adding an actor leaves every other actor's draws unchanged, and changing one
 * purpose (say, service times) leaves the others (arrivals) alone, which is what makes common
 * random numbers work across the design points of a sweep.
 */
public final class RandomStreams {

    private final long masterSeed;
    private final int replication;

    public RandomStreams(long masterSeed, int replication) {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must not be negative, got " + replication);
        }
        this.masterSeed = masterSeed;
        this.replication = replication;
    }

    public long masterSeed() {
        return masterSeed;
    }

    public int replication() {
        return replication;
    }

    /** The stream for one purpose of one actor; the same arguments always give the same sequence. */
    public UniformRandomProvider stream(String actor, String purpose) {
        byte[] name = actor.getBytes(StandardCharsets.UTF_8);
        byte[] what = purpose.getBytes(StandardCharsets.UTF_8);
        ByteBuffer input = ByteBuffer.allocate(8 + 4 + name.length + 1 + what.length);
        input.putLong(masterSeed).putInt(replication).put(name).put((byte) 0).put(what);
        ByteBuffer digest = ByteBuffer.wrap(sha256(input.array()));
        long[] seed = {digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong()};
        return RandomSource.XO_SHI_RO_256_PP.create(seed);
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
