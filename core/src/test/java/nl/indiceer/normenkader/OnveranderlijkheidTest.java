package nl.indiceer.normenkader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import nl.indiceer.Onveranderlijkheid;
import nl.indiceer.Repo;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Constante;
import org.junit.jupiter.api.Test;

/**
 * A loaded normenkader is deeply immutable and can be shared between threads (issue 6, section 4), like a
 * loaded rulebook ({@code regeling.OnveranderlijkheidTest}): every collection reachable from the shipped
 * normenkaders refuses changes, and so do those of a computed normering.
 */
class OnveranderlijkheidTest {

    private final Onveranderlijkheid model = new Onveranderlijkheid(java.util.List.of("nl.indiceer.normenkader", "nl.indiceer.regeling", "nl.indiceer.toetsing"), true);

    @Test
    void elkeBereikbareCollectieWeigertWijzigingen() throws Exception {
        // a fresh load: if a collection were mutable, clearing it must not spoil the shared one of other tests
        Normenkaders alle = Normenkaders.laad(Repo.root().resolve("normenkaders"));
        assertThatThrownBy(() -> alle.ids().clear()).isInstanceOf(UnsupportedOperationException.class);
        for (String id : alle.ids()) {
            assertThatThrownBy(() -> alle.versies(id).clear()).isInstanceOf(UnsupportedOperationException.class);
            for (Normenkader k : alle.versies(id)) {
                model.bezoek(k, id);
            }
        }
        assertThat(model.collecties()).as("aantal bezochte collecties").isGreaterThan(25);
        assertThat(model.klassen()).contains(Normenkader.class, Identiteit.class, Geldigheid.class, Herkomst.class, Taak.class,
                Norm.class, Factor.class, Factor.Optelling.class, Factor.Tabel.class, Tabelrij.class, Frequentie.class,
                Referentie.class, Tijd.class, Bron.class, Constante.class);
    }

    @Test
    void eenNormeringWeigertWijzigingen() throws Exception {
        Normering n = Normtest.normeer("""
                {"normenkader": "voorbeeld-begeleiding", "peildatum": "2026-02-01", "taken": [
                  {"taak": "administratie", "frequentie": {"keer": 1, "per": "week"},
                   "afwijking": {"minuten": 5, "per": "week", "motivering": "Extra post."}},
                  {"taak": "huishoudelijke-organisatie",
                   "factoren": [{"factor": "samenstelling-huishouden", "waarde": "2 personen"}]}]}
                """);
        model.bezoek(n, "normering");
        assertThat(model.klassen()).contains(Normering.class, Taakuitkomst.class, Taakminuten.class, Taakinvoer.class,
                WekenPerMaand.class);
    }

    @Test
    void elkVeldVanNormenkadersIsFinal() {
        for (Field f : Normenkaders.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertThat(Modifier.isFinal(f.getModifiers())).as("Normenkaders." + f.getName()).isTrue();
            }
        }
    }
}
