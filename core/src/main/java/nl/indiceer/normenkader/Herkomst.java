package nl.indiceer.normenkader;

import nl.indiceer.regeling.Bron;

/**
 * Where a part of a normenkader (the normenkader itself, a task, a norm, a factor) comes from and what the
 * file says about it: its source, a remark, and what is unclear in the source (shown as
 * {@code NORM_ONDUIDELIJK} whenever the part is used).
 *
 * @param bron        the place in a declared source document; null only where the format allows it
 * @param opmerking   optional remark for the reader of the file
 * @param onduidelijk optional: what the source leaves unclear
 */
public record Herkomst(Bron bron, String opmerking, String onduidelijk) {
}
