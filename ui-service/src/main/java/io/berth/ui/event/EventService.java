package io.berth.ui.event;

import io.berth.common.event.RegistryEvent;
import io.berth.ui.artifact.ArtifactEntity;
import io.berth.ui.audit.AuditRecorder;
import io.berth.ui.artifact.ArtifactRepository;
import io.berth.ui.artifact.ContentRemover;
import io.berth.ui.artifact.ReferenceRepository;
import io.berth.ui.artifact.TagEntity;
import io.berth.ui.artifact.TagRepository;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectRepository;
import io.berth.ui.repository.RepositoryEntity;
import io.berth.ui.repository.RepositoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Applies one registry event to the repository, artifact and tag tables, in one transaction with
 * the record that it was applied, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class EventService {

    private static final Logger LOG = Logger.getLogger(EventService.class);

    private final ProcessedEventRepository processed;
    private final ProjectRepository projects;
    private final RepositoryRepository repositories;
    private final ArtifactRepository artifacts;
    private final TagRepository tags;
    private final ReferenceRepository references;
    private final AuditRecorder audit;
    private final ContentRemover remover;

    public EventService(ProcessedEventRepository processed, ProjectRepository projects,
            RepositoryRepository repositories, ArtifactRepository artifacts, TagRepository tags,
            ReferenceRepository references, AuditRecorder audit, ContentRemover remover) {
        this.processed = processed;
        this.projects = projects;
        this.repositories = repositories;
        this.artifacts = artifacts;
        this.tags = tags;
        this.references = references;
        this.audit = audit;
        this.remover = remover;
    }

    /** Returns false when the event had been applied before. */
    @Transactional
    public boolean apply(RegistryEvent event) {
        if (processed.findByIdOptional(event.id()).isPresent()) {
            LOG.debugf("event already applied: %s", event.id());
            return false;
        }
        ProcessedEvent mark = new ProcessedEvent();
        mark.eventId = event.id();
        mark.processedAt = Instant.now();
        processed.persist(mark);
        String repo = event.repository();
        int slash = repo == null ? -1 : repo.indexOf('/');
        Optional<ProjectEntity> project = slash > 0 ? projects.findByName(repo.substring(0, slash)) : Optional.empty();
        if (project.isEmpty()) {
            LOG.warnf("event for a repository outside any project ignored: %s", repo);
            return true;
        }
        Instant at = time(event.timestamp());
        switch (event.action()) {
            case RegistryEvent.PUSH -> {
                push(project.get(), event, at);
                auditOf(project.get(), event, "artifact", AuditRecorder.CREATE, at);
            }
            case RegistryEvent.PULL -> {
                pull(event, at);
                auditOf(project.get(), event, "artifact", AuditRecorder.PULL, at);
            }
            case RegistryEvent.DELETE -> {
                delete(event);
                boolean tagOnly = event.tag() != null && !event.tag().isEmpty();
                auditOf(project.get(), event, tagOnly ? "tag" : "artifact", AuditRecorder.DELETE, at);
            }
            default -> LOG.warnf("event with unknown action ignored: %s", event.action());
        }
        return true;
    }

    private void push(ProjectEntity project, RegistryEvent e, Instant at) {
        RepositoryEntity repo = repositories.findByName(e.repository()).orElseGet(() -> {
            RepositoryEntity r = new RepositoryEntity();
            r.projectId = project.id;
            r.name = e.repository();
            r.creationTime = at;
            r.updateTime = at;
            repositories.persist(r);
            return r;
        });
        repo.updateTime = at;
        if (e.digest() == null) {
            return;
        }
        ArtifactEntity a = artifacts.findByDigest(repo.id, e.digest()).orElseGet(() -> {
            ArtifactEntity n = new ArtifactEntity();
            n.projectId = project.id;
            n.repositoryId = repo.id;
            n.digest = e.digest();
            return n;
        });
        a.mediaType = e.mediaType() == null ? "" : e.mediaType();
        a.size = e.size();
        a.pushTime = at;
        if (a.id == null) {
            artifacts.persist(a);
        }
        references.replace(a.id, e.references() == null ? List.of() : e.references(), e.platforms());
        if (e.tag() != null && !e.tag().isEmpty()) {
            TagEntity t = tags.findByName(repo.id, e.tag()).orElseGet(TagEntity::new);
            t.repositoryId = repo.id;
            t.name = e.tag();
            t.artifactId = a.id;
            t.pushTime = at;
            if (t.id == null) {
                tags.persist(t);
            }
        }
    }

    private void pull(RegistryEvent e, Instant at) {
        Optional<RepositoryEntity> repo = repositories.findByName(e.repository());
        if (repo.isEmpty()) {
            return;
        }
        repo.get().pullCount++;
        Optional<TagEntity> tag = e.tag() == null ? Optional.empty() : tags.findByName(repo.get().id, e.tag());
        tag.ifPresent(t -> t.pullTime = at);
        Optional<ArtifactEntity> a = e.digest() != null
                ? artifacts.findByDigest(repo.get().id, e.digest())
                : tag.flatMap(t -> artifacts.findByIdOptional(t.artifactId));
        a.ifPresent(x -> {
            x.pullCount++;
            x.pullTime = at;
        });
    }

    /** A tag event removes the tag; a digest event the artifact and its tags. */
    private void delete(RegistryEvent e) {
        repositories.findByName(e.repository()).ifPresent(repo -> {
            if (e.tag() != null && !e.tag().isEmpty()) {
                remover.removeTag(repo, e.tag());
                remover.removeIfEmpty(repo);
            } else if (e.digest() != null) {
                remover.removeArtifact(repo, e.digest());
            }
        });
    }

    /** Harbor's resource form: {@code repo:tag}, else {@code repo@digest}. */
    private void auditOf(ProjectEntity project, RegistryEvent e, String type, String operation, Instant at) {
        String resource = e.tag() != null && !e.tag().isEmpty() ? e.repository() + ":" + e.tag()
                : e.digest() != null ? e.repository() + "@" + e.digest() : e.repository();
        audit.record(project.id, e.actor(), resource, type, operation, at);
    }

    private static Instant time(String timestamp) {
        try {
            return timestamp == null ? Instant.now() : Instant.parse(timestamp);
        } catch (DateTimeParseException ex) {
            return Instant.now();
        }
    }
}
