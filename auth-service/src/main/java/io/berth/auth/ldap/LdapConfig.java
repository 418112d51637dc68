package io.berth.auth.ldap;

import io.berth.common.ldap.LdapKeys;
import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The {@code auth.ldap.*} keys prepare writes from harbor.cfg's {@code ldap_*} lines (common's
 * {@link LdapKeys}, which ui-service shows too) and the search password, which only auth-service
 * holds. {@link LdapSettings#from(LdapConfig)} turns them into validated settings.
 */
@ConfigMapping(prefix = "auth.ldap")
public interface LdapConfig extends LdapKeys {

    Optional<String> searchPassword();
}
