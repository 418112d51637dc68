package io.berth.auth.account;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Harbor v2.0's {@code UserSysAdminFlag}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SysAdminFlagRequest(Boolean sysadminFlag) {
}
