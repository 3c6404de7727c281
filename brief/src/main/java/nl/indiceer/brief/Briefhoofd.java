package nl.indiceer.brief;

import java.util.List;

/**
 * A municipality's letterhead and who signs: read from {@code brieven/briefhoofden/<gemeentecode>.yaml}
 * ({@code standaard.yaml} for a municipality without its own).
 *
 * @param gemeentecode  CBS code, or null for the default letterhead
 * @param afzender      who decides, as the letter names it ("het college van burgemeester en wethouders van Almere")
 * @param logo          file in the template folder ("logos/0034.png"), or null
 * @param logoTekst     what the logo shows, for screen readers; required with a logo
 * @param bezwaarAdres  where a bezwaar goes by post
 * @param bezwaarDigitaal optional: how a bezwaar can be made online
 * @param voorbeeld     null for a real letterhead; else why it is an example that must be replaced (shown in the letter)
 */
public record Briefhoofd(String gemeentecode, String naam, String afzender, List<String> postadres, String telefoon,
                         String website, String logo, String logoTekst, String ondertekenaar, String functie,
                         String bezwaarAan, List<String> bezwaarAdres, String bezwaarDigitaal, String voorbeeld) {

    public Briefhoofd {
        postadres = List.copyOf(postadres);
        bezwaarAdres = List.copyOf(bezwaarAdres);
    }
}
