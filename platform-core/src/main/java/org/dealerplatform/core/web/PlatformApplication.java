package org.dealerplatform.core.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * One JAX-RS application for the API ({@code /api/v1}), the console ({@code /console}) and, later,
 * the public survey pages. Resources and providers in every module jar are discovered by the container.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
        info = @Info(title = "Dealer after-sales service quality platform API", version = "1",
                description = "Dealer groups (tenants), shops and service advisors. Errors are RFC 9457 "
                        + "problem+json; lists take ?page= (from 0) and ?size= (1-200)."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Access token from the dealer-platform realm (audience dealer-platform)")
public class PlatformApplication extends Application {

    /** Jersey's WADL would describe the API a second time, unauthenticated; OpenAPI is the description. */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
