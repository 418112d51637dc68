package io.berth.ui.artifact;

import io.berth.common.harbor.HarborException;
import io.berth.common.internal.Principal;
import io.berth.common.oci.TagGrammar;
import io.berth.ui.domain.ArtifactDeleted;
import io.berth.ui.domain.DomainEvent;
import io.berth.ui.domain.RepositoryDeleted;
import io.berth.ui.domain.TagDeleted;
import io.berth.ui.project.ProjectAccess;
import io.berth.ui.project.ProjectRef;
import io.berth.ui.project.ProjectRepository;
import io.berth.ui.registry.RegistryCoreClient;
import io.berth.ui.role.ProjectAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Deletes of tags, artifacts and repositories through the API (maintainer and up): registry-core
 * deletes the content first, then the metadata and the audit entry follow in one transaction.
 * Adding a tag (developer and up) asks registry-core to tag the manifest; its push event then
 * brings the audit entry, while the tag row is written at once so the answer is visible.
 */
@ApplicationScoped
public class ContentChangeService {

    private final RepositoryService repositories;
    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final ArtifactRepository artifacts;
    private final TagRepository tags;
    private final RegistryCoreClient registry;
    private final ArtifactCatalogue catalogue;
    private final Event<DomainEvent> events;

    public ContentChangeService(RepositoryService repositories, ProjectRepository projects, ProjectAccess access,
            ArtifactRepository artifacts, TagRepository tags, RegistryCoreClient registry,
            ArtifactCatalogue catalogue, Event<DomainEvent> events) {
        this.catalogue = catalogue;
        this.repositories = repositories;
        this.projects = projects;
        this.access = access;
        this.artifacts = artifacts;
        this.tags = tags;
        this.registry = registry;
        this.events = events;
    }

    @Transactional
    public TagEntity addTag(Principal caller, ProjectRef project, String repo, String reference,
            String tag) {
        RepositoryEntity r = repositories.get(caller, project, repo);
        access.require(caller, projects.findById(r.projectId), ProjectAction.PUSH);
        if (!TagGrammar.valid(tag)) {
            throw HarborException.badRequest("invalid tag name: " + tag);
        }
        ArtifactEntity a = artifactOf(r, reference);
        if (tags.findByName(r.id, tag).isPresent()) {
            throw HarborException.conflict("tag " + tag + " already exists in " + r.name);
        }
        registry.tag(r.name, tag, a.digest, caller.username());
        return catalogue.tagPushed(r, tag, a.id, Instant.now());
    }

    @Transactional
    public void deleteTag(Principal caller, ProjectRef project, String repo, String reference,
            String tag) {
        RepositoryEntity r = writable(caller, project, repo);
        TagEntity t = tags.findByName(r.id, tag)
                .filter(x -> reference.equals(tag) || artifactOf(r, reference).id.equals(x.artifactId))
                .orElseThrow(() -> HarborException.notFound("tag " + tag + " not found"));
        registry.deleteTag(r.name, t.name);
        catalogue.removeTag(r, t.name);
        events.fire(new TagDeleted(r.projectId, r.name, t.name, caller.username(), Instant.now()));
    }

    @Transactional
    public void deleteArtifact(Principal caller, ProjectRef project, String repo, String reference) {
        RepositoryEntity r = writable(caller, project, repo);
        ArtifactEntity a = artifactOf(r, reference);
        registry.deleteManifest(r.name, a.digest);
        catalogue.removeArtifact(r, a.digest);
        events.fire(new ArtifactDeleted(r.projectId, r.name, a.digest, caller.username(), Instant.now()));
    }

    @Transactional
    public void deleteRepository(Principal caller, ProjectRef project, String repo) {
        RepositoryEntity r = writable(caller, project, repo);
        registry.deleteRepository(r.name);
        catalogue.removeRepository(r);
        events.fire(new RepositoryDeleted(r.projectId, r.name, caller.username(), Instant.now()));
    }

    private RepositoryEntity writable(Principal caller, ProjectRef project, String repo) {
        RepositoryEntity r = repositories.get(caller, project, repo);
        access.require(caller, projects.findById(r.projectId), ProjectAction.DELETE);
        return r;
    }

    private ArtifactEntity artifactOf(RepositoryEntity r, String reference) {
        return artifacts.findByReference(r.id, reference)
                .orElseThrow(() -> HarborException.notFound("artifact " + reference + " not found"));
    }
}
