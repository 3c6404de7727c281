package nl.indiceer.beschikking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.indiceer.Repo;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingcode;
import org.junit.jupiter.api.Test;

/** The rule of what may be decided, on requests the engine really computes. */
class BesluitregelsTest {

    private static final Instant NU = Instant.parse("2026-03-01T10:00:00Z");

    private static Aanvraag voorbeeld(String naam) throws IOException {
        return AanvraagLezer.lees(Files.readString(Repo.root().resolve("docs/voorbeelden/" + naam + ".json")));
    }

    private static Uitkomst bereken(Aanvraag a) {
        return new Indicatiemotor(Repo.regelingen()).bereken(a);
    }

    @Test
    void eenFoutLaatToekennenAlleenToeMetDeHardheidsclausule() throws IOException {
        // a rule exceeded (002:872: de maximale trajectduur is 12 maanden); a guideline exceeded is no FOUT
        Aanvraag a = voorbeeld("002-diagnostiek-13-maanden");
        Uitkomst u = bereken(a);
        assertThat(u.heeftFout()).isTrue();

        List<Ontbrekend> gewoon = Besluitregels.ontbrekend(u, Beschikkingsoort.EERSTE, Map.of(0, Regelkeuze.toekennen("Categorie A.")));
        assertThat(gewoon).extracting(Ontbrekend::code).containsExactly(Ontbrekend.Code.HARDHEIDSCLAUSULE_NODIG);
        assertThat(gewoon.get(0).regel()).isEqualTo(0);
        assertThat(gewoon.get(0).parameters().get("bevindingen")).asList().contains("DUUR_TE_LANG");

        Regelkeuze clausule = new Regelkeuze(new Regelbesluit.Toekenning("Uitzonderlijke situatie, afgestemd met de teamleider."),
                "Categorie A.", null);
        assertThat(Besluitregels.ontbrekend(u, Beschikkingsoort.EERSTE, Map.of(0, clausule))).isEmpty();

        Regelkeuze afwijzing = new Regelkeuze(new Regelbesluit.Afwijzing("Meer dan het maximum van categorie A."), null, null);
        assertThat(Besluitregels.ontbrekend(u, Beschikkingsoort.EERSTE, Map.of(0, afwijzing))).isEmpty();

        assertThatThrownBy(() -> Besluitvorming.besluit(a, u, Beschikkingsoort.EERSTE, null,
                Map.of(0, Regelkeuze.toekennen("Categorie A.")), Normenkaderuitkomsten.GEEN, "0184-2026-000001", 1, "0184", "anna", NU))
                .isInstanceOfSatisfying(OnvolledigBesluitException.class, e -> assertThat(e.ontbrekend())
                        .extracting(Ontbrekend::code).containsExactly(Ontbrekend.Code.HARDHEIDSCLAUSULE_NODIG));
    }

    @Test
    void eenWaarschuwingVraagtOmEenMotivering() {
        List<Bevinding> waarschuwing = List.of(Bevinding.van(Bevindingcode.MOTIVERING_ONTBREEKT, null, 0));
        assertThat(Besluitregels.voorRegel(0, Regelbesluit.Toekenning.gewoon(), null, waarschuwing))
                .extracting(Ontbrekend::code).containsExactly(Ontbrekend.Code.MOTIVERING_NODIG);
        // invisible characters are no motivation
        assertThat(Besluitregels.voorRegel(0, Regelbesluit.Toekenning.gewoon(), " \u200B\t", waarschuwing))
                .extracting(Ontbrekend::code).containsExactly(Ontbrekend.Code.MOTIVERING_NODIG);
        assertThat(Besluitregels.voorRegel(0, Regelbesluit.Toekenning.gewoon(), "Afgewogen: past bij de situatie.", waarschuwing))
                .isEmpty();
        // a refusal's reason is its motivation
        assertThat(Besluitregels.voorRegel(0, new Regelbesluit.Afwijzing("Niet nodig."), null, waarschuwing)).isEmpty();
    }

    @Test
    void elkeRegelKrijgtEenBesluitEnAlleenRegelsDieErZijn() throws IOException {
        Uitkomst u = bereken(voorbeeld("002-basis-begeleiding-groep-a-te-veel"));
        assertThat(Besluitregels.ontbrekend(u, Beschikkingsoort.EERSTE, Map.of()))
                .containsExactly(new Ontbrekend(Ontbrekend.Code.BESLUIT_ONTBREEKT, 0, Map.of()));
        assertThat(Besluitregels.ontbrekend(u, Beschikkingsoort.EERSTE,
                Map.of(0, new Regelkeuze(new Regelbesluit.Afwijzing("Nee."), null, null), 7, Regelkeuze.toekennen("x"))))
                .containsExactly(new Ontbrekend(Ontbrekend.Code.REGEL_ONBEKEND, null, Map.of("regel", 7)));
    }

