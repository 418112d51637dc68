package io.berth.ui.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Harbor's paging contract on a real list: X-Total-Count, Link prev/next, limits. */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class PagingTest {

    private static boolean ready;

    /** Once per class; in @BeforeEach because RestAssured knows the test port only then. */
    @BeforeEach
    void twelveProjects() {
        if (ready) {
            return;
        }
        ready = true;
        for (int i = 10; i < 22; i++) {
            Api.createProject("bob", "paged-" + i, false);
        }
    }

    @Test
    void firstPageHasNextOnly() {
        Api.as("bob").get("/api/v2.0/projects?name=paged-&page_size=5").then().statusCode(200)
                .header("X-Total-Count", "12")
                .header("Link", equalTo("</api/v2.0/projects?name=paged-&page=2&page_size=5>; rel=\"next\""))
                .body("$", hasSize(5))
                .body("[0].name", equalTo("paged-10"));
    }

    @Test
    void middlePageHasPrevAndNext() {
        Api.as("bob").get("/api/v2.0/projects?name=paged-&page=2&page_size=5").then().statusCode(200)
                .header("X-Total-Count", "12")
                .header("Link", containsString("page=1&page_size=5>; rel=\"prev\""))
                .header("Link", containsString("page=3&page_size=5>; rel=\"next\""))
                .body("[0].name", equalTo("paged-15"));
    }

    @Test
    void lastPageHasPrevOnly() {
        Api.as("bob").get("/api/v2.0/projects?name=paged-&page=3&page_size=5&sort=name").then().statusCode(200)
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", not(containsString("rel=\"next\"")))
                .body("$", hasSize(2));
    }

    @Test
    void defaultPageSizeIsTen() {
        Api.as("bob").get("/api/v2.0/projects?name=paged-").then().statusCode(200)
                .header("X-Total-Count", "12")
                .body("$", hasSize(10));
        Api.as("bob").get("/api/v2.0/projects?name=paged-&page_size=100").then().statusCode(200)
                .header("Link", nullValue())
                .body("$", hasSize(12));
    }

    @Test
    void sortDescending() {
        Api.as("bob").get("/api/v2.0/projects?name=paged-&sort=-name&page_size=1").then().statusCode(200)
                .body("[0].name", equalTo("paged-21"));
    }

    @Test
    void badPagingIsABadRequest() {
        Api.as("bob").get("/api/v2.0/projects?page_size=101").then().statusCode(400)
                .body("errors[0].code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("page_size"));
        Api.as("bob").get("/api/v2.0/projects?page=0").then().statusCode(400);
        Api.as("bob").get("/api/v2.0/projects?sort=password").then().statusCode(400);
        Api.as("bob").get("/api/v2.0/projects?page=abc").then().statusCode(400);
    }
}
