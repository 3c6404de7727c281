package nl.indiceer.web.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.beschikking.Beschikkingsoort;
import org.junit.jupiter.api.Test;

/** The aggregation of commitments without Spring: spreading over months, grouping, suppression, later decisions. */
class VerplichtingenTest {

    static Verplichtingsregel regel(long client, String wet, String product, String aanbieder, String begin, String eind,
                                    String kosten) {
        LocalDate b = LocalDate.parse(begin);
        LocalDate e = LocalDate.parse(eind);
        return new Verplichtingsregel("0034", wet, product, product + " naam", aanbieder, client, b, e,
                kosten == null ? null : new BigDecimal(kosten), b, e);
    }

    /** {@code n} clients with the same line. */
    static List<Verplichtingsregel> clienten(int n, long eerste, String wet, String product, String aanbieder,
                                             String begin, String eind, String kosten) {
        List<Verplichtingsregel> uit = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            uit.add(regel(eerste + i, wet, product, aanbieder, begin, eind, kosten));
        }
        return uit;
    }

    @Test
    void eenRegelWordtNaarRatoVanDagenOverDeMaandenVerdeeld() {
        // 1 January to 10 March 2026 = 31 + 28 + 10 = 69 days; 690 euro is 10 euro a day
        List<Verplichtingsregel> regels = clienten(10, 1, "wmo", "P1", "A", "2026-01-01", "2026-03-10", "690");
        var o = Verplichtingen.van(regels, YearMonth.of(2026, 1), YearMonth.of(2026, 4));
        assertThat(o.perMaand()).extracting(Cel::sleutel).containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
        assertThat(o.perMaand()).extracting(Cel::bedrag).containsExactly(new BigDecimal("3100.00"),
                new BigDecimal("2800.00"), new BigDecimal("1000.00"), new BigDecimal("0.00"));
        assertThat(o.perMaand().get(3).clienten()).isZero();
        assertThat(o.totaal().bedrag()).isEqualByComparingTo("6900");
        assertThat(o.totaal().clienten()).isEqualTo(10);
    }

    @Test
    void eenPeriodeBuitenDeRegelTeltAlleenDeDagenErbinnen() {
        // from 15 December 2025 to 14 January 2026: 31 days at 31 euro = 1 euro a day; January has 14 of them
        var o = Verplichtingen.van(clienten(10, 1, "wmo", "P1", "A", "2025-12-15", "2026-01-14", "31"),
                YearMonth.of(2026, 1), YearMonth.of(2026, 1));
        assertThat(o.totaal().bedrag()).isEqualByComparingTo("140");
    }

    @Test
    void perWetProductEnAanbieder() {
        List<Verplichtingsregel> regels = new ArrayList<>();
        regels.addAll(clienten(12, 1, "jeugdwet", "45A01", "Zorg BV", "2026-01-01", "2026-01-31", "310"));
        regels.addAll(clienten(11, 100, "wmo", "02A01", "Hulp BV", "2026-01-01", "2026-01-31", "62"));
        regels.addAll(clienten(10, 200, "wmo", "02A01", null, "2026-01-01", "2026-01-31", "31"));
        var o = Verplichtingen.van(regels, YearMonth.of(2026, 1), YearMonth.of(2026, 1));
        assertThat(o.perWet()).extracting(Cel::sleutel).containsExactly("jeugdwet", "wmo");
        assertThat(o.perWet().get(0).bedrag()).isEqualByComparingTo("3720");
        assertThat(o.perWet().get(1).bedrag()).isEqualByComparingTo(String.valueOf(11 * 62 + 10 * 31));
        assertThat(o.perWet().get(1).clienten()).isEqualTo(21);
        assertThat(o.perProduct()).extracting(Cel::sleutel).containsExactly("02A01", "45A01");
        assertThat(o.perProduct().get(1).naam()).isEqualTo("45A01 naam");
        assertThat(o.perAanbieder()).extracting(Cel::sleutel).containsExactly(null, "Hulp BV", "Zorg BV");
        assertThat(o.perAanbieder().get(0).bedrag()).isEqualByComparingTo("310");
    }

    @Test
    void eenCelMetMinderDanTienClientenWordtOnderdruktEnOokDeKleinsteAndere() {
        List<Verplichtingsregel> regels = new ArrayList<>();
        regels.addAll(clienten(15, 1, "wmo", "P1", "A", "2026-01-01", "2026-01-31", "31"));
        regels.addAll(clienten(12, 100, "wmo", "P2", "A", "2026-01-01", "2026-01-31", "31"));
        regels.addAll(clienten(20, 200, "wmo", "P3", "A", "2026-01-01", "2026-01-31", "31"));
        regels.addAll(clienten(9, 300, "wmo", "P4", "A", "2026-01-01", "2026-01-31", "31"));
        var o = Verplichtingen.van(regels, YearMonth.of(2026, 1), YearMonth.of(2026, 1));
        Cel p4 = o.perProduct().get(3);
        assertThat(p4.onderdrukt()).isTrue();
        assertThat(p4.bedrag()).isNull();
        assertThat(p4.clienten()).isNull();
        // the total minus P1 and P3 would give P4 if P2 (the smallest other) were shown
        assertThat(o.perProduct()).extracting(Cel::onderdrukt).containsExactly(false, true, false, true);
        assertThat(o.perProduct().get(0).clienten()).isEqualTo(15);
        // ten clients is enough
        var tien = Verplichtingen.van(clienten(10, 1, "wmo", "P1", "A", "2026-01-01", "2026-01-31", "31"),
                YearMonth.of(2026, 1), YearMonth.of(2026, 1));
        assertThat(tien.perProduct().get(0).onderdrukt()).isFalse();
        var negen = Verplichtingen.van(clienten(9, 1, "wmo", "P1", "A", "2026-01-01", "2026-01-31", "31"),
                YearMonth.of(2026, 1), YearMonth.of(2026, 1));
        assertThat(negen.perProduct().get(0).onderdrukt()).isTrue();
        assertThat(negen.totaal().onderdrukt()).isTrue();
        assertThat(negen.perMaand().get(0).bedrag()).isNull();
    }

    @Test
    void eenClientMetTweeRegelsTeltEenKeer() {
        List<Verplichtingsregel> regels = new ArrayList<>(clienten(9, 1, "wmo", "P1", "A", "2026-01-01", "2026-01-31", "31"));
        regels.add(regel(1, "wmo", "P1", "A", "2026-01-01", "2026-01-31", "31"));
        assertThat(Verplichtingen.van(regels, YearMonth.of(2026, 1), YearMonth.of(2026, 1)).totaal().onderdrukt()).isTrue();
    }

    @Test
    void eenRegelZonderTariefTeltMeeAlsClientMaarNietInHetBedrag() {
        List<Verplichtingsregel> regels = new ArrayList<>(clienten(10, 1, "wmo", "P1", "A", "2026-01-01", "2026-01-31", "31"));
        regels.add(regel(99, "wmo", "P1", "A", "2026-01-01", "2026-01-31", null));
        Cel p1 = Verplichtingen.van(regels, YearMonth.of(2026, 1), YearMonth.of(2026, 1)).perProduct().get(0);
        assertThat(p1.bedrag()).isEqualByComparingTo("310");
        assertThat(p1.clienten()).isEqualTo(11);
        assertThat(p1.zonderTarief()).isEqualTo(1);
    }

    static Besluitdocument besluit(String kenmerk, Beschikkingsoort soort, String moment, Besluitdocument.Regel... regels) {
        return new Besluitdocument(kenmerk, soort, Instant.parse(moment), 7, "0034", "flevoland",
                LocalDate.parse("2025-01-01"), List.of(regels));
    }

    static Besluitdocument.Regel r(String toewijzing, String begin, String eind, String kosten) {
        return new Besluitdocument.Regel(true, toewijzing, "P1", "naam", "A", LocalDate.parse(begin),
                LocalDate.parse(eind), new BigDecimal(kosten));
    }

    @Test
    void eenLatereBeschikkingWijzigtBeeindigtOfTrektIn() {
        var eerste = besluit("K1", Beschikkingsoort.EERSTE, "2026-01-01T10:00:00Z", r("K1/0", "2026-01-01", "2026-12-31", "3650"),
                r("K1/1", "2026-01-01", "2026-12-31", "365"), r("K1/2", "2026-01-01", "2026-12-31", "365"));
        var wijziging = besluit("K2", Beschikkingsoort.WIJZIGING, "2026-02-01T10:00:00Z", r("K1/0", "2026-07-01", "2026-12-31", "368"));
        var einde = besluit("K3", Beschikkingsoort.BEEINDIGING, "2026-03-01T10:00:00Z", r("K1/1", "2026-03-31", "2026-03-31", "0"));
        var intrekking = besluit("K4", Beschikkingsoort.INTREKKING, "2026-03-02T10:00:00Z", r("K1/2", "2026-01-01", "2026-12-31", "0"));
        List<Verplichtingsregel> regels = LopendeVerplichtingen.van(List.of(intrekking, einde, wijziging, eerste), (b, p) -> "wmo");
        // K1/0 up to 30 June at 10 a day, then the change at 2 a day; K1/1 up to 31 March at 1 a day; K1/2 gone
        assertThat(regels).extracting(Verplichtingsregel::begin, Verplichtingsregel::eind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30")),
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-12-31")),
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31")));
        assertThat(Verplichtingen.som(regels, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")))
                .isEqualByComparingTo(String.valueOf(181 * 10 + 184 * 2 + 90));
    }

    @Test
    void eenAfgewezenRegelLegtNietsVast() {
        var afgewezen = besluit("K1", Beschikkingsoort.EERSTE, "2026-01-01T10:00:00Z",
                new Besluitdocument.Regel(false, "K1/0", "P1", "naam", "A", LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-12-31"), new BigDecimal("100")));
        assertThat(LopendeVerplichtingen.van(List.of(afgewezen), (b, p) -> "wmo")).isEmpty();
    }
}
