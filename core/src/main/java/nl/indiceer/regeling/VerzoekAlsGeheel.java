package nl.indiceer.regeling;

/**
 * A verzoek om wijziging (JW317) is judged as a whole: granted entirely (one 301 for the whole request) or not at all,
 * "Wanneer een deel van het verzoek niet gehonoreerd wordt, stuurt de gemeente geen JW301" (Flevoland, 002:498-502).
 * It applies to every 317 of the region, not only the extension it sits beside in the rulebook
 * ({@code verlenging.via_verzoek_om_wijziging.als_geheel}).
 */
public record VerzoekAlsGeheel(Bron bron, String onduidelijk) {
}
