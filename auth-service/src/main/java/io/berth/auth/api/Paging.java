package io.berth.auth.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** Harbor's paging: {@code page} (1), {@code page_size} (10, max 100), X-Total-Count and Link. */
public record Paging(int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public static Paging of(Integer page, Integer pageSize) {
        int p = page == null ? 1 : page;
        int s = pageSize == null ? 10 : pageSize;
        if (p < 1) {
            throw ApiException.badRequest("page must be 1 or more");
        }
        if (s < 1 || s > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
        return new Paging(p, s);
    }

    /** A 200 with the items, X-Total-Count and, where there are neighbours, a Link header. */
    public Response respond(Object items, long total, UriInfo uri) {
        Response.ResponseBuilder r = Response.ok(items).header("X-Total-Count", total);
        List<String> links = new ArrayList<>();
        if (page > 1) {
            links.add(link(uri, page - 1, "prev"));
        }
        if ((long) page * pageSize < total) {
            links.add(link(uri, page + 1, "next"));
        }
        if (!links.isEmpty()) {
            r.header("Link", String.join(" , ", links));
        }
        return r.build();
    }

    private String link(UriInfo uri, int target, String rel) {
        UriBuilder b = UriBuilder.fromPath(uri.getRequestUri().getRawPath())
                .replaceQuery(uri.getRequestUri().getRawQuery())
                .replaceQueryParam("page", target)
                .replaceQueryParam("page_size", pageSize);
        return "<" + b.build() + ">; rel=\"" + rel + "\"";
    }
}
