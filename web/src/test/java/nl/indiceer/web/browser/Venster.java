package nl.indiceer.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.indiceer.web.Gebruikers;

/**
 * One browser session (its own cookies) with one tab. Everything the page reports as an error is kept: console
 * errors, among them the CSP's refusals (an inline script or style that htmx or a template would need), and uncaught
 * JavaScript errors; {@link BrowserTest} fails the test when any is left at its end. A test that provokes an error
 * response on purpose (a 409 conflict is logged by Chromium as a failed resource) says so with {@link #verwachtFout}.
 */
public final class Venster implements AutoCloseable {

    private final BrowserContext context;
    private final Page pagina;
    private final List<String> fouten = new ArrayList<>();
    private final List<Pattern> verwacht = new ArrayList<>();
    private final List<Pattern> toegestaan = new ArrayList<>();

    Venster(Browser browser, String basis) {
        this.context = browser.newContext(new Browser.NewContextOptions().setBaseURL(basis).setLocale("nl-NL")
                .setViewportSize(1280, 900));
        // Generous: the machine's 2 cores are shared, and a first page (templates, JIT) can take seconds. Only a failing
        // test waits this long.
        context.setDefaultTimeout(20_000);
        context.setDefaultNavigationTimeout(45_000);
        context.route("**" + Axe.PAD, route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("text/javascript; charset=utf-8").setBody(Axe.bron())));
        this.pagina = context.newPage();
        pagina.onConsoleMessage(bericht -> {
            if ("error".equals(bericht.type())) {
                fouten.add("console: " + bericht.text() + " (" + bericht.location() + ")");
            }
        });
        pagina.onPageError(fout -> fouten.add("JavaScript: " + fout));
    }

    public Page pagina() {
        return pagina;
    }

    /** Opens a path of the application and waits until its scripts (htmx, deferred) have run. */
    public Venster open(String pad) {
        pagina.navigate(pad);
        pagina.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        return this;
    }

    /** Logs in a user made by {@link Gebruikers#nieuw}; ends on the start page. */
    public Venster meldAan(String gebruikersnaam) {
        return meldAan(gebruikersnaam, Gebruikers.wachtwoord(gebruikersnaam));
    }

    /** Logs in through the login form, as a person does; ends on the start page. */
    public Venster meldAan(String gebruikersnaam, String wachtwoord) {
        open("/aanmelden");
        pagina.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
        pagina.getByLabel("Wachtwoord").fill(wachtwoord);
        pagina.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Aanmelden").setExact(true)).click();
        pagina.waitForURL(url -> !url.contains("/aanmelden"));
        assertThat(pagina.locator("header")).containsText("Aangemeld als " + gebruikersnaam);
        return this;
    }

    /** Fails with every axe-core violation (WCAG 2.1 A and AA) on the page as it is now, naming the page. */
    public Venster toegankelijk() {
        List<String> overtredingen = Axe.overtredingen(pagina);
        assertThat(overtredingen).as("axe-core op %s (%s):%n%s", pagina.url(), pagina.title(), String.join("\n", overtredingen))
                .isEmpty();
        return this;
    }

    /** A console error this test provokes on purpose, such as "status of 409"; it must then really appear. */
    public Venster verwachtFout(String deelVanDeTekst) {
        verwacht.add(Pattern.compile(Pattern.quote(deelVanDeTekst)));
        return this;
    }

    /**
     * A console error that may appear but need not, such as "status of 422" while a form is being filled in and the
     * recalculation reports fields that are not right yet.
     */
    public Venster staToe(String deelVanDeTekst) {
        toegestaan.add(Pattern.compile(Pattern.quote(deelVanDeTekst)));
        return this;
    }

    /** Every error the page reported so far, announced or not. */
    List<String> fouten() {
        return List.copyOf(fouten);
    }

    /** What the test announced with {@link #verwachtFout} and the page never reported: the test expects too little. */
    List<String> uitgeblevenFouten() {
        return verwacht.stream().filter(p -> fouten.stream().noneMatch(f -> p.matcher(f).find())).map(Pattern::pattern).toList();
    }

    /** The errors the page reported that the test did not announce. */
    List<String> onverwachteFouten() {
        return fouten.stream().filter(f -> verwacht.stream().noneMatch(p -> p.matcher(f).find())
                && toegestaan.stream().noneMatch(p -> p.matcher(f).find())).toList();
    }

    @Override
    public void close() {
        context.close();
    }
}
