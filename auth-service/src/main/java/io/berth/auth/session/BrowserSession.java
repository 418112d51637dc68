package io.berth.auth.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A session handed out by {@code /c/login}, kept until it expires so it can be revoked. */
@Entity
@Table(name = "berth_session")
public class BrowserSession {

    @Id
    public String jti;

    @Column(name = "user_id")
    public long userId;

    @Column(name = "expires_at")
    public Instant expiresAt;

    public boolean revoked;
}
