package nl.indiceer.regeling;

/** A family product: the minutes go on the youngest involved child, the others get a dummy product (002:551-563). */
public record Gezinsproduct(String dummyProduct, Bron bron, String onduidelijk) {
}
