package io.berth.ui.event;

import io.berth.common.event.RegistryEvent;
import io.berth.ui.artifact.ArtifactCatalogue;
import io.berth.ui.artifact.ArtifactEntity;
import io.berth.ui.artifact.ArtifactRepository;
import io.berth.ui.artifact.RepositoryEntity;
import io.berth.ui.artifact.RepositoryNames;
import io.berth.ui.artifact.RepositoryRepository;
import io.berth.ui.artifact.TagEntity;
import io.berth.ui.artifact.TagRepository;
import io.berth.ui.domain.ArtifactDeleted;
import io.berth.ui.domain.ArtifactPulled;
import io.berth.ui.domain.ArtifactPushed;
import io.berth.ui.domain.DomainEvent;
import io.berth.ui.domain.TagDeleted;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
    private final ArtifactCatalogue catalogue;
    private final Event<DomainEvent> events;

    public EventService(ProcessedEventRepository processed, ProjectRepository projects,
            RepositoryRepository repositories, ArtifactRepository artifacts, TagRepository tags,
            ArtifactCatalogue catalogue, Event<DomainEvent> events) {
        this.processed = processed;
        this.projects = projects;
        this.repositories = repositories;
        this.artifacts = artifacts;
        this.tags = tags;
        this.catalogue = catalogue;
        this.events = events;
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
        Optional<ProjectEntity> project = RepositoryNames.projectOf(repo).flatMap(projects::findByName);
        if (project.isEmpty()) {
            LOG.warnf("event for a repository outside any project ignored: %s", repo);
            return true;
        }
        long projectId = project.get().id;
        Instant at = time(event.timestamp());
        boolean tagged = event.tag() != null && !event.tag().isEmpty();
        switch (event.action()) {
            case RegistryEvent.PUSH -> {
                push(projectId, event, at);
                events.fire(new ArtifactPushed(projectId, repo, event.tag(), event.digest(), event.actor(), at));
            }
            case RegistryEvent.PULL -> {
                pull(event, at);
                events.fire(new ArtifactPulled(projectId, repo, event.tag(), event.digest(), event.actor(), at));
            }
            case RegistryEvent.DELETE -> {
                delete(event);
                events.fire(tagged ? new TagDeleted(projectId, repo, event.tag(), event.actor(), at)
                        : new ArtifactDeleted(projectId, repo, event.digest(), event.actor(), at));
            }
            default -> LOG.warnf("event with unknown action ignored: %s", event.action());
        }
        return true;
    }

    private void push(long projectId, RegistryEvent e, Instant at) {
        RepositoryEntity repo = catalogue.pushedTo(projectId, e.repository(), at);
        if (e.digest() == null) {
            return;
        }
        ArtifactEntity a = catalogue.pushed(repo, e.digest(), e.mediaType(), e.size(), e.references(), e.platforms(), at);
        if (e.tag() != null && !e.tag().isEmpty()) {
            catalogue.tagPushed(repo, e.tag(), a.id, at);
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
                catalogue.removeTag(repo, e.tag());
                catalogue.removeIfEmpty(repo);
            } else if (e.digest() != null) {
                catalogue.removeArtifact(repo, e.digest());
            }
        });
    }

    private static Instant time(String timestamp) {
        try {
            return timestamp == null ? Instant.now() : Instant.parse(timestamp);
        } catch (DateTimeParseException ex) {
            return Instant.now();
        }
    }
}
