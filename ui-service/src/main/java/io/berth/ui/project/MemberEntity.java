package io.berth.ui.project;

import io.berth.ui.domain.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's role in a project; the user itself lives in auth-service. */
@Entity
@Table(name = "project_member")
public class MemberEntity extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public long projectId;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(nullable = false)
    public String username;

    @Column(name = "role_id", nullable = false)
    public int roleId;
}
