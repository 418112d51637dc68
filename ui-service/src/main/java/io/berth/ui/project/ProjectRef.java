package io.berth.ui.project;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;

/**
 * A project as Harbor's API names it in a path ({@code project_name_or_id}): its id, or its name
 * when the value is not a number or the request says {@code X-Is-Resource-Name: true}. Resources
 * take it as a {@code @BeanParam}, so the path segment and the header are read in one place.
 */
public record ProjectRef(@PathParam("ref") String value, @HeaderParam(ProjectRef.IS_RESOURCE_NAME) boolean isName) {

    /** Harbor's header saying that a numeric {@code project_name_or_id} is a name. */
    public static final String IS_RESOURCE_NAME = "X-Is-Resource-Name";

    /** The project called {@code name}, even when the name is all digits (the console names projects). */
    public static ProjectRef named(String name) {
        return new ProjectRef(name, true);
    }
}
