package io.berth.ui.api;

import java.util.List;

/** Harbor's error body: {@code {"errors":[{"code":"NOT_FOUND","message":"..."}]}}. */
public record ErrorBody(List<Item> errors) {

    public record Item(String code, String message) {
    }

    public static ErrorBody of(ApiError error, String message) {
        return new ErrorBody(List.of(new Item(error.name(), message)));
    }
}
