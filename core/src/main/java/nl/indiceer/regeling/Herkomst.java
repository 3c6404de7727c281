package nl.indiceer.regeling;

/**
 * Where a product or a rulebook version comes from: the source line, a remark, and what the source leaves unclear.
 *
 * @param opmerking   optional remark of whoever entered it
 * @param onduidelijk optional: what the source leaves unclear (finding REGEL_ONDUIDELIJK)
 */
public record Herkomst(Bron bron, String opmerking, String onduidelijk) {
}
