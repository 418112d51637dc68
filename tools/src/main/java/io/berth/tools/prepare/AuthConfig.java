package io.berth.tools.prepare;

/** auth-service's {@code auth/application.properties}. */
final class AuthConfig {

    static final String TOKEN_ISSUER = "harbor-token-issuer";
    static final String TOKEN_SERVICE = "harbor-registry";

    private AuthConfig() {
    }

    static String render(Settings s, Topology t) {
        PropertiesFile f = PropertiesFile.service("auth-service", "auth", t.bindHost(), t.auth().port(), t);
        f.section("peers, tokens, accounts");
        f.put("auth.external-url", s.externalUrl());
        f.put("auth.ui-url", t.ui().url());
        f.put("auth.internal-secret-file", t.secretFile());
        f.put("auth.trusted-proxies", t.gatewayPeer());
        f.put("auth.token.private-key-file", t.tokenKeyFile());
        f.put("auth.token.certificate-file", t.tokenCertFile());
        f.put("auth.token.issuer", TOKEN_ISSUER);
        f.put("auth.token.service", TOKEN_SERVICE);
        f.put("auth.token.expiration-minutes", s.tokenExpirationMinutes());
        f.put("auth.admin-initial-password", s.adminPassword());
        f.put("auth.mode", s.authMode());
        f.put("auth.self-registration", s.selfRegistration());
        LdapKeys.write(f, "auth.ldap.", s, true);
        f.section("database (schema berth_auth)");
        f.put("quarkus.datasource.jdbc.url", t.jdbcUrl("berth_auth"));
        f.put("quarkus.datasource.username", "root");
        f.put("quarkus.datasource.password", s.dbPassword());
        return f.render();
    }
}
