package io.berth.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

/** Name, tag and digest grammar, path parsing and the scope each request needs. */
class GrammarTest {

    @Test
    void repositoryNames() {
        for (String ok : new String[] {"library/nginx", "a", "a/b/c", "a.b_c__d-e---f/x", "p/" + "a".repeat(200)}) {
            assertTrue(Names.validName(ok), ok);
        }
        for (String bad : new String[] {"", "A/b", "a//b", "/a", "a/", "a_/b", "-a", "a..b", "a___b", "a".repeat(256)}) {
            assertFalse(Names.validName(bad), bad);
        }
        assertEquals(ErrorCode.NAME_INVALID,
                assertThrows(RegistryApiException.class, () -> Names.requireName("Bad")).code());
    }

    @Test
    void tagsAndDigests() {
        assertTrue(Names.validTag("v1.0_rc-1"));
        assertTrue(Names.validTag("a".repeat(128)));
        assertFalse(Names.validTag("a".repeat(129)));
        assertFalse(Names.validTag(".hidden"));
        assertFalse(Names.validTag("-x"));
        assertEquals(ErrorCode.DIGEST_INVALID,
                assertThrows(RegistryApiException.class, () -> Names.requireDigest("sha256:abc")).code());
        assertEquals(ErrorCode.DIGEST_INVALID,
                assertThrows(RegistryApiException.class, () -> Names.requireDigest("md5:" + "0".repeat(32))).code());
        Names.requireDigest("sha512:" + "a".repeat(128));
    }

    @Test
    void paths() {
        String d = "sha256:" + "a".repeat(64);
        assertEquals(V2Path.Kind.BASE, V2Path.parse("/v2/").kind());
        assertEquals(V2Path.Kind.CATALOG, V2Path.parse("/v2/_catalog").kind());
        assertEquals(new V2Path(V2Path.Kind.BLOB, "a/blobs/b", d), V2Path.parse("/v2/a/blobs/b/blobs/" + d));
        assertEquals(new V2Path(V2Path.Kind.UPLOADS, "p/r", null), V2Path.parse("/v2/p/r/blobs/uploads/"));
        assertEquals(new V2Path(V2Path.Kind.UPLOAD, "p/r", "id"), V2Path.parse("/v2/p/r/blobs/uploads/id"));
        assertEquals(new V2Path(V2Path.Kind.MANIFEST, "p/r", d), V2Path.parse("/v2/p/r/manifests/sha256%3A" + "a".repeat(64)));
        assertEquals(new V2Path(V2Path.Kind.TAGS, "p/tags/x", null), V2Path.parse("/v2/p/tags/x/tags/list"));
        assertEquals(new V2Path(V2Path.Kind.REFERRERS, "p/r", d), V2Path.parse("/v2/p/r/referrers/" + d));
        assertNull(V2Path.parse("/v2/p/r/unknown"));
        assertFalse(Names.validName(V2Path.parse("/v2/p/../x/tags/list").name())); // the name grammar stops traversal
        assertNull(V2Path.parse("/v2/p/%2e%2e/x/tags/list"));
        assertNull(V2Path.parse("/v2/p/r/manifests/%zz"));
        assertNull(V2Path.parse("/v2/p/r/manifests/%Az")); // each of the two characters must be hex
        assertNull(V2Path.parse("/v2/p/r/manifests/%z9"));
    }

    @Test
    void scopesPerRequest() {
        V2Path m = new V2Path(V2Path.Kind.MANIFEST, "p/r", "latest");
        V2Path u = new V2Path(V2Path.Kind.UPLOAD, "p/r", "id");
        assertEquals("repository:p/r:pull", V2Routes.wanted(m, HttpMethod.HEAD).format());
        assertEquals("repository:p/r:pull,push", V2Routes.wanted(m, HttpMethod.PUT).format());
        assertEquals("repository:p/r:delete", V2Routes.wanted(m, HttpMethod.DELETE).format());
        assertEquals("repository:p/r:pull,push", V2Routes.wanted(u, HttpMethod.DELETE).format());
        assertEquals("registry:catalog:*", V2Routes.wanted(new V2Path(V2Path.Kind.CATALOG, null, null), HttpMethod.GET).format());
        assertNull(V2Routes.wanted(new V2Path(V2Path.Kind.BASE, null, null), HttpMethod.GET));
    }

    @Test
    void acceptNegotiation() {
        String oci = "application/vnd.oci.image.manifest.v1+json";
        assertTrue(ManifestHandler.acceptable(java.util.List.of(), oci));
        assertTrue(ManifestHandler.acceptable(java.util.List.of("application/vnd.docker.distribution.manifest.v2+json, " + oci), oci));
        assertTrue(ManifestHandler.acceptable(java.util.List.of("*/*"), oci));
        assertFalse(ManifestHandler.acceptable(java.util.List.of("application/vnd.docker.distribution.manifest.v2+json"), oci));
    }
}
