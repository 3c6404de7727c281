package nl.indiceer.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs} (public): every API call needs a bearer token, except POST /api/tokens. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguratie {

    @Bean
    OpenAPI indiceerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Indiceer API").version("0.1.0")
                        .description("Berekening van een indicatie (volume, kosten, rekensom, bevindingen) volgens de "
                                + "regeling van de regio. Aanmelden: POST /api/tokens, daarna 'Authorization: Bearer <token>'.")
                        .license(new License().name("EUPL-1.2")))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
