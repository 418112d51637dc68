package io.berth.tools.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A seeded {@link Random} whose {@link #nextBytes} fills eight bytes per step from a
 * {@link SplittableRandom}: about eight times faster than Random's own, which matters for
 * gigabytes of layer content. Not for anything secret.
 */
final class FastRandom extends Random {

    private static final long serialVersionUID = 1L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final transient SplittableRandom bits;

    FastRandom(long seed) {
        super(seed);
        this.bits = new SplittableRandom(seed);
    }

    @Override
    public void nextBytes(byte[] bytes) {
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            LONGS.set(bytes, i, bits.nextLong());
        }
        if (i < bytes.length) {
            long v = bits.nextLong();
            for (; i < bytes.length; i++, v >>>= 8) {
                bytes[i] = (byte) v;
            }
        }
    }
}
