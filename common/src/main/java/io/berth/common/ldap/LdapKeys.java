package io.berth.common.ldap;

import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * harbor.cfg's {@code ldap_*} lines as prepare writes them for auth-service (which binds with them)
 * and ui-service (which shows them as the defaults of its configuration page): one list of keys
 * and defaults, so what the console shows is what auth-service applies. All optional: in db_auth
 * mode none is present.
 */
public interface LdapKeys {

    /** {@code ldap://host[:389]}, {@code ldaps://host[:636]} or {@code ldap+starttls://host[:389]}. */
    Optional<String> url();

    /** DN to bind as before searching; absent means an anonymous search. */
    Optional<String> searchDn();

    /** Search base, or a DN template such as {@code uid=%s,dc=example,dc=com}. */
    Optional<String> baseDn();

    /** Extra filter ANDed to the uid match, with or without its outer parentheses. */
    Optional<String> filter();

    @WithDefault("uid")
    String uid();

    /** 0 base, 1 one level, 2 subtree. */
    @WithDefault("2")
    int scope();

    @WithDefault("5")
    int timeoutSeconds();

    @WithDefault("true")
    boolean verifyCert();
}
