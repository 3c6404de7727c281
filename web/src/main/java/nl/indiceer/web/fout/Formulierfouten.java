package nl.indiceer.web.fout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors of a form on a page: per field the key of its Dutch message in a message bundle, in the order they were
 * found (the order of the form). The template shows each at its field ({@code templates/formulier.html}) and all of
 * them in a summary at the top. One message per field: the first found, which is the one to fix first.
 */
public final class Formulierfouten {

    private final Map<String, String> perVeld = new LinkedHashMap<>();

    /** Adds an error to the field unless it already has one. */
    public Formulierfouten voegToe(String veld, String sleutel) {
        perVeld.putIfAbsent(veld, sleutel);
        return this;
    }

    public boolean heeft(String veld) {
        return perVeld.containsKey(veld);
    }

    /** The message key of the field's error, or null. */
    public String van(String veld) {
        return perVeld.get(veld);
    }

    public boolean leeg() {
        return perVeld.isEmpty();
    }

    public int aantal() {
        return perVeld.size();
    }

    /** Field to message key, in the order found. */
    public Map<String, String> alle() {
        return Collections.unmodifiableMap(perVeld);
    }

    @Override
    public String toString() {
        return "Formulierfouten" + perVeld.keySet();
    }
}
