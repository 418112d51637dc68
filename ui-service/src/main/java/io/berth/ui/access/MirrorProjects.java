package io.berth.ui.access;

import io.berth.common.harbor.HarborException;
import io.berth.ui.config.UiConfig;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectRepository;
import io.berth.ui.project.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * harbor.cfg's {@code proxy_create_projects}: in mirror mode a pull into a project that does not
 * exist creates it as a public cache project, as Harbor 1.x's mirror recipe let any name through.
 * Only a pull does this (the token path asks before the registry sees the request), never a push,
 * and only names that pass Harbor's project name rule.
 */
@ApplicationScoped
public class MirrorProjects {

    private static final Logger LOG = Logger.getLogger(MirrorProjects.class);

    private final UiConfig config;
    private final ProjectService service;
    private final ProjectRepository projects;

    public MirrorProjects(UiConfig config, ProjectService service, ProjectRepository projects) {
        this.config = config;
        this.service = service;
        this.projects = projects;
    }

    /** The project created for a pull, or empty when the settings or the name forbid it. */
    public Optional<ProjectEntity> createOnPull(String name) {
        if (!config.proxyMirror() || !config.proxyCreateProjects()) {
            return Optional.empty();
        }
        try {
            return Optional.of(service.createMirrorCache(name));
        } catch (HarborException e) {
            LOG.debugf("no project created for pull: %s", e.getMessage());
            return Optional.empty();
        } catch (PersistenceException e) {
            // a concurrent pull created it first
            return projects.findByName(name);
        }
    }
}
