package io.berth.e2e.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.berth.e2e.support.HarborApi;
import java.io.IOException;
import java.net.http.HttpResponse;

/** Assertions on Harbor v2.0 REST API answers (docs/protocols.md): the error body and the paging headers. */
final class HarborAssert {

    private HarborAssert() {
    }

    /** {@code {"errors":[{"code":code,"message":"..."}]}} with this status, as JSON; answers the message. */
    static String error(HttpResponse<String> r, int status, String code) throws IOException {
        String what = r.request().method() + " " + r.request().uri().getRawPath();
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                what + " content type: " + r.headers().map());
        JsonNode errors = HarborApi.JSON.readTree(r.body()).path("errors");
        assertTrue(errors.isArray() && errors.size() >= 1, what + ": " + r.body());
        assertEquals(code, errors.get(0).path("code").asText(), what + ": " + r.body());
        String message = errors.get(0).path("message").asText();
        assertFalse(message.isBlank(), what + ": " + r.body());
        return message;
    }

    /**
     * A list with at least three items, asked one per page: page 1 links only to page 2 (next),
     * page 2 to pages 1 and 3, and X-Total-Count is the same on both.
     */
    static void paged(HarborApi api, String path, String authorization) throws IOException, InterruptedException {
        String sep = path.contains("?") ? "&" : "?";
        HttpResponse<String> first = api.send("GET", path + sep + "page=1&page_size=1", authorization, null);
        assertEquals(200, first.statusCode(), path + ": " + first.body());
        long total = Long.parseLong(first.headers().firstValue("X-Total-Count").orElse("-1"));
        assertTrue(total >= 3, path + " X-Total-Count " + total);
        assertEquals(1, HarborApi.JSON.readTree(first.body()).size(), path + ": " + first.body());
        String link = first.headers().firstValue("Link").orElse("");
        assertTrue(link.contains("page=2") && link.contains("rel=\"next\"") && !link.contains("rel=\"prev\""),
                path + " page 1 Link: " + link);
        HttpResponse<String> second = api.send("GET", path + sep + "page=2&page_size=1", authorization, null);
        assertEquals(200, second.statusCode(), path + ": " + second.body());
        assertEquals(String.valueOf(total), second.headers().firstValue("X-Total-Count").orElse(""), path);
        String link2 = second.headers().firstValue("Link").orElse("");
        assertTrue(link2.contains("page=1") && link2.contains("rel=\"prev\"") && link2.contains("page=3")
                && link2.contains("rel=\"next\""), path + " page 2 Link: " + link2);
    }
}
