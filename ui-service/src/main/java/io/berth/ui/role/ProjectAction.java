package io.berth.ui.role;

/** What a caller may want to do in a project (Harbor's role table, docs/protocols.md §3). */
public enum ProjectAction {
    /** See the project and list its repositories, artifacts and tags. */
    READ,
    PULL,
    /** Push, and create tags. */
    PUSH,
    /** Delete artifacts, repositories and tags. */
    DELETE,
    READ_MEMBERS,
    MANAGE_MEMBERS,
    /** Update or delete the project itself. */
    ADMINISTER,
    READ_LOGS
}
