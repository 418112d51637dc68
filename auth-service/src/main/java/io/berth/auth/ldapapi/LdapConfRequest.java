package io.berth.auth.ldapapi;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Harbor's {@code LdapConf}: settings to test; absent fields take the configured values. */
public record LdapConfRequest(
        @JsonProperty("ldap_url") String ldapUrl,
        @JsonProperty("ldap_search_dn") String ldapSearchDn,
        @JsonProperty("ldap_search_password") String ldapSearchPassword,
        @JsonProperty("ldap_base_dn") String ldapBaseDn,
        @JsonProperty("ldap_filter") String ldapFilter,
        @JsonProperty("ldap_uid") String ldapUid,
        @JsonProperty("ldap_scope") Integer ldapScope,
        @JsonProperty("ldap_connection_timeout") Integer ldapConnectionTimeout,
        @JsonProperty("ldap_verify_cert") Boolean ldapVerifyCert) {

    @Override
    public String toString() {
        return "LdapConfRequest[url=" + ldapUrl + ", searchDn=" + ldapSearchDn + ", password=***]";
    }
}
