package nl.indiceer.berekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.kosten.Kostenstap;
import nl.indiceer.regeling.Bronbestand;
import nl.indiceer.regeling.Regelbron;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingcode;
import org.junit.jupiter.api.Test;

/**
 * A traject ended early by a life event is paid pro rata over the months delivered (001:2556-2576), in the reading
 * the rulebook states (maandbedrag, deelmaand); other early ends, other lines and PxQ keep their price.
 */
class LifeEventNaarRatoTest {

    private static final String REGELING = """
            regio: proef
            naam: Proefregeling
            wet: jeugdwet
            geldig_vanaf: 2025-01-01
            bron: "P:1"
            bronnen:
              - {id: "P", bestand: proef.txt}
            producten:
              - code: traject
                naam: Traject
                eenheid: traject
                bron: "P:2"
                tarieven:
                  - {financiering: ZIN, eenheid: traject, bedrag: 1200.00, bron: "P:3"}
                gemiddelde_looptijd_maanden: {waarde: 10, bron: "P:4"}
              - code: ander
                naam: Ander traject
                eenheid: traject
                bron: "P:5"
                tarieven:
                  - {financiering: ZIN, eenheid: traject, bedrag: 900.00, bron: "P:6"}
            combinaties:
              feiten:
                - {naam: life_event, vraag: "Life-event?", bron: "P:7"}
            life_event:
              feit: life_event
              maandbedrag: looptijd_toewijzing
              deelmaand: telt_heel
              bron: "P:9"
            """;

    private static Regeluitkomst bereken(String regeling, String feit, String product, String eind) {
        Regelingen r = Regelingen.laad(new Regelbron() {
            @Override
            public List<Bronbestand> bestanden() {
                return List.of(Bronbestand.van("proef/2025-01-01.yaml", regeling));
            }

            @Override
            public String omschrijving() {
                return "geheugen";
            }
        });
        String json = """
                {"regio": "proef", "peildatum": "2025-01-01", "client": {"geboortedatum": "2012-05-01"}, %s
                 "lopende_toewijzingen": [{"id": "T1", "product": "traject", "begindatum": "2025-01-01",
                   "einddatum": "2025-12-31"}],
                 "producten": [{"product": "%s", "financiering": "ZIN", "begindatum": "2025-01-01", "einddatum": "%s",
                   "periode": "TOTAAL", "wijzigt": "T1", "motivering": "x"}]}
                """.formatted(feit == null ? "" : "\"feiten\": {\"life_event\": " + feit + "},", product, eind);
        return new Indicatiemotor(r).bereken(AanvraagLezer.lees(json)).regels().get(0);
    }

    private static List<Bevindingcode> codes(Regeluitkomst r) {
        return r.bevindingen().stream().map(Bevinding::code).toList();
    }

    @Test
    void naarRatoOverDeBegonnenMaandenVanDeToewijzing() {
        // 12 maanden toegewezen, 1 januari t/m 10 maart geleverd: 2 + 10/31 maanden, begonnen = 3; 1 200 × 3 ÷ 12 = 300
        Regeluitkomst r = bereken(REGELING, "true", "traject", "2025-03-10");
        assertThat(r.kosten().totaal()).isEqualByComparingTo("300.00");
        assertThat(r.kosten().stappen()).extracting(Kostenstap::soort).containsExactly(Kostenstap.Soort.TRAJECT,
                Kostenstap.Soort.MAANDBEDRAG, Kostenstap.Soort.NAAR_RATO);
        assertThat(r.kosten().stappen().get(1).bedrag()).isEqualByComparingTo("100.00");
        assertThat(r.kosten().stappen().get(2).hoeveelheid()).isEqualByComparingTo("3");
        assertThat(codes(r)).contains(Bevindingcode.LIFE_EVENT_NAAR_RATO);
        assertThat(r.toewijzingen().get(0).volume()).as("de toewijzing in eurocent").isEqualByComparingTo("30000");
    }

    @Test
    void naarDeDagenEnOverDeGemiddeldeLooptijdAlsDeRegelingDatZegt() {
        String anders = REGELING.replace("maandbedrag: looptijd_toewijzing", "maandbedrag: gemiddelde_looptijd")
                .replace("deelmaand: telt_heel", "deelmaand: naar_dagen");
        // 1 januari t/m 15 maart: 2 + 15/31 maanden; 1 200 × (77/31) ÷ 10 = 298,06
        Regeluitkomst r = bereken(anders, "true", "traject", "2025-03-15");
        assertThat(r.kosten().totaal()).isEqualByComparingTo("298.06");
    }

    @Test
    void nooitMeerDanDeTrajectprijs() {
        // gemiddelde looptijd 10 maanden, 11 begonnen maanden geleverd: 1 320 wordt 1 200
        Regeluitkomst r = bereken(REGELING.replace("maandbedrag: looptijd_toewijzing", "maandbedrag: gemiddelde_looptijd"),
                "true", "traject", "2025-11-10");
        assertThat(r.kosten().totaal()).isEqualByComparingTo("1200.00");
        assertThat(r.kosten().rekensom()).contains("ten hoogste de trajectprijs");
    }

    @Test
    void geenLifeEventOfOnbekendHoudtDeVolleTrajectprijs() {
        Regeluitkomst nee = bereken(REGELING, "false", "traject", "2025-03-10");
        assertThat(nee.kosten().totaal()).isEqualByComparingTo("1200.00");
        assertThat(codes(nee)).contains(Bevindingcode.LIFE_EVENT_NIET_VAN_TOEPASSING).doesNotContain(Bevindingcode.LIFE_EVENT_NAAR_RATO);
        Regeluitkomst onbekend = bereken(REGELING, null, "traject", "2025-03-10");
        assertThat(onbekend.kosten().totaal()).isEqualByComparingTo("1200.00");
        assertThat(codes(onbekend)).contains(Bevindingcode.LIFE_EVENT_ONBEKEND);
    }

    @Test
    void alleenEenVoortijdigEindeVanHetzelfdeTraject() {
        // not earlier than the allocation: no early end
        Regeluitkomst vol = bereken(REGELING, "true", "traject", "2025-12-31");
        assertThat(vol.kosten().totaal()).isEqualByComparingTo("1200.00");
        assertThat(codes(vol)).doesNotContain(Bevindingcode.LIFE_EVENT_NAAR_RATO, Bevindingcode.LIFE_EVENT_ONBEKEND);
        // another product in place of the allocation is not the same traject ended early
        Regeluitkomst ander = bereken(REGELING, "true", "ander", "2025-03-10");
        assertThat(ander.kosten().totaal()).isEqualByComparingTo("900.00");
        // without the rule in the rulebook the full price stays
        Regeluitkomst zonder = bereken(REGELING.substring(0, REGELING.indexOf("life_event:\n")), "true", "traject", "2025-03-10");
        assertThat(zonder.kosten().totaal()).isEqualByComparingTo("1200.00");
    }
}
