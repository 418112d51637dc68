package io.berth.gateway.proxy;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.epoll.AbstractEpollStreamChannel;
import io.netty.channel.unix.FileDescriptor;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.netty.handler.ssl.SslHandler;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.jboss.logging.Logger;

/**
 * What splicing a body between two of Netty's epoll sockets needs beyond Netty's public API.
 * <p>
 * Netty's {@code spliceTo} wants both channels level-triggered, a mode it lets be chosen only before
 * a channel is registered; Vert.x registers its channels edge-triggered and offers no option for it.
 * The mode is a flag of the channel's epoll registration, which Netty itself changes at run time for
 * other flags, so it is switched here through Netty's own (package-private) methods.
 * <p>
 * Netty splices through a pipe of the kernel's default size, 64 KiB: measured on loopback, that costs
 * as much CPU as copying (0.34 against 0.41 CPU-seconds per 512 MiB), because every 64 KiB takes two
 * system calls and a wake-up. A 1 MiB pipe ({@code fcntl(F_SETPIPE_SZ)}, the unprivileged maximum by
 * default) takes 0.14. The pipe is made here before the splice and closed after it, so that only
 * connections splicing at the moment count against the user's pipe allowance
 * ({@code /proc/sys/fs/pipe-user-pages-soft}); when the kernel refuses the size, Netty's default
 * pipe is used.
 * <p>
 * If Netty's internals change, {@link #available()} is false and bodies are relayed as before
 * (SplicedAnswerIT fails first).
 */
final class SplicePlumbing {

    private static final Logger LOG = Logger.getLogger(SplicePlumbing.class);
    /** Linux' F_SETPIPE_SZ (F_LINUX_SPECIFIC_BASE + 7). */
    private static final int F_SETPIPE_SZ = 1024 + 7;
    static final int PIPE_BYTES = 1024 * 1024;

    private static final Method CLEAR_FLAG;
    private static final Method SET_FLAG;
    private static final Field PIPE_IN;
    private static final Field PIPE_OUT;
    private static final int EPOLLET;
    private static final LibC LIBC;

    static {
        Method clear = null;
        Method set = null;
        Field in = null;
        Field out = null;
        int edge = 0;
        try {
            // AbstractEpollChannel, package-private, holds the flags
            Class<?> epollChannel = AbstractEpollStreamChannel.class.getSuperclass();
            clear = epollChannel.getDeclaredMethod("clearFlag", int.class);
            set = epollChannel.getDeclaredMethod("setFlag", int.class);
            in = AbstractEpollStreamChannel.class.getDeclaredField("pipeIn");
            out = AbstractEpollStreamChannel.class.getDeclaredField("pipeOut");
            clear.setAccessible(true);
            set.setAccessible(true);
            in.setAccessible(true);
            out.setAccessible(true);
            edge = io.netty.channel.epoll.Native.EPOLLET;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debugf("splicing unavailable: %s", e);
            clear = null;
        }
        CLEAR_FLAG = clear;
        SET_FLAG = set;
        PIPE_IN = in;
        PIPE_OUT = out;
        EPOLLET = edge;
        LibC libc;
        try {
            libc = Native.load("c", LibC.class);
        } catch (RuntimeException | LinkageError e) {
            LOG.infof("fcntl unavailable, large answers are spliced through 64 KiB pipes: %s", e);
            libc = null;
        }
        LIBC = libc;
    }

    private SplicePlumbing() {
    }

    /** Whether Netty's internals are as expected (the epoll transport is in use and its flags reachable). */
    static boolean available() {
        return CLEAR_FLAG != null;
    }

    /**
     * The connection's socket, if a body may be spliced into or out of it: an epoll TCP socket with
     * nothing in its pipeline that rewrites bytes (TLS, compression).
     */
    static AbstractEpollStreamChannel plainSocket(HttpConnection connection) {
        if (!available() || !(connection instanceof ConnectionBase base)
                || !(base.channel() instanceof AbstractEpollStreamChannel channel)) {
            return null;
        }
        ChannelPipeline pipeline = channel.pipeline();
        if (pipeline.get(SslHandler.class) != null || pipeline.get(HttpContentCompressor.class) != null) {
            return null;
        }
        return channel;
    }

    static void levelTriggered(Channel channel) throws IOException {
        invoke(CLEAR_FLAG, channel);
    }

    static void edgeTriggered(Channel channel) throws IOException {
        invoke(SET_FLAG, channel);
    }

    /** Gives {@code target} a pipe of {@link #PIPE_BYTES} for the next splice, if the kernel allows it. */
    static void widePipe(AbstractEpollStreamChannel target) throws IOException {
        if (LIBC == null || field(PIPE_OUT, target) != null) {
            return;
        }
        FileDescriptor[] pipe = FileDescriptor.pipe();
        try {
            LIBC.fcntl(pipe[1].intValue(), F_SETPIPE_SZ, PIPE_BYTES);
        } catch (LastErrorException refused) {
            // over the user's pipe allowance (EPERM) or the maximum: the default size works, slower
            LOG.debugf("pipe size refused: errno %d", refused.getErrorCode());
        }
        set(PIPE_IN, target, pipe[0]);
        set(PIPE_OUT, target, pipe[1]);
    }

    /** Closes {@code target}'s (empty) pipe after a splice; the channel makes another when it needs one. */
    static void closePipe(AbstractEpollStreamChannel target) {
        for (Field end : new Field[] {PIPE_IN, PIPE_OUT}) {
            try {
                FileDescriptor fd = field(end, target);
                set(end, target, null);
                if (fd != null) {
                    fd.close();
                }
            } catch (IOException e) {
                LOG.debugf("closing a pipe: %s", e.getMessage());
            }
        }
    }

    private static void invoke(Method flag, Channel channel) throws IOException {
        try {
            flag.invoke(channel, EPOLLET);
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot change the epoll mode", e);
        }
    }

    private static FileDescriptor field(Field field, AbstractEpollStreamChannel channel) throws IOException {
        try {
            return (FileDescriptor) field.get(channel);
        } catch (IllegalAccessException e) {
            throw new IOException(e);
        }
    }

    private static void set(Field field, AbstractEpollStreamChannel channel, FileDescriptor value) throws IOException {
        try {
            field.set(channel, value);
        } catch (IllegalAccessException e) {
            throw new IOException(e);
        }
    }

    /** The one C function needed; fcntl is variadic, called with one int as on every Linux ABI we run on. */
    interface LibC extends Library {
        int fcntl(int fd, int cmd, int arg) throws LastErrorException;
    }
}
