package nl.indiceer.berichten;

/** A relation of the client named in a 301 (parent, guardian, contact person). */
public record Relatie(long nummer, Integer volgorde, String soort, Geboortedatum geboortedatum, String geslacht,
                      Naam naam, Contact contact) {
}
