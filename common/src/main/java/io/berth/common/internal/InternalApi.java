package io.berth.common.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every service agrees on for calls inside the deployment: the one table of internal paths.
 * Internal endpoints live under {@link #PREFIX}, are never routed by the gateway, and demand the
 * deployment's secret in {@link #SECRET_HEADER}. Path parameters are written {@code {name}}.
 */
public final class InternalApi {
    public static final String PREFIX = "/internal/v1";
    public static final String SECRET_HEADER = "X-Berth-Internal-Secret";

    /** ui-service: registry events (POST, JSON {@code EventEnvelope}). */
    public static final String EVENTS = PREFIX + "/events";
    /** ui-service: which actions a user holds on the requested resources (POST). */
    public static final String ACCESS = PREFIX + "/access";
    /**
     * auth-service: the effective settings it applies, as {@code AccountSettings} (PUT), pushed by
     * ui-service which owns them.
     */
    public static final String SETTINGS = PREFIX + "/settings";

    /** auth-service: checks Basic credentials (POST {@code Credentials}, answers a {@code Principal}). */
    public static final String AUTHENTICATE = PREFIX + "/authenticate";
    /** auth-service: who a live browser session {@code {jti}} is now (GET: a {@code Principal}, or 404 once revoked). */
    public static final String SESSION = PREFIX + "/sessions/{jti}";
    /** auth-service: a user by name (GET {@code ?username=}, a {@code Principal} or 404). */
    public static final String USERS = PREFIX + "/users";
    /**
     * auth-service, ldap_auth mode: a directory user by name, onboarded on first sight (POST
     * {@code ?username=}, a {@code Principal} or 404).
     */
    public static final String USER_ONBOARD = USERS + "/onboard";
    /** auth-service: a user by id (GET, a {@code Principal} or 404). */
    public static final String USER = PREFIX + "/users/{id}";

    /** registry-core: the cache projects (PUT replaces all, JSON list of {@code ProxyProject}). */
    public static final String PROXY_PROJECTS = PREFIX + "/proxy-projects";
    /** registry-core: a repository {@code {name}} ({@code project/repo}; DELETE removes it). */
    public static final String REPOSITORY = PREFIX + "/repositories/{name}";
    /** registry-core: a tag (PUT {@code ?digest=&actor=} points it at a manifest, DELETE removes it). */
    public static final String TAG = REPOSITORY + "/tags/{tag}";
    /** registry-core: a manifest by digest (DELETE). */
    public static final String MANIFEST = REPOSITORY + "/manifests/{digest}";
    /** registry-core: every repository with its tags (GET). */
    public static final String CATALOG = PREFIX + "/catalog";
    /** registry-core: one garbage collection (POST {@code ?dryrun=&untagged=}; 409 while one runs). */
    public static final String GC = PREFIX + "/gc";

    /** Query parameters of the paths above, by the name both sides use. */
    public static final String USERNAME_PARAM = "username";
    public static final String DIGEST_PARAM = "digest";
    public static final String ACTOR_PARAM = "actor";
    public static final String DRY_RUN_PARAM = "dryrun";
    public static final String UNTAGGED_PARAM = "untagged";

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private InternalApi() {
    }

    /**
     * Whether a request path (decoded) lies under {@code /internal/}, the whole internal namespace
     * whatever its version, however it is spelled: repeated slashes, dot segments and matrix
     * parameters are resolved first, so {@code //internal/..}, {@code /x/../internal/..} and
     * {@code /internal;x/..} are internal too. (Vert.x and RESTEasy hand the services a normalised
     * path already; the rule does not depend on it.)
     */
    public static boolean covers(String path) {
        if (plain(path)) { // most requests: no segment to resolve, so no allocation on every request
            return path.startsWith("/internal") && (path.length() == 9 || path.charAt(9) == '/');
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String spelled : path.split("/")) {
            int parameters = spelled.indexOf(';');
            String segment = parameters < 0 ? spelled : spelled.substring(0, parameters);
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return "internal".equals(segments.peekFirst());
    }

    /** An absolute path without matrix parameters, empty segments or segments starting with a dot. */
    private static boolean plain(String path) {
        return path.startsWith("/") && path.indexOf(';') < 0 && !path.contains("//") && !path.contains("/.");
    }

    /**
     * The regular expression of a path of this table, for a server that routes by hand: each
     * parameter is a group, {@code {name}} (a repository name, which holds slashes) one or more
     * segments, any other parameter one segment.
     */
    public static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder("^");
        Matcher m = PARAMETER.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            regex.append(m.group(1).equals("name") ? "(.+)" : "([^/]+)");
            last = m.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(template.substring(last))).append('$').toString());
    }
}
