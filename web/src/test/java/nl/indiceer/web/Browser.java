package nl.indiceer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does on the pages, over real HTTP: keeps cookies, reads the CSRF token from the page it was given and
 * sends it back with forms. No JavaScript (the Playwright tests do that); redirects are not followed, so a test sees
 * them. One instance is one browser; {@link #naar} points the same browser (its cookies) at another instance.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final CookieManager koekjes;
    private final HttpClient http;
    private String basis;
    private String csrf;

    public Browser(String basis) {
        this.basis = basis;
        this.koekjes = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().cookieHandler(koekjes).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static Browser op(int poort) {
        return new Browser("http://localhost:" + poort);
    }

    /** The same cookies, another server (same host, so the session cookie goes along). */
    public Browser naar(int poort) {
        this.basis = "http://localhost:" + poort;
        return this;
    }

    public HttpResponse<String> get(String pad) {
        HttpResponse<String> antwoord = stuur(HttpRequest.newBuilder(URI.create(basis + pad)).GET().build());
        onthoudCsrf(antwoord.body());
        return antwoord;
    }

    /** A form post with the CSRF token of the last page seen. */
    public HttpResponse<String> post(String pad, Map<String, String> velden) {
        return post(pad, velden, false);
    }

    /** A form post as htmx sends it (header {@code HX-Request: true}), with the CSRF token of the last page seen. */
    public HttpResponse<String> htmx(String pad, Map<String, String> velden) {
        return post(pad, velden, true);
    }

    private HttpResponse<String> post(String pad, Map<String, String> velden, boolean htmx) {
        Map<String, String> alles = new LinkedHashMap<>(velden);
        if (csrf != null) {
            alles.putIfAbsent("_csrf", csrf);
        }
        String lichaam = alles.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + pad))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(lichaam));
        if (htmx) {
            verzoek.header("HX-Request", "true");
        }
        HttpResponse<String> antwoord = stuur(verzoek.build());
        onthoudCsrf(antwoord.body());
        return antwoord;
    }

    /** A form post whose fields may repeat (checkboxes), with the CSRF token of the last page seen. */
    public HttpResponse<String> post(String pad, List<Map.Entry<String, String>> velden) {
        List<Map.Entry<String, String>> alles = new ArrayList<>(velden);
        if (csrf != null && alles.stream().noneMatch(e -> e.getKey().equals("_csrf"))) {
            alles.add(Map.entry("_csrf", csrf));
        }
        String lichaam = alles.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> antwoord = stuur(HttpRequest.newBuilder(URI.create(basis + pad))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(lichaam)).build());
        onthoudCsrf(antwoord.body());
        return antwoord;
    }

    /**
     * A multipart form post (a file upload) with the CSRF token of the last page seen: the fields, then one file under
     * {@code bestandsveld} (empty bytes and an empty name: no file chosen).
     */
    public HttpResponse<String> multipart(String pad, Map<String, String> velden, String bestandsveld, String bestandsnaam,
                                          byte[] inhoud) {
        String grens = "----indiceer" + System.nanoTime();
        Map<String, String> alles = new LinkedHashMap<>(velden);
        if (csrf != null) {
            alles.putIfAbsent("_csrf", csrf);
        }
        java.io.ByteArrayOutputStream lichaam = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> e : alles.entrySet()) {
            lichaam.writeBytes(("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                    + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        lichaam.writeBytes(("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + bestandsveld + "\"; filename=\""
                + bestandsnaam + "\"\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        lichaam.writeBytes(inhoud);
        lichaam.writeBytes(("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> antwoord = stuur(HttpRequest.newBuilder(URI.create(basis + pad))
                .header("Content-Type", "multipart/form-data; boundary=" + grens)
                .POST(HttpRequest.BodyPublishers.ofByteArray(lichaam.toByteArray())).build());
        onthoudCsrf(antwoord.body());
        return antwoord;
    }

    /** A multipart form post with several files: per field its file name and bytes, in the order given. */
    public HttpResponse<String> multipart(String pad, Map<String, String> velden,
                                          List<Map.Entry<String, Map.Entry<String, byte[]>>> bestanden) {
        String grens = "----indiceer" + System.nanoTime();
        Map<String, String> alles = new LinkedHashMap<>(velden);
        if (csrf != null) {
            alles.putIfAbsent("_csrf", csrf);
        }
        java.io.ByteArrayOutputStream lichaam = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> e : alles.entrySet()) {
            lichaam.writeBytes(("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                    + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, Map.Entry<String, byte[]>> b : bestanden) {
            lichaam.writeBytes(("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + b.getKey() + "\"; filename=\""
                    + b.getValue().getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            lichaam.writeBytes(b.getValue().getValue());
            lichaam.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        lichaam.writeBytes(("--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> antwoord = stuur(HttpRequest.newBuilder(URI.create(basis + pad))
                .header("Content-Type", "multipart/form-data; boundary=" + grens)
                .POST(HttpRequest.BodyPublishers.ofByteArray(lichaam.toByteArray())).build());
        onthoudCsrf(antwoord.body());
        return antwoord;
    }

    /** Logs in through the login page; asserts it worked (a redirect away from the login page). */
    public Browser meldAan(String gebruikersnaam, String wachtwoord) {
        get("/aanmelden");
        HttpResponse<String> antwoord = post("/aanmelden", Map.of("gebruikersnaam", gebruikersnaam, "wachtwoord", wachtwoord));
        assertThat(antwoord.statusCode()).isEqualTo(302);
        assertThat(antwoord.headers().firstValue("Location").orElse("")).doesNotContain("/aanmelden");
        csrf = null;
        get("/");
        return this;
    }

    /** The value of the session cookie, or null. */
    public String sessie() {
        return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("INDICEER_SESSIE"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public String csrf() {
        return csrf;
    }

    private void onthoudCsrf(String html) {
        if (html == null) {
            return;
        }
        Matcher m = CSRF.matcher(html);
        if (m.find()) {
            csrf = m.group(1);
            return;
        }
        Matcher meta = CSRF_META.matcher(html);
        if (meta.find()) {
            csrf = meta.group(1);
        }
    }

    private HttpResponse<String> stuur(HttpRequest verzoek) {
        HttpRequest alsBrowser = HttpRequest.newBuilder(verzoek, (naam, waarde) -> true)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").build();
        try {
            return http.send(alsBrowser, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
