package org.distsim.cluster.task;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.result.DropReason;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;

/**
 * A {@link RunResult} as bytes and back, exactly: the decoded result {@code equals} the encoded
 * one, so a result computed on a cluster member renders into the same bytes as one computed
 * locally. Maps are written in their iteration order (the scenario's declaration order), doubles
 * as raw bits, each figure and time-series column with its whole declaration ({@link FigureCodec}),
 * and each latency histogram in HdrHistogram's
 * compressed encoding with its auto-resize flag (a merge of replications copies the first
 * histogram, and the copy must be able to grow like the original).
 *
 * <p>The run's {@link RunResult#facts() facts} (topology, markers, objectives) are not carried:
 * they follow from the scenario alone, so the coordinator attaches them from its own copy of the
 * scenario, as {@code ScenarioRunner} does locally; a decoded result has {@code RunFacts.NONE}.
 */
public final class RunResultCodec {

    private RunResultCodec() {
    }

    public static void write(DataOutput out, RunResult result) throws IOException {
        Wire.writeString(out, result.scenario());
        out.writeLong(result.seed());
        out.writeInt(result.replication());
        out.writeLong(result.durationNanos());
        out.writeLong(result.warmupNanos());
        out.writeLong(result.events());
        Wire.writeString(out, result.stop().kind().name());
        Wire.writeString(out, result.stop().message());
        out.writeInt(result.workloads().size());
        for (Map.Entry<String, WorkloadResult> entry : result.workloads().entrySet()) {
            Wire.writeString(out, entry.getKey());
            writeWorkload(out, entry.getValue());
        }
        out.writeInt(result.nodes().size());
        for (Map.Entry<String, NodeResult> entry : result.nodes().entrySet()) {
            Wire.writeString(out, entry.getKey());
            Wire.writeString(out, entry.getValue().type());
            FigureCodec.writeFigures(out, entry.getValue().figures());
            CurveCodec.writeCurves(out, entry.getValue().curves());
        }
        NetworkResult network = result.network();
        out.writeLong(network.sent());
        out.writeLong(network.delivered());
        out.writeLong(network.dropped());
        out.writeInt(network.droppedByReason().size());
        for (Map.Entry<DropReason, Long> entry : network.droppedByReason().entrySet()) {
            Wire.writeString(out, entry.getKey().name());
            out.writeLong(entry.getValue());
        }
        out.writeLong(network.inFlight());
        writeSeries(out, result.series());
        writeCounts(out, result.cutDurations());
    }

    public static RunResult read(DataInput in) throws IOException {
        String scenario = Wire.readString(in);
        long seed = in.readLong();
        int replication = in.readInt();
        long durationNanos = in.readLong();
        long warmupNanos = in.readLong();
        long events = in.readLong();
        StopReason stop = new StopReason(stopKind(Wire.readString(in)), Wire.readString(in));
        int workloadCount = Wire.readCount(in);
        Map<String, WorkloadResult> workloads = new LinkedHashMap<>();
        for (int i = 0; i < workloadCount; i++) {
            workloads.put(Wire.readString(in), readWorkload(in));
        }
        int nodeCount = Wire.readCount(in);
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        for (int i = 0; i < nodeCount; i++) {
            String name = Wire.readString(in);
            nodes.put(name, new NodeResult(Wire.readString(in), FigureCodec.readFigures(in), CurveCodec.readCurves(in)));
        }
        NetworkResult network = new NetworkResult(in.readLong(), in.readLong(), in.readLong(), readDrops(in),
                in.readLong());
        TimeSeries series = readSeries(in);
        return new RunResult(scenario, seed, replication, durationNanos, warmupNanos, events, stop, workloads, nodes,
                network, series, RunFacts.NONE, readCounts(in));
    }

    private static void writeWorkload(DataOutput out, WorkloadResult w) throws IOException {
        Wire.writeString(out, w.type());
        out.writeLong(w.requests());
        out.writeLong(w.ok());
        out.writeLong(w.failed());
        writeCounts(out, w.failedByReason());
        out.writeLong(w.unknown());
        out.writeLong(w.inFlight());
        Wire.writeNullableDouble(out, w.availability());
        Wire.writeDouble(out, w.throughputRps());
        LatencySummary latency = w.latency();
        out.writeBoolean(latency != null);
        if (latency != null) {
            out.writeLong(latency.count());
            Wire.writeNullableDouble(out, latency.mean());
            Wire.writeNullableDouble(out, latency.p50());
            Wire.writeNullableDouble(out, latency.p95());
            Wire.writeNullableDouble(out, latency.p99());
            Wire.writeNullableDouble(out, latency.p999());
            Wire.writeNullableDouble(out, latency.max());
        }
        FigureCodec.writeFigures(out, w.figures());
        writeHistogram(out, w.histogram());
    }

