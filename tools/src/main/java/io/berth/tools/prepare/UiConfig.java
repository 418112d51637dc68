package io.berth.tools.prepare;

/** ui-service's {@code ui/application.properties}. */
final class UiConfig {

    private UiConfig() {
    }

    static String render(Settings s, Topology t) {
        PropertiesFile f = PropertiesFile.service("ui-service", "ui", t.bindHost(), t.ui().port(), t);
        f.section("peers and policy");
        f.put("ui.external-url", s.externalUrl());
        f.put("ui.registry-url", t.registry().url());
        f.put("ui.auth-url", t.auth().url());
        f.put("ui.log-health-url", t.logHttp().url());
        f.put("ui.internal-secret-file", t.secretFile());
        f.put("ui.trusted-proxies", t.gatewayPeer());
        f.put("ui.token-certificate-file", t.tokenCertFile());
        f.put("ui.project-creation-restriction", s.projectCreationRestriction());
        f.put("ui.self-registration", s.selfRegistration());
        f.put("ui.auth-mode", s.authMode());
        f.put("ui.token-expiration-minutes", s.tokenExpirationMinutes());
        f.put("ui.proxy-mirror", s.mirror().isPresent());
        f.put("ui.proxy-create-projects", s.proxyCreateProjects());
        LdapKeys.write(f, "ui.ldap.", s, false);
        f.section("database (schema berth_core)");
        f.put("quarkus.datasource.jdbc.url", t.jdbcUrl("berth_core"));
        f.put("quarkus.datasource.username", "root");
        f.put("quarkus.datasource.password", s.dbPassword());
        return f.render();
    }
}
