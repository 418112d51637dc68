package io.berth.tools.prepare;

/** proxy-gateway's {@code proxy/application.properties}. */
final class ProxyConfig {

    private ProxyConfig() {
    }

    static String render(Settings s, Topology t) {
        PropertiesFile f = PropertiesFile.service("proxy-gateway", "proxy", t.bindHost(), t.proxyHttpPort(), t);
        f.section("upstreams");
        f.put("gateway.registry-url", t.registry().url());
        f.put("gateway.core-url", t.core().url());
        f.put("gateway.auth-url", t.auth().url());
        f.put("gateway.external-url", s.externalUrl());
        if (s.https()) {
            f.section("https (ui_url_protocol = https); plain http redirects to it");
            f.put("quarkus.http.ssl-port", t.proxyHttpsPort());
            f.put("quarkus.http.ssl.certificate.files", t.sslCertFile(s));
            f.put("quarkus.http.ssl.certificate.key-files", t.sslKeyFile(s));
            f.put("quarkus.http.insecure-requests", "redirect");
        }
        return f.render();
    }
}
