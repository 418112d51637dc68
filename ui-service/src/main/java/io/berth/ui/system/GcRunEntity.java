package io.berth.ui.system;

import io.berth.ui.domain.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One garbage collection asked of registry-core: its parameters, state and report. */
@Entity
@Table(name = "gc_run")
public class GcRunEntity extends Timestamped {

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
}
