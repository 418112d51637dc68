package io.berth.ui.registry;

import java.util.List;
import java.util.Map;

/** registry-core's full catalog: every repository with its tags ({@code tag -> digest}). */
public record RegistryCatalog(List<Entry> repositories) {

    public record Entry(String name, Map<String, String> tags) {
    }
}
