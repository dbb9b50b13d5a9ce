package org.distsim.cluster.task;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Statistic;
import org.distsim.core.figure.Unit;
import org.distsim.core.figure.Window;

/**
 * Typed figures as bytes and back, exactly: every figure travels with its whole declaration
 * (name, kind, unit, role, headline, label, doc, per, window, and a derived figure's two parts), so
 * that a member's result renders with the same labels and units as a local one without the
 * coordinator looking declarations up by name. Enums travel by constant name; an unknown one is a
 * {@link WireFormatException}.
 */
final class FigureCodec {

    private static final byte LONG = 'L';
    private static final byte DOUBLE = 'D';
    private static final byte NULL = 'N';

    private FigureCodec() {
    }

    static void writeSpec(DataOutput out, FigureSpec spec) throws IOException {
        Wire.writeString(out, spec.name());
        Wire.writeString(out, spec.kind().name());
        Wire.writeString(out, spec.unit().name());
        Wire.writeString(out, spec.role().name());
        out.writeBoolean(spec.headline());
        Wire.writeString(out, spec.label());
        Wire.writeString(out, spec.doc());
        Wire.writeString(out, spec.per().name());
        Wire.writeString(out, spec.window().name());
        // A derived figure carries the declarations of its two parts.
        out.writeBoolean(spec.derivation() != null);
        if (spec.derivation() != null) {
            writeSpec(out, spec.derivation().numerator());
            writeSpec(out, spec.derivation().denominator());
        }
    }

    static FigureSpec readSpec(DataInput in) throws IOException {
        String name = Wire.readString(in);
        FigureKind kind = constant(FigureKind.class, Wire.readString(in));
        Unit unit = constant(Unit.class, Wire.readString(in));
        Role role = constant(Role.class, Wire.readString(in));
        boolean headline = in.readBoolean();
        String label = Wire.readString(in);
        String doc = Wire.readString(in);
        FigureSpec.Per per = constant(FigureSpec.Per.class, Wire.readString(in));
        Window window = constant(Window.class, Wire.readString(in));
        FigureSpec.Derivation derivation = null;
        try {
            if (in.readBoolean()) {
                derivation = new FigureSpec.Derivation(readSpec(in), readSpec(in));
            }
            return new FigureSpec(name, kind, unit, role, headline, label, doc, per, window, derivation);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("figure " + name + " has an impossible declaration: " + e.getMessage());
        }
    }

    static void writeFigures(DataOutput out, FigureValues figures) throws IOException {
        out.writeInt(figures.size());
        for (Figure figure : figures) {
            writeSpec(out, figure.spec());
            Wire.writeNullableString(out, figure.qualifier());
            Wire.writeString(out, figure.statistic().name());
            Number value = figure.value();
            if (value == null) {
                // A figure without a value (a percentile of no requests) renders as such.
                out.writeByte(NULL);
            } else if (value instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else {
                out.writeByte(DOUBLE);
                Wire.writeDouble(out, value.doubleValue());
            }
        }
    }

    static FigureValues readFigures(DataInput in) throws IOException {
        int count = Wire.readCount(in);
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FigureSpec spec = readSpec(in);
            String qualifier = Wire.readNullableString(in);
            Statistic statistic = constant(Statistic.class, Wire.readString(in));
            byte type = in.readByte();
            Number value = switch (type) {
                case LONG -> in.readLong();
                case DOUBLE -> Wire.readDouble(in);
                case NULL -> null;
                default -> throw new WireFormatException("figure " + spec.name() + " has an unknown type tag " + type);
            };
            try {
                figures.add(new Figure(spec, qualifier, statistic, value));
            } catch (IllegalArgumentException e) {
                throw new WireFormatException("figure " + spec.name() + " is impossible: " + e.getMessage());
            }
        }
        try {
            return FigureValues.of(figures);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("the figures are impossible: " + e.getMessage());
        }
    }

    static <E extends Enum<E>> E constant(Class<E> type, String name) throws WireFormatException {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new WireFormatException("unknown " + type.getSimpleName() + " " + name);
    }
}
