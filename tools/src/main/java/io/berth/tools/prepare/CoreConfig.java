package io.berth.tools.prepare;

/** ui-service's {@code core/application.properties}. */
final class CoreConfig {

    private CoreConfig() {
    }

    static String render(Settings s, Topology t) {
        PropertiesFile f = PropertiesFile.service("ui-service", "core", t.bindHost(), t.core().port(), t);
        f.section("peers and policy");
        f.put("core.external-url", s.externalUrl());
        f.put("core.registry-url", t.registry().url());
        f.put("core.auth-url", t.auth().url());
        f.put("core.log-health-url", t.logHttp().url());
        f.put("core.internal-secret-file", t.secretFile());
        f.put("core.token-certificate-file", t.tokenCertFile());
        f.put("core.project-creation-restriction", s.projectCreationRestriction());
        f.put("core.self-registration", s.selfRegistration());
        f.put("core.auth-mode", s.authMode());
        f.put("core.token-expiration-minutes", s.tokenExpirationMinutes());
        f.put("core.proxy-mirror", s.mirror().isPresent());
        f.put("core.proxy-create-projects", s.proxyCreateProjects());
        LdapKeys.write(f, "core.ldap.", s, false);
        f.section("database (schema berth_core)");
        f.put("quarkus.datasource.jdbc.url", t.jdbcUrl("berth_core"));
        f.put("quarkus.datasource.username", "root");
        f.put("quarkus.datasource.password", s.dbPassword());
        return f.render();
    }
}
