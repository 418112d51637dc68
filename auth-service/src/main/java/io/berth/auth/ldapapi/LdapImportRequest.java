package io.berth.auth.ldapapi;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Harbor's {@code LdapImportUsers}: the uids to onboard. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LdapImportRequest(List<String> ldapUidList) {
}
