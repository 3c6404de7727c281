package nl.indiceer.web.regeling;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.indiceer.regeling.Combinaties;
import nl.indiceer.regeling.Paar;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Tarief;
import nl.indiceer.regeling.Vereiste;

/**
 * The search box of the rulebook page, applied on the server (the page works without JavaScript): the products whose
 * code, name or product family contain the text, their tariffs, and the combination rules that name one of them
 * (directly or through a group). An empty text keeps everything. Product names are no personal data, so the text
 * travels in the query string of a GET.
 *
 * @param tekst the search text as typed, trimmed; empty for no filter
 */
public record Productfilter(String tekst) {

    /** Longer search texts are cut: no product name comes near it. */
    static final int MAX_LENGTE = 100;

    private static final Pattern DIAKRIET = Pattern.compile("\\p{M}+");

    /** One tariff with the product it belongs to, for the tariff table. */
    public record Tariefregel(Product product, Tarief tarief) {
    }

    public static Productfilter van(String invoer) {
        if (invoer == null) {
            return new Productfilter("");
        }
        String schoon = invoer.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return new Productfilter(schoon.length() > MAX_LENGTE ? schoon.substring(0, MAX_LENGTE) : schoon);
    }

    public boolean actief() {
        return !tekst.isEmpty();
    }

    public List<Product> producten(Regeling regeling) {
        if (!actief()) {
            return regeling.producten();
        }
        String gezocht = normaal(tekst);
        List<Product> gevonden = new ArrayList<>();
        for (Product p : regeling.producten()) {
            if (bevat(p.code(), gezocht) || bevat(p.naam(), gezocht) || bevat(p.identiteit().productfamilie(), gezocht)) {
                gevonden.add(p);
            }
        }
        return gevonden;
    }

    public List<Tariefregel> tarieven(Regeling regeling) {
        List<Tariefregel> regels = new ArrayList<>();
        for (Product p : producten(regeling)) {
            for (Tarief t : p.tarifering().tarieven()) {
                regels.add(new Tariefregel(p, t));
            }
        }
        return regels;
    }

    public List<Paar> paren(Regeling regeling) {
        Combinaties c = regeling.combinaties();
        if (!actief()) {
            return c.paren();
        }
        Set<String> codes = codes(regeling);
        return c.paren().stream().filter(p -> raakt(c, codes, List.of(p.a(), p.b()))).toList();
    }

    public List<Vereiste> vereisten(Regeling regeling) {
        Combinaties c = regeling.combinaties();
        if (!actief()) {
            return c.vereisten();
        }
        Set<String> codes = codes(regeling);
        return c.vereisten().stream().filter(v -> raakt(c, codes, v.producten()) || raakt(c, codes, v.met())).toList();
    }

    private Set<String> codes(Regeling regeling) {
        Set<String> codes = new HashSet<>();
        producten(regeling).forEach(p -> codes.add(p.code()));
        return codes;
    }

    private static boolean raakt(Combinaties c, Set<String> codes, List<String> namen) {
        for (String naam : namen) {
            for (String code : c.codes(naam)) {
                if (codes.contains(code)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean bevat(String waarde, String gezocht) {
        return waarde != null && normaal(waarde).contains(gezocht);
    }

    /** Lower case without accents, so "client" finds "Cliëntgebonden". */
    private static String normaal(String s) {
        return DIAKRIET.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
