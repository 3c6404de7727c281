package nl.indiceer.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.aanvraag.Looptijd;
import nl.indiceer.aanvraag.LopendeToewijzing;
import org.junit.jupiter.api.Test;

/** The message deadlines (OP274, OP346, OP271, OP272), counted in Dutch working days. */
class BerichttermijnenTest {

    final Werkdagkalender kalender = new Werkdagkalender();

    static LopendeToewijzing toewijzing(String id, String begin, String eind) {
        return new LopendeToewijzing(id, "45F02", "12345678", Financiering.ZIN,
                new Looptijd(LocalDate.parse(begin), LocalDate.parse(eind)), null, 0);
    }

    @Test
    void eenVerzoekOmToewijzingIsBinnenVijfWerkdagenNaOntvangstTeBeantwoordenEnKoningsdagTeltNiet() {
        // received Friday 24 April 2026; Monday 27 April is Koningsdag: 28, 29, 30 April, 1 and 4 May
        Termijn t = Berichttermijnen.antwoord("315", LocalDate.of(2026, 4, 24), "JW315 1", "42420001", kalender);
        assertThat(t.soort()).isEqualTo(Termijnsoort.VERZOEK_OM_TOEWIJZING_BEANTWOORDEN);
        assertThat(t.datum()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(t.bron().kort()).contains("OP274");
        Termijn w = Berichttermijnen.antwoord("317", LocalDate.of(2026, 4, 24), "JW317 1", "42420001", kalender);
        assertThat(w.soort()).isEqualTo(Termijnsoort.VERZOEK_OM_WIJZIGING_BEANTWOORDEN);
        assertThat(w.datum()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(w.bron().kort()).contains("OP346");
        assertThatThrownBy(() -> Berichttermijnen.antwoord("305", LocalDate.of(2026, 4, 24), "x", null, kalender))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startEnStopberichtBinnenVijfWerkdagenNaStartEnEindeZolangZeNietOntvangenZijn() {
        // start Monday 2 March 2026: 305 due Monday 9 March; end Tuesday 31 March: Good Friday (3 April) is a working
        // day under the Algemene termijnenwet, Easter Monday (6 April) is not: 1, 2, 3, 7, 8 April
        LopendeToewijzing t = toewijzing("0184-2026-000001/0", "2026-03-02", "2026-03-31");
        LocalDate vandaag = LocalDate.of(2026, 4, 20);
        List<Termijn> open = Berichttermijnen.startEnStop(List.of(t), Set.of(t.id()), Set.of(), Set.of(), vandaag,
                vandaag.plusWeeks(8), kalender);
        assertThat(open).extracting(Termijn::soort, Termijn::datum).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Termijnsoort.STARTBERICHT_VERWACHT, LocalDate.of(2026, 3, 9)),
                org.assertj.core.groups.Tuple.tuple(Termijnsoort.STOPBERICHT_VERWACHT, LocalDate.of(2026, 4, 8)));
        assertThat(open).allMatch(x -> x.verlopen(vandaag));
        // received: gone
        assertThat(Berichttermijnen.startEnStop(List.of(t), Set.of(t.id()), Set.of(t.id()), Set.of(t.id()), vandaag,
                vandaag.plusWeeks(8), kalender)).isEmpty();
        // never sent in a 301 (a region without national codes): no message is expected
        assertThat(Berichttermijnen.startEnStop(List.of(t), Set.of(), Set.of(), Set.of(), vandaag, vandaag.plusWeeks(8),
                kalender)).isEmpty();
        // beyond the period looked ahead: not yet listed
        assertThat(Berichttermijnen.startEnStop(List.of(t), Set.of(t.id()), Set.of(t.id()), Set.of(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 7), kalender)).isEmpty();
    }
}
