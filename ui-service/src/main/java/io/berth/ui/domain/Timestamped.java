package io.berth.ui.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Harbor's {@code creation_time} and {@code update_time}, which most of its tables carry. Set by
 * the writer, not by a JPA callback: a row made for a registry event takes the event's time, which
 * can be earlier than the moment it is written.
 */
@MappedSuperclass
public abstract class Timestamped {

    @Column(name = "creation_time", nullable = false)
    public Instant creationTime;

    @Column(name = "update_time", nullable = false)
    public Instant updateTime;

    /** A new row, made at {@code at}: both times are that moment. */
    public void created(Instant at) {
        creationTime = at;
        updateTime = at;
    }
}
