package nl.indiceer.normenkader;

import nl.indiceer.regeling.Bron;

/**
 * A reference point that is not a norm time: e.g. the minutes the CRvB itself set in one case
 * (ECLI:NL:CRVB:2025:601: 153 minutes schoon en leefbaar huis + 21 minutes wasverzorging per week).
 * Only used when the consultant asks for it explicitly ({@code "basis": "referentie"}), always with a warning.
 */
public record Referentie(Tijd tijd, Normperiode per, String toelichting, Bron bron) {
}
