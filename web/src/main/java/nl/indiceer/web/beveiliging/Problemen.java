package nl.indiceer.web.beveiliging;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.indiceer.web.fout.Foutafhandeling;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem+json answer from the security filters, which run before Spring MVC's error handling. */
@Component
public class Problemen {

    private final JsonMapper json;

    public Problemen(JsonMapper json) {
        this.json = json;
    }

    public void schrijf(HttpServletResponse response, int status, String code, String titel, String melding) throws IOException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", Foutafhandeling.type(code).toString());
        p.put("title", titel);
        p.put("status", status);
        p.put("detail", melding);
        p.put("code", code);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        response.getWriter().write(json.writeValueAsString(p));
    }
}
