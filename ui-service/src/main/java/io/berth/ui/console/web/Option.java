package io.berth.ui.console.web;

/** A choice in a select: the submitted value and the {@link Msg} key of its label. */
public record Option(String value, String key) {
}
