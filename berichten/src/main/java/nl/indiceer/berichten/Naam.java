package nl.indiceer.berichten;

/**
 * A person's name: CDT_VolledigeNaam (301, with NaamGebruik and optionally a partner's name) or CDT_VerkorteNaam (305,
 * 307, 315: without them, so {@code partnernaam} and {@code naamGebruik} are null there).
 *
 * @param naamGebruik COD700; 1 = eigen naam
 */
public record Naam(Achternaam geslachtsnaam, Achternaam partnernaam, String voornamen, String voorletters,
                   String naamGebruik) {

    /** How a person is addressed in Dutch: "T. de Wit". */
    public String leesbaar() {
        StringBuilder s = new StringBuilder();
        if (voorletters != null) {
            s.append(String.join(".", voorletters.split(""))).append(". ");
        } else if (voornamen != null) {
            s.append(voornamen).append(' ');
        }
        if (geslachtsnaam != null) {
            if (geslachtsnaam.voorvoegsel() != null) {
                s.append(geslachtsnaam.voorvoegsel()).append(' ');
            }
            s.append(geslachtsnaam.achternaam());
        }
        return s.toString().strip();
    }
}
