package io.berth.common.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;

import java.util.concurrent.TimeUnit;

/**
 * Lets an HTTP/1.1 client read an answer given before its request body was read (a refused upload,
 * a 401 challenge, a 413). Closing a socket with unread input makes the kernel send a reset, and a
 * client still writing its body then fails with a broken pipe and never sees the answer. So, per
 * RFC 9112 9.6 and like nginx's lingering close: an answer that starts while the request body is
 * still arriving carries {@code Connection: close}; once it is sent, the rest of the body is read
 * and dropped (never handed to the application, never taken for a next request), and the connection
 * closes when the body ends, or after {@link #MAX_DRAIN_BYTES} or {@link #MAX_DRAIN_MILLIS}. A close
 * the application asks for meanwhile (Quarkus' body-size limit, an error handler) waits for the same
 * moment; a close in the middle of an answer (an aborted download) is never delayed.
 * <p>
 * One instance per connection, placed just in front of Vert.x' own HTTP handler, where it sees
 * decoded requests on the way in and responses on the way out. {@link #install(Router)} adds it.
 */
public final class LingeringClose extends ChannelDuplexHandler {

    /** The most of an unwanted request body read and dropped before the connection is cut. */
    public static final long MAX_DRAIN_BYTES = 8L * 1024 * 1024;
    /** The longest an answered connection waits for the rest of the body before it is cut. */
    public static final long MAX_DRAIN_MILLIS = 10_000;

    private static final String NAME = "berth-lingering-close";
    private static final String VERTX_HANDLER = "handler";
    private static final String VERTX_DECODER = "httpDecoder";

    /** The latest request declared a body whose end has not arrived yet. */
    private boolean bodyInFlight;
    /** Requests received whose answer has not been written whole (more than one when pipelined). */
    private int unanswered;
    /** The response being written is a 1xx (100 Continue), not the answer. */
    private boolean informational;
    /** The answer started while the body was arriving: the connection ends with it. */
    private boolean closeAfterAnswer;
    private boolean draining;
    private boolean finished;
    private long drained;
    private ChannelPromise deferredClose;
    private ScheduledFuture<?> deadline;

    private LingeringClose(boolean bodyInFlight) {
        this.bodyInFlight = bodyInFlight;
        this.unanswered = 1;
    }

    /**
     * Adds the handler to every HTTP/1.1 connection of the server behind {@code router}, on its first
     * request, before any other route (Quarkus' body-size limit included) sees that request.
     */
    public static void install(Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            attach(rc.request());
            rc.next();
        });
    }

    /**
     * Adds the handler to the connection of {@code request} unless it has it. Called while Vert.x
     * dispatches the request's head, so none of its body has passed yet.
     */
    static void attach(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        if (!(connection instanceof ConnectionBase base)) {
            return;
        }
        ChannelPipeline pipeline = base.channelHandlerContext().pipeline();
        if (pipeline.get(NAME) != null || pipeline.get(VERTX_DECODER) == null || pipeline.get(VERTX_HANDLER) == null) {
            return; // already there, or HTTP/2 (whose streams end without closing the connection)
        }
        boolean bodyInFlight = declaresBody(request.getHeader("Content-Length"), request.getHeader("Transfer-Encoding"))
                && !request.isEnded();
        pipeline.addBefore(VERTX_HANDLER, NAME, new LingeringClose(bodyInFlight));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (draining) {
            drop(ctx, msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            bodyInFlight = request.decoderResult().isSuccess() && declaresBody(request.headers());
            unanswered++;
        }
        if (msg instanceof LastHttpContent) {
            bodyInFlight = false;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (draining && !ctx.channel().config().isAutoRead()) {
            // the application may have paused reading before it answered: the drain reads on
            ctx.read();
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof HttpResponse response) {
            informational = response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
            // the answer to the request still sending its body, not to an earlier pipelined one
            if (!informational && bodyInFlight && unanswered == 1) {
                closeAfterAnswer = true;
                HttpUtil.setKeepAlive(response, false);
            }
        }
        if (!(msg instanceof LastHttpContent) || informational) {
            ctx.write(msg, promise);
            return;
        }
        unanswered--;
        if (!closeAfterAnswer) {
            ctx.write(msg, promise);
            return;
        }
        ChannelPromise written = promise.unvoid();
        ctx.write(msg, written);
        if (bodyInFlight) {
            startDraining(ctx);
        } else {
            written.addListener(done -> ctx.close());
        }
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        if (!draining || finished) {
            ctx.close(promise);
            return;
        }
        if (deferredClose == null) {
            deferredClose = promise;
        } else {
            deferredClose.addListener(done -> promise.trySuccess());
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        cancelDeadline();
        super.channelInactive(ctx);
    }

    private void startDraining(ChannelHandlerContext ctx) {
        draining = true;
        deadline = ctx.executor().schedule(() -> finish(ctx), MAX_DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        if (!ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
        ctx.read();
    }

    private void drop(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpContent content) {
            drained += content.content().readableBytes();
        }
        boolean last = msg instanceof LastHttpContent;
        ReferenceCountUtil.release(msg);
        if (last) {
            bodyInFlight = false;
        }
        if (last || drained > MAX_DRAIN_BYTES) {
            finish(ctx);
        }
    }

    private void finish(ChannelHandlerContext ctx) {
        cancelDeadline();
        if (finished) {
            return;
        }
        finished = true;
        // the answer may still wait for the flush at the end of this read
        ctx.flush();
        ctx.close(deferredClose == null ? ctx.newPromise() : deferredClose);
    }

    private void cancelDeadline() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }

    private static boolean declaresBody(HttpHeaders headers) {
        return declaresBody(headers.get("Content-Length"), headers.get("Transfer-Encoding"));
    }

    private static boolean declaresBody(String contentLength, String transferEncoding) {
        if (transferEncoding != null) {
            return true;
        }
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > 0;
        } catch (NumberFormatException malformed) {
            return false;
        }
    }
}
