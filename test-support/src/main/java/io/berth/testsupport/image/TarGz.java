package io.berth.testsupport.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** A minimal ustar writer: one regular file per layer, enough for a valid image layer. */
public final class TarGz {

    private TarGz() {
    }

    /** An uncompressed tar holding one file. */
    public static byte[] tar(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header(name, content.length));
        out.write(content);
        out.write(new byte[(int) padding(content.length)]);
        out.write(new byte[1024]);
        return out.toByteArray();
    }

    static long padding(long size) {
        return (512 - size % 512) % 512;
    }

    /** The 512-byte ustar header of one regular file. */
    static byte[] header(String name, long size) {
        byte[] header = new byte[512];
        put(header, 0, name, 100);
        put(header, 100, "0000644", 8);
        put(header, 108, "0000000", 8);
        put(header, 116, "0000000", 8);
        put(header, 124, String.format("%011o", size), 12);
        put(header, 136, String.format("%011o", 0L), 12);
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        header[156] = '0';
        put(header, 257, "ustar", 6);
        put(header, 263, "00", 2);
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o", sum), 7);
        header[154] = 0;
        header[155] = ' ';
        return header;
    }

    public static byte[] gzip(byte[] data) throws IOException {
        return gzip(data, Deflater.DEFAULT_COMPRESSION);
    }

    /** gzip at one of {@link Deflater}'s levels. */
    public static byte[] gzip(byte[] data, int level) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static void put(byte[] header, int offset, String value, int max) {
        byte[] b = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, header, offset, Math.min(b.length, max));
    }
}
