package nl.indiceer.web.beschikking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.aanvraag.AanvraagDienst;
import nl.indiceer.web.aanvraag.Aanvraagstatus;
import nl.indiceer.web.aanvraag.OpgeslagenAanvraag;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.beveiliging.Rol;
import nl.indiceer.web.client.Adres;
import nl.indiceer.web.client.ClientOpslag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The decision pages over real HTTP: the Besluiten page blocks a FOUT until the hardheidsclausule is invoked (422,
 * each missing item at its field, input kept), deciding, the decision page, the letter, a verlenging started from the
 * decision page, the client's timeline; scoping, roles and audit.
 */
@PaginaTest
class BesluitPaginaTest {

    static final String URK = "0184";
    static final Path ROOT = Path.of(System.getProperty("indiceer.root", ".."));
    private static final Pattern BESCHIKKING = Pattern.compile("/beschikkingen/(\\d+)$");
    private static final Pattern AANVRAAG = Pattern.compile("/aanvragen/(\\d+)$");

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    static String voorbeeld(String naam) throws Exception {
        return Files.readString(ROOT.resolve("docs/voorbeelden").resolve(naam));
    }

    long client(String gemeente, boolean metAdres) {
        String bsn = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        return app.getBean(ClientOpslag.class).voegToe(bsn, "Sam Besluit", LocalDate.of(2013, 5, 1), gemeente,
                metAdres ? new Adres("Wijk 1 12", "8321 AA", "Urk") : null);
    }

    record Gebruiker(String naam, Browser browser) {
        Medewerker medewerker(String... gemeenten) {
            return new Medewerker(naam, Set.of(gemeenten));
        }
    }

