package nl.indiceer.berichten;

/** CDT_Communicatie: a special form of communication (COD747) and optionally a language. */
public record Communicatie(String vorm, String taal) {
}
