package io.berth.ui.endpoint;

import io.berth.common.harbor.HarborException;
import io.berth.ui.security.SecretSeal;

import io.berth.common.internal.Principal;
import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.project.ProjectRepository;
import io.berth.ui.api.Slice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/** Registry endpoints: system admins only; secrets sealed at rest and never shown. */
@ApplicationScoped
public class RegistryEndpointService {

    private static final Logger LOG = Logger.getLogger(RegistryEndpointService.class);

    /** One page of endpoints and the total. */
    public record Listing(List<RegistryEndpointView> items, long total) {
    }

    private final RegistryEndpointRepository endpoints;
    private final ProjectRepository projects;
    private final SecretSeal seal;
    private final Event<CacheProjectsChanged> changed;
    private final RegistryPinger pinger;

    public RegistryEndpointService(RegistryEndpointRepository endpoints, ProjectRepository projects,
            SecretSeal seal, Event<CacheProjectsChanged> changed, RegistryPinger pinger) {
        this.pinger = pinger;
        this.endpoints = endpoints;
        this.projects = projects;
        this.seal = seal;
        this.changed = changed;
    }

    @Transactional
    public RegistryEndpointEntity create(Principal caller, RegistryEndpointRequest request) {
        requireAdmin(caller);
        if (request == null) {
            throw HarborException.badRequest("a registry is required");
        }
        RegistryEndpointEntity e = new RegistryEndpointEntity();
        e.name = requireName(request.name());
        if (endpoints.findByName(e.name).isPresent()) {
            throw HarborException.conflict("registry " + e.name + " already exists");
        }
        e.type = requireType(request.type());
        e.url = requireUrl(request.url());
        e.description = request.description() == null ? "" : request.description();
        e.insecure = Boolean.TRUE.equals(request.insecure());
        applyCredential(e, request.credential());
        e.created(Instant.now());
        endpoints.persist(e);
        LOG.infof("registry endpoint created: %s by %s", e.name, caller.username());
        return e;
    }

    public Listing list(Principal caller, String fuzzyName, PageRequest page) {
        requireAdmin(caller);
        Slice<RegistryEndpointEntity> found = Slice.of(endpoints.search(fuzzyName), page);
        return new Listing(found.items().stream().map(RegistryEndpointView::of).toList(), found.total());
    }

    public RegistryEndpointEntity get(Principal caller, long id) {
        requireAdmin(caller);
        return find(id);
    }

    @Transactional
    public void update(Principal caller, long id, RegistryEndpointRequest request) {
        requireAdmin(caller);
        RegistryEndpointEntity e = find(id);
        if (request == null) {
            throw HarborException.badRequest("a registry is required");
        }
        if (request.name() != null && !request.name().equals(e.name)) {
            String name = requireName(request.name());
            if (endpoints.findByName(name).isPresent()) {
                throw HarborException.conflict("registry " + name + " already exists");
            }
            e.name = name;
        }
        if (request.type() != null) {
            e.type = requireType(request.type());
        }
        if (request.url() != null) {
            e.url = requireUrl(request.url());
        }
        if (request.description() != null) {
            e.description = request.description();
        }
        if (request.insecure() != null) {
            e.insecure = request.insecure();
        }
        if (request.credential() != null) {
            applyCredential(e, request.credential());
        }
        e.updateTime = Instant.now();
        changed.fire(new CacheProjectsChanged("registry " + e.id + " updated"));
    }

    @Transactional
    public void delete(Principal caller, long id) {
        requireAdmin(caller);
        RegistryEndpointEntity e = find(id);
        if (projects.count("registryId", e.id) > 0) {
            throw new HarborException(HarborError.PRECONDITION, "registry " + e.name + " is used by a proxy-cache project");
        }
        endpoints.delete(e);
        LOG.infof("registry endpoint deleted: %s by %s", e.name, caller.username());
    }

    /** The endpoint types, sorted. */
    public List<String> types() {
        return UpstreamUrls.TYPES.stream().sorted().toList();
    }

    /**
     * Pings a registry as Harbor does: a stored endpoint ({@code id}) with whatever the request
     * overrides (type, url, credential, insecure), or an unsaved one. An empty or masked secret
     * means the stored one. Null when the registry answers and accepts the credentials, else why not.
     */
    public String problem(Principal caller, RegistryEndpointRequest request) {
        requireAdmin(caller);
        if (request == null) {
            throw HarborException.badRequest("a registry is required");
        }
        RegistryEndpointEntity probe = new RegistryEndpointEntity();
        String user = request.credential() == null ? null : request.credential().accessKey();
        String password = request.credential() == null ? null : request.credential().accessSecret();
        boolean insecure = Boolean.TRUE.equals(request.insecure());
        if (request.id() != null) {
            RegistryEndpointEntity e = find(request.id());
            probe.type = e.type;
            probe.url = e.url;
            if (user == null) {
                user = e.accessKey;
            }
            if (password == null || password.isEmpty() || RegistryEndpointView.MASK.equals(password)) {
                password = secretOf(e);
            }
            if (request.insecure() == null) {
                insecure = e.insecure;
            }
        }
        if (request.type() != null || request.id() == null) {
            probe.type = requireType(request.type());
        }
        if (request.url() != null || request.id() == null) {
            probe.url = requireUrl(request.url());
        }
        return pinger.problem(UpstreamUrls.pullUrl(probe), user, password, insecure);
    }

    /** The plain secret of an endpoint, for talking to it; never leaves the service. */
    String secretOf(RegistryEndpointEntity e) {
        return e.accessSecret == null ? null : seal.open(e.accessSecret);
    }

    private RegistryEndpointEntity find(long id) {
        RegistryEndpointEntity e = endpoints.findById(id);
        if (e == null) {
            throw HarborException.notFound("registry " + id + " not found");
        }
        return e;
    }

    /** The masked secret keeps the stored one, so a GET body can be PUT back unchanged. */
    private void applyCredential(RegistryEndpointEntity e, RegistryEndpointRequest.Credential c) {
        if (c == null || c.accessKey() == null || c.accessKey().isEmpty()) {
            e.accessKey = null;
            e.accessSecret = null;
            return;
        }
        if (c.type() != null && !"basic".equals(c.type())) {
            throw HarborException.badRequest("credential.type must be basic");
        }
        e.accessKey = c.accessKey();
        if (!RegistryEndpointView.MASK.equals(c.accessSecret())) {
            e.accessSecret = c.accessSecret() == null ? null : seal.seal(c.accessSecret());
        }
    }

    static void requireAdmin(Principal caller) {
        if (caller.anonymous()) {
            throw HarborException.unauthorized();
        }
        if (!caller.sysadmin()) {
            throw new HarborException(HarborError.FORBIDDEN, "only system admins manage registries");
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 255) {
            throw HarborException.badRequest("name is required (at most 255 characters)");
        }
        return name;
    }

    static String requireType(String type) {
        if (type == null || !UpstreamUrls.TYPES.contains(type)) {
            throw HarborException.badRequest("type must be one of " + UpstreamUrls.TYPES);
        }
        return type;
    }

    static String requireUrl(String url) {
        try {
            URI u = URI.create(url == null ? "" : url.trim());
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
                return url.trim().replaceAll("/+$", "");
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw HarborException.badRequest("url must be an http:// or https:// URL");
    }
}
