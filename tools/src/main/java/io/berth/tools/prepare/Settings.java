package io.berth.tools.prepare;

import java.nio.file.Path;
import java.util.Optional;

/** A validated harbor.cfg, typed. Built only by {@link CfgValidator}. */
record Settings(
        String host,
        Integer explicitPort,
        boolean https,
        Optional<Path> sslCert,
        Optional<Path> sslCertKey,
        String dbPassword,
        String adminPassword,
        String authMode,
        Ldap ldap,
        boolean selfRegistration,
        int tokenExpirationMinutes,
        String projectCreationRestriction,
        int logRotateCount,
        String logRotateSize,
        boolean customizeCrt,
        Path dataVolume,
        Optional<Mirror> mirror,
        boolean proxyCreateProjects,
        Optional<Path> registryTemplate) {

    record Ldap(String url, String searchDn, String searchPassword, String baseDn, String filter, String uid,
            int scope, int timeoutSeconds, boolean verifyCert) {
    }

    record Mirror(String remoteUrl, String username, String password) {
    }

    /** The port clients use: hostname's own, else the protocol's default. */
    int externalPort() {
        return explicitPort != null ? explicitPort : (https ? 443 : 80);
    }

    /** {@code scheme://hostname} exactly as the user wrote hostname. */
    String externalUrl() {
        return (https ? "https" : "http") + "://" + host + (explicitPort != null ? ":" + explicitPort : "");
    }
}
