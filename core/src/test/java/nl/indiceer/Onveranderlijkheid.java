package nl.indiceer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.toetsing.Parameters;

/**
 * Walks everything reachable from a loaded model and tries to change every collection on the way: each must
 * refuse. Shared by the immutability tests of the rulebooks and the normenkaders.
 */
public final class Onveranderlijkheid {

    private final List<String> pakketten;
    private final boolean alleenRecords;
    private final Set<Object> gezien = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Class<?>> klassen = new HashSet<>();
    private int collecties;

    /**
     * @param pakketten     the model's packages: objects of other classes (String, BigDecimal, LocalDate) are immutable
     * @param alleenRecords every model class must be a record; otherwise a class is also walked through its getters
     *                      and private fields
     */
    public Onveranderlijkheid(List<String> pakketten, boolean alleenRecords) {
        this.pakketten = pakketten;
        this.alleenRecords = alleenRecords;
    }

    public Set<Class<?>> klassen() {
        return klassen;
    }

    public int collecties() {
        return collecties;
    }

    public void bezoek(Object o, String pad) throws Exception {
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
        if (o instanceof Parameters p) {
            // not a record: a finding's parameters are a private final array only reachable through get/forEach
            List<Object[]> waarden = new ArrayList<>();
            p.forEach((naam, waarde) -> waarden.add(new Object[] {naam, waarde}));
            for (Object[] w : waarden) {
                bezoek(w[1], pad + "." + w[0]);
            }
            return;
        }
        Class<?> k = o.getClass();
        if (!pakketten.contains(k.getPackageName()) || k.isEnum()) {
            return; // String, BigDecimal, LocalDate, enums: immutable
        }
        klassen.add(k);
        if (alleenRecords) {
            assertThat(k.isRecord()).as(pad + ": " + k.getSimpleName() + " is een record").isTrue();
        }
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
