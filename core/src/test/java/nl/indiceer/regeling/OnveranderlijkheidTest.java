package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import nl.indiceer.Onveranderlijkheid;
import nl.indiceer.Repo;
import org.junit.jupiter.api.Test;

/**
 * A loaded rulebook is deeply immutable and can be shared between threads (issue 6, section 4): every
 * collection reachable from the shipped rulebooks refuses changes, and every field of the model is final.
 */
class OnveranderlijkheidTest {

    private final Onveranderlijkheid model = new Onveranderlijkheid(java.util.List.of("nl.indiceer.regeling"), false);

    @Test
    void elkeBereikbareCollectieWeigertWijzigingen() throws Exception {
        // a fresh load: if a collection were mutable, clearing it must not spoil the shared one of other tests
        Regelingen alle = Regelingen.laad(Repo.root().resolve("regelingen"));
        assertThatThrownBy(() -> alle.regios().clear()).isInstanceOf(UnsupportedOperationException.class);
        for (String regio : alle.regios()) {
            assertThatThrownBy(() -> alle.versies(regio).clear()).isInstanceOf(UnsupportedOperationException.class);
            for (Regeling r : alle.versies(regio)) {
                model.bezoek(r, regio);
            }
        }
        assertThat(model.collecties()).as("aantal bezochte collecties").isGreaterThan(300);
        assertThat(model.klassen()).contains(Regeling.class, Combinaties.class, Product.class, Tarief.class, Gemeente.class,
                Bekostigingsregel.class, Groep.class, Paar.class, Vereiste.class, Variant.class, Limiet.class,
                Productidentiteit.class, Indicatiewijze.class, Tarifering.class, Grenzen.class, BijzondereRegels.class,
                Herkomst.class, Regelingidentiteit.class, AlgemeneRegels.class);
    }

    @Test
    void elkVeldVanHetModelIsFinal() {
        for (Class<?> k : java.util.List.of(Regeling.class, Combinaties.class, Regelingen.class, Product.class,
                Constanten.class, Constante.class, Gemeente.class, Groep.class, RegelingVersie.class, Bronbestand.class)) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    assertThat(Modifier.isFinal(f.getModifiers())).as(k.getSimpleName() + "." + f.getName()).isTrue();
                }
            }
        }
    }
}
