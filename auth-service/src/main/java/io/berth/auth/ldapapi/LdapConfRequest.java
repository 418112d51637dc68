package io.berth.auth.ldapapi;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Harbor's {@code LdapConf}: settings to test; absent fields take the configured values. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LdapConfRequest(String ldapUrl, String ldapSearchDn, String ldapSearchPassword, String ldapBaseDn,
        String ldapFilter, String ldapUid, Integer ldapScope, Integer ldapConnectionTimeout, Boolean ldapVerifyCert) {

    @Override
    public String toString() {
        return "LdapConfRequest[url=" + ldapUrl + ", searchDn=" + ldapSearchDn + ", password=***]";
    }
}
