package io.berth.ui.system;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** A garbage collection as Harbor's {@code /system/gc} lists it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GcView(long id, String jobName, String jobKind, String jobParameters, Schedule schedule,
        String jobStatus, boolean deleted, Instant creationTime, Instant updateTime) {

    public record Schedule(String type) {
    }

    /** {@code GET /system/gc/schedule}'s answer: the periodic schedule, {@code None} here. */
    public record ScheduleView(Schedule schedule) {
        static final ScheduleView NONE = new ScheduleView(new Schedule("None"));
    }

    static GcView of(GcRunEntity run) {
        String params = "{\"delete_untagged\":" + run.deleteUntagged + ",\"dry_run\":" + run.dryRun + "}";
        return new GcView(run.id, "GARBAGE_COLLECTION", "MANUAL", params, new Schedule("Manual"), run.status,
                false, run.creationTime, run.updateTime);
    }
}
