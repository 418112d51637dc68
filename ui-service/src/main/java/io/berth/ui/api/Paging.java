package io.berth.ui.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one page of a list the way Harbor does: the items as a JSON array, the total in
 * {@code X-Total-Count}, and {@code Link} with {@code rel="prev"} / {@code rel="next"} keeping
 * every other query parameter.
 */
public final class Paging {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private Paging() {
    }

    public static Response page(UriInfo uri, PageRequest request, long total, List<?> items) {
        Response.ResponseBuilder out = Response.ok(items).header(TOTAL_COUNT, total);
        List<String> links = new ArrayList<>();
        if (request.page() > 1 && total > 0) {
            long lastPage = Math.max(1, (total + request.pageSize() - 1) / request.pageSize());
            links.add(link(uri, Math.min(request.page() - 1, lastPage), request.pageSize(), "prev"));
        }
        if ((long) request.page() * request.pageSize() < total) {
            links.add(link(uri, request.page() + 1, request.pageSize(), "next"));
        }
        if (!links.isEmpty()) {
            out.header("Link", String.join(" , ", links));
        }
        return out.build();
    }

    private static String link(UriInfo uri, long page, int size, String rel) {
        URI target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("page_size", size)
                .build();
        String pathAndQuery = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        return "<" + pathAndQuery + ">; rel=\"" + rel + "\"";
    }
}
