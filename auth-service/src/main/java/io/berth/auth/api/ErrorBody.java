package io.berth.auth.api;

import java.util.List;

/** Harbor's error body: {@code {"errors":[{"code":"NOT_FOUND","message":"..."}]}}. */
public record ErrorBody(List<Entry> errors) {

    public record Entry(String code, String message) {
    }

    public static ErrorBody of(ErrorCode code, String message) {
        return new ErrorBody(List.of(new Entry(code.name(), message)));
    }
}
