package io.berth.common.harbor;

import java.util.List;

/** Harbor's error body: {@code {"errors":[{"code":"NOT_FOUND","message":"..."}]}}. */
public record HarborErrorBody(List<Item> errors) {

    public record Item(String code, String message) {
    }

    public static HarborErrorBody of(HarborError error, String message) {
        return of(error.name(), message);
    }

    /** A body with a code of another catalogue in the same shape (distribution's, on the token service). */
    public static HarborErrorBody of(String code, String message) {
        return new HarborErrorBody(List.of(new Item(code, message)));
    }
}
