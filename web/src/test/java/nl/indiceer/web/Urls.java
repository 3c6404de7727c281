package nl.indiceer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The URLs a page hands the browser: its links, form actions, scripts, htmx requests, and a redirect's Location. */
public final class Urls {

    private static final Pattern URL = Pattern.compile(
            "\\s(?:href|action|src|formaction|hx-get|hx-post|hx-put|hx-patch|hx-delete)=\"([^\"]*)\"");
    private static final Pattern NEGEN_CIJFERS = Pattern.compile("\\d{9}");

    private Urls() {
    }

    public static List<String> van(HttpResponse<String> antwoord) {
        List<String> urls = new ArrayList<>();
        antwoord.headers().firstValue("Location").ifPresent(urls::add);
        Matcher m = URL.matcher(antwoord.body() == null ? "" : antwoord.body());
        while (m.find()) {
            urls.add(m.group(1));
        }
        return urls;
    }

    /** No URL of the answer holds 9 digits in a row (a BSN); the answer has URLs, so this is not vacuous. */
    public static HttpResponse<String> zonderBsn(HttpResponse<String> antwoord) {
        List<String> urls = van(antwoord);
        assertThat(urls).isNotEmpty();
        assertThat(urls).noneMatch(u -> NEGEN_CIJFERS.matcher(u).find());
        return antwoord;
    }
}
