package io.berth.auth.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.directory.api.ldap.model.message.SearchScope;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class LdapSettingsTest {

    private static LdapConfig config(Map<String, String> keys) {
        ConfigSource source = new PropertiesConfigSource(keys, "test", 100);
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(LdapConfig.class).withSources(source).build();
        return config.getConfigMapping(LdapConfig.class);
    }

    @Test
    void generatedKeysBecomeSettings() {
        LdapSettings settings = LdapSettings.from(config(Map.of(
                "auth.ldap.url", "ldaps://ldap.example.com",
                "auth.ldap.search-dn", "cn=reader,dc=example,dc=com",
                "auth.ldap.search-password", "s3cret-Pass",
                "auth.ldap.base-dn", "ou=people,dc=example,dc=com",
                "auth.ldap.filter", "objectClass=person",
                "auth.ldap.uid", "sAMAccountName",
                "auth.ldap.scope", "1",
                "auth.ldap.timeout-seconds", "7",
                "auth.ldap.verify-cert", "false"))).orElseThrow();
        assertEquals(new LdapEndpoint("ldap.example.com", 636, LdapEndpoint.Transport.LDAPS), settings.endpoint());
        assertEquals("(objectClass=person)", settings.filter());
        assertEquals("sAMAccountName", settings.uidAttribute());
        assertEquals(SearchScope.ONELEVEL, settings.scope());
        assertEquals(7, settings.timeout().getSeconds());
        assertFalse(settings.verifyCert());
        assertTrue(settings.template().isEmpty());
        assertFalse(settings.toString().contains("s3cret-Pass"), settings.toString());
    }

    @Test
    void seedWalkthroughLinesAreATemplateWithHarborDefaults() {
        LdapSettings settings = LdapSettings.from(config(Map.of(
                "auth.ldap.url", "ldap://192.168.1.10",
                "auth.ldap.base-dn", "uid=%s,dc=int32bit,dc=com"))).orElseThrow();
        assertEquals(new LdapEndpoint("192.168.1.10", 389, LdapEndpoint.Transport.PLAIN), settings.endpoint());
        assertEquals("uid", settings.template().orElseThrow().attribute());
        assertEquals("dc=int32bit,dc=com", settings.baseDn().getName());
        assertEquals(5, settings.timeout().getSeconds());
        assertTrue(settings.verifyCert());
        assertEquals("uid=a\\,b\\+c,dc=int32bit,dc=com", settings.template().get().dnFor("a,b+c").getName());
    }

    @Test
    void emptyValuesAsPrepareWritesThemInDbAuthModeMeanLdapIsOff() {
        LdapConfig config = config(Map.of("auth.ldap.url", "", "auth.ldap.base-dn", "", "auth.ldap.filter", "",
                "auth.ldap.uid", "uid", "auth.ldap.scope", "2", "auth.ldap.timeout-seconds", "5", "auth.ldap.verify-cert", "true"));
        assertTrue(LdapSettings.from(config).isEmpty());
    }

    @Test
    void noUrlMeansLdapIsOff() {
        assertTrue(LdapSettings.from(config(Map.of())).isEmpty());
        assertFalse(new LdapDirectorySource(config(Map.of())).configured());
        assertThrows(LdapSettingsException.class, () -> new LdapAuthenticator(new LdapDirectorySource(config(Map.of()))).authenticate("test", "1q2w3e4r"));
    }

    @Test
    void invalidSettingsDoNotStopTheServiceButFailLogins() {
        LdapDirectorySource source = new LdapDirectorySource(config(Map.of("auth.ldap.url", "http://x", "auth.ldap.base-dn", "dc=x")));
        assertFalse(source.configured());
        LdapSettingsException e = assertThrows(LdapSettingsException.class, source::directory);
        assertTrue(e.getMessage().contains("scheme"), e.getMessage());
    }

    @Test
    void urlForms() {
        assertEquals(new LdapEndpoint("h", 389, LdapEndpoint.Transport.PLAIN), LdapEndpoint.parse("h"));
        assertEquals(new LdapEndpoint("h", 1389, LdapEndpoint.Transport.PLAIN), LdapEndpoint.parse("LDAP://h:1389/"));
        assertEquals(new LdapEndpoint("h", 389, LdapEndpoint.Transport.START_TLS), LdapEndpoint.parse("ldap+starttls://h"));
        assertEquals(new LdapEndpoint("::1", 636, LdapEndpoint.Transport.LDAPS), LdapEndpoint.parse("ldaps://[::1]"));
        assertEquals("ldap+starttls://h:389", LdapEndpoint.parse("ldap+starttls://h").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "http://h", "ldap://", "ldap://h:0", "ldap://h:70000", "ldap://h/dc=x", "ldap://u@h", "ldap://h?x"})
    void badUrlsAreRefused(String url) {
        assertThrows(LdapSettingsException.class, () -> LdapEndpoint.parse(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s,dc=x", "uid=%s", "uid=%s,", "uid=x%s,dc=x", "uid=%s,cn=%s,dc=x", "%s=test,dc=x", "uid=%s,dc==x=,"})
    void badTemplatesAreRefused(String template) {
        assertThrows(LdapSettingsException.class, () -> LdapSettings.builder().url("ldap://h").baseDn(template).build());
    }

    @Test
    void otherBadValuesAreRefused() {
        LdapSettings.Builder ok = LdapSettings.builder().url("ldap://h").baseDn("dc=x");
        assertThrows(LdapSettingsException.class, () -> ok.scope(3).build());
        assertThrows(LdapSettingsException.class, () -> LdapSettings.builder().url("ldap://h").baseDn("dc=x").scope(-1).build());
        assertThrows(LdapSettingsException.class, () -> LdapSettings.builder().url("ldap://h").baseDn("dc=x").timeoutSeconds(0).build());
        assertThrows(LdapSettingsException.class, () -> LdapSettings.builder().url("ldap://h").baseDn("dc=x").timeoutSeconds(3601).build());
        assertThrows(LdapSettingsException.class, () -> LdapSettings.builder().url("ldap://h").baseDn("dc=x").filter("(uid=").build());
        assertThrows(LdapSettingsException.class, () -> LdapSettings.builder().url("ldap://h").baseDn("dc=x").uid("u id").build());
        assertThrows(LdapSettingsException.class, () -> LdapSettings.builder().url("ldap://h").baseDn("").build());
        assertThrows(LdapSettingsException.class, () -> LdapSettings.builder().url("ldap://h").baseDn("not a dn").build());
    }
}
