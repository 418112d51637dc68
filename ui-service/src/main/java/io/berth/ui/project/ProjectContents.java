package io.berth.ui.project;

/** How many repositories a project holds; answered by the content catalogue, which projects do not know. */
public interface ProjectContents {

    long repositoryCount(long projectId);
}
