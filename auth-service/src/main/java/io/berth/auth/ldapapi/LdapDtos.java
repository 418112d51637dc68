package io.berth.auth.ldapapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.berth.auth.ldap.LdapUser;
import java.util.List;

/** Bodies of Harbor's {@code /api/v2.0/ldap/*} endpoints. */
public final class LdapDtos {

    private LdapDtos() {
    }

    public record PingResp(@JsonProperty("success") boolean success, @JsonProperty("message") String message) {
    }

    public record UserResp(@JsonProperty("username") String username, @JsonProperty("realname") String realname,
            @JsonProperty("email") String email) {
        static UserResp of(LdapUser u) {
            return new UserResp(u.username(), nz(u.realName()), nz(u.email()));
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    public record ImportReq(@JsonProperty("ldap_uid_list") List<String> ldapUidList) {
    }

    public record FailedImport(@JsonProperty("uid") String uid, @JsonProperty("error") String error) {
    }
}
