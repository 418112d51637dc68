package io.berth.ui.api;

/** Harbor paging parameters: {@code page} from 1, {@code page_size} 10 by default, at most 100. */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(String page, String pageSize) {
        int p = parse(page, 1, "page");
        int s = parse(pageSize, DEFAULT_SIZE, "page_size");
        if (p < 1) {
            throw ApiException.badRequest("page must be 1 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.badRequest("page_size must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    private static int parse(String value, int fallback, String name) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a number");
        }
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
