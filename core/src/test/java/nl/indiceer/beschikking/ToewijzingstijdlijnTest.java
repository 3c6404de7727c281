package nl.indiceer.beschikking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.indiceer.aanvraag.Looptijd;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Omvang;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;
import org.junit.jupiter.api.Test;

/** Which allocations run on a date, from a client's decisions. */
class ToewijzingstijdlijnTest {

    private static final LocalDate BEGIN = LocalDate.of(2026, 3, 1);
    private static final LocalDate EIND = LocalDate.of(2027, 2, 28);
    private static final Instant T0 = Instant.parse("2026-02-20T09:00:00Z");

    private static Omvang minuten(int n) {
        return new Omvang(BigDecimal.valueOf(n), Eenheid.MINUUT, Periode.MAAND);
    }

    private static Tijdlijnbesluit eerste(String kenmerk, int dag, LocalDate begin, LocalDate eind, Omvang omvang) {
        return new Tijdlijnbesluit(kenmerk, Beschikkingsoort.EERSTE, null, T0.plusSeconds(dag * 86400L),
                List.of(new Tijdlijnbesluit.Regel(0, true, kenmerk + "/0", "45A07", "Zorg BV", Financiering.ZIN,
                        new Looptijd(begin, eind), omvang)));
    }

    private static Tijdlijnbesluit wijziging(String kenmerk, String vorige, Beschikkingsoort soort, int dag, String toewijzing,
                                             LocalDate begin, LocalDate eind, Omvang omvang) {
        return new Tijdlijnbesluit(kenmerk, soort, vorige, T0.plusSeconds(dag * 86400L),
                List.of(new Tijdlijnbesluit.Regel(0, true, toewijzing, "45A07", "Zorg BV", Financiering.ZIN,
                        new Looptijd(begin, eind), omvang)));
    }

    @Test
    void eenEersteBeschikkingLooptVanBeginTotEnMetEind() {
        Toewijzingstijdlijn t = Toewijzingstijdlijn.van(List.of(eerste("A", 0, BEGIN, EIND, minuten(300))));
        assertThat(t.lopendOp(BEGIN.minusDays(1))).isEmpty();
        assertThat(t.lopendOp(EIND.plusDays(1))).isEmpty();
        List<LopendeToewijzing> op = t.lopendOp(BEGIN);
        assertThat(op).containsExactly(new LopendeToewijzing("A/0", "45A07", "Zorg BV", Financiering.ZIN,
                new Looptijd(BEGIN, EIND), minuten(300), 0));
        assertThat(t.lopendOp(EIND)).hasSize(1);
    }

    @Test
    void eenAfwijzingKentNietsToe() {
        Tijdlijnbesluit b = new Tijdlijnbesluit("A", Beschikkingsoort.EERSTE, null, T0, List.of(new Tijdlijnbesluit.Regel(
                0, false, "A/0", "45A07", null, Financiering.ZIN, new Looptijd(BEGIN, EIND), minuten(300))));
        assertThat(Toewijzingstijdlijn.van(List.of(b)).lopendOp(BEGIN)).isEmpty();
    }

    @Test
    void wijzigingVerlengingBeeindigingEnIntrekking() {
        LocalDate juni = LocalDate.of(2026, 6, 1);
        Tijdlijnbesluit a = eerste("A", 0, BEGIN, EIND, minuten(300));
        Tijdlijnbesluit w = wijziging("W", "A", Beschikkingsoort.WIJZIGING, 10, "A/0", juni, EIND, minuten(450));
        Tijdlijnbesluit v = wijziging("V", "W", Beschikkingsoort.VERLENGING, 20, "A/0", juni, EIND.plusMonths(6), null);
        Tijdlijnbesluit e = wijziging("E", "V", Beschikkingsoort.BEEINDIGING, 30, "A/0", juni, LocalDate.of(2027, 5, 31), null);
        Tijdlijnbesluit i = wijziging("I", "E", Beschikkingsoort.INTREKKING, 40, "A/0", juni, juni, null);

        Toewijzingstijdlijn t = Toewijzingstijdlijn.van(List.of(v, w, a));
        assertThat(t.lopendOp(juni.minusDays(1))).singleElement().satisfies(x -> {
            assertThat(x.omvang()).isEqualTo(minuten(300));
            assertThat(x.looptijd()).isEqualTo(new Looptijd(BEGIN, juni.minusDays(1)));
        });
        assertThat(t.lopendOp(juni)).singleElement().satisfies(x -> {
            assertThat(x.omvang()).isEqualTo(minuten(450));
            assertThat(x.einddatum()).isEqualTo(EIND.plusMonths(6));
            assertThat(x.verlengd()).isEqualTo(1);
        });

        Toewijzingstijdlijn beeindigd = Toewijzingstijdlijn.van(List.of(a, w, v, e));
        assertThat(beeindigd.lopendOp(LocalDate.of(2027, 5, 31))).hasSize(1);
        assertThat(beeindigd.lopendOp(LocalDate.of(2027, 6, 1))).isEmpty();

        Toewijzingstijdlijn ingetrokken = Toewijzingstijdlijn.van(List.of(a, w, v, e, i));
        assertThat(ingetrokken.lopendOp(BEGIN)).isEmpty();
        assertThat(ingetrokken.voorAanvraag(BEGIN)).isEmpty();
        assertThat(ingetrokken.ids()).isEmpty();
    }

