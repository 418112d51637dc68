package io.berth.common.harbor;

import java.util.List;

/** Harbor's error body: {@code {"errors":[{"code":"NOT_FOUND","message":"..."}]}}. */
public record HarborErrorBody(List<Item> errors) {

    /**
     * One error. A message may quote what the client sent (an invalid name, say): it is cut to
     * {@link #MAX_MESSAGE} characters, so a huge value is never echoed back whole.
     */
    public record Item(String code, String message) {

        public Item {
            if (message != null && message.length() > MAX_MESSAGE) {
                message = message.substring(0, MAX_MESSAGE) + "...";
            }
        }
    }

    public static final int MAX_MESSAGE = 1024;

    public static HarborErrorBody of(HarborError error, String message) {
        return of(error.name(), message);
    }

    /** A body with a code of another catalogue in the same shape (distribution's, on the token service). */
    public static HarborErrorBody of(String code, String message) {
        return new HarborErrorBody(List.of(new Item(code, message)));
    }
}
