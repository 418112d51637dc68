package io.berth.auth.api;

import java.util.List;

/** Harbor's error body: {@code {"errors":[{"code":"NOT_FOUND","message":"..."}]}}. */
public record ErrorBody(List<Entry> errors) {

    public record Entry(String code, String message) {
    }

    public static ErrorBody of(ErrorCode code, String message) {
        return of(code.name(), message);
    }

    /** A body with a code of another catalogue in the same shape (distribution's, on the token service). */
    public static ErrorBody of(String code, String message) {
        return new ErrorBody(List.of(new Entry(code, message)));
    }
}
