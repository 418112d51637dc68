package io.berth.common.harbor;

import jakarta.ws.rs.QueryParam;

/**
 * Harbor's paging query parameters as they arrive; list resources take it as a {@code @BeanParam}
 * and check it with {@link #request()}.
 */
public record PageQuery(@QueryParam(PageRequest.PAGE) String page, @QueryParam(PageRequest.PAGE_SIZE) String pageSize) {

    /** The page asked for; 400 when a parameter is not valid. */
    public PageRequest request() {
        return PageRequest.of(page, pageSize);
    }
}
