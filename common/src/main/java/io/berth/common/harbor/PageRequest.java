package io.berth.common.harbor;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Harbor's paging of every list: {@code page} from 1, {@code page_size} 10 by default and at most
 * 100; the answer carries the total in {@code X-Total-Count} and {@code Link} with
 * {@code rel="prev"} / {@code rel="next"}. Any page within int range is valid: one past the end is
 * an empty list, so the offset is a long and never overflows.
 */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "page_size";

    public PageRequest {
        if (page < 1) {
            throw HarborException.badRequest("page must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw HarborException.badRequest("page_size must be between 1 and " + MAX_SIZE);
        }
    }

    /** The query parameters as sent (null or empty: the default); 400 when they are not valid. */
    public static PageRequest of(String page, String pageSize) {
        return new PageRequest(parse(page, 1, PAGE), parse(pageSize, DEFAULT_SIZE, PAGE_SIZE));
    }

    private static int parse(String value, int fallback, String name) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!value.matches("[+-]?[0-9]{1,10}")) {
            throw HarborException.badRequest(name + " must be a whole number");
        }
        long n = Long.parseLong(value);
        if (n > Integer.MAX_VALUE) {
            throw HarborException.badRequest(name + " is too large");
        }
        return (int) n;
    }

    /** Index of the first item of this page; a long, since page times page_size exceeds an int. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    /**
     * Whether this page starts inside a list of {@code total} items and within what JPA's int
     * first-result can address (no table here comes near 2^31 rows): otherwise it is empty.
     */
    public boolean reaches(long total) {
        return offset() < total && offset() <= Integer.MAX_VALUE - pageSize;
    }

    /** A 200 with this page's items, {@code X-Total-Count} and, where there are neighbours, {@code Link}. */
    public Response respond(UriInfo uri, long total, List<?> items) {
        Response.ResponseBuilder out = Response.ok(items).header(TOTAL_COUNT, total);
        URI at = uri.getRequestUri();
        String links = links(at.getRawPath(), at.getRawQuery(), total);
        if (links != null) {
            out.header("Link", links);
        }
        return out.build();
    }

    /**
     * The {@code Link} header for a list of {@code total} items at {@code rawPath?rawQuery}, keeping
     * every other query parameter; null when there is no neighbour. A page past the end points
     * back at the last page.
     */
    public String links(String rawPath, String rawQuery, long total) {
        List<String> links = new ArrayList<>();
        if (page > 1 && total > 0) {
            long lastPage = Math.max(1, (total + pageSize - 1) / pageSize);
            links.add(link(rawPath, rawQuery, Math.min(page - 1L, lastPage), "prev"));
        }
        if ((long) page * pageSize < total) {
            links.add(link(rawPath, rawQuery, page + 1L, "next"));
        }
        return links.isEmpty() ? null : String.join(" , ", links);
    }

    private String link(String rawPath, String rawQuery, long target, String rel) {
        StringBuilder query = new StringBuilder();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String part : rawQuery.split("&")) {
                String name = name(part);
                if (!part.isEmpty() && !name.equals(PAGE) && !name.equals(PAGE_SIZE)) {
                    query.append(part).append('&');
                }
            }
        }
        query.append(PAGE).append('=').append(target).append('&').append(PAGE_SIZE).append('=').append(pageSize);
        return "<" + rawPath + "?" + query + ">; rel=\"" + rel + "\"";
    }

    private static String name(String queryPart) {
        String raw = queryPart.split("=", 2)[0];
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
