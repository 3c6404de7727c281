package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A version put in force from a date by the application ({@link Regelbron#opvolger}) ends the version before it the day
 * before, keeping that version's hash; folder versions still may not overlap.
 */
class OpvolgerTest {

    private static final Bronbestand OUD = Bronbestand.van("proef/2025-01-01.yaml", Proef.GOED);
    private static final Bronbestand NIEUW = Bronbestand.van("proef/2027-01-01.yaml",
            Proef.GOED.replace("2025-01-01", "2027-01-01").replace("74.81", "80.00"));

    private static Regelbron bron(Set<String> opvolgers, Bronbestand... bestanden) {
        return new Regelbron() {
            @Override
            public List<Bronbestand> bestanden() {
                return List.of(bestanden);
            }

            @Override
            public boolean opvolger(Bronbestand bestand) {
                return opvolgers.contains(bestand.naam());
            }

            @Override
            public String omschrijving() {
                return "proef";
            }
        };
    }

    @Test
    void eenOpvolgerBeeindigtDeVersieErvoorEnLaatHaarHashStaan() {
        String oudeHash = Regelingen.laad(bron(Set.of(), OUD)).voor("proef", LocalDate.of(2026, 1, 1)).versie().hash();
        Regelingen r = Regelingen.laad(bron(Set.of(NIEUW.naam()), OUD, NIEUW));
        Regeling oud = r.voor("proef", LocalDate.of(2026, 12, 31));
        assertThat(oud.geldigVanaf()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(oud.geldigTot()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(oud.versie().hash()).isEqualTo(oudeHash);
        Regeling nieuw = r.voor("proef", LocalDate.of(2027, 1, 1));
        assertThat(nieuw.geldigVanaf()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(nieuw.versie().hash()).isEqualTo(NIEUW.sha256());
    }

    @Test
    void zonderOpvolgerBlijftOverlapEenFout() {
        assertThatThrownBy(() -> Regelingen.laad(bron(Set.of(), OUD, NIEUW)))
                .isInstanceOf(OngeldigeRegelingException.class).hasMessageContaining("overlapt");
    }

    @Test
    void eenOpvolgerOpDezelfdeDatumVervangtNiets() {
        Bronbestand zelfdeDatum = Bronbestand.van("proef/2025-01-01-b.yaml", Proef.GOED.replace("74.81", "80.00"));
        assertThatThrownBy(() -> Regelingen.laad(bron(Set.of(zelfdeDatum.naam()), OUD, zelfdeDatum)))
                .isInstanceOf(OngeldigeRegelingException.class).hasMessageContaining("overlapt");
    }
}
