package dev.plugbay.adapters.rest.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The head of the OpenAPI document that the micronaut-openapi processor writes at compile time
 * to {@code META-INF/swagger/plugbay.yml}; the server publishes it at {@code /swagger/plugbay.yml}
 * with a Swagger UI at {@code /swagger-ui/index.html}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Plugbay", version = "1",
                description = "The Plugbay marketplace API, wire-compatible with the Invenicum client. "
                        + "Every failure is {success: false, message, error, details?}."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class PlugbayApiDefinition {

    private PlugbayApiDefinition() {
    }
}
