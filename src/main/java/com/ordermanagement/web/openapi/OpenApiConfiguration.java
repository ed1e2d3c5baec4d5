package com.ordermanagement.web.openapi;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.ordermanagement.web.filter.ClientAddress;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /**
     * The schema generator has its own (Jackson 2) mapper; it must name properties the way the web
     * layer's mapper writes them, in snake_case.
     */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        // One named schema per enum (OrderStatus, PaymentMethod, PaymentStatus), not a copy per use.
        ModelResolver.enumsAsRef = true;
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    RecordSchemas recordSchemas() {
        return new RecordSchemas();
    }

    @Bean
    TextConstraintSchemas textConstraintSchemas() {
        return new TextConstraintSchemas();
    }

    @Bean
    ApiContract apiContract() {
        return new ApiContract();
    }

    @Bean
    ForwardedServerUrl forwardedServerUrl(ClientAddress clientAddress) {
        return new ForwardedServerUrl(clientAddress);
    }

    /**
     * {@code servers} is the configured public URL; without one, {@link ForwardedServerUrl} answers
     * per request: the client's origin as a trusted proxy reports it, else "/" (this host, whatever
     * it is called), never the Host header a client chooses.
     */
    @Bean
    OpenAPI orderManagementOpenApi(@Value("${public-base-url:}") String publicBaseUrl) {
        return new OpenAPI()
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("A JWT access token from the organisation's identity provider,"
                                                + " checked as RFC8725 recommends: signature algorithm fixed by the"
                                                + " issuer's JWK set (never none), issuer, audience and expiry"
                                                + " verified."
                                                + " Scopes: orders:read, orders:write, analytics:read (scope, scp"
                                                + " or Entra ID roles); a customer_id claim binds the token to one"
                                                + " customer. Needed only when the service is configured with an"
                                                + " issuer or JWK set.")))
                .servers(publicBaseUrl.isBlank() ? null : List.of(new Server().url(publicBaseUrl)))
                .info(new Info()
                        .title("Order Management Service")
                        .version("v1")
                        .description("Customer orders stored in Azure Cosmos DB, and business analytics over them."
                                + " JSON is snake_case, timestamps are UTC ISO-8601, money is a decimal number with"
                                + " two places. Errors are RFC 9457 problem documents.")
                        .contact(new Contact().name("Order Management Service maintainers"))
                        .license(new License().name("MIT").identifier("MIT")));
    }
}
