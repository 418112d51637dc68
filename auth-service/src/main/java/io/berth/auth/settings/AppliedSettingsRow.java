package io.berth.auth.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row of {@code berth_applied_settings}: the last settings ui-service pushed, as JSON. */
@Entity
@Table(name = "berth_applied_settings")
class AppliedSettingsRow {

    static final byte ID = 1;

    @Id
    public byte id;

    public String settings;

    @Column(name = "update_time")
    public Instant updateTime;
}
