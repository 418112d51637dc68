package io.berth.auth.account;

import static io.berth.auth.support.Api.USERS;
import static io.berth.auth.support.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.berth.auth.support.AuthTestResources;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad paging and bodies of the wrong JSON type on /api/v2.0/users*: a 400 with Harbor's body, never a 500 or a coercion. */
@QuarkusTest
@WithTestResource(AuthTestResources.class)
class UserBadInputTest {

    @Test
    void listsRefuseBadPagingAndAnswerAnyPage() {
        for (String list : List.of(USERS, USERS + "/search?username=adm")) {
            String sep = list.contains("?") ? "&" : "?";
            for (String bad : List.of("page=0", "page=abc", "page=99999999999999999999", "page_size=0",
                    "page_size=101", "page_size=1.5")) {
                asAdmin().urlEncodingEnabled(false).get(list + sep + bad).then().statusCode(400)
                        .body("errors[0].code", equalTo("BAD_REQUEST"));
            }
            asAdmin().get(list + sep + "page=2147483647&page_size=100").then().statusCode(200)
                    .header("X-Total-Count", notNullValue())
                    .body("$", hasSize(0));
        }
    }

    @Test
    void bodiesOfTheWrongTypeAreRefused() {
        for (String body : List.of("{\"username\":123,\"password\":\"Harbor12345\"}",
                "{\"username\":[\"typed-x\"],\"password\":\"Harbor12345\"}",
                "{\"username\":\"typed-y\",\"password\":\"Harbor12345\",\"username\":\"typed-z\"}", "[]")) {
            asAdmin().contentType(ContentType.JSON).body(body).post(USERS).then().statusCode(400)
                    .body("errors[0].code", equalTo("BAD_REQUEST"));
        }
        asAdmin().contentType(ContentType.JSON)
                .body("{\"username\":\"caf\u00e9\",\"password\":\"Harbor12345\"}".getBytes(StandardCharsets.ISO_8859_1))
                .post(USERS).then().statusCode(400).body("errors[0].code", equalTo("BAD_REQUEST"));
        // worded as ui-service words it (common's KnownFailures): where the bad value sits
        asAdmin().contentType(ContentType.JSON).body("{\"sysadmin_flag\":\"true\"}")
                .put(USERS + "/1/sysadmin").then().statusCode(400).body("errors[0].code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", equalTo("invalid JSON body: wrong value for sysadmin_flag"));
        asAdmin().contentType(ContentType.JSON).body("{not json").post(USERS).then().statusCode(400)
                .body("errors[0].message", equalTo("invalid JSON body"));
        asAdmin().get(USERS + "/search?username=123").then().statusCode(200).body("$", hasSize(0));
    }
}
