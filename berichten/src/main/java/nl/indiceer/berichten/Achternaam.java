package nl.indiceer.berichten;

/** CDT_Achternaam: a family name with its optional voorvoegsel ("de", "van"). */
public record Achternaam(String achternaam, String voorvoegsel) {
}
