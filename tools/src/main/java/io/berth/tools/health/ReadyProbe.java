package io.berth.tools.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * deploy/local's readiness probe for what bash cannot speak: {@code GET URL} over https on
 * loopback; exit status 0 when it answers 200, 1 otherwise (refused, timed out, other status).
 * The suite's own gateway is asked on 127.0.0.1, so its certificate (made for the public host
 * name, often self-signed) is neither verified nor matched against the name: the probe reads a
 * status, it sends nothing secret.
 *
 * <pre>ReadyProbe URL [TIMEOUT_SECONDS]</pre>
 */
public final class ReadyProbe {

    private static final int DEFAULT_TIMEOUT_SECONDS = 3;

    private ReadyProbe() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ReadyProbe URL [TIMEOUT_SECONDS]");
            System.exit(2);
        }
        int timeout = args.length == 2 ? Integer.parseInt(args[1]) : DEFAULT_TIMEOUT_SECONDS;
        System.exit(status(args[0], timeout * 1000) == 200 ? 0 : 1);
    }

    /** The status {@code url} answers, or -1 when it answers nothing within {@code timeoutMillis}. */
    static int status(String url, int timeoutMillis) {
        HttpURLConnection c = null;
        try {
            URL u = URI.create(url).toURL();
            c = (HttpURLConnection) u.openConnection();
            if (c instanceof HttpsURLConnection https) {
                https.setSSLSocketFactory(trustingContext().getSocketFactory());
                https.setHostnameVerifier((host, session) -> true);
            }
            c.setConnectTimeout(timeoutMillis);
            c.setReadTimeout(timeoutMillis);
            c.setInstanceFollowRedirects(false);
            c.setUseCaches(false);
            int status = c.getResponseCode();
            drain(status < 400 ? c.getInputStream() : c.getErrorStream());
            return status;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return -1;
        } finally {
            if (c != null) {
                c.disconnect();
            }
        }
    }

    private static void drain(InputStream in) throws IOException {
        if (in != null) {
            try (in) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
    }

    private static SSLContext trustingContext() throws GeneralSecurityException {
        X509TrustManager any = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {any}, new SecureRandom());
        return context;
    }
}
