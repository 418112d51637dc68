package io.berth.registry.storage.driver;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A byte sink bound to one path. {@link #commit()} makes the written bytes durable;
 * {@link #cancel()} removes the file; {@link #close()} alone keeps what was written so far
 * (an interrupted upload can resume from {@link #size()}).
 */
public abstract class FileWriter extends OutputStream {

    /** Bytes in the file, including those present before an append. */
    public abstract long size();

    public abstract void commit() throws IOException;

    public abstract void cancel() throws IOException;
}
