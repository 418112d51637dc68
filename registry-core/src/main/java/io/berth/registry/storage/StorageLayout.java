package io.berth.registry.storage;

/**
 * The one place that knows where things live in the storage driver's namespace. Compatible in
 * spirit with distribution's {@code paths.go}:
 *
 * <pre>
 * /docker/registry/v2/
 *   blobs/&lt;alg&gt;/&lt;first two hex&gt;/&lt;hex&gt;/data            content, written once, renamed into place
 *   repositories/&lt;name&gt;/
 *     _layers/&lt;alg&gt;/&lt;hex&gt;/link                       blob linked into the repository
 *     _manifests/revisions/&lt;alg&gt;/&lt;hex&gt;/link          manifest present in the repository
 *     _manifests/tags/&lt;tag&gt;/current/link              tag -&gt; manifest digest
 *     _manifests/pins/&lt;alg&gt;/&lt;hex&gt;/link               untagged manifest cached by a pull by digest: a GC root
 *     _referrers/&lt;alg&gt;/&lt;subject hex&gt;/&lt;alg&gt;/&lt;hex&gt;/link   manifest whose subject is the digest
 *     _uploads/&lt;uuid&gt;/data                          bytes received so far
 *     _uploads/&lt;uuid&gt;/startedat                     upload start (ISO-8601), for purging
 * </pre>
 *
 * A link file holds the digest text it points to. Repository components never start with
 * {@code _}, so the underscore directories cannot clash with a nested repository name.
 */
public final class StorageLayout {

    public static final String ROOT = "/docker/registry/v2";
    public static final String BLOBS = ROOT + "/blobs";
    public static final String REPOSITORIES = ROOT + "/repositories";

    private StorageLayout() {
    }

    public static String blobData(Digest d) {
        return blobDir(d) + "/data";
    }

    public static String blobDir(Digest d) {
        return BLOBS + "/" + d.algorithm() + "/" + d.hex().substring(0, 2) + "/" + d.hex();
    }

    public static String repository(String name) {
        return REPOSITORIES + "/" + name;
    }

    public static String layerDir(String repo, Digest d) {
        return repository(repo) + "/_layers/" + d.algorithm() + "/" + d.hex();
    }

    public static String layerLink(String repo, Digest d) {
        return layerDir(repo, d) + "/link";
    }

    public static String layers(String repo) {
        return repository(repo) + "/_layers";
    }

    public static String revisions(String repo) {
        return repository(repo) + "/_manifests/revisions";
    }

    public static String revisionLink(String repo, Digest d) {
        return revisionDir(repo, d) + "/link";
    }

    public static String revisionDir(String repo, Digest d) {
        return revisions(repo) + "/" + d.algorithm() + "/" + d.hex();
    }

    /** Berth's own reserved folder beside distribution's revisions and tags. */
    public static String pins(String repo) {
        return repository(repo) + "/_manifests/pins";
    }

    public static String pinDir(String repo, Digest d) {
        return pins(repo) + "/" + d.algorithm() + "/" + d.hex();
    }

    public static String tags(String repo) {
        return repository(repo) + "/_manifests/tags";
    }

    public static String tagDir(String repo, String tag) {
        return tags(repo) + "/" + tag;
    }

    public static String tagLink(String repo, String tag) {
        return tagDir(repo, tag) + "/current/link";
    }

    public static String referrers(String repo, Digest subject) {
        return repository(repo) + "/_referrers/" + subject.algorithm() + "/" + subject.hex();
    }

    public static String referrerLink(String repo, Digest subject, Digest referrer) {
        return referrers(repo, subject) + "/" + referrer.algorithm() + "/" + referrer.hex() + "/link";
    }

    public static String uploads(String repo) {
        return repository(repo) + "/_uploads";
    }

    public static String uploadData(String repo, String id) {
        return uploads(repo) + "/" + id + "/data";
    }

    public static String uploadStartedAt(String repo, String id) {
        return uploads(repo) + "/" + id + "/startedat";
    }

    /** The repository name of a path below {@link #REPOSITORIES} that ends in a {@code _} directory. */
    public static String repositoryOf(String pathOfUnderscoreDir) {
        String rest = pathOfUnderscoreDir.substring(REPOSITORIES.length() + 1);
        int cut = rest.indexOf("/_");
        return cut < 0 ? rest : rest.substring(0, cut);
    }
}
