package io.berth.auth.ldap;

import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.ldap.client.api.DefaultLdapConnectionFactory;
import org.apache.directory.ldap.client.api.DefaultPoolableLdapConnectionFactory;
import org.apache.directory.ldap.client.api.LdapConnection;
import org.apache.directory.ldap.client.api.LdapConnectionConfig;
import org.apache.directory.ldap.client.api.LdapConnectionPool;
import org.apache.directory.ldap.client.api.LdapNetworkConnection;

/**
 * Opens connections for one set of settings: TLS or StartTLS as the URL says, trust as
 * {@code verify-cert} says, every network wait bounded. Knows nothing about users.
 */
final class LdapConnector {

    private static final int POOL_SIZE = 8;

    private final LdapSettings settings;

    LdapConnector(LdapSettings settings) {
        this.settings = settings;
    }

    /** A connected (and, for ldaps/StartTLS, secured) connection that has not bound yet. */
    LdapConnection open(Deadline deadline) throws LdapException {
        LdapNetworkConnection connection = new LdapNetworkConnection(config(deadline.remainingMillis()));
        try {
            connection.connect();
            return connection;
        } catch (LdapException | RuntimeException e) {
            LdapConnections.closeQuietly(connection);
            throw e;
        }
    }

    /**
     * A pool of connections bound as the search DN (or anonymously). Borrowing validates the
     * connection; a connection that failed an operation is invalidated by the caller.
     */
    LdapConnectionPool searchPool() {
        LdapConnectionConfig config = config(settings.timeout().toMillis());
        if (!settings.searchDn().isEmpty()) {
            config.setName(settings.searchDn());
            config.setCredentials(settings.searchPassword());
        }
        GenericObjectPoolConfig<LdapConnection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(POOL_SIZE);
        pool.setMaxIdle(POOL_SIZE);
        pool.setMinIdle(0);
        pool.setTestOnBorrow(true);
        pool.setBlockWhenExhausted(true);
        pool.setMaxWait(settings.timeout());
        pool.setJmxEnabled(false);
        return new LdapConnectionPool(new DefaultPoolableLdapConnectionFactory(new DefaultLdapConnectionFactory(config)), pool);
    }

    private LdapConnectionConfig config(long timeoutMillis) {
        LdapEndpoint endpoint = settings.endpoint();
        LdapConnectionConfig config = new LdapConnectionConfig();
        config.setLdapHost(endpoint.host());
        config.setLdapPort(endpoint.port());
        config.setUseSsl(endpoint.transport() == LdapEndpoint.Transport.LDAPS);
        config.setUseTls(endpoint.transport() == LdapEndpoint.Transport.START_TLS);
        config.setTrustManagers(LdapTrust.managers(endpoint, settings.verifyCert()));
        config.setTimeout(timeoutMillis);
        config.setConnectTimeout(timeoutMillis);
        config.setReadOperationTimeout(timeoutMillis);
        config.setWriteOperationTimeout(timeoutMillis);
        config.setSendTimeout(timeoutMillis);
        config.setCloseTimeout(Math.min(timeoutMillis, 1000L));
        return config;
    }
}