    private static WorkloadResult readWorkload(DataInput in) throws IOException {
        String type = Wire.readString(in);
        long requests = in.readLong();
        long ok = in.readLong();
        long failed = in.readLong();
        Map<String, Long> failedByReason = readCounts(in);
        long unknown = in.readLong();
        long inFlight = in.readLong();
        Double availability = Wire.readNullableDouble(in);
        double throughput = Wire.readDouble(in);
        LatencySummary latency = in.readBoolean()
                ? new LatencySummary(in.readLong(), Wire.readNullableDouble(in), Wire.readNullableDouble(in),
                        Wire.readNullableDouble(in), Wire.readNullableDouble(in), Wire.readNullableDouble(in),
                        Wire.readNullableDouble(in))
                : null;
        FigureValues figures = FigureCodec.readFigures(in);
        return new WorkloadResult(type, requests, ok, failed, failedByReason, unknown, inFlight, availability, throughput,
                latency, figures, readHistogram(in));
    }

    private static void writeHistogram(DataOutput out, Histogram histogram) throws IOException {
        out.writeBoolean(histogram != null);
        if (histogram == null) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        out.writeBoolean(histogram.isAutoResize());
        out.writeInt(length);
        out.write(buffer.array(), 0, length);
    }

    private static Histogram readHistogram(DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        boolean autoResize = in.readBoolean();
        byte[] bytes = Wire.readBytes(in);
        try {
            Histogram histogram = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
            histogram.setAutoResize(autoResize);
            return histogram;
        } catch (DataFormatException | RuntimeException e) {
            throw new WireFormatException("a latency histogram could not be decoded: " + e.getMessage());
        }
    }

    private static void writeCounts(DataOutput out, Map<String, Long> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            Wire.writeString(out, entry.getKey());
            out.writeLong(entry.getValue());
        }
    }

    private static Map<String, Long> readCounts(DataInput in) throws IOException {
        int count = Wire.readCount(in);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            counts.put(Wire.readString(in), in.readLong());
        }
        return counts;
    }

    private static Map<DropReason, Long> readDrops(DataInput in) throws IOException {
        int count = Wire.readCount(in);
        Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
        for (int i = 0; i < count; i++) {
            String name = Wire.readString(in);
            try {
                drops.put(DropReason.valueOf(name), in.readLong());
            } catch (IllegalArgumentException e) {
                throw new WireFormatException("unknown drop reason " + name);
            }
        }
        return drops;
    }

    private static void writeSeries(DataOutput out, TimeSeries series) throws IOException {
        out.writeBoolean(series != null);
        if (series == null) {
            return;
        }
        out.writeLong(series.intervalNanos());
        out.writeInt(series.startNanos().size());
        for (long start : series.startNanos()) {
            out.writeLong(start);
        }
        out.writeInt(series.columns().size());
        for (TimeSeries.Column column : series.columns()) {
            Wire.writeString(out, column.scope().name());
            Wire.writeString(out, column.owner());
            FigureCodec.writeSpec(out, column.spec());
            Wire.writeNullableString(out, column.qualifier());
            out.writeInt(column.values().size());
            for (Double value : column.values()) {
                Wire.writeNullableDouble(out, value);
            }
        }
    }

    private static TimeSeries readSeries(DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        long interval = in.readLong();
        int intervals = Wire.readCount(in);
        List<Long> starts = new ArrayList<>(intervals);
        for (int i = 0; i < intervals; i++) {
            starts.add(in.readLong());
        }
        int columnCount = Wire.readCount(in);
        List<TimeSeries.Column> columns = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            TimeSeries.Scope scope = FigureCodec.constant(TimeSeries.Scope.class, Wire.readString(in));
            String owner = Wire.readString(in);
            FigureSpec spec = FigureCodec.readSpec(in);
            String qualifier = Wire.readNullableString(in);
            int size = Wire.readCount(in);
            List<Double> values = new ArrayList<>(Math.min(size, intervals));
            for (int i = 0; i < size; i++) {
                values.add(Wire.readNullableDouble(in));
            }
            try {
                columns.add(new TimeSeries.Column(scope, owner, spec, qualifier, values));
            } catch (IllegalArgumentException e) {
                throw new WireFormatException("time-series column of " + owner + " is impossible: " + e.getMessage());
            }
        }
        return new TimeSeries(interval, starts, columns);
    }

    private static StopReason.Kind stopKind(String name) throws WireFormatException {
        try {
            return StopReason.Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("unknown stop reason " + name);
        }
    }
}
