package io.berth.registry.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a {@code /v2/...} path addresses: the kind of resource, the repository and a reference. */
public record V2Path(Kind kind, String name, String reference) {

    public enum Kind { BASE, CATALOG, TAGS, MANIFEST, BLOB, UPLOADS, UPLOAD, REFERRERS }

    private static final Pattern TAGS = Pattern.compile("^/v2/(.+)/tags/list$");
    private static final Pattern MANIFEST = Pattern.compile("^/v2/(.+)/manifests/([^/]+)$");
    private static final Pattern UPLOADS = Pattern.compile("^/v2/(.+)/blobs/uploads/?$");
    private static final Pattern UPLOAD = Pattern.compile("^/v2/(.+)/blobs/uploads/([^/]+)$");
    private static final Pattern BLOB = Pattern.compile("^/v2/(.+)/blobs/([^/]+)$");
    private static final Pattern REFERRERS = Pattern.compile("^/v2/(.+)/referrers/([^/]+)$");

    /** Parses the path, or returns null when it addresses nothing in the API. */
    public static V2Path parse(String rawPath) {
        String path = percentDecode(rawPath);
        if (path == null) {
            return null;
        }
        if (path.equals("/v2") || path.equals("/v2/")) {
            return new V2Path(Kind.BASE, null, null);
        }
        if (path.equals("/v2/_catalog")) {
            return new V2Path(Kind.CATALOG, null, null);
        }
        Matcher m;
        if ((m = TAGS.matcher(path)).matches()) {
            return new V2Path(Kind.TAGS, m.group(1), null);
        }
        if ((m = MANIFEST.matcher(path)).matches()) {
            return new V2Path(Kind.MANIFEST, m.group(1), m.group(2));
        }
        if ((m = UPLOADS.matcher(path)).matches()) {
            return new V2Path(Kind.UPLOADS, m.group(1), null);
        }
        if ((m = UPLOAD.matcher(path)).matches()) {
            return new V2Path(Kind.UPLOAD, m.group(1), m.group(2));
        }
        if ((m = BLOB.matcher(path)).matches()) {
            return new V2Path(Kind.BLOB, m.group(1), m.group(2));
        }
        if ((m = REFERRERS.matcher(path)).matches()) {
            return new V2Path(Kind.REFERRERS, m.group(1), m.group(2));
        }
        return null;
    }

    /** Decodes %XX escapes (clients may escape the ':' of a digest); null when malformed. */
    public static String percentDecode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                out.write(high * 16 + low);
                i += 2;
            } else {
                out.write(c);
            }
        }
        String decoded = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        return decoded.contains("/../") || decoded.endsWith("/..") ? null : decoded;
    }
}
