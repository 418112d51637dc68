package io.berth.ui.console.web;

import io.berth.common.harbor.PageRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One page of a console table: which rows are shown of how many, and the links to the pages
 * before and after, keeping the table's filters. Pages are cut in SQL; nothing loads a whole list.
 */
public record Pager(long from, long to, long total, String prev, String next) {

    public static final int SIZE = 15;

    /** The page asked for in {@code ?page=}, 1 when missing or not a positive number. */
    public static PageRequest request(String page) {
        int p = 1;
        try {
            p = page == null ? 1 : Math.max(1, Math.min(Integer.parseInt(page.trim()), 1_000_000));
        } catch (NumberFormatException e) {
            // the first page
        }
        return new PageRequest(p, SIZE);
    }

    /** {@code filters}: the query parameters the links keep (null or blank values are left out). */
    public static Pager of(String path, Map<String, String> filters, PageRequest request, long total) {
        long from = total == 0 ? 0 : (long) (request.page() - 1) * request.pageSize() + 1;
        long to = Math.min(total, (long) request.page() * request.pageSize());
        String prev = request.page() > 1 ? link(path, filters, Math.min(request.page() - 1,
                Math.max(1, (total + request.pageSize() - 1) / request.pageSize()))) : null;
        String next = to < total ? link(path, filters, request.page() + 1) : null;
        return new Pager(from, Math.max(to, 0), total, prev, next);
    }

    public static Map<String, String> filters(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static String link(String path, Map<String, String> filters, long page) {
        StringBuilder b = new StringBuilder(path).append('?');
        filters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
            }
        });
        return b.append("page=").append(page).toString();
    }

    public boolean paged() {
        return prev != null || next != null;
    }
}
