package io.berth.collector.health;

import io.berth.collector.syslog.SyslogServer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the syslog ports are bound. */
@Readiness
@ApplicationScoped
public class SyslogReadinessCheck implements HealthCheck {

    private final SyslogServer server;

    public SyslogReadinessCheck(SyslogServer server) {
        this.server = server;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("syslog")
                .status(server.bound())
                .withData("tcp-port", server.tcpPort())
                .withData("udp-port", server.udpPort())
                .build();
    }
}
