package io.berth.ui.project;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code /projects/{p}/summary}: repository count and members per role. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProjectSummary(
        long repoCount,
        long projectAdminCount,
        long maintainerCount,
        long developerCount,
        long guestCount,
        long limitedGuestCount) {
}
