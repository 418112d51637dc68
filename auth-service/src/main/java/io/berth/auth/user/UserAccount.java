package io.berth.auth.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One account row of {@code berth_user}. */
@Entity
@Table(name = "berth_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "user_id")
    public Long id;

    public String username;
    public String email;
    public String realname = "";
    public String comment = "";

    @Column(name = "password_hash")
    public String passwordHash;

    /** {@code db} (password in {@link #passwordHash}) or {@code ldap} (the directory checks it). */
    @Column(name = "auth_source")
    public String authSource = "db";

    @Column(name = "sysadmin_flag")
    public boolean sysadmin;

    public boolean deleted;

    @Column(name = "creation_time")
    public Instant creationTime;

    @Column(name = "update_time")
    public Instant updateTime;

    public boolean fromLdap() {
        return "ldap".equals(authSource);
    }
}
