package nl.indiceer.aanvraag;

import java.time.LocalDate;
import nl.indiceer.regeling.Verwijzer;

/**
 * Who referred the client, and the dates the referral rules need.
 *
 * @param verwijzer    the referrer (gemeentelijke toegang, huisarts, ..., gecertificeerde instelling)
 * @param datum        optional: the date of the referral (a medical referral: the intake starts within a year)
 * @param maatregelTot optional: the last day of the child protection measure (a GI's bepaling ends no later)
 */
public record Verwijzing(Verwijzer verwijzer, LocalDate datum, LocalDate maatregelTot) {
}
