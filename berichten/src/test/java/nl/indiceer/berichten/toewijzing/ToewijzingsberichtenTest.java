package nl.indiceer.berichten.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.berichten.Achternaam;
import nl.indiceer.berichten.Adres;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Istandaarden;
import nl.indiceer.berichten.Naam;
import nl.indiceer.berichten.Omvang;
import nl.indiceer.berichten.ToegewezenProduct;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.xml.Berichtcontrole;
import nl.indiceer.berichten.xml.Berichtschrijver;
import nl.indiceer.berichten.xml.Schemacontrole;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.regeling.Regelingen;
import org.junit.jupiter.api.Test;

/**
 * The 301s that granting a request sends: one per client and provider with that provider's full current set (OP087),
 * new numbers for new help, the running allocation's number with the reason for a change (IV066, JZ002), the family
 * product on the youngest child with dummies for the others (002:551-563), and a clear reason where none can be made.
 * Every message written validates against the official XSD and passes the reader's rules.
 */
class ToewijzingsberichtenTest {

    static final Regelingen REGELINGEN = Regelingen.laad(Istandaarden.repository().resolve("regelingen"));
    static final LocalDateTime MOMENT = LocalDateTime.of(2025, 2, 20, 14, 30, 15, 123_000_000);
    static final Adres ADRES = new Adres("9", "B", null, null, "1234AB", "Kerkstraat", "Almere", "NL");
    static final Persoon SANNE = new Persoon("999900006", new Naam(new Achternaam("Wit", "de"), null, "Sanne", "S", "1"), "2",
            ADRES);
    static final Persoon MEES = new Persoon("999900018", new Naam(new Achternaam("Wit", "de"), null, "Mees", "M", "1"), "1",
            null);

    static Berichtgegevens gegevens(Persoon client, Map<String, EerdereToewijzing> lopende, Beschikkingsoort soort) {
        return new Berichtgegevens(null, Map.of("Zorg BV", "12345678", "Ander BV", "87654321"), client, Map.of("Mees", MEES),
                lopende, soort, MOMENT, new OplopendeNummering(500, MOMENT));
    }

    static Toewijzingsberichten.Resultaat maak(String json, Berichtgegevens g) {
        Aanvraag a = AanvraagLezer.lees(json);
        Uitkomst u = new Indicatiemotor(REGELINGEN).bereken(a);
        return Toewijzingsberichten.maak(a, u, REGELINGEN.voor(u.regio(), u.geldigVanaf()), g);
    }

