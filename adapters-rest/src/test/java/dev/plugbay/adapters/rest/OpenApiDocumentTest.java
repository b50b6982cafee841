package dev.plugbay.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document written at build time and its Swagger UI, served to anonymous callers. */
@MicronautTest
class OpenApiDocumentTest extends ApiTestSupport {

    @Test
    void theDocumentDescribesEveryRouteAndIsAnonymous() {
        Api.Reply reply = api.send(HttpRequest.GET("/swagger/plugbay.yml"));

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.body().startsWith("openapi: 3."), reply.body());
        for (String path : List.of("/api/v1/plugins:", "/api/v1/plugins/community:", "/api/v1/plugins/installed:",
                "/api/v1/plugins/{id}:", "/api/v1/plugins/preview-stac:", "/api/v1/plugins/install:",
                "/api/v1/plugins/uninstall/{id}:", "/api/v1/plugins/user/toggle:", "/api/v1/admin/registry/sync:",
                "/api/v1/plugins/validate:")) {
            assertTrue(reply.body().contains("\n  " + path + "\n"), path);
        }
        assertTrue(reply.body().contains("ErrorResponse:"));
        assertTrue(reply.body().contains("scheme: bearer"));
    }

    @Test
    void theSwaggerUiIsServedAndPointsAtTheDocument() {
        Api.Reply reply = api.send(HttpRequest.GET("/swagger-ui/index.html"));

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.body().contains("/swagger/plugbay.yml"));
    }

    @Test
    void onlyReadingTheDocumentIsAnonymous() {
        assertEquals(401, api.send(HttpRequest.POST("/swagger/plugbay.yml", "{}")).status());
    }
}
