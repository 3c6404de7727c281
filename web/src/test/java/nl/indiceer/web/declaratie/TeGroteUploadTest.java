package nl.indiceer.web.declaratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.MultipartConfigElement;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * An upload over the servlet container's multipart limit, over real HTTP (MockMvc would skip the container's parsing):
 * with {@code indiceer.declaraties.maximum-mb=1} a plain form post gets the Dutch page that names the limit (413), one
 * with the CSRF token in its header the form again with the message at the file field (422), the API 413
 * DECLARATIE_TE_GROOT; and the container's limits follow the application's setting, an
 * explicit smaller one refusing to start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "indiceer.declaraties.maximum-mb=1")
@ActiveProfiles("test")
class TeGroteUploadTest {

    static final String URK = "0184";
    static final int MB = 1024 * 1024;

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Test
    void deLimietVanDeContainerVolgtDeInstelling() {
        MultipartConfigElement m = app.getBean(MultipartConfigElement.class);
        assertThat(m.getMaxFileSize()).isEqualTo(MB);
        assertThat(m.getMaxRequestSize()).isEqualTo(2L * MB + Uploadgrenzen.VELDEN);
    }

    @Test
    void eenKleinereExpliciteLimietWeigertTeStarten() {
        MockEnvironment omgeving = new MockEnvironment().withProperty("spring.servlet.multipart.max-file-size", "200KB");
        assertThatThrownBy(() -> new Uploadgrenzen().multipartConfigElement(new MultipartProperties(),
                new Declaratiegrootte(1), omgeving)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.servlet.multipart.max-file-size").hasMessageContaining("indiceer.declaraties.maximum-mb=1");
        MockEnvironment groter = new MockEnvironment().withProperty("spring.servlet.multipart.max-file-size", "2MB");
        assertThat(new Uploadgrenzen().multipartConfigElement(new MultipartProperties(), new Declaratiegrootte(1), groter)
                .getMaxFileSize()).isEqualTo(2L * MB);
    }

    @Test
    void eenGewoonFormulierKrijgtDeNederlandseFoutpaginaMetDeGrens() {
        String urk = Gebruikers.nieuw(app, "urk-te-groot", Rol.BACKOFFICE, URK);
        Browser ik = Browser.op(poort).meldAan(urk, Gebruikers.wachtwoord(urk));
        ik.get("/declaraties");
        // the CSRF token in the body, as the form without JavaScript sends it: refused in the security filter already
        HttpResponse<String> antwoord = ik.multipart("/declaraties", Map.of(), "bestand", "groot.xml", new byte[MB + 100]);
        assertThat(antwoord.statusCode()).isEqualTo(413);
        assertThat(antwoord.body()).contains("<h1 class=\"utrecht-heading-1\">Het bestand is te groot</h1>")
                .contains("Een bestand is hoogstens 1 MB.").contains("id=\"te-groot-terug\" href=\"/declaraties\"")
                .contains("role=\"alert\"").doesNotContain("Exception");
        assertThat(app.getBean(DeclaratieInzage.class).lijst(new Medewerker(urk, Set.of(URK)))).isEmpty();
    }

    @Test
    void metHetTokenInDeKopZegtHetFormulierHetBijHetVeld() throws Exception {
        String urk = Gebruikers.nieuw(app, "urk-te-groot-kop", Rol.BACKOFFICE, URK);
        Browser ik = Browser.op(poort).meldAan(urk, Gebruikers.wachtwoord(urk));
        ik.get("/declaraties");
        // the token in the header (as indiceer.js sends it): the body is first parsed in Spring MVC, TeGroteUpload answers
        HttpResponse<String> antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + poort + "/declaraties"))
                .header("Cookie", "INDICEER_SESSIE=" + ik.sessie()).header("X-CSRF-TOKEN", ik.csrf())
                .header("Content-Type", "multipart/form-data; boundary=" + GRENS)
                .POST(HttpRequest.BodyPublishers.ofByteArray(lichaam("bestand"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(422);
        assertThat(antwoord.body()).contains("id=\"ontvang-bestand-fout\"")
                .contains("Het bestand is te groot. Een declaratie is hoogstens 1 MB.")
                .contains("aria-invalid=\"true\"").contains("aria-describedby=\"ontvang-bestand-uitleg ontvang-bestand-fout\"")
                .contains("id=\"ontvang-samenvatting\"").doesNotContain("Exception");
        assertThat(app.getBean(DeclaratieInzage.class).lijst(new Medewerker(urk, Set.of(URK)))).isEmpty();
    }

    static final String GRENS = "----indiceer-te-groot";

    /** One file part of 1 MB + 100 bytes under {@code veld}. */
    private static byte[] lichaam(String veld) {
        ByteArrayOutputStream lichaam = new ByteArrayOutputStream();
        lichaam.writeBytes(("--" + GRENS + "\r\nContent-Disposition: form-data; name=\"" + veld + "\"; filename=\"groot.xml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        lichaam.writeBytes(new byte[MB + 100]);
        lichaam.writeBytes(("\r\n--" + GRENS + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return lichaam.toByteArray();
    }

    @Test
    void deApiAntwoordt413MetDeCode() throws Exception {
        String urk = Gebruikers.nieuw(app, "urk-te-groot-api", Rol.BACKOFFICE, URK);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> aanmelding = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"gebruikersnaam\":\"" + urk + "\",\"wachtwoord\":\""
                        + Gebruikers.wachtwoord(urk) + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(aanmelding.statusCode()).isEqualTo(201);
        String token = aanmelding.body().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/declaraties"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + GRENS)
                .POST(HttpRequest.BodyPublishers.ofByteArray(lichaam("declaratie"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(413);
        assertThat(antwoord.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(antwoord.body()).contains("\"code\":\"DECLARATIE_TE_GROOT\"").contains("hoogstens 1 MB");
    }
}
