package io.berth.auth.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Harbor v2.0's {@code UserSysAdminFlag}. */
public record SysAdminFlagRequest(@JsonProperty("sysadmin_flag") Boolean sysadminFlag) {
}
