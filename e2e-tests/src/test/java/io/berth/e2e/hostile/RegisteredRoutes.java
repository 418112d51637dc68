package io.berth.e2e.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The routes the services really register, read from their sources, as {@code METHOD /path}
 * with every placeholder written {@code {}}: the JAX-RS resources of auth-service and ui-service
 * (class and method {@code @Path} with the method's HTTP annotation) and the resource kinds
 * registry-core's {@code V2Routes} dispatches on, with the methods each accepts. Only what the
 * gateway exposes under {@code /v2/}, {@code /service/token}, {@code /c/} and {@code /api/v2.0/}
 * is kept. {@link RouteCatalogue} is compared with this, so a new route cannot escape the
 * bad-input suite.
 */
final class RegisteredRoutes {

    /** The JAX-RS services and where their resources live. */
    private static final List<String> JAX_RS_SOURCES = List.of("auth-service/src/main/java", "ui-service/src/main/java");
    private static final String V2_ROUTES = "registry-core/src/main/java/io/berth/registry/api/V2Routes.java";
    private static final String V2_PATH = "registry-core/src/main/java/io/berth/registry/api/V2Path.java";
    /** The path each of V2Path's kinds matches (its patterns, with the repository name and reference as placeholders). */
    static final Map<String, String> V2_KINDS = Map.of("BASE", "/v2/", "CATALOG", "/v2/_catalog", "TAGS",
            "/v2/{}/tags/list", "MANIFEST", "/v2/{}/manifests/{}", "BLOB", "/v2/{}/blobs/{}", "UPLOADS",
            "/v2/{}/blobs/uploads/", "UPLOAD", "/v2/{}/blobs/uploads/{}", "REFERRERS", "/v2/{}/referrers/{}");
    private static final List<String> EXPOSED = List.of("/v2/", "/service/token", "/c/", "/api/v2.0/");

    private static final Pattern CLASS_PATH = Pattern.compile("(?m)^@Path\\(\"([^\"]*)\"\\)");
    private static final Pattern HTTP_METHOD = Pattern.compile("@(GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS)\\b");
    private static final Pattern METHOD_PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
    private static final Pattern OUTER_CASE = Pattern.compile("case ([A-Z_]+(?:, [A-Z_]+)*) ->");
    private static final Pattern NAMED_METHOD = Pattern.compile("HttpMethod\\.([A-Z]+)|\"([A-Z]+)\"");

    private RegisteredRoutes() {
    }

    /** {@code METHOD /path} of every exposed route, sorted. */
    static TreeSet<String> of(Path root) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (String dir : JAX_RS_SOURCES) {
            try (Stream<Path> files = Files.walk(root.resolve(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    jaxRs(Files.readString(f), out);
                }
            }
        }
        v2(Files.readString(root.resolve(V2_PATH)), Files.readString(root.resolve(V2_ROUTES)), out);
        out.removeIf(r -> EXPOSED.stream().noneMatch(prefix -> {
            String path = r.substring(r.indexOf(' ') + 1);
            return path.startsWith(prefix) || (path + "/").equals(prefix);
        }));
        return out;
    }

    /** A template with its placeholders (and their regular expressions) written {@code {}} and no trailing slash but /v2/'s. */
    static String normalize(String path) {
        String p = path.replaceAll("\\{[^}]*}", "{}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") && !p.equals("/v2/") && !p.endsWith("/uploads/") ? p.substring(0, p.length() - 1) : p;
    }

    /**
     * A resource class: its {@code @Path} at column 0, then each HTTP method annotation with the
     * {@code @Path} in the same annotation block before the method's signature.
     */
    private static void jaxRs(String source, TreeSet<String> out) {
        Matcher c = CLASS_PATH.matcher(source);
        if (!c.find() || source.contains("@RegisterRestClient")) {
            return; // not a resource, or a REST client of another service
        }
        String base = c.group(1);
        String method = null;
        String sub = "";
        for (String line : source.substring(c.end()).split("\n")) {
            String l = line.strip();
            if (l.startsWith("@")) {
                Matcher m = HTTP_METHOD.matcher(l);
                if (m.find()) {
                    method = m.group(1);
                }
                Matcher p = METHOD_PATH.matcher(l);
                if (p.find()) {
                    sub = p.group(1);
                }
            } else if (!l.isEmpty() && !l.startsWith("//") && !l.startsWith("*") && !l.startsWith("/*")) {
                if (method != null) {
                    out.add(method + " " + normalize("/" + base + "/" + sub));
                }
                method = null;
                sub = "";
            }
        }
    }

    /** The kinds of V2Path, each with the methods V2Routes' dispatch names in its case. */
    private static void v2(String pathSource, String routesSource, TreeSet<String> out) {
        Matcher e = Pattern.compile("enum Kind \\{([^}]*)}").matcher(pathSource);
        if (!e.find()) {
            throw new IllegalStateException("no enum Kind in " + V2_PATH);
        }
        List<String> kinds = new ArrayList<>();
        for (String k : e.group(1).split(",")) {
            kinds.add(k.strip());
        }
        int start = routesSource.indexOf("switch (path.kind())");
        if (start < 0) {
            throw new IllegalStateException("no switch (path.kind()) in " + V2_ROUTES);
        }
        String dispatch = routesSource.substring(start);
        Matcher m = OUTER_CASE.matcher(dispatch);
        List<int[]> spans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.end(), 0});
            labels.add(m.group(1));
        }
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? dispatch.lastIndexOf("case", spans.get(i + 1)[0]) : dispatch.indexOf("default ->",
                    spans.get(i)[0]);
            String block = dispatch.substring(spans.get(i)[0], end < 0 ? dispatch.length() : end);
            for (String kind : labels.get(i).split(", ")) {
                if (!kinds.contains(kind)) {
                    continue;
                }
                String template = V2_KINDS.get(kind);
                if (template == null) {
                    throw new IllegalStateException("V2Path kind " + kind + " has no template in RegisteredRoutes.V2_KINDS");
                }
                Matcher named = NAMED_METHOD.matcher(block);
                while (named.find()) {
                    out.add((named.group(1) != null ? named.group(1) : named.group(2)) + " " + template);
                }
            }
        }
        for (String kind : kinds) {
            if (out.stream().noneMatch(r -> r.endsWith(" " + V2_KINDS.getOrDefault(kind, "?")))) {
                throw new IllegalStateException("V2Path kind " + kind + " is not dispatched in " + V2_ROUTES + " or has no template");
            }
        }
    }
}
