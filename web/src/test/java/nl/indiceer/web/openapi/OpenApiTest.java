package nl.indiceer.web.openapi;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.indiceer.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class OpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void deBeschrijvingIsOpenbaarEnNoemtDeApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
                .andExpect(jsonPath("$.paths['/api/berekening'].post").exists())
                .andExpect(jsonPath("$.paths['/api/tokens'].post").exists())
                .andExpect(jsonPath("$.paths['/api/regelingen'].get").exists())
                .andExpect(jsonPath("$.paths['/api/clienten'].post").exists())
                .andExpect(jsonPath("$.paths['/api/clienten/zoeken'].post").exists())
                // The refused GET search is not offered.
                .andExpect(jsonPath("$.paths['/api/clienten'].get").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/clienten/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/audit'].get").exists())
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
    }
}
