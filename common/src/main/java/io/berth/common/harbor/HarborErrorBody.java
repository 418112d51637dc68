package io.berth.common.harbor;

import java.util.List;

/** Harbor's error body: {@code {"errors":[{"code":"NOT_FOUND","message":"..."}]}}. */
public record HarborErrorBody(List<Item> errors) {

    public record Item(String code, String message) {
    }

    public static HarborErrorBody of(HarborError error, String message) {
        return new HarborErrorBody(List.of(new Item(error.name(), message)));
    }
}
