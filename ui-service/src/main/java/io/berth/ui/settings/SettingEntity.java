package io.berth.ui.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One configuration value a system admin set, overriding the configured default. */
@Entity
@Table(name = "system_setting")
public class SettingEntity {

    @Id
    public String name;

    @Column(nullable = false)
    public String value;

    @Column(name = "update_time", nullable = false)
    public Instant updateTime;
}
