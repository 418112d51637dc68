package io.berth.auth.ldap;

import java.io.IOException;

import org.apache.directory.ldap.client.api.LdapConnection;

/** Small helpers around connection lifecycles. */
final class LdapConnections {

    private LdapConnections() {
    }

    static void closeQuietly(LdapConnection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            // the connection is being discarded; nothing useful to do with a failed close
        }
    }
}
