package io.berth.tools.prepare;

import java.nio.file.Path;

/**
 * Where every part listens and how the others reach it, and the paths the services see: the
 * compose network (service names, container ports, files under /etc/berth) or the local run
 * (loopback, ports from {@link LocalPorts}, host paths under the data folder).
 */
record Topology(
        boolean local,
        String bindHost,
        int gatewayHttpPort,
        int gatewayHttpsPort,
        Endpoint registry,
        Endpoint ui,
        Endpoint auth,
        Endpoint logHttp,
        Endpoint syslog,
        Endpoint db,
        Path configDir,
        Path storageDir,
        Path logDir,
        Path dbDir) {

    record Endpoint(String host, int port) {
        String url() {
            return "http://" + host + ":" + port;
        }

        String hostPort() {
            return host + ":" + port;
        }
    }

    static final Path COMPOSE_CONFIG_DIR = Path.of("/etc/berth");

    static Topology compose() {
        return new Topology(false, "0.0.0.0", 8080, 8443,
                new Endpoint("registry", 5000), new Endpoint("ui", 8080), new Endpoint("auth", 8080),
                new Endpoint("log", 8084), new Endpoint("log", 1514), new Endpoint("db", 3306),
                COMPOSE_CONFIG_DIR, Path.of("/storage"), Path.of("/var/log/berth"), Path.of("/var/lib/mysql"));
    }

    static Topology local(Settings s, LocalPorts ports, Path dataDir, Path outDir) {
        String lo = "127.0.0.1";
        int gateway = s.externalPort();
        return new Topology(true, lo, s.https() ? ports.get(LocalPorts.GATEWAY_HTTP) : gateway, s.https() ? gateway : 0,
                new Endpoint(lo, ports.get(LocalPorts.REGISTRY)), new Endpoint(lo, ports.get(LocalPorts.UI)),
                new Endpoint(lo, ports.get(LocalPorts.AUTH)), new Endpoint(lo, ports.get(LocalPorts.LOG_HTTP)),
                new Endpoint(lo, ports.get(LocalPorts.SYSLOG)), new Endpoint(lo, ports.get(LocalPorts.DB)),
                outDir, dataDir.resolve("storage"), dataDir.resolve("logs"), dataDir.resolve("db"));
    }

    /**
     * How the services see the gateway's connections: the only peer whose {@code X-Real-IP} they
     * take as the client's address (the compose service name, resolved on the network).
     */
    String gatewayPeer() {
        return local ? "127.0.0.1" : "gateway";
    }

    Path secretFile() {
        return configDir.resolve("secret/internal_secret");
    }

    Path tokenKeyFile() {
        return configDir.resolve("secret/token/private_key.pem");
    }

    Path tokenCertFile() {
        return configDir.resolve("secret/token/root.crt");
    }

    /** The TLS certificate as the gateway sees it: the host path locally, a mounted copy in compose. */
    Path sslCertFile(Settings s) {
        return local ? s.sslCert().orElseThrow() : configDir.resolve("gateway/tls/server.crt");
    }

    Path sslKeyFile(Settings s) {
        return local ? s.sslCertKey().orElseThrow() : configDir.resolve("gateway/tls/server.key");
    }

    String jdbcUrl(String schema) {
        return "jdbc:mariadb://" + db.hostPort() + "/" + schema + "?createDatabaseIfNotExist=true";
    }
}
