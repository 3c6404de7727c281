package nl.indiceer.web.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The axe-core accessibility check (WCAG 2.0 and 2.1, levels A and AA) on the page as it is now. axe comes from the
 * npm registry at the version of web/package-lock.json; the build copies it to target/test-classes/axe (not into the
 * jar). It is served to the page from its own origin by a route of the test's browser context, so the pages' CSP
 * (script only from 'self', no inline script, no eval) stays on while axe runs.
 */
final class Axe {

    /** A path the application does not have; the browser context answers it with axe itself. */
    static final String PAD = "/__browsertest/axe.min.js";

    private static final String REGELS = "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}";

    private static String bron;

    private Axe() {
    }

    static synchronized String bron() {
        if (bron == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
                if (in == null) {
                    throw new AssertionError("axe-core ontbreekt in target/test-classes/axe: bouw met Maven (npm ci zet het klaar)");
                }
                bron = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return bron;
    }

    /** The violations on the page, one readable block each (empty when there are none). */
    @SuppressWarnings("unchecked")
    static List<String> overtredingen(Page pagina) {
        if (!Boolean.TRUE.equals(pagina.evaluate("() => typeof window.axe === 'object'"))) {
            pagina.addScriptTag(new Page.AddScriptTagOptions().setUrl(PAD));
        }
        List<Map<String, Object>> gevonden = (List<Map<String, Object>>) pagina.evaluate(
                "async () => (await axe.run(document, " + REGELS + ")).violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " helpUrl: v.helpUrl, nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}))");
        return gevonden.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " – " + v.get("helpUrl")
                + ((List<String>) v.get("nodes")).stream().map(n -> "\n    " + n.replace("\n", "\n      ")).collect(Collectors.joining()))
                .toList();
    }
}
