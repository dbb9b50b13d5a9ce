package org.distsim.cluster.task;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The primitives of the cluster's wire formats, over {@link DataOutput} and {@link DataInput}:
 * strings as a length and UTF-8 bytes (no 64 KiB limit, unlike {@code writeUTF}), doubles as their
 * raw bits (so a NaN comes back with the same bits), and "absent" as a flag byte. Reading checks
 * every length against a limit before allocating, so a damaged or hostile payload fails with a
 * message instead of an {@code OutOfMemoryError}.
 */
final class Wire {

    /** The longest string or byte array accepted: a scenario file is at most 4 MiB. */
    static final int MAX_BYTES = 16 << 20;
    /** The most entries of one list or map accepted. */
    static final int MAX_COUNT = 10_000_000;

    private Wire() {
    }

    static void writeString(DataOutput out, String value) throws IOException {
        writeBytes(out, value.getBytes(StandardCharsets.UTF_8));
    }

    static String readString(DataInput in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    static void writeNullableString(DataOutput out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            writeString(out, value);
        }
    }

    static String readNullableString(DataInput in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    static void writeBytes(DataOutput out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    static byte[] readBytes(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new WireFormatException("a length of " + length + " bytes is out of range (at most " + MAX_BYTES + ")");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    static int readCount(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new WireFormatException("a count of " + count + " is out of range (at most " + MAX_COUNT + ")");
        }
        return count;
    }

    static void writeDouble(DataOutput out, double value) throws IOException {
        out.writeLong(Double.doubleToRawLongBits(value));
    }

    static double readDouble(DataInput in) throws IOException {
        return Double.longBitsToDouble(in.readLong());
    }

    static void writeNullableDouble(DataOutput out, Double value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            writeDouble(out, value);
        }
    }

    static Double readNullableDouble(DataInput in) throws IOException {
        return in.readBoolean() ? readDouble(in) : null;
    }

    static void writeNullableLong(DataOutput out, Long value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeLong(value);
        }
    }

    static Long readNullableLong(DataInput in) throws IOException {
        return in.readBoolean() ? in.readLong() : null;
    }

    /** Reads the format's leading tag and version, refusing anything else. */
    static void expectHeader(DataInput in, int magic, int version, String what) throws IOException {
        int found = in.readInt();
        if (found != magic) {
            throw new WireFormatException("not a distsim " + what);
        }
        int foundVersion = in.readInt();
        if (foundVersion != version) {
            throw new WireFormatException("a " + what + " in wire format " + foundVersion + "; this distsim reads format "
                    + version);
        }
    }
}
