/**
 * Checking providers' declarations (JW323/WMO323 prestaties) against the allocations they rest on (issue 11): the
 * iStandaarden rules TR321 (volume per product period, counted as IV077 says), TR322 (the total over the allocation),
 * TR346 (amount = volume x tariff), OP279/TR307/TR308 (inside the allocation), OP367/CS337 (inside one calendar
 * month), the matching of product, client and provider, debit and credit (TR323, TR389, TR390, TR316, OP366), and
 * the regions' own rules from the rulebook ({@code declaratieregels}).
 *
 * <p>Pure and without I/O: the {@code berichten} module reads the 301s and 323s and writes the 325s; this package only
 * decides. The outcome is data ({@link nl.indiceer.declaratie.Controleuitkomst} with codes and parameters); the Dutch
 * text is rendered by {@link nl.indiceer.declaratie.DeclaratiebevindingTekst}.
 */
package nl.indiceer.declaratie;
