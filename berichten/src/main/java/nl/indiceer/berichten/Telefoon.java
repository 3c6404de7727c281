package nl.indiceer.berichten;

/** CDT_Telefoon. */
public record Telefoon(String telefoonnummer, String landnummer) {
}
