package io.berth.registry.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.registry.error.ChallengeException;
import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.berth.registry.manifest.InvalidManifestException;
import io.berth.registry.manifest.MissingReferenceException;
import io.berth.registry.proxy.UpstreamContentException;
import io.berth.registry.proxy.UpstreamException;
import io.berth.registry.storage.StoreException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** The one place that turns any failure on {@code /v2/} into an OCI error response. */
@Singleton
public class ErrorResponder {

    private static final Logger LOG = Logger.getLogger(ErrorResponder.class);
    /** Seconds a client is asked to wait after a 503 or 429 (storage or upstream out, journal not written). */
    static final String RETRY_AFTER_SECONDS = "5";
    private static final int MAX_DETAIL = 1024;

    private final ObjectMapper json;

    public ErrorResponder(ObjectMapper json) {
        this.json = json;
    }

    public void send(RoutingContext ctx, Throwable failure) {
        RegistryApiException error = translate(failure);
        HttpServerResponse response = ctx.response();
        if (response.closed() || clientSide(failure)) {
            LOG.debugf("client went away: %s %s: %s", ctx.request().method(), ctx.request().path(), failure.getMessage());
        } else if (error.code() == ErrorCode.UNKNOWN) {
            LOG.errorf(failure, "failed to handle request %s %s", ctx.request().method(), ctx.request().path());
        } else if (failure instanceof UpstreamException) {
            LOG.warnf("upstream unavailable: %s %s: %s", ctx.request().method(), ctx.request().path(), failure.getMessage());
        } else if (error.code() == ErrorCode.UNAVAILABLE && !(failure instanceof RegistryApiException)) {
            LOG.errorf(failure, "storage unavailable: %s %s", ctx.request().method(), ctx.request().path());
        } else {
            LOG.debugf("request refused: %s %s -> %s", ctx.request().method(), ctx.request().path(), error.code());
        }
        if (response.headWritten() || response.ended() || response.closed()) {
            if (!response.closed()) {
                ctx.request().connection().close();
            }
            return;
        }
        if (error instanceof ChallengeException c && c.challenge() != null) {
            response.putHeader("WWW-Authenticate", c.challenge());
        }
        response.setStatusCode(error.code().status());
        if (error.code().status() == 503 || error.code().status() == 429) {
            response.putHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        response.putHeader("Docker-Distribution-API-Version", "registry/2.0");
        if (unreadBody(ctx)) {
            // the unread rest of a refused body is not worth receiving
            response.putHeader("Connection", "close");
            response.endHandler(v -> ctx.request().connection().close());
        }
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", "0");
            response.end();
            return;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", error.code().wire());
        entry.put("message", error.code().message());
        // a detail may quote the client's input: never echo a huge value back whole
        Object detail = error.detail();
        entry.put("detail", detail instanceof String d && d.length() > MAX_DETAIL ? d.substring(0, MAX_DETAIL) + "..." : detail);
        try {
            byte[] body = json.writeValueAsBytes(Map.of("errors", List.of(entry)));
            response.putHeader("Content-Type", "application/json");
            response.end(io.vertx.core.buffer.Buffer.buffer(body));
        } catch (Exception e) {
            response.end();
        }
    }

    /** A declared body that was not read to its end (a refused upload). */
    private static boolean unreadBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        boolean declared = "chunked".equalsIgnoreCase(ctx.request().getHeader("Transfer-Encoding"))
                || (length != null && !length.equals("0"));
        return declared && !ctx.request().isEnded();
    }

    static RegistryApiException translate(Throwable failure) {
        if (failure instanceof RegistryApiException e) {
            return e;
        }
        if (failure instanceof StoreException e) {
            ErrorCode code = switch (e.error()) {
                case BLOB_UNKNOWN -> ErrorCode.BLOB_UNKNOWN;
                case MANIFEST_UNKNOWN, TAG_UNKNOWN -> ErrorCode.MANIFEST_UNKNOWN;
                case REPOSITORY_UNKNOWN -> ErrorCode.NAME_UNKNOWN;
                case UPLOAD_UNKNOWN -> ErrorCode.BLOB_UPLOAD_UNKNOWN;
                case DIGEST_MISMATCH -> ErrorCode.DIGEST_INVALID;
                case RANGE_MISMATCH -> ErrorCode.RANGE_INVALID;
                case SIZE_MISMATCH -> ErrorCode.SIZE_INVALID;
            };
            return new RegistryApiException(code, e.getMessage());
        }
        if (failure instanceof UpstreamException e) {
            return new RegistryApiException(e.tooManyRequests() ? ErrorCode.TOOMANYREQUESTS : ErrorCode.UNAVAILABLE,
                    e.getMessage());
        }
        if (failure instanceof UpstreamContentException e) {
            return new RegistryApiException(ErrorCode.UPSTREAM_INVALID, e.getMessage());
        }
        if (failure instanceof InvalidManifestException e) {
            return new RegistryApiException(ErrorCode.MANIFEST_INVALID, e.getMessage());
        }
        if (failure instanceof MissingReferenceException e) {
            return new RegistryApiException(ErrorCode.MANIFEST_BLOB_UNKNOWN, e.getMessage());
        }
        if (clientSide(failure)) {
            return new RegistryApiException(ErrorCode.SIZE_INVALID, "the request body broke off");
        }
        if (storageFailure(failure)) {
            // the disk (or the event journal on it) failed: a temporary outage, not a defect
            return new RegistryApiException(ErrorCode.UNAVAILABLE, "storage unavailable, retry later");
        }
        return new RegistryApiException(ErrorCode.UNKNOWN, null);
    }

    private static boolean clientSide(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ClientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** An I/O failure anywhere in the chain, other than a JSON one (which is a defect). */
    private static boolean storageFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException) {
                return false;
            }
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
