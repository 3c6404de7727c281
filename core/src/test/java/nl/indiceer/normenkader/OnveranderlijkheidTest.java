package nl.indiceer.normenkader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final Set<Object> gezien = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Class<?>> klassen = new HashSet<>();
    private int collecties;

    @Test
    void elkeBereikbareCollectieWeigertWijzigingen() throws Exception {
        // a fresh load: if a collection were mutable, clearing it must not spoil the shared one of other tests
        Normenkaders alle = Normenkaders.laad(Repo.root().resolve("normenkaders"));
        assertThatThrownBy(() -> alle.ids().clear()).isInstanceOf(UnsupportedOperationException.class);
        for (String id : alle.ids()) {
            assertThatThrownBy(() -> alle.versies(id).clear()).isInstanceOf(UnsupportedOperationException.class);
            for (Normenkader k : alle.versies(id)) {
                bezoek(k, id);
            }
        }
        assertThat(collecties).as("aantal bezochte collecties").isGreaterThan(25);
        assertThat(klassen).contains(Normenkader.class, Identiteit.class, Geldigheid.class, Herkomst.class, Taak.class,
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
        bezoek(n, "normering");
        assertThat(klassen).contains(Normering.class, Taakuitkomst.class, Taakminuten.class, Taakinvoer.class,
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

    private void bezoek(Object o, String pad) throws Exception {
        if (o == null || !gezien.add(o)) {
            return;
        }
        if (o instanceof Collection<?> c) {
            collecties++;
            assertThatThrownBy(c::clear).as(pad + " (" + c.getClass().getName() + ")")
                    .isInstanceOf(UnsupportedOperationException.class);
            int i = 0;
            for (Object x : c) {
                bezoek(x, pad + "[" + i++ + "]");
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            collecties++;
            assertThatThrownBy(m::clear).as(pad).isInstanceOf(UnsupportedOperationException.class);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                bezoek(e.getValue(), pad + "." + e.getKey());
            }
            return;
        }
        if (o instanceof nl.indiceer.toetsing.Parameters p) {
            // not a record: a finding's parameters are a private final array only reachable through get/forEach
            List<Object[]> waarden = new java.util.ArrayList<>();
            p.forEach((naam, waarde) -> waarden.add(new Object[] {naam, waarde}));
            for (Object[] w : waarden) {
                bezoek(w[1], pad + "." + w[0]);
            }
            return;
        }
        Class<?> k = o.getClass();
        if (!List.of("nl.indiceer.normenkader", "nl.indiceer.regeling", "nl.indiceer.toetsing").contains(k.getPackageName())
                || k.isEnum()) {
            return; // String, BigDecimal, LocalDate, enums: immutable
        }
        klassen.add(k);
        assertThat(k.isRecord()).as(pad + ": " + k.getSimpleName() + " is een record").isTrue();
        for (RecordComponent rc : k.getRecordComponents()) {
            bezoek(rc.getAccessor().invoke(o), pad + "." + rc.getName());
        }
    }
}