    Gebruiker aangemeld(Rol rol, String... gemeenten) {
        String naam = Gebruikers.nieuw(app, rol.name().toLowerCase(), rol, gemeenten);
        return new Gebruiker(naam, Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam)));
    }

    OpgeslagenAanvraag ingediend(Gebruiker g, long client, String invoer) {
        return app.getBean(AanvraagDienst.class).maak(g.medewerker(URK), client, invoer, Aanvraagstatus.INGEDIEND);
    }

    static long uit(Pattern p, HttpResponse<String> antwoord) {
        Matcher m = p.matcher(antwoord.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).as("redirect " + antwoord.headers().firstValue("Location")).isTrue();
        return Long.parseLong(m.group(1));
    }

    private List<String> audit(String objectType, long id) {
        return jdbc.sql("select actie from auditregel where object_type = ? and object_id = ? order by id")
                .params(objectType, id).query(String.class).list();
    }

    static Map<String, String> toekennen(String hardheidsclausule, String motivering) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("soort", "EERSTE");
        f.put("vorige", "");
        f.put("regels[0].besluit", "TOEKENNEN");
        f.put("regels[0].reden", "");
        f.put("regels[0].hardheidsclausule", hardheidsclausule);
        f.put("regels[0].motivering", motivering);
        f.put("regels[0].toewijzing", "");
        return f;
    }

    @Test
    void eenFoutBlokkeertTotDeHardheidsclausuleDanBesluitenBeschikkingBriefEnVerlenging() throws Exception {
        Gebruiker consulent = aangemeld(Rol.CONSULENT, URK);
        long client = client(URK, true);
        OpgeslagenAanvraag a = ingediend(consulent, client, voorbeeld("002-basis-begeleiding-groep-a-per-week.json"));
        Browser b = consulent.browser();

        // the request page offers deciding
        assertThat(b.get("/aanvragen/" + a.id()).body()).contains("id=\"naar-besluiten\"")
                .contains("href=\"/aanvragen/" + a.id() + "/besluiten\"");

        String pagina = b.get("/aanvragen/" + a.id() + "/besluiten").body();
        assertThat(pagina).contains("45F02").contains("data-code=\"PERIODE_NIET_TOEGESTAAN\"").contains("Bron:")
                .contains("id=\"regels-0-hardheidsclausule\"")
                // the request line's own motivation is offered
                .contains(">Categorie A.</textarea>");

        // undecided: 422, said at the field and in the summary
        Map<String, String> leeg = toekennen("", "Categorie A.");
        leeg.put("regels[0].besluit", "");
        HttpResponse<String> onbeslist = b.post("/aanvragen/" + a.id() + "/besluiten", leeg);
        assertThat(onbeslist.statusCode()).isEqualTo(422);
        assertThat(onbeslist.body()).containsPattern("id=\"regels-0-besluit-fout\"[^>]*>Kies of u deze regel toekent of afwijst.</p>");

        // granted despite the FOUT without the hardheidsclausule: refused, the typed motivation kept
        HttpResponse<String> geweigerd = b.post("/aanvragen/" + a.id() + "/besluiten", toekennen("", "Mijn eigen motivering."));
        assertThat(geweigerd.statusCode()).isEqualTo(422);
        assertThat(geweigerd.body()).contains("id=\"ontbrekend\"").contains("role=\"alert\"")
                .contains("href=\"#regels-0-hardheidsclausule\"")
                .containsPattern("id=\"regels-0-hardheidsclausule-fout\"[^>]*>Deze regel heeft een fout \\(PERIODE_NIET_TOEGESTAAN\\)")
                .containsPattern("id=\"regels-0-hardheidsclausule\"[^>]*aria-invalid=\"true\"")
                .containsPattern("aria-describedby=\"regels-0-hardheidsclausule-fout regels-0-hardheidsclausule-uitleg\"")
                .contains(">Mijn eigen motivering.</textarea>")
                .containsPattern("value=\"TOEKENNEN\" checked");
        // a refusal needs its reason
        Map<String, String> afwijzen = toekennen("", "");
        afwijzen.put("regels[0].besluit", "AFWIJZEN");
        HttpResponse<String> zonderReden = b.post("/aanvragen/" + a.id() + "/besluiten", afwijzen);
        assertThat(zonderReden.statusCode()).isEqualTo(422);
        assertThat(zonderReden.body()).containsPattern("id=\"regels-0-reden-fout\"[^>]*>Schrijf de reden van de afwijzing.</p>");
        assertThat(jdbc.sql("select count(*) from beschikking where aanvraag_id = ?").params(a.id()).query(Long.class).single()).isZero();

        // decided with the hardheidsclausule
        HttpResponse<String> genomen = b.post("/aanvragen/" + a.id() + "/besluiten",
                toekennen("Uitzonderlijke situatie, afgestemd met de teamleider.", "Categorie A."));
        assertThat(genomen.statusCode()).isEqualTo(302);
        long id = uit(BESCHIKKING, genomen);
        String beschikking = b.get("/beschikkingen/" + id).body();
        String kenmerk = jdbc.sql("select kenmerk from beschikking where id = ?").params(id).query(String.class).single();
        assertThat(beschikking).contains("id=\"genomen\"").contains(kenmerk).contains("Eerste beschikking")
                .contains("Uitzonderlijke situatie").contains("Categorie A.").contains(kenmerk + "/0")
                .contains("data-code=\"PERIODE_NIET_TOEGESTAAN\"").contains(a.regeling().hash())
                .contains(consulent.naam()).contains("href=\"/beschikkingen/" + id + "/brief\"")
                .contains("id=\"wijzigen\"").contains("value=\"VERLENGING\"");
        assertThat(beschikking).containsPattern("id=\"beschikking-regel-0-volume\"[^>]*>[0-9.]+ (minuten|uur|uren)");

        // the request is decided: read-only, with its decision; deciding again is the 409 page
        String aanvraag = b.get("/aanvragen/" + a.id()).body();
        assertThat(aanvraag).contains("Besloten").contains("id=\"besloten-melding\"").contains("id=\"naar-beschikking\"")
                .doesNotContain("id=\"opslaan\"").contains("disabled");
        HttpResponse<String> naar = b.get("/aanvragen/" + a.id() + "/beschikking");
        assertThat(naar.statusCode()).isEqualTo(302);
        assertThat(naar.headers().firstValue("Location").orElse("")).endsWith("/beschikkingen/" + id);
        assertThat(b.get("/aanvragen/" + a.id() + "/besluiten").statusCode()).isEqualTo(409);
        assertThat(b.get("/aanvragen?status=BESLOTEN").body()).contains("aanvraag-rij-" + a.id());

        // the letter, as a page route
        HttpResponse<String> brief = b.get("/beschikkingen/" + id + "/brief");
        assertThat(brief.statusCode()).isEqualTo(200);
        assertThat(brief.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(brief.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                .contains("beschikking-" + kenmerk + ".pdf");
        assertThat(brief.body()).startsWith("%PDF-");

        assertThat(audit("beschikking", id)).containsSubsequence("BESCHIKKING_GENOMEN", "BESCHIKKING_GELEZEN", "BRIEF_GEDOWNLOAD");

        // a verlenging from the decision page: a new draft request that extends the allocation
        HttpResponse<String> wijzig = b.post("/beschikkingen/" + id + "/wijzigen", Map.of("soort", "VERLENGING"));
        assertThat(wijzig.statusCode()).isEqualTo(302);
        long tweede = uit(AANVRAAG, wijzig);
        AanvraagDienst aanvragen = app.getBean(AanvraagDienst.class);
        OpgeslagenAanvraag concept = aanvragen.lees(consulent.medewerker(URK), tweede);
        assertThat(concept.status()).isEqualTo(Aanvraagstatus.CONCEPT);
        assertThat(concept.invoer()).contains("\"verlengt\":\"" + kenmerk + "/0\"").contains("\"begindatum\":\"2026-03-01\"")
                .contains("\"einddatum\":\"2027-02-28\"").contains("\"id\":\"" + kenmerk + "/0\"");
        aanvragen.wijzig(consulent.medewerker(URK), tweede, concept.versie(), concept.invoer(), Aanvraagstatus.INGEDIEND, client);
        String besluiten = b.get("/aanvragen/" + tweede + "/besluiten").body();
        assertThat(besluiten).contains("<option value=\"VERLENGING\" selected=\"selected\">")
                .contains("<option value=\"" + id + "\" selected=\"selected\">")
                .contains("<option value=\"" + kenmerk + "/0\" selected=\"selected\">");
        Map<String, String> verleng = toekennen("Afgestemd.", "Nog nodig.");
        verleng.put("soort", "VERLENGING");
        verleng.put("vorige", Long.toString(id));
        verleng.put("regels[0].toewijzing", kenmerk + "/0");
        HttpResponse<String> verlengd = b.post("/aanvragen/" + tweede + "/besluiten", verleng);
        assertThat(verlengd.statusCode()).as(verlengd.body()).isEqualTo(302);
        long tweedeId = uit(BESCHIKKING, verlengd);
        assertThat(b.get("/beschikkingen/" + tweedeId).body()).contains("Verlenging").contains("id=\"vorige-beschikking\"")
                .contains("id=\"wijzigen\"").contains(kenmerk);
        assertThat(b.get("/beschikkingen/" + id).body()).contains("id=\"opvolger\"").doesNotContain("id=\"wijzig-VERLENGING\"");

        // the client page: the timeline, newest first, and what runs on a date
        String clientpagina = b.get("/clienten/" + client + "?datum=2026-06-01").body();
        assertThat(clientpagina).contains("id=\"tijdlijn\"").doesNotContain("Komt in een volgende versie")
                .contains("data-testid=\"lopend-" + kenmerk + "/0\"").contains("tot en met 28-2-2027");
        assertThat(clientpagina.indexOf("tijdlijn-" + tweedeId)).isLessThan(clientpagina.indexOf("tijdlijn-" + id));
        assertThat(b.get("/clienten/" + client + "?datum=2030-01-01").body()).contains("id=\"lopend-leeg\"");
        assertThat(b.get("/clienten/" + client + "?datum=morgen").body()).contains("id=\"lopend-datum-fout\"")
                .contains("value=\"morgen\"");
    }

    @Test
    void eenAndereGemeenteZiertNietsEnLezersBesluitenNiet() throws Exception {
        Gebruiker consulent = aangemeld(Rol.CONSULENT, URK);
        long client = client(URK, true);
        OpgeslagenAanvraag a = ingediend(consulent, client, voorbeeld("002-basis-begeleiding-groep-b.json"));
        Browser b = consulent.browser();
        b.get("/aanvragen/" + a.id() + "/besluiten");
        Map<String, String> afwijzen = toekennen("", "");
        afwijzen.put("regels[0].besluit", "AFWIJZEN");
        afwijzen.put("regels[0].reden", "Er is een voorliggende voorziening.");
        HttpResponse<String> genomen = b.post("/aanvragen/" + a.id() + "/besluiten", afwijzen);
        assertThat(genomen.statusCode()).as(genomen.body()).isEqualTo(302);
        long id = uit(BESCHIKKING, genomen);
        assertThat(b.get("/beschikkingen/" + id).body()).contains("Afgewezen").contains("Er is een voorliggende voorziening.");

        // another municipality: the same 404 page as a decision that does not exist
        Browser dronten = aangemeld(Rol.CONSULENT, "0303").browser();
        HttpResponse<String> elders = dronten.get("/beschikkingen/" + id);
        assertThat(elders.statusCode()).isEqualTo(404);
        assertThat(dronten.get("/beschikkingen/" + id + "/brief").statusCode()).isEqualTo(404);
        assertThat(dronten.get("/beschikkingen/" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
        assertThat(dronten.get("/aanvragen/" + a.id() + "/besluiten").statusCode()).isEqualTo(404);
        assertThat(dronten.get("/aanvragen/" + a.id() + "/beschikking").statusCode()).isEqualTo(404);
        assertThat(audit("beschikking", id)).contains("BESCHIKKING_NIET_GEVONDEN");

        // auditor and beleid read the decision and its letter, never decide or change
        for (Rol rol : List.of(Rol.AUDITOR, Rol.BELEID)) {
            Browser lezer = aangemeld(rol, URK).browser();
            HttpResponse<String> gelezen = lezer.get("/beschikkingen/" + id);
            assertThat(gelezen.statusCode()).as(rol.name()).isEqualTo(200);
            assertThat(gelezen.body()).doesNotContain("id=\"wijzigen\"").doesNotContain("href=\"/clienten/");
            assertThat(lezer.get("/beschikkingen/" + id + "/brief").statusCode()).isEqualTo(200);
            assertThat(lezer.post("/beschikkingen/" + id + "/wijzigen", Map.of("soort", "VERLENGING")).statusCode()).isEqualTo(403);
            assertThat(lezer.get("/aanvragen/" + a.id() + "/besluiten").statusCode()).isEqualTo(403);
            assertThat(lezer.post("/aanvragen/" + a.id() + "/besluiten", afwijzen).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void zonderAdresGeenBesluit() throws Exception {
        Gebruiker consulent = aangemeld(Rol.CONSULENT, URK);
        long client = client(URK, false);
        OpgeslagenAanvraag a = ingediend(consulent, client, voorbeeld("002-basis-begeleiding-groep-b.json"));
        Browser b = consulent.browser();
        assertThat(b.get("/aanvragen/" + a.id() + "/besluiten").body()).contains("id=\"geen-adres\"")
                .contains("href=\"/clienten/" + client + "/adres\"");
        Map<String, String> afwijzen = toekennen("", "");
        afwijzen.put("regels[0].besluit", "AFWIJZEN");
        afwijzen.put("regels[0].reden", "Geen grond.");
        HttpResponse<String> geweigerd = b.post("/aanvragen/" + a.id() + "/besluiten", afwijzen);
        assertThat(geweigerd.statusCode()).isEqualTo(422);
        assertThat(geweigerd.body()).contains("Vul eerst het adres in.").contains(">Geen grond.</textarea>");
        assertThat(jdbc.sql("select count(*) from beschikking where aanvraag_id = ?").params(a.id()).query(Long.class).single()).isZero();
    }

    /**
     * A line whose volume rests on a normenkader: the Besluiten page refuses to grant it while its task form does not
     * compute, at the line's decision field; once it does, the decision page states the normenkader, its edition and
     * its result (issue 8).
     */
    @Test
    void deNormeringStaatOpDeBeschikking() throws Exception {
        Gebruiker consulent = aangemeld(Rol.CONSULENT, URK);
        long client = client(URK, true);
        String invoer = """
                {"regio": "drechtsteden", "peildatum": "2026-02-01", "client": {"geboortedatum": "2013-05-01"},
                 "producten": [{"product": "individuele-begeleiding", "financiering": "ZIN", "begindatum": "2026-02-01",
                   "einddatum": "2027-01-31", "periode": "MAAND", "motivering": "Volgens de normering.",
                   "posten": [{"omschrijving": "begeleiding", "minuten": 1001, "per": "maand"}],
                   "normering": {"normenkader": "voorbeeld-begeleiding", "taken": [
                     {"taak": "%s", "frequentie": {"keer": 1, "per": "week"}},
                     {"taak": "huishoudelijke-organisatie", "factoren": [{"factor": "samenstelling-huishouden", "waarde": "2 personen"}]},
                     {"taak": "zelfzorg", "frequentie": {"keer": 5, "per": "week"}, "factoren": [{"factor": "extra-tijd-beperking"}]}]}}]}""";
        Browser b = consulent.browser();

        OpgeslagenAanvraag kapot = ingediend(consulent, client, invoer.formatted("bestaat-niet"));
        b.get("/aanvragen/" + kapot.id() + "/besluiten");
        HttpResponse<String> geweigerd = b.post("/aanvragen/" + kapot.id() + "/besluiten", toekennen("", "Nodig."));
        assertThat(geweigerd.statusCode()).isEqualTo(422);
        assertThat(geweigerd.body()).contains("De normering (normenkader) van deze regel is niet compleet");

        OpgeslagenAanvraag a = ingediend(consulent, client, invoer.formatted("administratie"));
        b.get("/aanvragen/" + a.id() + "/besluiten");
        HttpResponse<String> genomen = b.post("/aanvragen/" + a.id() + "/besluiten", toekennen("", "Nodig."));
        assertThat(genomen.statusCode()).as(genomen.body()).isEqualTo(302);
        assertThat(b.get("/beschikkingen/" + uit(BESCHIKKING, genomen)).body())
                .containsPattern("voorbeeld-begeleiding \\(uitgave van [0-9-]{10}\\): 1.001 minuten per maand");
    }
}
