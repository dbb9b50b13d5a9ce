package org.distsim.cluster.task;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link RunTask} as deflated bytes and back. The format is versioned; a member refuses any other. */
public final class TaskCodec {

    /** "DSTK". */
    private static final int MAGIC = 0x4453544B;
    /** Bump on any change of the layout below. */
    static final int VERSION = 1;

    private TaskCodec() {
    }

    public static byte[] encode(RunTask task) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            Wire.writeString(out, task.build());
            Wire.writeString(out, task.bundle().file());
            Wire.writeNullableString(out, task.bundle().experiment());
            Map<String, byte[]> sources = task.bundle().sources();
            out.writeInt(sources.size());
            for (Map.Entry<String, byte[]> source : sources.entrySet()) {
                Wire.writeString(out, source.getKey());
                Wire.writeBytes(out, source.getValue());
            }
            out.writeInt(task.overrides().size());
            for (String override : task.overrides()) {
                Wire.writeString(out, override);
            }
            Wire.writeNullableLong(out, task.seed());
            Wire.writeNullableLong(out, task.durationNanos());
            out.writeInt(task.point());
            out.writeInt(task.replication());
            out.flush();
            return Compression.deflate(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    public static RunTask decode(byte[] payload) throws WireFormatException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(Compression.inflate(payload)));
        try {
            Wire.expectHeader(in, MAGIC, VERSION, "task");
            String build = Wire.readString(in);
            String file = Wire.readString(in);
            String experiment = Wire.readNullableString(in);
            int sourceCount = Wire.readCount(in);
            Map<String, byte[]> sources = new LinkedHashMap<>();
            for (int i = 0; i < sourceCount; i++) {
                sources.put(Wire.readString(in), Wire.readBytes(in));
            }
            int overrideCount = Wire.readCount(in);
            List<String> overrides = new ArrayList<>();
            for (int i = 0; i < overrideCount; i++) {
                overrides.add(Wire.readString(in));
            }
            Long seed = Wire.readNullableLong(in);
            Long duration = Wire.readNullableLong(in);
            int point = in.readInt();
            int replication = in.readInt();
            if (in.available() > 0) {
                throw new WireFormatException("the task has " + in.available() + " bytes after its end");
            }
            return new RunTask(build, new ScenarioBundle(file, experiment, sources), overrides, seed, duration, point,
                    replication);
        } catch (EOFException e) {
            throw new WireFormatException("the task is truncated");
        } catch (WireFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new WireFormatException("the task is malformed: " + e.getMessage());
        }
    }
}
