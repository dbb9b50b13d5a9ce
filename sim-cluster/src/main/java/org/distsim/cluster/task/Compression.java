package org.distsim.cluster.task;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Deflate for what travels between coordinator and members (scenario texts and time series shrink
 * several times), with a cap on what inflating may produce, so a damaged payload cannot exhaust
 * the heap.
 */
final class Compression {

    /** The most bytes one payload may inflate to. */
    static final int MAX_INFLATED = 256 << 20;

    private Compression() {
    }

    static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static byte[] inflate(byte[] bytes) throws WireFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
            byte[] buffer = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new WireFormatException("the payload is truncated");
                }
                if (out.size() + n > MAX_INFLATED) {
                    throw new WireFormatException("the payload inflates to more than " + MAX_INFLATED + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new WireFormatException("the payload is not deflated data: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }
}
