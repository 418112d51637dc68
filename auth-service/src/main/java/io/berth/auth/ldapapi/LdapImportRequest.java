package io.berth.auth.ldapapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Harbor's {@code LdapImportUsers}: the uids to onboard. */
public record LdapImportRequest(@JsonProperty("ldap_uid_list") List<String> ldapUidList) {
}
