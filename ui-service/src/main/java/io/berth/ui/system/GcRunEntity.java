package io.berth.ui.system;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One garbage collection asked of registry-core: its parameters, state and report. */
@Entity
@Table(name = "gc_run")
public class GcRunEntity {

    public static final String RUNNING = "Running";
    public static final String SUCCESS = "Success";
    public static final String ERROR = "Error";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String status;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(name = "delete_untagged", nullable = false)
    public boolean deleteUntagged;

    /** registry-core's JSON report, or why the run failed. */
    @Column
    public String report;

    @Column(name = "creation_time", nullable = false)
    public Instant creationTime;

    @Column(name = "update_time", nullable = false)
    public Instant updateTime;
}
