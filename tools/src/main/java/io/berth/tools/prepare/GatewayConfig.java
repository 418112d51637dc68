package io.berth.tools.prepare;

/** proxy-gateway's {@code gateway/application.properties}. */
final class GatewayConfig {

    private GatewayConfig() {
    }

    static String render(Settings s, Topology t) {
        PropertiesFile f = PropertiesFile.service("proxy-gateway", "gateway", t.bindHost(), t.gatewayHttpPort(), t);
        f.section("upstreams");
        f.put("gateway.registry-url", t.registry().url());
        f.put("gateway.ui-url", t.ui().url());
        f.put("gateway.auth-url", t.auth().url());
        f.put("gateway.external-url", s.externalUrl());
        if (s.https()) {
            f.section("https (ui_url_protocol = https); plain http redirects to it");
            f.put("quarkus.http.ssl-port", t.gatewayHttpsPort());
            f.put("quarkus.http.ssl.certificate.files", t.sslCertFile(s));
            f.put("quarkus.http.ssl.certificate.key-files", t.sslKeyFile(s));
            f.put("quarkus.http.insecure-requests", "redirect");
        }
        return f.render();
    }
}