    /** Valid against the official XSD and the rules of the standard, read back unchanged. */
    static void geldig(Toewijzingsbericht b) {
        byte[] xml = Berichtschrijver.schrijf(b);
        var uitslag = new Berichtcontrole(Schemacontrole.uit(Istandaarden.vereist())).controleer(xml);
        assertThat(uitslag.meldingen()).as(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        assertThat(uitslag.bericht()).isEqualTo(b);
    }

    static final String URK_GROEP = """
            {"regio": "flevoland", "peildatum": "2025-03-01", "gemeente": "Urk", "client": {"naam": "Sanne", "geboortedatum": "2013-05-01"},
             "producten": [{"product": "45F02", "variant": "B", "aanbieder": "Zorg BV", "financiering": "ZIN",
               "begindatum": "2025-03-01", "einddatum": "2026-02-28", "periode": "TOTAAL", "motivering": "Categorie B.",
               "posten": [{"omschrijving": "groep", "uren": 12, "weken": 48, "per": "week"}]}]}
            """;

    @Test
    void eenNieuweToewijzingIsEenJw301VanDeGemeenteAanDeAanbieder() {
        var r = maak(URK_GROEP, gegevens(SANNE, Map.of(), null));
        assertThat(r.redenen()).isEmpty();
        Toewijzingsbericht b = r.berichten().get(0);
        assertThat(r.berichten()).hasSize(1);
        assertThat(b.soort()).isEqualTo(Berichtsoort.JW301);
        assertThat(b.header().afzender()).isEqualTo("0184"); // Urk in the Flevoland rulebook
        assertThat(b.header().ontvanger()).isEqualTo("12345678");
        assertThat(b.client().bsn()).isEqualTo("999900006");
        assertThat(b.client().geboortedatum().datum()).isEqualTo(LocalDate.of(2013, 5, 1));
        ToegewezenProduct p = b.producten().get(0);
        assertThat(p.toewijzingNummer()).isEqualTo(500);
        assertThat(p.product().categorie()).isEqualTo("45");
        assertThat(p.product().code()).isEqualTo("45F02");
        assertThat(p.toewijzingsdatum()).isEqualTo(MOMENT.toLocalDate());
        assertThat(p.toewijzingstijd()).isEqualTo(LocalTime.of(14, 30, 15));
        assertThat(p.ingangsdatum()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(p.einddatum()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(p.redenWijziging()).isNull();
        // 12 uur per week during 48 weeks, allocated in minutes in total (002:292-293): 34 560 minuten
        assertThat(p.omvang()).isEqualTo(new Omvang(34_560, "01", "6"));
        geldig(b);
    }

    @Test
    void perWeekHeeftEenEinddatumEnHetBerichtVoldoetAanCd076() {
        String json = """
                {"regio": "noord-limburg", "peildatum": "2025-03-01", "gemeente": "Venlo", "client": {"naam": "Sanne", "geboortedatum": "2010-05-01"},
                 "producten": [{"product": "45L14", "aanbieder": "12345678", "financiering": "ZIN",
                   "begindatum": "2025-03-01", "einddatum": "2025-08-31", "periode": "WEEK", "motivering": "x",
                   "posten": [{"uren": 2, "per": "week"}]}]}
                """;
        var r = maak(json, gegevens(SANNE, Map.of(), null));
        assertThat(r.berichten()).as(r.redenen().toString()).hasSize(1);
        ToegewezenProduct p = r.berichten().get(0).producten().get(0);
        assertThat(p.omvang().frequentie()).isEqualTo(Omvang.PER_WEEK);
        assertThat(p.einddatum()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(r.berichten().get(0).header().afzender()).isEqualTo("0983");
        geldig(r.berichten().get(0));
    }

    @Test
    void eenWmoProductWordtEenWmo301() {
        String json = """
                {"regio": "noord-limburg", "peildatum": "2025-03-01", "gemeente": "Venlo", "client": {"naam": "Sanne", "geboortedatum": "2005-05-01"},
                 "producten": [{"product": "15A01", "aanbieder": "Zorg BV", "financiering": "ZIN",
                   "begindatum": "2025-03-01", "einddatum": "2025-12-31", "periode": "MAAND", "motivering": "x",
                   "posten": [{"etmalen": 30, "per": "maand"}]}]}
                """;
        var r = maak(json, gegevens(SANNE, Map.of(), null));
        assertThat(r.berichten()).as(r.redenen().toString()).hasSize(1);
        Toewijzingsbericht b = r.berichten().get(0);
        assertThat(b.soort()).isEqualTo(Berichtsoort.WMO301);
        assertThat(b.producten().get(0).product().categorie()).isEqualTo("15");
        assertThat(b.producten().get(0).omvang()).isEqualTo(new Omvang(30, "14", "4"));
        geldig(b);
    }

    @Test
    void gezinsproductOpHetJongsteKindEnEenDummyVoorDeAnderen() throws Exception {
        String json = Files.readString(Istandaarden.repository().resolve("docs/voorbeelden/002-gezinsproduct-jongste-kind.json"))
                .replace("\"geboortedatum\": \"2013-05-01\"\n  }", "\"naam\": \"Sanne\", \"geboortedatum\": \"2013-05-01\"\n  }")
                .replace("\"product\": \"45F33\",", "\"product\": \"45F33\", \"aanbieder\": \"Zorg BV\",");
        var r = maak(json, gegevens(SANNE, Map.of(), null));
        assertThat(r.redenen()).isEmpty();
        assertThat(r.berichten()).hasSize(2);
        Toewijzingsbericht mees = r.berichten().stream().filter(b -> b.client().bsn().equals(MEES.bsn())).findFirst().orElseThrow();
        Toewijzingsbericht sanne = r.berichten().stream().filter(b -> b.client().bsn().equals(SANNE.bsn())).findFirst().orElseThrow();
        // the youngest directly involved child gets the tariffed allocation with the minutes (002:555-563)
        assertThat(mees.producten()).singleElement().satisfies(p -> {
            assertThat(p.product().code()).isEqualTo("45F33");
            assertThat(p.omvang().eenheid()).isEqualTo("01");
        });
        assertThat(mees.client().geboortedatum().datum()).isEqualTo(LocalDate.of(2016, 8, 12));
        assertThat(mees.client().contactgegevens().get(0).adres()).isEqualTo(ADRES);
        // the others a dummy allocation: 1 stuks, not declarable
        String dummy = REGELINGEN.voor("flevoland", LocalDate.of(2025, 3, 1)).product("45F33").bijzondereRegels().gezinsproduct()
                .dummyProduct();
        assertThat(sanne.producten()).singleElement().satisfies(p -> {
            assertThat(p.product().code()).isEqualTo(dummy);
            assertThat(p.omvang()).isEqualTo(new Omvang(1, "84", "6"));
        });
        assertThat(mees.producten().get(0).toewijzingNummer()).isNotEqualTo(sanne.producten().get(0).toewijzingNummer());
        geldig(mees);
        geldig(sanne);
    }

    @Test
    void eenGezinslidZonderBsnKrijgtGeen301MaarEenReden() throws Exception {
        String json = Files.readString(Istandaarden.repository().resolve("docs/voorbeelden/002-gezinsproduct-jongste-kind.json"))
                .replace("\"product\": \"45F33\",", "\"product\": \"45F33\", \"aanbieder\": \"Zorg BV\",");
        var g = new Berichtgegevens(null, Map.of("Zorg BV", "12345678"), SANNE, Map.of(), Map.of(), null, MOMENT,
                new OplopendeNummering(1, MOMENT));
        var r = maak(json, g);
        assertThat(r.redenen()).anySatisfy(s -> assertThat(s).contains("gezinslid Mees").contains("geen BSN"));
    }

    /** A running family product (45F33, 002:555-556): Mees (youngest) had number 401 with the hours, Sanne dummy 402. */
    static final String GEZIN_LOPEND = """
            {"regio": "flevoland", "peildatum": "2026-03-01", "gemeente": "Almere", "client": {"naam": "Sanne", "geboortedatum": "2013-05-01"},
             "lopende_toewijzingen": [
               {"id": "G1", "product": "45F33", "aanbieder": "Zorg BV", "begindatum": "2025-03-01", "einddatum": "2026-02-28",
                "financiering": "ZIN", "volume": 6240, "eenheid": "minuut", "periode": "TOTAAL"}],
             "producten": [{"product": "45F33", "variant": "A", "aanbieder": "Zorg BV", "financiering": "ZIN", "SOORT": "G1",
               "begindatum": "BEGIN", "einddatum": "EIND", "periode": "TOTAAL", "motivering": "Gezinsbehandeling, categorie A.",
               "gezin": [{"naam": "Sanne", "geboortedatum": "2013-05-01"}, {"naam": "Mees", "geboortedatum": "2016-08-12"}],
               "posten": [{"omschrijving": "gezinsbehandeling", "uren": 5, "weken": 20.8, "per": "week"}]}]}
            """;

    static Berichtgegevens gezin(Beschikkingsoort soort) {
        return new Berichtgegevens(null, Map.of("Zorg BV", "12345678"), SANNE, Map.of("Mees", MEES),
                Map.of("G1", new EerdereToewijzing(402, LocalDateTime.of(2025, 2, 20, 9, 0))), soort, MOMENT,
                new OplopendeNummering(500, MOMENT),
                Map.of("G1", Map.of(MEES.bsn(), new EerdereToewijzing(401, LocalDateTime.of(2025, 2, 20, 9, 0)))));
    }

    /** Issue 10: extending a family product keeps each child's own number, the dummy's too (IV066), reason 04. */
    @Test
    void eenVerlengingVanEenGezinsproductHoudtHetNummerVanElkKind() {
        var r = maak(GEZIN_LOPEND.replace("SOORT", "verlengt").replace("BEGIN", "2026-03-01").replace("EIND", "2026-08-31"),
                gezin(null));
        assertThat(r.berichten()).as(r.redenen().toString()).hasSize(2);
        ToegewezenProduct mees = r.berichten().stream().filter(b -> b.client().bsn().equals(MEES.bsn())).findFirst()
                .orElseThrow().producten().get(0);
        ToegewezenProduct sanne = r.berichten().stream().filter(b -> b.client().bsn().equals(SANNE.bsn())).findFirst()
                .orElseThrow().producten().get(0);
        assertThat(mees.toewijzingNummer()).isEqualTo(401);
        assertThat(mees.redenWijziging()).isEqualTo(ToegewezenProduct.VERLENGING);
        assertThat(sanne.toewijzingNummer()).isEqualTo(402);
        assertThat(sanne.product().code()).isEqualTo("45F35");
        assertThat(sanne.redenWijziging()).isEqualTo(ToegewezenProduct.VERLENGING);
        assertThat(sanne.ingangsdatum()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(sanne.einddatum()).isEqualTo(LocalDate.of(2026, 8, 31));
        r.berichten().forEach(ToewijzingsberichtenTest::geldig);
    }

    /** Issue 10: withdrawing a family product withdraws every child's allocation: ingangsdatum = einddatum, reason 13. */
    @Test
    void eenIntrekkingVanEenGezinsproductTrektOokDeDummyIn() {
        var r = maak(GEZIN_LOPEND.replace("\"peildatum\": \"2026-03-01\"", "\"peildatum\": \"2025-03-01\"")
                .replace("SOORT", "wijzigt").replace("BEGIN", "2025-03-01").replace("EIND", "2026-02-28"),
                gezin(Beschikkingsoort.INTREKKING));
        assertThat(r.berichten()).as(r.redenen().toString()).hasSize(2);
        for (Toewijzingsbericht b : r.berichten()) {
            ToegewezenProduct p = b.producten().get(0);
            assertThat(p.toewijzingNummer()).isEqualTo(b.client().bsn().equals(MEES.bsn()) ? 401 : 402);
            assertThat(p.einddatum()).isEqualTo(p.ingangsdatum()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(p.redenWijziging()).isEqualTo(ToegewezenProduct.VERWIJDERD);
            geldig(b);
        }
    }

    /** A child whose earlier number is not known gets no 301 but a reason; the number is never made up anew. */
    @Test
    void eenGezinslidZonderBekendNummerKrijgtEenReden() {
        var g = new Berichtgegevens(null, Map.of("Zorg BV", "12345678"), SANNE, Map.of("Mees", MEES),
                Map.of("G1", new EerdereToewijzing(402, LocalDateTime.of(2025, 2, 20, 9, 0))), null, MOMENT,
                new OplopendeNummering(500, MOMENT));
        var r = maak(GEZIN_LOPEND.replace("SOORT", "verlengt").replace("BEGIN", "2026-03-01").replace("EIND", "2026-08-31"), g);
        assertThat(r.redenen()).anySatisfy(s -> assertThat(s).contains("G1").contains("gezinslid").contains("IV066"));
        assertThat(r.berichten()).noneMatch(b -> b.client().bsn().equals(MEES.bsn()));
    }

    static final String LOPEND = """
            {"regio": "flevoland", "peildatum": "2025-03-01", "gemeente": "Urk", "client": {"naam": "Sanne", "geboortedatum": "2013-05-01"},
             "lopende_toewijzingen": [
               {"id": "T1", "product": "45F02", "aanbieder": "Zorg BV", "begindatum": "2024-09-01", "einddatum": "2025-08-31",
                "financiering": "ZIN", "volume": 34560, "eenheid": "minuut", "periode": "TOTAAL"},
               {"id": "T2", "product": "45F01", "aanbieder": "Zorg BV", "begindatum": "2024-09-01", "einddatum": "2025-12-31",
                "financiering": "ZIN", "volume": 3000, "eenheid": "minuut", "periode": "TOTAAL"},
               {"id": "T3", "product": "45F01", "aanbieder": "Ander BV", "begindatum": "2024-09-01", "einddatum": "2025-12-31",
                "financiering": "ZIN", "volume": 3000, "eenheid": "minuut", "periode": "TOTAAL"}],
             "producten": [{"product": "45F02", "variant": "B", "aanbieder": "Zorg BV", "financiering": "ZIN", "wijzigt": "T1",
               "begindatum": "2024-09-01", "einddatum": "EIND", "periode": "TOTAAL", "motivering": "Categorie B.",
               "posten": [{"omschrijving": "groep", "uren": 12, "weken": 48, "per": "week"}]}]}
            """;

    static final Map<String, EerdereToewijzing> EERDER = Map.of(
            "T1", new EerdereToewijzing(301, LocalDateTime.of(2024, 8, 20, 9, 0)),
            "T2", new EerdereToewijzing(302, LocalDateTime.of(2024, 8, 21, 10, 0)),
            "T3", new EerdereToewijzing(303, LocalDateTime.of(2024, 8, 22, 11, 0)));

    @Test
    void eenIntrekkingHoudtHetNummerMetEinddatumGelijkAanIngangsdatumEnReden13() {
        var r = maak(LOPEND.replace("EIND", "2025-08-31"), gegevens(SANNE, EERDER, Beschikkingsoort.INTREKKING));
        assertThat(r.redenen()).isEmpty();
        Toewijzingsbericht b = r.berichten().get(0);
        assertThat(r.berichten()).hasSize(1);
        ToegewezenProduct t1 = b.producten().get(0);
        assertThat(t1.toewijzingNummer()).isEqualTo(301);
        assertThat(t1.einddatum()).isEqualTo(t1.ingangsdatum()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(t1.redenWijziging()).isEqualTo(ToegewezenProduct.VERWIJDERD);
        assertThat(t1.toewijzingsdatum()).isEqualTo(MOMENT.toLocalDate());
        // OP087: the other current allocation at the same provider comes along unchanged, with its own moment
        ToegewezenProduct t2 = b.producten().get(1);
        assertThat(t2.toewijzingNummer()).isEqualTo(302);
        assertThat(t2.redenWijziging()).isNull();
        assertThat(t2.toewijzingsdatum()).isEqualTo(LocalDate.of(2024, 8, 21));
        assertThat(t2.omvang()).isEqualTo(new Omvang(3000, "01", "6"));
        // ... but not the one at another provider
        assertThat(b.producten()).extracting(ToegewezenProduct::toewijzingNummer).containsExactly(301L, 302L);
        geldig(b);
    }

    @Test
    void eenBeeindigingIsReden05MetDeEerdereEinddatum() {
        var r = maak(LOPEND.replace("EIND", "2025-05-31").replace("\"weken\": 48", "\"weken\": 39"),
                gegevens(SANNE, EERDER, Beschikkingsoort.BEEINDIGING));
        ToegewezenProduct t1 = r.berichten().get(0).producten().get(0);
        assertThat(t1.toewijzingNummer()).isEqualTo(301);
        assertThat(t1.einddatum()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(t1.redenWijziging()).isEqualTo(ToegewezenProduct.VERKORTING);
        geldig(r.berichten().get(0));
    }

    @Test
    void eenAndereOmvangBeeindigtDeOudeToewijzingEnGeeftEenNieuwe() {
        String json = LOPEND.replace("EIND", "2025-08-31").replace("\"begindatum\": \"2024-09-01\", \"einddatum\": \"2025-08-31\", \"periode\"",
                "\"begindatum\": \"2025-03-01\", \"einddatum\": \"2025-08-31\", \"periode\"").replace("\"weken\": 48", "\"weken\": 20");
        var r = maak(json, gegevens(SANNE, EERDER, null));
        assertThat(r.redenen()).isEmpty();
        List<ToegewezenProduct> p = r.berichten().get(0).producten();
        assertThat(p).extracting(ToegewezenProduct::toewijzingNummer).containsExactly(301L, 302L, 500L);
        assertThat(p.get(0).einddatum()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(p.get(0).redenWijziging()).isEqualTo(ToegewezenProduct.VERKORTING);
        assertThat(p.get(2).ingangsdatum()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(p.get(2).redenWijziging()).isNull();
        geldig(r.berichten().get(0));
    }

    @Test
    void eenVerlengingMetDezelfdeOmvangHoudtHetNummerMetReden04() {
        String json = LOPEND.replace("\"wijzigt\": \"T1\"", "\"verlengt\": \"T2\"").replace("\"product\": \"45F02\", \"variant\": \"B\"",
                "\"product\": \"45F01\"").replace("\"begindatum\": \"2024-09-01\", \"einddatum\": \"EIND\"",
                "\"begindatum\": \"2026-01-01\", \"einddatum\": \"2026-06-30\"")
                .replace("{\"omschrijving\": \"groep\", \"uren\": 12, \"weken\": 48, \"per\": \"week\"}", "{\"minuten\": 3000, \"per\": \"totaal\"}");
        var r = maak(json, gegevens(SANNE, EERDER, null));
        assertThat(r.berichten()).as(r.redenen().toString()).hasSize(1);
        ToegewezenProduct t2 = r.berichten().get(0).producten().stream().filter(p -> p.toewijzingNummer() == 302).findFirst()
                .orElseThrow();
        assertThat(t2.redenWijziging()).isEqualTo(ToegewezenProduct.VERLENGING);
        assertThat(t2.ingangsdatum()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(t2.einddatum()).isEqualTo(LocalDate.of(2026, 6, 30));
        geldig(r.berichten().get(0));
    }

    @Test
    void eenRegelingZonderLandelijkeProductcodesGeeftEenDuidelijkeReden() throws Exception {
        for (String voorbeeld : List.of("004-afschaling-2-maanden-samen.json", "000-maand-voorbeeld-1.json")) {
            Path p = Istandaarden.repository().resolve("docs/voorbeelden").resolve(voorbeeld);
            if (!Files.exists(p)) {
                p = Files.list(Istandaarden.repository().resolve("docs/voorbeelden"))
                        .filter(f -> f.getFileName().toString().startsWith(voorbeeld.substring(0, 4))).findFirst().orElseThrow();
            }
            var r = maak(Files.readString(p), gegevens(SANNE, Map.of(), null));
            assertThat(r.berichten()).isEmpty();
            assertThat(r.redenen()).singleElement().satisfies(s -> assertThat(s).contains("geen landelijke productcodes"));
        }
    }

    @Test
    void zonderAgbCodeOfClientgegevensGeenBerichtMaarEenReden() {
        var zonderAgb = maak(URK_GROEP.replace("Zorg BV", "Onbekend BV"), gegevens(SANNE, Map.of(), null));
        assertThat(zonderAgb.berichten()).isEmpty();
        assertThat(zonderAgb.redenen()).singleElement().satisfies(s -> assertThat(s).contains("AGB-code").contains("Onbekend BV"));
        var zonderClient = maak(URK_GROEP, gegevens(null, Map.of(), null));
        assertThat(zonderClient.redenen()).singleElement().satisfies(s -> assertThat(s).contains("BSN"));
        var zonderAanbieder = maak(URK_GROEP.replace("\"aanbieder\": \"Zorg BV\",", ""), gegevens(SANNE, Map.of(), null));
        assertThat(zonderAanbieder.redenen()).singleElement().satisfies(s -> assertThat(s).contains("geen aanbieder"));
    }
}
