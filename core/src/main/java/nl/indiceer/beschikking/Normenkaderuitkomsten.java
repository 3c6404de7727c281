package nl.indiceer.beschikking;

import java.util.Map;
import java.util.Set;

/**
 * Per request line the normenkader result its volume rests on, as a decision records it, and the lines whose
 * normenkader task form does not compute (those cannot be granted until it does: a decision must state the norm it
 * rests on, and a half-filled task form states none).
 *
 * @param gebruikt   per request line index
 * @param onvolledig request line indexes
 */
public record Normenkaderuitkomsten(Map<Integer, Normenkadergebruik> gebruikt, Set<Integer> onvolledig) {

    public static final Normenkaderuitkomsten GEEN = new Normenkaderuitkomsten(Map.of(), Set.of());

    public Normenkaderuitkomsten {
        gebruikt = Map.copyOf(gebruikt);
        onvolledig = Set.copyOf(onvolledig);
    }
}
