package nl.indiceer.web.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.util.HtmlUtils;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rulebook pages against the shipped rulebooks. What a page must show is read from the YAML files themselves (with
 * a plain YAML parser, not the engine's reader), so a changed rulebook changes the expectation with it.
 */
@PaginaTest
class RegelingPaginaTest {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final Pattern RIJ = Pattern.compile("<tr[ >].*?</tr>", Pattern.DOTALL);
    private static final Pattern BLOK = Pattern.compile("</?(?:td|th|tr|div|p|li|dt|dd|h[1-6]|caption|table|thead|tbody|section|nav|ul|ol|dl|main|header|footer|form|label|button|title|head|body|html)\\b[^>]*>");
    private static final Pattern MARKERING = Pattern.compile("utrecht-status-badge--warning\"[^>]*>Onduidelijk in de bron<");

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Autowired
    RegelingenInWerking regelingen;

    /** Every shipped rulebook file: regelingen/<regio>/<geldig_vanaf>.yaml. */
    static Stream<Path> regelingbestanden() throws IOException {
        Path map = Path.of(System.getProperty("indiceer.root", "..")).resolve("regelingen");
        try (Stream<Path> paden = Files.walk(map, 2)) {
            return paden.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("regelingbestanden")
    void elkeRegioToontEenProductEenTariefMetBronEnEenCombinatieregelUitHaarBestand(Path bestand) throws IOException {
        Map<String, Object> yaml = lees(bestand);
        String regio = (String) yaml.get("regio");
        HttpResponse<String> antwoord = consulent().get("/regelingen/" + regio + "?peildatum=" + geldigVanaf(yaml));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        String pagina = antwoord.body();

        List<Map<String, Object>> producten = lijst(yaml, "producten");
        String code = (String) producten.get(0).get("code");
        assertThat(rijen(pagina, "producttabel")).as("product " + code).anyMatch(r -> r.startsWith(code + " "));

        Map<String, Object> product = producten.stream().filter(p -> p.containsKey("tarieven")).findFirst().orElse(null);
        if (product == null) {
            assertThat(tekst(pagina)).contains(bericht("regeling.geen-tarieven"));
        } else {
            Map<String, Object> tarief = lijst(product, "tarieven").get(0);
            String bedrag = euro(tarief.get("bedrag")) + " per " + tarief.get("eenheid");
            assertThat(rijen(pagina, "tarieftabel")).as("tarief " + product.get("code") + " " + bedrag)
                    .anyMatch(r -> r.startsWith(product.get("code") + " ") && r.contains(bedrag) && r.contains(" " + tarief.get("bron")));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> combinaties = (Map<String, Object>) yaml.get("combinaties");
        if (combinaties == null) {
            assertThat(tekst(pagina)).contains(bericht("regeling.geen-combinatieregels", bericht("regeling.oordeel.mogelijk")));
        } else if (combinaties.containsKey("paren")) {
            Map<String, Object> paar = lijst(combinaties, "paren").get(0);
            assertThat(rijen(pagina, "combinatietabel")).as("paar " + paar.get("a") + " × " + paar.get("b"))
                    .anyMatch(r -> r.startsWith(paar.get("a") + " ") && r.contains(" " + paar.get("b") + " ") && r.contains(" " + paar.get("bron")));
        } else {
            Map<String, Object> vereiste = lijst(combinaties, "vereist").get(0);
            String wie = String.join(", ", namen(vereiste, "producten"));
            String met = String.join(", ", namen(vereiste, "met"));
            assertThat(rijen(pagina, "vereistentabel")).as("vereiste " + wie)
                    .anyMatch(r -> r.startsWith(wie + " " + met + " " + vereiste.get("bron")));
        }
    }

    @Test
    void elkOnduidelijkPuntStaatZichtbaarOpDePaginaMetZijnUitleg() {
        Browser browser = consulent();
        for (String regio : regelingen.nu().regios()) {
            for (Regeling versie : regelingen.nu().versies(regio)) {
                List<String> onduidelijk = new ArrayList<>();
                verzamelOnduidelijk(versie, Collections.newSetFromMap(new IdentityHashMap<>()), onduidelijk);
                String pagina = browser.get("/regelingen/" + regio + "?peildatum=" + versie.geldigVanaf()).body();
                String tekst = tekst(pagina);
                for (String uitleg : onduidelijk) {
                    assertThat(tekst).as(regio + ": " + uitleg).contains(HtmlUtils.htmlUnescape(uitleg).replaceAll("\\s+", " ").strip());
                }
                assertThat(MARKERING.matcher(pagina).results().count()).as(regio + ": every unclear point is marked")
                        .isGreaterThanOrEqualTo(onduidelijk.size());
            }
        }
    }

    @Test
    void elkeGrensToontOfZeEenRichtlijnOfEenRegelIsMetDeBronDieDatBepaalt() {
        Browser browser = consulent();
        String flevoland = tekst(browser.get("/regelingen/flevoland?peildatum=2025-06-01").body());
        assertThat(flevoland).contains("hoogstens 96 uur totaal binnen de geldigheidsduur (richtlijn: meer mag, met een motivering) "
                        + "(bron 002:1155, 533-541)")
                .contains("hoogstens 12 maanden (regel: meer is een fout) (bron 002:872)")
                .doesNotContain("noemt niet of dit een richtlijn is");
        String noordLimburg = tekst(browser.get("/regelingen/noord-limburg?peildatum=2025-06-01").body());
        assertThat(noordLimburg).contains("(richtlijn: meer mag, met een motivering) (bron 001:6216-6220)")
                .contains("(regel: meer is een fout) (bron 001:11124-11129)");
        String ridderkerk = tekst(browser.get("/regelingen/ridderkerk?peildatum=2025-06-01").body());
        assertThat(ridderkerk).contains("(regel: meer is een fout) (bron 004:2782)");
    }

    @Test
    void eenOnduidelijkTariefIsInZijnRijGemarkeerdMetDeUitleg() throws IOException {
        // the first tariff in the shipped rulebooks that carries 'onduidelijk' (regelingen/ridderkerk/2025-01-01.yaml,
        // Begeleiding specialistisch IQ+, at the time of writing)
        for (Path bestand : regelingbestanden().toList()) {
            Map<String, Object> yaml = lees(bestand);
            for (Map<String, Object> product : lijst(yaml, "producten")) {
                for (Map<String, Object> tarief : lijst(product, "tarieven")) {
                    if (tarief.get("onduidelijk") != null) {
                        String pagina = consulent().get("/regelingen/" + yaml.get("regio") + "?peildatum=" + geldigVanaf(yaml)).body();
                        assertThat(rijen(pagina, "tarieftabel")).anyMatch(r -> r.startsWith(product.get("code") + " ")
                                && r.contains(euro(tarief.get("bedrag"))) && r.contains("Onduidelijk in de bron")
                                && r.contains(String.valueOf(tarief.get("onduidelijk")).replaceAll("\\s+", " ").strip()));
                        return;
                    }
                }
            }
        }
        throw new AssertionError("geen tarief met 'onduidelijk' in de meegeleverde regelingen");
    }

    @Test
    void hetOverzichtNoemtElkeRegioMetDeKorteHashVanHaarVersie() {
        String pagina = consulent().get("/regelingen").body();
        for (String regio : regelingen.nu().regios()) {
            assertThat(pagina).contains("href=\"/regelingen/" + regio + "\"");
            for (Regeling versie : regelingen.nu().versies(regio)) {
                assertThat(pagina).contains("sha256:" + versie.versie().hash().substring(0, 8));
            }
        }
    }

    @Test
    void deVoorwaardenVanEenStapelingOverAanbiedersEnFeitenStaanBijHetPaar() {
        // regelingen/noord-limburg/2023-01-01.yaml: Perspectief 1 x Perspectief 1, voetnoot 7 (001:4278-4282)
        String pagina = consulent().get("/regelingen/noord-limburg?peildatum=2025-06-01").body();
        assertThat(rijen(pagina, "combinatietabel"))
                .anyMatch(r -> r.startsWith("Ambulante hulp Perspectief 1 ") && r.contains("001:4207, 4278-4282")
                        && r.contains(bericht("regeling.aanbieder.VERSCHILLEND"))
                        && r.contains(bericht("regeling.alleen-als", "gezinsleden_of_school_en_thuis"))
                        && r.contains(bericht("regeling.voorwaarden-volledig")))
                .anyMatch(r -> r.startsWith("Ambulante hulp Duurzaam ") && r.contains("001:4211, 4284-4292")
                        && r.contains(bericht("regeling.aanbieder.IN_PRINCIPE_VERSCHILLEND"))
                        && r.contains(bericht("regeling.voorwaarden-niet-volledig")));
    }

    @Test
    void deRegelsVanDeVerwijsrouteStaanOpDePagina() {
        // regelingen/noord-limburg/2023-01-01.yaml: verwijzing (001:4298, 001:3132-3134); flevoland: 002:198-209
        String pagina = tekst(consulent().get("/regelingen/noord-limburg?peildatum=2025-06-01").body());
        assertThat(pagina).contains(bericht("regeling.alleen-door", "Drangtraject", "gemeentelijke_toegang")).contains("001:4298")
                .contains(bericht("regeling.einde-maatregel", "gecertificeerde_instelling"));
        assertThat(tekst(consulent().get("/regelingen/flevoland?peildatum=2025-06-01").body()))
                .contains(bericht("regeling.intake-binnen", "huisarts of medisch_specialist of jeugdarts", 12));
    }

    @Test
    void watDeClientMoetHebbenOfZijnStaatOpDePagina() {
        // regelingen/ridderkerk/2025-01-01.yaml: combinaties.vereiste_feiten (004:731, 004:2298-2302, 004:2266)
        String pagina = tekst(consulent().get("/regelingen/ridderkerk?peildatum=2025-06-01").body());
        assertThat(pagina).contains(bericht("regeling.feitvereisten"))
                .contains(bericht("regeling.feitvereiste.getal", "begeleiding-specialistisch-iq-plus",
                        "Wat is het vastgestelde IQ van de jeugdige?", "141", "iq")).contains("004:731")
                .contains(bericht("regeling.feitvereiste.vanaf", 16))
                .contains(bericht("regeling.feitvereiste.als", "Is de jeugdige in de leerplichtige leeftijd?", "leerplichtige_leeftijd"))
                .contains("Feit iq: Wat is het vastgestelde IQ van de jeugdige? (een getal)");
    }

    @Test
    void deDatumStaatInHetNederlandsEnDeVolledigeHashOpDePagina() {
        Regeling ridderkerk = regelingen.nu().versies("ridderkerk").get(0);
        String pagina = consulent().get("/regelingen/ridderkerk?peildatum=" + ridderkerk.geldigVanaf()).body();
        // regelingen/ridderkerk/2025-01-01.yaml: geldig_vanaf: 2025-01-01
        assertThat(tekst(pagina)).contains("Geldig vanaf 1 januari 2025");
        assertThat(pagina).contains("sha256:" + ridderkerk.versie().hash());
    }

    @Test
    void zoekenFiltertDeProductenOpDeServerMetEenGetZonderToken() throws IOException {
        Map<String, Object> yaml = lees(Path.of(System.getProperty("indiceer.root", "..")).resolve("regelingen/ridderkerk/2025-01-01.yaml"));
        List<String> codes = lijst(yaml, "producten").stream().map(p -> (String) p.get("code")).toList();
        String gezocht = codes.get(codes.size() - 1);
        String pagina = consulent().get("/regelingen/ridderkerk?q=" + URLEncoder.encode(gezocht, StandardCharsets.UTF_8)).body();
        List<String> rijen = rijen(pagina, "producttabel");
        assertThat(rijen).hasSizeLessThan(codes.size()).anyMatch(r -> r.startsWith(gezocht + " ")).noneMatch(r -> r.startsWith(codes.get(0) + " "));
        assertThat(pagina).contains("value=\"" + gezocht + "\"").containsPattern("<form[^>]*role=\"search\"[^>]*method=\"get\"");
        Matcher zoekformulier = Pattern.compile("<form[^>]*role=\"search\".*?</form>", Pattern.DOTALL).matcher(pagina);
        assertThat(zoekformulier.find()).isTrue();
        assertThat(zoekformulier.group()).doesNotContain("_csrf");
    }

    @Test
    void eenOngeldigePeildatumGeeft422MetDeFoutBijHetVeldEnHoudtDeInvoer() {
        Browser browser = consulent();
        for (String fout : List.of("2025-02-30", "1-3-2025", "morgen", "<b>x</b>", "0001-01-01")) {
            HttpResponse<String> antwoord = browser.get("/regelingen/ridderkerk?peildatum=" + URLEncoder.encode(fout, StandardCharsets.UTF_8));
            assertThat(antwoord.statusCode()).as(fout).isEqualTo(422);
            String pagina = antwoord.body();
            assertThat(pagina).contains("id=\"peildatum-fout\"").contains("aria-invalid=\"true\"")
                    .contains("aria-describedby=\"peildatum-fout peildatum-uitleg\"")
                    .contains("value=\"" + HtmlUtils.htmlEscape(fout) + "\"")
                    .doesNotContain("<b>x</b>")
                    .doesNotContain("id=\"producttabel\"");
            assertThat(tekst(pagina)).contains(bericht("regeling.peildatum-fout"));
        }
    }

    @Test
    void eenPeildatumZonderVersieToontDatEnGeenRegels() {
        Regeling ridderkerk = regelingen.nu().versies("ridderkerk").get(0);
        LocalDate ervoor = ridderkerk.geldigVanaf().minusDays(1);
        HttpResponse<String> antwoord = consulent().get("/regelingen/ridderkerk?peildatum=" + ervoor);
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body()).doesNotContain("id=\"producttabel\"");
        assertThat(tekst(antwoord.body())).contains(bericht("regeling.geen-versie-op", "31 december 2024"));
    }

    @Test
    void eenOnbekendeRegioIsDeNietGevondenPagina() {
        HttpResponse<String> antwoord = consulent().get("/regelingen/atlantis");
        assertThat(antwoord.statusCode()).isEqualTo(404);
        assertThat(tekst(antwoord.body())).contains(bericht("fout.404"));
    }

    @Test
    void eenRegioNaamIsNietHoofdlettergevoelig() {
        assertThat(consulent().get("/regelingen/Ridderkerk").statusCode()).isEqualTo(200);
    }

    @Test
    void beleidEnBackofficeMogenErbijEenAuditorNiet() {
        for (Rol rol : List.of(Rol.BELEID, Rol.BACKOFFICE)) {
            String naam = Gebruikers.nieuw(app, rol.name().toLowerCase(Locale.ROOT), rol);
            Browser browser = Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));
            assertThat(browser.get("/regelingen").statusCode()).as(rol.name()).isEqualTo(200);
            assertThat(browser.get("/regelingen/ridderkerk").statusCode()).as(rol.name()).isEqualTo(200);
        }
        String auditor = Gebruikers.nieuw(app, "auditor", Rol.AUDITOR);
        Browser browser = Browser.op(poort).meldAan(auditor, Gebruikers.wachtwoord(auditor));
        for (String pad : List.of("/regelingen", "/regelingen/ridderkerk")) {
            HttpResponse<String> antwoord = browser.get(pad);
            assertThat(antwoord.statusCode()).as(pad).isEqualTo(403);
            assertThat(tekst(antwoord.body())).contains(bericht("fout.403"));
        }
    }

    @Test
    void zonderAanmeldingNaarHetAanmelden() {
        HttpResponse<String> antwoord = Browser.op(poort).get("/regelingen/ridderkerk");
        assertThat(antwoord.statusCode()).isEqualTo(302);
        assertThat(antwoord.headers().firstValue("Location").orElse("")).contains("/aanmelden");
    }

    // ------------------------------------------------------------------ helpers

    /** One logged-in consultant for the whole class: logging in is slow (password hashing), reading is not. */
    private static Browser consulent;

    private Browser consulent() {
        if (consulent == null) {
            String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0597");
            consulent = Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));
        }
        return consulent;
    }

    private String bericht(String sleutel, Object... argumenten) {
        return app.getMessage(sleutel, argumenten, NL);
    }

    /** "€ 1.234,56" written independently of the page's own formatting. */
    private static String euro(Object bedrag) {
        return String.format(NL, "€ %,.2f", new BigDecimal(String.valueOf(bedrag)));
    }

    /** The text of each body row of the table with this id: tags removed, entities resolved, whitespace collapsed. */
    private static List<String> rijen(String pagina, String tabel) {
        int begin = pagina.indexOf("id=\"" + tabel + "\"");
        assertThat(begin).as("table " + tabel).isPositive();
        String html = pagina.substring(begin, pagina.indexOf("</table>", begin));
        html = html.substring(html.indexOf("<tbody"));
        List<String> rijen = new ArrayList<>();
        Matcher m = RIJ.matcher(html);
        while (m.find()) {
            rijen.add(tekst(m.group()));
        }
        return rijen;
    }

    /** The text a reader sees: a block element (cell, paragraph, ...) separates words, an inline element does not. */
    private static String tekst(String html) {
        String blokken = BLOK.matcher(html).replaceAll(" ");
        return HtmlUtils.htmlUnescape(blokken.replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Object> lees(Path bestand) throws IOException {
        try (InputStream in = Files.newInputStream(bestand)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    private static String geldigVanaf(Map<String, Object> yaml) {
        Object d = yaml.get("geldig_vanaf");
        return d instanceof Date datum ? datum.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString() : String.valueOf(d);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lijst(Map<String, Object> map, String sleutel) {
        Object waarde = map.get(sleutel);
        return waarde == null ? List.of() : (List<Map<String, Object>>) waarde;
    }

    @SuppressWarnings("unchecked")
    private static List<String> namen(Map<String, Object> map, String sleutel) {
        return (List<String>) map.get(sleutel);
    }

    /**
     * Every {@code onduidelijk} text reachable from a loaded rulebook: the public no-argument accessors of its classes
     * and records, followed down through lists and maps, so a new kind of rule with an {@code onduidelijk} is covered.
     */
    private static void verzamelOnduidelijk(Object o, Set<Object> gezien, List<String> uit) {
        if (o == null || o instanceof CharSequence || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>
                || o instanceof Temporal) {
            return;
        }
        if (o instanceof Collection<?> c) {
            c.forEach(x -> verzamelOnduidelijk(x, gezien, uit));
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.values().forEach(x -> verzamelOnduidelijk(x, gezien, uit));
            return;
        }
        if (!o.getClass().getPackageName().equals("nl.indiceer.regeling") || !gezien.add(o)) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() != o.getClass()) {
                continue;
            }
            try {
                Object waarde = m.invoke(o);
                if (m.getName().equals("onduidelijk")) {
                    if (waarde != null) {
                        uit.add((String) waarde);
                    }
                } else {
                    verzamelOnduidelijk(waarde, gezien, uit);
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(m.toString(), e);
            }
        }
    }
}
