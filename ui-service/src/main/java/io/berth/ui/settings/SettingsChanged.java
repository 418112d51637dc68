package io.berth.ui.settings;

/** A system admin changed the settings (CDI event, observed once the change is committed). */
public record SettingsChanged() {
}
