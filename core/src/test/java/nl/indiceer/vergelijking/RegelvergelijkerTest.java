package nl.indiceer.vergelijking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.Repo;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.rekensom.Rekenstap;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingcode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test makes a real rule change on a copy of the shipped rulebooks and re-evaluates shipped example requests
 * under the shipped (old) and the changed (new) rulebooks.
 */
class RegelvergelijkerTest {

    @TempDir
    Path tmp;

    private static Aanvraag voorbeeld(String naam) throws IOException {
        return AanvraagLezer.lees(Files.readString(Repo.root().resolve("docs/voorbeelden/" + naam)));
    }

    private Path kopie() throws IOException {
        return Regelingkopie.van(tmp.resolve("nieuw"));
    }

    private static Regelvergelijker met(Path nieuw) {
        return new Regelvergelijker(Repo.regelingen(), Regelingen.laad(nieuw));
    }

    @Test
    void nieuwTariefjaarVerandertDeKostenNietHetVolume() throws IOException {
        Path nieuw = kopie();
        Regelingkopie.nieuwTariefjaarRidderkerk(nieuw);

        Aanvraagvergelijking v = met(nieuw).vergelijk("pv", voorbeeld("004-pv-respijtzorg-8-maanden.json"));

        assertThat(v.status()).isEqualTo(Vergelijkingsstatus.VERSCHIL);
        assertThat(v.oud().uitkomst().geldigVanaf()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(v.nieuw().uitkomst().geldigVanaf()).isEqualTo(LocalDate.of(2025, 3, 1));
        Regelverschil r = v.regels().get(0);
        assertThat(r.volumeVerschilt()).isFalse();
        assertThat(r.volumeOud().volume()).isEqualByComparingTo("210");
        assertThat(r.volumeNieuw().volume()).isEqualByComparingTo("210");
        assertThat(r.kostenVerschillen()).isTrue();
        // 7 350 minutes over the validity (35 weeks x 210): x 0,98 and x 1,01
        assertThat(r.kostenOud()).isEqualByComparingTo("7203.00");
        assertThat(r.kostenNieuw()).isEqualByComparingTo("7423.50");
        assertThat(r.bevindingen().isLeeg()).as("a tariff changes no finding").isTrue();
        assertThat(v.gewijzigdeRegels()).containsExactly(r);
        // both rekensommen, as the engine's steps: the same single post
        assertThat(r.rekensomOud().stappen()).hasSize(1);
        assertThat(r.rekensomNieuw().stappen().get(0).soort()).isEqualTo(Rekenstap.Soort.POST);
        assertThat(r.rekensomNieuw().stappen().get(0).uitkomst()).isEqualTo(r.rekensomOud().stappen().get(0).uitkomst());
    }

    @Test
    void eenAanvraagVoorHetNieuweTariefjaarBlijftGelijk() throws IOException {
        Path nieuw = kopie();
        Regelingkopie.nieuwTariefjaarRidderkerk(nieuw);

        // peildatum 2025-01-01: both sets take the version of 1 January, which the new tariff year leaves alone
        Aanvraagvergelijking v = met(nieuw).vergelijk("afschaling", voorbeeld("004-afschaling-behandeling-8-maanden-samen.json"));

        assertThat(v.status()).isEqualTo(Vergelijkingsstatus.GELIJK);
        assertThat(v.verschilt()).isFalse();
        assertThat(v.gewijzigdeRegels()).isEmpty();
        assertThat(v.oud().uitkomst().geldigVanaf()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(v.nieuw().uitkomst().geldigVanaf()).isEqualTo(LocalDate.of(2025, 1, 1));
        // the file now ends on 28 February: another hash, the same rules for this request
        assertThat(v.nieuw().uitkomst().toegepast().versie().hash()).isNotEqualTo(v.oud().uitkomst().toegepast().versie().hash());
    }

    @Test
    void eenHogereRichtlijnLaatDeBevindingVervallen() throws IOException {
        Path nieuw = kopie();
        Regelingkopie.richtlijnFlevoland(nieuw, 120);

        Aanvraagvergelijking v = met(nieuw).vergelijk("120 uur", voorbeeld("002-behandeling-individueel-a-120-uur.json"));

        assertThat(v.status()).isEqualTo(Vergelijkingsstatus.VERSCHIL);
        Regelverschil r = v.regels().get(0);
        assertThat(r.volumeVerschilt()).isFalse();
        assertThat(r.kostenVerschillen()).isFalse();
        assertThat(r.bevindingen().codesVervallen()).containsExactly(Bevindingcode.LIMIET_TOTAAL_OVERSCHREDEN);
        assertThat(r.bevindingen().toegevoegd()).isEmpty();
    }

    @Test
    void eenLagereRichtlijnGeeftEenNieuweBevindingEnEenAnderMaximum() throws IOException {
        Path nieuw = kopie();
        Regelingkopie.richtlijnFlevoland(nieuw, 90);
        Regelvergelijker vergelijker = met(nieuw);

        // 96 hours was exactly the guideline: now it exceeds it
        Aanvraagvergelijking op96 = vergelijker.vergelijk("96 uur", voorbeeld("002-behandeling-individueel-14-maanden.json"));
        assertThat(op96.status()).isEqualTo(Vergelijkingsstatus.VERSCHIL);
        assertThat(op96.regels().get(0).bevindingen().codesToegevoegd()).containsExactly(Bevindingcode.LIMIET_TOTAAL_OVERSCHREDEN);
        assertThat(op96.regels().get(0).bevindingen().vervallen()).isEmpty();

        // 120 hours exceeded 96 and exceeds 90: the same code, another maximum, so one finding goes and one comes
        Aanvraagvergelijking op120 = vergelijker.vergelijk("120 uur", voorbeeld("002-behandeling-individueel-a-120-uur.json"));
        Bevindingverschil b = op120.regels().get(0).bevindingen();
        assertThat(b.codesVervallen()).containsExactly(Bevindingcode.LIMIET_TOTAAL_OVERSCHREDEN);
        assertThat(b.codesToegevoegd()).containsExactly(Bevindingcode.LIMIET_TOTAAL_OVERSCHREDEN);
        assertThat(b.vervallen().get(0).parameters()).isNotEqualTo(b.toegevoegd().get(0).parameters());
    }

    @Test
    void eenGewijzigdeStapelingsregelVerandertDeCombinatiebevinding() throws IOException {
        Path nieuw = kopie();
        Regelingkopie.gezinshuisMetLogerenMogelijk(nieuw);

        Aanvraagvergelijking v = met(nieuw).vergelijk("gezinshuis", voorbeeld("001-stapeling-gezinshuis-logeren.json"));

        assertThat(v.status()).isEqualTo(Vergelijkingsstatus.VERSCHIL);
        assertThat(v.oud().uitkomst().heeftFout()).isTrue();
        assertThat(v.overkoepelend().codesVervallen()).contains(Bevindingcode.STAPELING_NIET_MOGELIJK);
        assertThat(v.overkoepelend().codesToegevoegd()).doesNotContain(Bevindingcode.STAPELING_NIET_MOGELIJK);
        assertThat(v.regels()).allSatisfy(r -> {
            assertThat(r.volumeVerschilt()).isFalse();
            assertThat(r.kostenVerschillen()).isFalse();
        });
        // the combination concerns line 1 (logeren, 44A90) with a running allocation: that product counts as changed
        assertThat(v.regelGewijzigd(v.regels().get(0))).isTrue();
        Vergelijkingstotalen totalen = new Vergelijkingstotalen();
        totalen.tel(v);
        assertThat(totalen.totalen().perProduct()).filteredOn(k -> "44A90".equals(k.sleutel()))
                .singleElement().extracting(Kostentotaal::gewijzigd).isEqualTo(1L);
    }

    @Test
    void eenRegioDieInDeNieuweSetOntbreektWordtGemeldNietOvergeslagen() throws IOException {
        Path nieuw = kopie();
        Regelingkopie.zonderRegio(nieuw, "flevoland");

        Aanvraagvergelijking v = met(nieuw).vergelijk("flevoland", voorbeeld("002-behandeling-individueel-a-120-uur.json"));

        assertThat(v.status()).isEqualTo(Vergelijkingsstatus.ALLEEN_OUD);
        assertThat(v.verschilt()).isTrue();
        assertThat(v.oud().isBerekend()).isTrue();
        assertThat(v.nieuw().regioOntbreekt()).isTrue();
        assertThat(v.nieuw().fouten()).extracting(Invoerfout::pad).containsExactly("regio");
    }

    @Test
    void eenAanvraagDieGeenVanBeideBerekentIsOngeldig() throws IOException {
        Aanvraagvergelijking v = met(Repo.root().resolve("regelingen"))
                .vergelijk("fase", voorbeeld("000-fase-langer-dan-geldigheid.json"));

        assertThat(v.status()).isEqualTo(Vergelijkingsstatus.ONGELDIG);
        assertThat(v.verschilt()).isFalse();
        assertThat(v.oud().fouten()).isNotEmpty().isEqualTo(v.nieuw().fouten());
    }

    @Test
    void totalenPerGemeenteProductEnAanbieder() throws IOException {
        Path nieuw = kopie();
        Regelingkopie.nieuwTariefjaarRidderkerk(nieuw);
        Regelvergelijker vergelijker = met(nieuw);
        Vergelijkingstotalen totalen = new Vergelijkingstotalen();
        for (String naam : List.of("004-pv-respijtzorg-8-maanden.json", "004-pv-naast-logeren.json",
                "004-afschaling-behandeling-8-maanden-samen.json", "002-behandeling-individueel-a-120-uur.json")) {
            totalen.tel(vergelijker.vergelijk(naam, voorbeeld(naam)));
        }
        totalen.tel(Aanvraagvergelijking.onleesbaar("kapot.json", List.of(new Invoerfout("regio", "X", "ontbreekt"))));

        Totalen t = totalen.totalen();
        assertThat(t.aanvragen()).isEqualTo(5);
        assertThat(t.ongeldig()).isEqualTo(1);
        assertThat(t.verschil()).isEqualTo(2);
        assertThat(t.gelijk()).isEqualTo(2);
        Kostentotaal pv = t.perProduct().stream().filter(k -> "persoonlijke-verzorging".equals(k.sleutel())).findFirst().orElseThrow();
        assertThat(pv.regio()).isEqualTo("ridderkerk");
        assertThat(pv.aanvragen()).isEqualTo(2);
        assertThat(pv.gewijzigd()).isEqualTo(2);
        assertThat(pv.verschil()).isPositive();
        Kostentotaal ridderkerk = t.perGemeente().stream().filter(k -> "Ridderkerk".equals(k.sleutel())).findFirst().orElseThrow();
        assertThat(ridderkerk.aanvragen()).isEqualTo(3);
        assertThat(ridderkerk.gewijzigd()).isEqualTo(2);
        assertThat(ridderkerk.verschil()).isEqualByComparingTo(pv.verschil());
        Kostentotaal almere = t.perGemeente().stream().filter(k -> "Almere".equals(k.sleutel())).findFirst().orElseThrow();
        assertThat(almere.gewijzigd()).isZero();
        assertThat(almere.verschil()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(t.kostenVerschil()).isEqualByComparingTo(pv.verschil());
        assertThat(t.perAanbieder()).isNotEmpty();
        assertThat(t.perAanbieder().stream().mapToLong(Kostentotaal::aanvragen).sum()).isGreaterThanOrEqualTo(4);

        // two halves added up give the same totals as one pass (the web may compare in several threads)
        Vergelijkingstotalen a = new Vergelijkingstotalen();
        Vergelijkingstotalen b = new Vergelijkingstotalen();
        a.tel(vergelijker.vergelijk("1", voorbeeld("004-pv-respijtzorg-8-maanden.json")));
        a.tel(vergelijker.vergelijk("2", voorbeeld("004-pv-naast-logeren.json")));
        b.tel(vergelijker.vergelijk("3", voorbeeld("004-afschaling-behandeling-8-maanden-samen.json")));
        b.tel(vergelijker.vergelijk("4", voorbeeld("002-behandeling-individueel-a-120-uur.json")));
        b.tel(Aanvraagvergelijking.onleesbaar("kapot.json", List.of(new Invoerfout("regio", "X", "ontbreekt"))));
        a.voegToe(b);
        assertThat(a.totalen()).isEqualTo(t);
    }

    @Test
    void bevindingenTellenAlsVeelvoud() {
        Bevinding x = Bevinding.van(Bevindingcode.VOORWAARDE, null, 0, "tekst", "a");
        Bevinding y = Bevinding.van(Bevindingcode.VOORWAARDE, null, 0, "tekst", "b");
        Bevindingverschil d = Bevindingverschil.tussen(List.of(x, x, y), List.of(x, y, y));
        assertThat(d.vervallen()).containsExactly(x);
        assertThat(d.toegevoegd()).containsExactly(y);
        assertThat(Bevindingverschil.tussen(List.of(x, y), List.of(y, x)).isLeeg()).isTrue();
    }
}
