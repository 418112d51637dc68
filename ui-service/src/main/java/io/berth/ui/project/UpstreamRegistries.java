package io.berth.ui.project;

/** Whether a registry endpoint exists for a proxy-cache project; answered by the endpoints, which projects do not know. */
public interface UpstreamRegistries {

    boolean exists(long registryId);
}
