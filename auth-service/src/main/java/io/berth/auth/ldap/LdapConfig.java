package io.berth.auth.ldap;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The {@code auth.ldap.*} keys prepare writes from harbor.cfg's {@code ldap_*} lines.
 * All optional: in db_auth mode none is present. {@link LdapSettings#from(LdapConfig)} turns
 * them into validated settings.
 */
@ConfigMapping(prefix = "auth.ldap")
public interface LdapConfig {

    /** {@code ldap://host[:389]}, {@code ldaps://host[:636]} or {@code ldap+starttls://host[:389]}. */
    Optional<String> url();

    /** DN to bind as before searching; absent means an anonymous search. */
    Optional<String> searchDn();

    Optional<String> searchPassword();

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
