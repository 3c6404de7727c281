package nl.indiceer.regeling;

import java.time.LocalDate;

/**
 * Which rulebook it is: the region, its name and law, and the period this version is in force.
 *
 * @param wet       jeugdwet, wmo or beide
 * @param geldigTot inclusive; null: open-ended
 */
public record Regelingidentiteit(String regio, String naam, String wet, LocalDate geldigVanaf, LocalDate geldigTot) {
}
