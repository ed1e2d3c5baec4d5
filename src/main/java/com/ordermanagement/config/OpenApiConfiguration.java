package com.ordermanagement.config;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
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
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    /**
     * {@code servers} is the configured public URL, or "/" (this host, whatever it is called): never
     * built from the request's Host header, which a client chooses.
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
                                        .description("An access token from the organisation's identity provider."
                                                + " Scopes: orders:read, orders:write, analytics:read (scope, scp"
                                                + " or Entra ID roles); a customer_id claim binds the token to one"
                                                + " customer. Needed only when the service is configured with an"
                                                + " issuer or JWK set.")))
                .servers(List.of(new Server().url(publicBaseUrl.isBlank() ? "/" : publicBaseUrl)))
                .info(new Info()
                        .title("Order Management Service")
                        .version("v1")
                        .description("Customer orders stored in Azure Cosmos DB, and business analytics over them."
                                + " JSON is snake_case, timestamps are UTC ISO-8601, money is a decimal number with"
                                + " two places. Errors are RFC 9457 problem documents.")
                        .license(new License().name("MIT").identifier("MIT")));
    }
}
