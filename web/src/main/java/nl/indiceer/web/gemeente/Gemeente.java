package nl.indiceer.web.gemeente;

/** A municipality of the register: its 4-digit CBS code and its name. */
public record Gemeente(String code, String naam) {
}