    @Test
    void voorEenAanvraagOokWatAfgelopenIsOfNogKomt() {
        Toewijzingstijdlijn t = Toewijzingstijdlijn.van(List.of(eerste("A", 0, BEGIN, EIND, minuten(300))));
        assertThat(t.voorAanvraag(EIND.plusMonths(2))).singleElement()
                .satisfies(x -> assertThat(x.einddatum()).isEqualTo(EIND));
        assertThat(t.voorAanvraag(BEGIN.minusMonths(2))).singleElement()
                .satisfies(x -> assertThat(x.begindatum()).isEqualTo(BEGIN));
    }

    @Test
    void eenOntbrekendeVorigeIsEenFout() {
        assertThatThrownBy(() -> Toewijzingstijdlijn.van(List.of(wijziging("W", "X", Beschikkingsoort.VERLENGING, 1, "X/0",
                BEGIN, EIND, null)))).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- properties over generated histories

    /** One change on the allocation of decision "A": a soort, an offset in days and a volume. */
    record Stap(Beschikkingsoort soort, int dagen, int minuten) {
    }

    @Provide
    Arbitrary<List<Stap>> geschiedenissen() {
        Arbitrary<Stap> stap = Combinators.combine(
                Arbitraries.of(Beschikkingsoort.WIJZIGING, Beschikkingsoort.VERLENGING, Beschikkingsoort.BEEINDIGING,
                        Beschikkingsoort.INTREKKING),
                Arbitraries.integers().between(-30, 500), Arbitraries.integers().between(1, 2000)).as(Stap::new);
        return stap.list().ofMaxSize(6);
    }

    private static List<Tijdlijnbesluit> besluiten(List<Stap> stappen) {
        List<Tijdlijnbesluit> uit = new ArrayList<>();
        uit.add(eerste("A", 0, BEGIN, EIND, minuten(300)));
        String vorige = "A";
        for (int i = 0; i < stappen.size(); i++) {
            Stap s = stappen.get(i);
            LocalDate datum = BEGIN.plusDays(s.dagen());
            String kenmerk = "S" + i;
            uit.add(switch (s.soort()) {
                case WIJZIGING -> wijziging(kenmerk, vorige, s.soort(), i + 1, "A/0", datum, EIND.plusDays(s.minuten() % 200), minuten(s.minuten()));
                default -> wijziging(kenmerk, vorige, s.soort(), i + 1, "A/0", BEGIN, datum, null);
            });
            vorige = kenmerk;
        }
        return uit;
    }

    @Property
    void watLooptBevatDeDatum(@ForAll("geschiedenissen") List<Stap> stappen, @ForAll @IntRange(min = -60, max = 900) int dag) {
        LocalDate d = BEGIN.plusDays(dag);
        for (LopendeToewijzing l : Toewijzingstijdlijn.van(besluiten(stappen)).lopendOp(d)) {
            assertThat(l.begindatum()).isBeforeOrEqualTo(d);
            assertThat(l.einddatum()).isAfterOrEqualTo(d);
            assertThat(l.begindatum()).isBeforeOrEqualTo(l.einddatum());
        }
    }

    @Property
    void deVolgordeVanDeLijstDoetNietsTerZake(@ForAll("geschiedenissen") List<Stap> stappen,
                                              @ForAll @IntRange(min = -60, max = 900) int dag) {
        List<Tijdlijnbesluit> besluiten = besluiten(stappen);
        List<Tijdlijnbesluit> omgekeerd = new ArrayList<>(besluiten);
        Collections.reverse(omgekeerd);
        LocalDate d = BEGIN.plusDays(dag);
        assertThat(Toewijzingstijdlijn.van(omgekeerd).lopendOp(d)).isEqualTo(Toewijzingstijdlijn.van(besluiten).lopendOp(d));
    }

    @Property
    void naEenIntrekkingLooptNietsOoit(@ForAll("geschiedenissen") List<Stap> stappen,
                                       @ForAll @IntRange(min = -60, max = 900) int dag) {
        List<Stap> metIntrekking = new ArrayList<>(stappen);
        metIntrekking.add(new Stap(Beschikkingsoort.INTREKKING, 0, 1));
        assertThat(Toewijzingstijdlijn.van(besluiten(metIntrekking)).lopendOp(BEGIN.plusDays(dag))).isEmpty();
    }

    @Property
    void naEenBeeindigingLooptNietsNaHetNieuweEind(@ForAll("geschiedenissen") List<Stap> stappen,
                                                   @ForAll @IntRange(min = -30, max = 500) int einde,
                                                   @ForAll @IntRange(min = 1, max = 400) int erna) {
        List<Stap> metEinde = new ArrayList<>(stappen);
        metEinde.add(new Stap(Beschikkingsoort.BEEINDIGING, einde, 1));
        assertThat(Toewijzingstijdlijn.van(besluiten(metEinde)).lopendOp(BEGIN.plusDays(einde + erna))).isEmpty();
    }

    @Property
    void eenVerlengingNeemtNietsWeg(@ForAll("geschiedenissen") List<Stap> stappen,
                                    @ForAll @IntRange(min = 0, max = 800) int nieuwEind,
                                    @ForAll @IntRange(min = -60, max = 900) int dag) {
        LocalDate d = BEGIN.plusDays(dag);
        List<LopendeToewijzing> voor = Toewijzingstijdlijn.van(besluiten(stappen)).lopendOp(d);
        List<Stap> verlengd = new ArrayList<>(stappen);
        verlengd.add(new Stap(Beschikkingsoort.VERLENGING, nieuwEind, 1));
        List<LopendeToewijzing> na = Toewijzingstijdlijn.van(besluiten(verlengd)).lopendOp(d);
        assertThat(na).extracting(LopendeToewijzing::id).containsAll(voor.stream().map(LopendeToewijzing::id).toList());
        for (int i = 0; i < voor.size(); i++) {
            assertThat(na.get(i).omvang()).isEqualTo(voor.get(i).omvang());
        }
    }

    @Property
    void eenWijzigingGeldtVanafHaarDatum(@ForAll("geschiedenissen") List<Stap> stappen,
                                         @ForAll @IntRange(min = 0, max = 300) int vanaf,
                                         @ForAll @IntRange(min = 1, max = 5000) int nieuw,
                                         @ForAll @IntRange(min = -60, max = 900) int dag) {
        LocalDate d = BEGIN.plusDays(dag);
        List<Stap> gewijzigd = new ArrayList<>(stappen);
        gewijzigd.add(new Stap(Beschikkingsoort.WIJZIGING, vanaf, nieuw));
        List<LopendeToewijzing> voor = Toewijzingstijdlijn.van(besluiten(stappen)).lopendOp(d);
        List<LopendeToewijzing> na = Toewijzingstijdlijn.van(besluiten(gewijzigd)).lopendOp(d);
        if (d.isBefore(BEGIN.plusDays(vanaf))) {
            assertThat(na).isEqualTo(voor.stream().map(l -> l.einddatum().isBefore(BEGIN.plusDays(vanaf)) ? l
                    : new LopendeToewijzing(l.id(), l.product(), l.aanbieder(), l.financiering(),
                    new Looptijd(l.begindatum(), BEGIN.plusDays(vanaf - 1)), l.omvang(), l.verlengd())).toList());
        } else if (!na.isEmpty()) {
            assertThat(na).singleElement().satisfies(l -> assertThat(l.omvang()).isEqualTo(minuten(nieuw)));
        }
    }
}
