package org.distsim.cluster.task;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.distsim.core.figure.CurveSpec;
import org.distsim.core.result.Curve;

/**
 * A node's probability curves as bytes and back, exactly: each with its whole declaration, then its
 * bins, so a member's result renders the same as a local one.
 */
final class CurveCodec {

    private CurveCodec() {
    }

    static void writeCurves(DataOutput out, List<Curve> curves) throws IOException {
        out.writeInt(curves.size());
        for (Curve curve : curves) {
            CurveSpec spec = curve.spec();
            Wire.writeString(out, spec.name());
            Wire.writeString(out, spec.label());
            Wire.writeString(out, spec.xLabel());
            Wire.writeString(out, spec.yLabel());
            Wire.writeString(out, spec.doc());
            out.writeInt(curve.points().size());
            for (Curve.Point point : curve.points()) {
                out.writeLong(point.fromNanos());
                out.writeLong(point.toNanos());
                out.writeLong(point.samples());
                out.writeLong(point.hits());
            }
        }
    }

    static List<Curve> readCurves(DataInput in) throws IOException {
        int count = Wire.readCount(in);
        List<Curve> curves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = Wire.readString(in);
            try {
                CurveSpec spec = new CurveSpec(name, Wire.readString(in), Wire.readString(in), Wire.readString(in),
                        Wire.readString(in));
                int pointCount = Wire.readCount(in);
                List<Curve.Point> points = new ArrayList<>();
                for (int p = 0; p < pointCount; p++) {
                    points.add(new Curve.Point(in.readLong(), in.readLong(), in.readLong(), in.readLong()));
                }
                curves.add(new Curve(spec, points));
            } catch (IllegalArgumentException e) {
                throw new WireFormatException("curve " + name + " is impossible: " + e.getMessage());
            }
        }
        return curves;
    }
}
