package org.distsim.cluster.task;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.distsim.core.check.InvariantViolation;
import org.distsim.core.check.Violation;

/** A {@link TaskOutcome} as deflated bytes and back; versioned like {@link TaskCodec}. */
public final class OutcomeCodec {

    /** "DSRS". */
    private static final int MAGIC = 0x44535253;
    /** Bump on any change of the layout below or of {@link RunResultCodec}'s. */
    static final int VERSION = 4;

    private OutcomeCodec() {
    }

    public static byte[] encode(TaskOutcome outcome) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            if (outcome instanceof TaskOutcome.Finished finished) {
                out.writeByte(0);
                RunResultCodec.write(out, finished.result());
            } else if (outcome instanceof TaskOutcome.Failed failed) {
                out.writeByte(1);
                Wire.writeString(out, failed.kind().name());
                Wire.writeString(out, failed.message());
                Wire.writeString(out, failed.detail());
            } else if (outcome instanceof TaskOutcome.Broken broken) {
                InvariantViolation violation = broken.violation();
                out.writeByte(2);
                Wire.writeString(out, violation.scenario());
                out.writeLong(violation.seed());
                out.writeInt(violation.replication());
                out.writeInt(violation.violations().size());
                for (Violation each : violation.violations()) {
                    Wire.writeString(out, each.invariant());
                    Wire.writeString(out, each.detail());
                }
            }
            out.flush();
            return Compression.deflate(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    public static TaskOutcome decode(byte[] payload) throws WireFormatException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(Compression.inflate(payload)));
        try {
            Wire.expectHeader(in, MAGIC, VERSION, "result");
            byte tag = in.readByte();
            TaskOutcome outcome = switch (tag) {
                case 0 -> new TaskOutcome.Finished(RunResultCodec.read(in));
                case 1 -> new TaskOutcome.Failed(kind(Wire.readString(in)), Wire.readString(in), Wire.readString(in));
                case 2 -> new TaskOutcome.Broken(readViolation(in));
                default -> throw new WireFormatException("unknown outcome tag " + tag);
            };
            if (in.available() > 0) {
                throw new WireFormatException("the result has " + in.available() + " bytes after its end");
            }
            return outcome;
        } catch (EOFException e) {
            throw new WireFormatException("the result is truncated");
        } catch (WireFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new WireFormatException("the result is malformed: " + e.getMessage());
        }
    }

    private static InvariantViolation readViolation(DataInput in) throws IOException {
        String scenario = Wire.readString(in);
        long seed = in.readLong();
        int replication = in.readInt();
        int count = Wire.readCount(in);
        List<Violation> violations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            violations.add(new Violation(Wire.readString(in), Wire.readString(in)));
        }
        return new InvariantViolation(scenario, seed, replication, violations);
    }

    private static TaskOutcome.Kind kind(String name) throws WireFormatException {
        try {
            return TaskOutcome.Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("unknown failure kind " + name);
        }
    }
}
