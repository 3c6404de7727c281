package nl.indiceer.berichten;

/** CDT_Verwijzer. @param type COD327 */
public record Verwijzer(String type, String naam, String zorgverlenerCode) {
}
