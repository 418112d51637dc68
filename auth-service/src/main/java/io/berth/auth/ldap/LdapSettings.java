package io.berth.auth.ldap;

import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.directory.api.ldap.model.exception.LdapInvalidDnException;
import org.apache.directory.api.ldap.model.filter.FilterParser;
import org.apache.directory.api.ldap.model.message.SearchScope;
import org.apache.directory.api.ldap.model.name.Dn;

/**
 * One validated set of LDAP settings: from configuration, or from an admin's ping request.
 * Either {@link #template()} is present (bind directly as the templated DN) or the search
 * fields are used (bind as the search DN or anonymously, search, bind as the found DN).
 * {@link #toString()} never shows the search password.
 */
public final class LdapSettings {

    private static final Pattern ATTRIBUTE = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9-]*|\\d+(?:\\.\\d+)+)$");

    private final LdapEndpoint endpoint;
    private final String searchDn;
    private final String searchPassword;
    private final Dn baseDn;
    private final LdapDnTemplate template;
    private final String filter;
    private final String uidAttribute;
    private final SearchScope scope;
    private final int rawScope;
    private final Duration timeout;
    private final boolean verifyCert;

    private LdapSettings(Builder b) {
        this.endpoint = LdapEndpoint.parse(b.url);
        this.searchDn = blankToEmpty(b.searchDn);
        this.searchPassword = b.searchPassword == null ? "" : b.searchPassword;
        String base = blankToEmpty(b.baseDn);
        if (base.isEmpty()) {
            throw new LdapSettingsException("ldap base dn is empty");
        }
        if (LdapDnTemplate.isTemplate(base)) {
            this.template = LdapDnTemplate.parse(base);
            this.baseDn = template.parent();
            this.uidAttribute = template.attribute();
        } else {
            this.template = null;
            this.baseDn = dn(base, "ldap base dn is not a valid dn");
            this.uidAttribute = attribute(b.uid);
        }
        if (!searchDn.isEmpty()) {
            dn(searchDn, "ldap search dn is not a valid dn");
        }
        this.filter = filter(b.filter);
        if (b.scope < 0 || b.scope > 2) {
            throw new LdapSettingsException("ldap scope must be 0 (base), 1 (one level) or 2 (subtree)");
        }
        this.scope = SearchScope.getSearchScope(b.scope);
        this.rawScope = b.scope;
        if (b.timeoutSeconds < 1 || b.timeoutSeconds > 3600) {
            throw new LdapSettingsException("ldap timeout must be between 1 and 3600 seconds");
        }
        this.timeout = Duration.ofSeconds(b.timeoutSeconds);
        this.verifyCert = b.verifyCert;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings from {@code auth.ldap.*}; empty when no url is configured (db_auth). */
    public static Optional<LdapSettings> from(LdapConfig config) {
        return from(config, Map.of());
    }

    /**
     * Settings from {@code auth.ldap.*} with the {@code ldap_*} items a system admin stored in
     * ui-service (Harbor names) applied over them; empty when neither gives a url.
     */
    public static Optional<LdapSettings> from(LdapConfig config, Map<String, String> stored) {
        String url = stored.getOrDefault("ldap_url", config.url().orElse(""));
        if (url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(builder()
                .url(url)
                .searchDn(stored.getOrDefault("ldap_search_dn", config.searchDn().orElse(null)))
                .searchPassword(stored.getOrDefault("ldap_search_password", config.searchPassword().orElse(null)))
                .baseDn(stored.getOrDefault("ldap_base_dn", config.baseDn().orElse(null)))
                .filter(stored.getOrDefault("ldap_filter", config.filter().orElse(null)))
                .uid(stored.getOrDefault("ldap_uid", config.uid()))
                .scope(number(stored.get("ldap_scope"), config.scope()))
                .timeoutSeconds(number(stored.get("ldap_timeout"), config.timeoutSeconds()))
                .verifyCert(stored.containsKey("ldap_verify_cert")
                        ? Boolean.parseBoolean(stored.get("ldap_verify_cert")) : config.verifyCert())
                .build());
    }

    private static int number(String stored, int configured) {
        if (stored == null) {
            return configured;
        }
        try {
            return Integer.parseInt(stored.trim());
        } catch (NumberFormatException e) {
            throw new LdapSettingsException("not a number: " + stored);
        }
    }

    /**
     * A builder holding these settings, to change some of them: e.g. an admin's ping form that
     * leaves the search password out keeps the configured one.
     */
    public Builder toBuilder() {
        return builder()
                .url(endpoint.toString())
                .searchDn(searchDn)
                .searchPassword(searchPassword)
                .baseDn(template != null ? template.attribute() + "=%s," + template.parent().getName() : baseDn.getName())
                .filter(filter)
                .uid(uidAttribute)
                .scope(rawScope)
                .timeoutSeconds((int) timeout.getSeconds())
                .verifyCert(verifyCert);
    }

    public LdapEndpoint endpoint() {
        return endpoint;
    }

    /** Empty for an anonymous search bind. */
    public String searchDn() {
        return searchDn;
    }

    public String searchPassword() {
        return searchPassword;
    }

    /** The search base; in template mode the template's parent. */
    public Dn baseDn() {
        return baseDn;
    }

    public Optional<LdapDnTemplate> template() {
        return Optional.ofNullable(template);
    }

    /** The extra filter with its parentheses, or empty. */
    public String filter() {
        return filter;
    }

    public String uidAttribute() {
        return uidAttribute;
    }

    /** In template mode searches look one level under the template's parent. */
    public SearchScope scope() {
        return template != null ? SearchScope.ONELEVEL : scope;
    }

    public Duration timeout() {
        return timeout;
    }

    public boolean verifyCert() {
        return verifyCert;
    }

    @Override
    public String toString() {
        return "LdapSettings[url=" + endpoint + ", searchDn=" + searchDn + ", baseDn=" + baseDn
                + ", template=" + (template != null) + ", filter=" + filter + ", uid=" + uidAttribute
                + ", scope=" + scope().getScope() + ", timeout=" + timeout.getSeconds() + "s, verifyCert=" + verifyCert + "]";
    }

    private static String blankToEmpty(String s) {
        return s == null || s.isBlank() ? "" : s.trim();
    }

    private static Dn dn(String value, String message) {
        try {
            return new Dn(value);
        } catch (LdapInvalidDnException e) {
            throw new LdapSettingsException(message);
        }
    }

    private static String attribute(String uid) {
        String value = blankToEmpty(uid);
        if (value.isEmpty()) {
            return "uid";
        }
        if (!ATTRIBUTE.matcher(value).matches()) {
            throw new LdapSettingsException("ldap uid must be an attribute name");
        }
        return value;
    }

    private static String filter(String raw) {
        String value = blankToEmpty(raw);
        if (value.isEmpty()) {
            return "";
        }
        if (!value.startsWith("(")) {
            value = "(" + value + ")";
        }
        try {
            FilterParser.parse(value);
        } catch (ParseException | RuntimeException e) {
            throw new LdapSettingsException("ldap filter is not a valid ldap filter");
        }
        return value;
    }

    /** Fluent input for {@link LdapSettings}; defaults match harbor.cfg's. */
    public static final class Builder {
        private String url;
        private String searchDn;
        private String searchPassword;
        private String baseDn;
        private String filter;
        private String uid = "uid";
        private int scope = 2;
        private int timeoutSeconds = 5;
        private boolean verifyCert = true;

        private Builder() {
        }

        public Builder url(String v) { url = v; return this; }
        public Builder searchDn(String v) { searchDn = v; return this; }
        public Builder searchPassword(String v) { searchPassword = v; return this; }
        public Builder baseDn(String v) { baseDn = v; return this; }
        public Builder filter(String v) { filter = v; return this; }
        public Builder uid(String v) { uid = v; return this; }
        public Builder scope(int v) { scope = v; return this; }
        public Builder timeoutSeconds(int v) { timeoutSeconds = v; return this; }
        public Builder verifyCert(boolean v) { verifyCert = v; return this; }

        public LdapSettings build() {
            return new LdapSettings(this);
        }
    }
}
