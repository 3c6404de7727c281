package nl.indiceer.toetsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The named values of one finding, in the order the check gave them. Immutable. Two small arrays instead
 * of a map: a finding has a handful of parameters and the engine makes thousands of findings a second,
 * so hashing every name would cost more than the check itself.
 */
public final class Parameters {

    static final Parameters GEEN = new Parameters(new Object[0]);

    /** Name, value, name, value ...; no null values. */
    private final Object[] paren;

    private Parameters(Object[] paren) {
        this.paren = paren;
    }

    /**
     * Pairs of (name, value); a null value is left out, which a template's {@code {naam?..|..}} can test.
     * The array is the caller's varargs array, made for this call, so it is kept as it is when it holds no
     * null and no list (a list is copied, so the finding cannot change afterwards).
     */
    static Parameters van(Object... namenEnWaarden) {
        if (namenEnWaarden.length % 2 != 0) {
            throw new IllegalArgumentException("parameters komen in paren (naam, waarde)");
        }
        int aantal = 0;
        boolean lijst = false;
        for (int i = 1; i < namenEnWaarden.length; i += 2) {
            if (namenEnWaarden[i] != null) {
                aantal++;
                lijst |= namenEnWaarden[i] instanceof List<?>;
            }
        }
        if (aantal == 0) {
            return GEEN;
        }
        if (aantal * 2 == namenEnWaarden.length && !lijst) {
            return new Parameters(namenEnWaarden);
        }
        Object[] paren = new Object[aantal * 2];
        int j = 0;
        for (int i = 0; i < namenEnWaarden.length; i += 2) {
            Object w = namenEnWaarden[i + 1];
            if (w != null) {
                paren[j++] = namenEnWaarden[i];
                paren[j++] = w instanceof List<?> l ? List.copyOf(l) : w;
            }
        }
        return new Parameters(paren);
    }

    /** The value of a parameter, or null when the finding has none by that name. */
    public Object get(String naam) {
        for (int i = 0; i < paren.length; i += 2) {
            if (paren[i].equals(naam)) {
                return paren[i + 1];
            }
        }
        return null;
    }

    public void forEach(BiConsumer<String, Object> actie) {
        for (int i = 0; i < paren.length; i += 2) {
            actie.accept((String) paren[i], paren[i + 1]);
        }
    }

    public List<String> namen() {
        List<String> namen = new ArrayList<>(paren.length / 2);
        forEach((n, w) -> namen.add(n));
        return namen;
    }

    public boolean isEmpty() {
        return paren.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && Arrays.equals(paren, p.paren);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(paren);
    }

    @Override
    public String toString() {
        List<String> delen = new ArrayList<>();
        forEach((n, w) -> delen.add(n + "=" + w));
        return "{" + String.join(", ", delen) + "}";
    }
}
