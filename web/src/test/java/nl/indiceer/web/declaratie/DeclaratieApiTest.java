package nl.indiceer.web.declaratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.declaratie.GedeclareerdePrestatie;
import nl.indiceer.berichten.xml.Schemacontrole;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.berichten.Besluiten;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Declarations through the API, against allocations the municipality really sent (a decision's 301): each prestatie
 * approved or rejected with its rule and reason, the state carried across messages (a credit of an earlier debit),
 * the 325 only after approval and valid against the official XSD, bad input refused with its line and nothing stored
 * half, and another municipality sees nothing.
 */
@WebTest
class DeclaratieApiTest {

    static final String URK = "0184";
    static final String DRONTEN = "0303";
    static final LocalDate MAART = LocalDate.of(2025, 3, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static String urk;
    static String dronten;
    static String auditor;

    @BeforeEach
    void opzet() throws Exception {
        if (urk == null) {
            urk = Aanmelding.nieuweGebruiker(mvc, "urk-decl", "backoffice", URK);
            dronten = Aanmelding.nieuweGebruiker(mvc, "dronten-decl", "backoffice", DRONTEN);
            auditor = Aanmelding.nieuweGebruiker(mvc, "urk-decl-audit", "auditor", URK);
        }
    }

    ResultActions stuur(String token, byte[] xml) throws Exception {
        return mvc.perform(post("/api/declaraties").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_XML).content(xml));
    }

    ResultActions haal(String token, String pad, Object... waarden) throws Exception {
        return mvc.perform(get(pad, waarden).header("Authorization", "Bearer " + token));
    }

    ResultActions keurGoed(String token, long id) throws Exception {
        return mvc.perform(post("/api/declaraties/{id}/goedkeuring", id).header("Authorization", "Bearer " + token));
    }

    long rijen(String tabel, long declaratie) {
        return jdbc.sql("select count(*) from " + tabel + " where " + (tabel.equals("declaratie") ? "id" : "declaratie_id") + " = ?")
                .params(declaratie).query(Long.class).single();
    }

    @Test
    void elkePrestatieWordtGecontroleerdTegenDeVerstuurdeToewijzingEnDe325KomtPasNaGoedkeuring() throws Exception {
        Declaraties.Toewijzing t = Declaraties.toegewezen(mvc, urk, URK);
        long week = t.product().omvang().volume();
        GedeclareerdePrestatie goed = t.prestatie(Declaraties.uniek("R"), MAART, week);
        // March 2025 touches six ISO weeks (9 to 14): ten weeks' volume is more than the allocation allows (TR321)
        GedeclareerdePrestatie teVeel = t.prestatie(Declaraties.uniek("R"), MAART.plusMonths(1), week * 10);
        GedeclareerdePrestatie onbekend = new GedeclareerdePrestatie(t.bsn(), Declaraties.uniek("R"), null, 999_999_001L,
                goed.productCategorie(), goed.productCode(), MAART, goed.eind(), 1, goed.eenheid(), 100L, 100, "D", 0);
        GedeclareerdePrestatie bedragFout = new GedeclareerdePrestatie(t.bsn(), Declaraties.uniek("R"), null, t.nummer(),
                goed.productCategorie(), goed.productCode(), MAART.plusMonths(2), LocalDate.of(2025, 5, 31), 1,
                goed.eenheid(), 100L, 999, "D", 0);
        byte[] xml = Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(goed, teVeel, onbekend, bedragFout));

        JsonNode d = Besluiten.json(stuur(urk, xml).andExpect(status().isCreated()));
        long id = d.get("id").asLong();
        assertThat(d.get("status").asText()).isEqualTo("GECONTROLEERD");
        assertThat(d.get("prestaties").asInt()).isEqualTo(4);
        assertThat(d.get("afgekeurd").asInt()).isEqualTo(3);
        assertThat(d.get("goedgekeurdBedrag").asLong()).isEqualTo(goed.bedrag());
        assertThat(d.get("aanbieder").asText()).isEqualTo(Besluiten.AGB);
        // OP090x4: ten working days after receipt
        assertThat(LocalDate.parse(d.get("antwoordUiterlijk").asText())).isAfter(LocalDate.now().plusDays(11));

        JsonNode r = Besluiten.json(haal(urk, "/api/declaraties/{id}", id).andExpect(status().isOk()));
        JsonNode p = r.get("prestaties");
        assertThat(p).hasSize(4);
        assertThat(p.get(0).get("goedgekeurd").asBoolean()).isTrue();
        assertThat(p.get(0).get("clientId").asLong()).isEqualTo(t.clientId());
        assertThat(p.get(1).get("goedgekeurd").asBoolean()).isFalse();
        assertThat(p.get(1).get("regels").toString()).contains("TR321");
        assertThat(p.get(1).get("redenen").get(0).asText()).contains("in deze productperiode mag ten hoogste");
        assertThat(p.get(2).get("redenen").get(0).asText()).isEqualTo("Toewijzing 999999001 is niet bekend. (TR338)");
        assertThat(p.get(2).get("regel").asInt()).as("the line of the prestatie in the file").isGreaterThan(20);
        assertThat(p.get(3).get("regels").toString()).contains("TR346");
        assertThat(p.get(3).get("retourcodes").size()).isPositive();

        // nothing in the outbox before approval; then exactly one 325, valid against the official schema
        assertThat(jdbc.sql("select count(*) from uitgaand_bericht where declaratie_id = ?").params(id).query(Long.class).single()).isZero();
        JsonNode a = Besluiten.json(keurGoed(urk, id).andExpect(status().isCreated()));
        assertThat(a.get("declaratie").get("status").asText()).isEqualTo("BEANTWOORD");
        long bericht = a.get("antwoordBerichtId").asLong();
        byte[] antwoord = haal(urk, "/api/berichten/uitgaand/{id}", bericht).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String tekst = new String(antwoord, StandardCharsets.UTF_8);
        assertThat(tekst).contains(">" + teVeel.referentieNummer() + "<")
                .doesNotContain(goed.referentieNummer()).contains("<jw325:Ontvanger>" + Besluiten.AGB);
        Path schemas = Schemacontrole.ingesteldeMap();
        if (schemas != null && Schemacontrole.uit(schemas).heeftSchema(Berichtsoort.JW325)) {
            assertThat(Schemacontrole.uit(schemas).controleer(Berichtsoort.JW325, antwoord)).as("tegen de officiële XSD").isEmpty();
        }
        keurGoed(urk, id).andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from uitgaand_bericht where declaratie_id = ?").params(id).query(Long.class).single()).isOne();
    }

    @Test
    void eenCreditNeemtEenEerderGoedgekeurdDebetTerugOokInEenLaterBericht() throws Exception {
        Declaraties.Toewijzing t = Declaraties.toegewezen(mvc, urk, URK);
        GedeclareerdePrestatie debet = t.prestatie(Declaraties.uniek("R"), MAART, t.product().omvang().volume());
        stuur(urk, Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(debet))).andExpect(status().isCreated());

        // the same period again without a credit: already declared; with a credit first: approved
        GedeclareerdePrestatie nogmaals = t.prestatie(Declaraties.uniek("R"), MAART, 1);
        JsonNode dubbel = Besluiten.json(stuur(urk, Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(nogmaals)))
                .andExpect(status().isCreated()));
        assertThat(dubbel.get("afgekeurd").asInt()).isOne();

        GedeclareerdePrestatie credit = t.credit(Declaraties.uniek("R"), debet);
        GedeclareerdePrestatie vervanging = t.prestatie(Declaraties.uniek("R"), MAART, 2);
        JsonNode c = Besluiten.json(stuur(urk, Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(credit, vervanging)))
                .andExpect(status().isCreated()));
        assertThat(c.get("afgekeurd").asInt()).as(c.toString()).isZero();
        assertThat(c.get("goedgekeurdBedrag").asLong()).isEqualTo(vervanging.bedrag() - debet.bedrag());

        // crediting the same debit a second time: already credited
        JsonNode tweede = Besluiten.json(stuur(urk, Declaraties.bericht(URK, nieuwNummer(), List.of(
                t.credit(Declaraties.uniek("R"), debet)))).andExpect(status().isCreated()));
        assertThat(tweede.get("afgekeurd").asInt()).isOne();
    }

    private static String nieuwNummer() {
        return Declaraties.uniek("D");
    }

    @Test
    void hetzelfdeDeclaratienummerVanDezelfdeAanbiederTweeKeerWordtAfgewezen() throws Exception {
        Declaraties.Toewijzing t = Declaraties.toegewezen(mvc, urk, URK);
        String nummer = Declaraties.uniek("D");
        stuur(urk, Declaraties.bericht(URK, nummer, List.of(t.prestatie(Declaraties.uniek("R"), MAART, 1))))
                .andExpect(status().isCreated());
        JsonNode d = Besluiten.json(stuur(urk, Declaraties.bericht(URK, nummer, List.of(t.prestatie(Declaraties.uniek("R"),
                MAART.plusMonths(1), 1)))).andExpect(status().isUnprocessableContent()));
        assertThat(d.get("status").asText()).isEqualTo("AFGEKEURD");
        assertThat(d.get("meldingen").get(0).get("code").asText()).isEqualTo("DECLARATIENUMMER");
        assertThat(rijen("declaratieprestatie", d.get("id").asLong())).isZero();
    }

    /** Each kind of bad input: refused as a whole with its line; only the bytes and the reason are stored. */
    @Test
    void slechteInvoerWordtAfgewezenMetDeRegelEnErWordtNietsHalfBewaard() throws Exception {
        Declaraties.Toewijzing t = Declaraties.toegewezen(mvc, urk, URK);
        GedeclareerdePrestatie p1 = t.prestatie(Declaraties.uniek("R"), MAART, 1);
        GedeclareerdePrestatie p2 = t.prestatie(Declaraties.uniek("R"), MAART.plusMonths(1), 1);
        String goed = new String(Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(p1, p2)), StandardCharsets.UTF_8);

        afgewezen("<?xml version=\"1.0\"?><jw323:Bericht", "ONLEESBAAR");
        afgewezen(goed.replaceFirst("\\?>", "?>\r\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"), null);
        afgewezen(goed.replace("<jw323:BerichtCode>490</jw323:BerichtCode>", "<jw323:BerichtCode>436</jw323:BerichtCode>"),
                "BERICHTCODE");
        afgewezen(goed.replace("<ijw:Begindatum>2025-04-01</ijw:Begindatum>", "<ijw:Begindatum>2025-04-31</ijw:Begindatum>"),
                null);
        afgewezen(goed.replaceFirst("<jw323:GeleverdVolume>1<", "<jw323:GeleverdVolume>999999999999<"), null);
        afgewezen(goed.replaceFirst("<jw323:GeleverdVolume>1<", "<jw323:GeleverdVolume>-5<"), null);
        // cut off halfway: the first prestatie was already checked when the end was missing
        afgewezen(goed.substring(0, goed.lastIndexOf("<jw323:Prestatie>")), "ONLEESBAAR");
        afgewezen(goed.replace("<jw323:Ontvanger>" + URK, "<jw323:Ontvanger>" + DRONTEN), "ONTVANGER");
        // the unknown allocation number is no reason to refuse the message: that prestatie is rejected with its line
        // (elkePrestatieWordtGecontroleerd...), the others are checked

        // none of them left a prestatie behind or booked anything: the good message is still wholly approved
        JsonNode d = Besluiten.json(stuur(urk, goed.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated()));
        assertThat(d.get("afgekeurd").asInt()).isZero();
    }

    private void afgewezen(String xml, String code) throws Exception {
        long voor = jdbc.sql("select count(*) from declaratieprestatie").query(Long.class).single();
        JsonNode d = Besluiten.json(stuur(urk, xml.getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent()));
        assertThat(d.get("status").asText()).isEqualTo("AFGEKEURD");
        JsonNode m = d.get("meldingen").get(0);
        assertThat(m.get("regel").asInt()).as(m.toString()).isPositive();
        assertThat(m.get("tekst").asText()).isNotBlank().doesNotContain("Exception");
        if (code != null) {
            assertThat(m.get("code").asText()).as(m.toString()).isEqualTo(code);
        }
        assertThat(d.get("reden").asText()).startsWith("regel " + m.get("regel").asInt() + ": ");
        assertThat(rijen("declaratieprestatie", d.get("id").asLong())).isZero();
        assertThat(jdbc.sql("select count(*) from declaratieprestatie").query(Long.class).single()).isEqualTo(voor);
        assertThat(jdbc.sql("select inhoud from declaratie where id = ?").params(d.get("id").asLong()).query(byte[].class).single())
                .isEqualTo(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eenLegeOfTeGroteDeclaratieKrijgtEenDuidelijkeCode() throws Exception {
        Besluiten.json(stuur(urk, new byte[0]).andExpect(status().isBadRequest()));
        assertThat(Besluiten.json(stuur(urk, new byte[0])).get("code").asText()).isEqualTo("DECLARATIE_LEEG");
    }

    @Test
    void eenAndereGemeenteZietNietsEnKanNietsGoedkeuren() throws Exception {
        Declaraties.Toewijzing t = Declaraties.toegewezen(mvc, urk, URK);
        long id = Besluiten.json(stuur(urk, Declaraties.bericht(URK, Declaraties.uniek("D"),
                List.of(t.prestatie(Declaraties.uniek("R"), MAART, 1)))).andExpect(status().isCreated())).get("id").asLong();

        assertThat(Besluiten.json(haal(dronten, "/api/declaraties/{id}", id).andExpect(status().isNotFound())).get("code").asText())
                .isEqualTo("DECLARATIE_NIET_GEVONDEN");
        keurGoed(dronten, id).andExpect(status().isNotFound());
        assertThat(Besluiten.json(haal(dronten, "/api/declaraties")).findValues("id").stream().map(JsonNode::asLong))
                .doesNotContain(id);
        assertThat(jdbc.sql("select status from declaratie where id = ?").params(id).query(String.class).single())
                .isEqualTo("GECONTROLEERD");

        // Dronten has no allocation of Urk's: a 323 of Urk's numbers sent to Dronten is rejected line by line
        JsonNode elders = Besluiten.json(stuur(dronten, Declaraties.bericht(DRONTEN, Declaraties.uniek("D"),
                List.of(t.prestatie(Declaraties.uniek("R"), MAART, 1)))).andExpect(status().isCreated()));
        assertThat(elders.get("afgekeurd").asInt()).isOne();

        // the auditor of Urk reads, but does not approve
        haal(auditor, "/api/declaraties/{id}", id).andExpect(status().isOk());
        keurGoed(auditor, id).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from auditregel where actie = 'DECLARATIE_NIET_GEVONDEN' and object_id = ?")
                .params(id).query(Long.class).single()).isPositive();
    }
}
