package io.berth.ui.project;

import io.berth.ui.settings.OtherUsers;
import jakarta.enterprise.context.ApplicationScoped;

/** Tells the settings whether projects know users other than admin (auth_mode may change until they do). */
@ApplicationScoped
public class ProjectUsers implements OtherUsers {

    private final MemberRepository members;
    private final ProjectRepository projects;

    public ProjectUsers(MemberRepository members, ProjectRepository projects) {
        this.members = members;
        this.projects = projects;
    }

    @Override
    public boolean exist(long adminUserId) {
        return members.count("userId <> ?1", adminUserId) > 0 || projects.count("ownerId <> ?1", adminUserId) > 0;
    }
}
