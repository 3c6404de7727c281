package nl.indiceer.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import nl.indiceer.web.PaginaTest;
import org.junit.jupiter.api.Test;

/**
 * The browser tests' own checks catch what they are for: a check that never fires would let every page pass. Each
 * test breaks the login page on purpose, inside the browser only.
 */
@PaginaTest
class BrowserControlesTest extends BrowserTest {

    @Test
    void axeVindtEenVeldZonderLabel() {
        Page pagina = venster.open("/aanmelden").pagina();
        pagina.evaluate("() => { const i = document.createElement('input'); i.type = 'text'; i.id = 'zonder-label';"
                + " document.querySelector('form').append(i); }");
        List<String> overtredingen = Axe.overtredingen(pagina);
        assertThat(overtredingen).anySatisfy(o -> assertThat(o).startsWith("label ").contains("#zonder-label"));
    }

    @Test
    void deCspWeigertInlineScriptEnInlineStijlEnDatWordtGezien() {
        Page pagina = venster.open("/aanmelden").pagina();
        venster.verwachtFout("Content Security Policy");
        pagina.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.ingesmokkeld = true';"
                + " document.body.append(s); }");
        pagina.evaluate("() => document.querySelector('h1').setAttribute('style', 'color: red')");
        pagina.waitForCondition(() -> venster.fouten().size() >= 2);
        assertThat(pagina.evaluate("() => window.ingesmokkeld === undefined")).isEqualTo(true);
        assertThat(venster.fouten()).allSatisfy(f -> assertThat(f).contains("Content Security Policy"))
                .anySatisfy(f -> assertThat(f).contains("inline script"))
                .anySatisfy(f -> assertThat(f).contains("inline style"));
        assertThat(venster.onverwachteFouten()).isEmpty();
    }

    @Test
    void eenJavaScriptFoutWordtGezien() {
        Page pagina = venster.open("/aanmelden").pagina();
        pagina.evaluate("() => { setTimeout(() => { throw new Error('expres kapot'); }); }");
        pagina.waitForCondition(() -> !venster.fouten().isEmpty());
        assertThat(venster.onverwachteFouten()).singleElement().asString().contains("expres kapot");
        venster.verwachtFout("expres kapot");
    }
}
