package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import nl.indiceer.Repo;
import org.junit.jupiter.api.Test;

/**
 * A loaded rulebook is deeply immutable and can be shared between threads (issue 6, section 4): every
 * collection reachable from the shipped rulebooks refuses changes, and every field of the model is final.
 */
class OnveranderlijkheidTest {

    private final Set<Object> gezien = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Class<?>> klassen = new java.util.HashSet<>();
    private int collecties;

    @Test
    void elkeBereikbareCollectieWeigertWijzigingen() throws Exception {
        // a fresh load: if a collection were mutable, clearing it must not spoil the shared one of other tests
        Regelingen alle = Regelingen.laad(Repo.root().resolve("regelingen"));
        assertThatThrownBy(() -> alle.regios().clear()).isInstanceOf(UnsupportedOperationException.class);
        for (String regio : alle.regios()) {
            assertThatThrownBy(() -> alle.versies(regio).clear()).isInstanceOf(UnsupportedOperationException.class);
            for (Regeling r : alle.versies(regio)) {
                bezoek(r, regio);
            }
        }
        assertThat(collecties).as("aantal bezochte collecties").isGreaterThan(300);
        assertThat(klassen).contains(Regeling.class, Combinaties.class, Product.class, Tarief.class, Gemeente.class,
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

    private void bezoek(Object o, String pad) throws Exception {
        if (o == null || !gezien.add(o)) {
            return;
        }
        if (o instanceof Collection<?> c) {
            collecties++;
            assertThatThrownBy(c::clear).as(pad + " (" + c.getClass().getName() + ")").isInstanceOf(UnsupportedOperationException.class);
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
        Class<?> k = o.getClass();
        if (!k.getPackageName().equals("nl.indiceer.regeling") || k.isEnum()) {
            return; // String, BigDecimal, LocalDate, enums: immutable
        }
        klassen.add(k);
        if (k.isRecord()) {
            for (RecordComponent rc : k.getRecordComponents()) {
                bezoek(rc.getAccessor().invoke(o), pad + "." + rc.getName());
            }
            return;
        }
        // Regeling, Combinaties: everything their public getters hand out, and their private maps
        for (Method m : k.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == k
                    && m.getReturnType() != void.class) {
                bezoek(m.invoke(o), pad + "." + m.getName() + "()");
            }
        }
        for (Field f : k.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                bezoek(f.get(o), pad + "." + f.getName());
            }
        }
    }
}