    @Test
    void eenWijzigingNoemtDeToewijzingDieZeWijzigt() throws IOException {
        Aanvraag a = voorbeeld("002-basis-begeleiding-groep-a-te-veel");
        Uitkomst u = bereken(a);
        Regelkeuze nee = new Regelkeuze(new Regelbesluit.Afwijzing("Nee."), null, null);
        assertThat(Besluitvorming.ontbrekend(a, u, Beschikkingsoort.VERLENGING, Map.of(0, nee), Normenkaderuitkomsten.GEEN))
                .extracting(Ontbrekend::code).containsExactly(Ontbrekend.Code.TOEWIJZING_ONTBREEKT);
        assertThat(Besluitvorming.ontbrekend(a, u, Beschikkingsoort.VERLENGING,
                Map.of(0, new Regelkeuze(nee.besluit(), null, "0184-2026-000001/0")), Normenkaderuitkomsten.GEEN)).isEmpty();
    }

    @Test
    void deBeschikkingNeemtDeCijfersVanDeMotorOver() throws IOException {
        Aanvraag a = voorbeeld("002-basis-begeleiding-groep-a-te-veel");
        Uitkomst u = bereken(a);
        Regelkeuze clausule = new Regelkeuze(new Regelbesluit.Toekenning("Afgestemd met de teamleider."), null, null);
        Beschikking b = Besluitvorming.besluit(a, u, Beschikkingsoort.EERSTE, null, Map.of(0, clausule),
                Normenkaderuitkomsten.GEEN, "0184-2026-000001", 42, "0184", "anna", NU);
        Regeluitkomst r = u.regels().get(0);
        Besluitregel regel = b.regels().get(0);
        assertThat(regel.volume().volume()).isEqualByComparingTo(r.volume().volume());
        assertThat(regel.volume().totaal()).isEqualByComparingTo(r.volume().totaal());
        assertThat(regel.volume().eenheid()).isEqualTo(r.volume().eenheid());
        assertThat(regel.rekensom()).isEqualTo(r.rekensom());
        assertThat(regel.kosten()).isEqualTo(r.kosten());
        assertThat(regel.productcode()).isEqualTo("45F02");
        // the request line's own motivation is taken over when the decision gives none
        assertThat(regel.motivering()).isEqualTo("Categorie A.");
        assertThat(regel.bevindingen()).extracting(x -> x.code().name()).contains("LIMIET_TOTAAL_OVERSCHREDEN");
        assertThat(b.regeling()).isEqualTo(u.toegepast().versie());
        assertThat(b.tijdlijn().regels().get(0).toewijzing()).isEqualTo("0184-2026-000001/0");
        // the stored document gives the timeline back exactly
        assertThat(nl.indiceer.json.BeschikkingJson.tijdlijn(nl.indiceer.json.BeschikkingJson.schrijf(b))).isEqualTo(b.tijdlijn());
    }

    @Test
    void ongeldigeToestandenBestaanNiet() throws IOException {
        Aanvraag a = voorbeeld("002-diagnostiek-13-maanden");
        Uitkomst u = bereken(a);
        Beschikking b = Besluitvorming.besluit(a, u, Beschikkingsoort.EERSTE, null,
                Map.of(0, new Regelkeuze(new Regelbesluit.Afwijzing("Te veel."), null, null)), Normenkaderuitkomsten.GEEN, "K-1", 1, "0184", "anna", NU);
        Besluitregel afgewezen = b.regels().get(0);
        // the same line granted without the hardheidsclausule cannot be made
        assertThatThrownBy(() -> new Besluitregel(0, Regelbesluit.Toekenning.gewoon(), null, "45F02", "x", null, null,
                afgewezen.financiering(), afgewezen.looptijd(), afgewezen.volume(), afgewezen.kosten(), afgewezen.rekensom(),
                afgewezen.bevindingen(), "m", null)).isInstanceOf(OnvolledigBesluitException.class);
        assertThatThrownBy(() -> new Beschikking("K-2", Beschikkingsoort.EERSTE, "K-1", 1, "0184", b.regeling(), "anna", NU,
                b.regels())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Beschikking("K-2", Beschikkingsoort.INTREKKING, null, 1, "0184", b.regeling(), "anna", NU,
                b.regels())).isInstanceOf(IllegalArgumentException.class);
        // a change line must name its allocation
        assertThatThrownBy(() -> new Beschikking("K-2", Beschikkingsoort.INTREKKING, "K-1", 1, "0184", b.regeling(), "anna", NU,
                b.regels())).isInstanceOf(OnvolledigBesluitException.class);
        assertThatThrownBy(() -> new Beschikking("K-2", Beschikkingsoort.EERSTE, null, 1, "0184", b.regeling(), "anna", NU,
                List.of())).isInstanceOf(OnvolledigBesluitException.class);
        assertThatThrownBy(() -> new Besluitvolume(new BigDecimal("7.5"), Eenheid.UUR, Periode.WEEK, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Besluitvolume(new BigDecimal("300.00"), Eenheid.MINUUT, Periode.MAAND, new BigDecimal("3600")).volume())
                .isEqualTo(new BigDecimal("300"));
    }
}
