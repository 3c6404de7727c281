package nl.indiceer.berekening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.aanvraag.Post;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Gemeente;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Variant;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Rekenconstanten;
import nl.indiceer.volume.Volumeopbouw;

/**
 * Step 2: what the JSON reader cannot know, checked against the rulebook in force: names that must exist in
 * it (municipality, products, variants, running allocations), units that fit the product, phases within the
 * validity. A problem here is invalid input (exit 2), not a finding.
 */
final class Invoercontrole {

    private Invoercontrole() {
    }

    /** What the JSON reader cannot know: names that must exist in this rulebook. */
    static void controleer(Aanvraag aanvraag, Regeling regeling, Rekenconstanten k) {
        List<Invoerfout> fouten = new ArrayList<>();
        if (aanvraag.gemeente() != null && !regeling.gemeenten().isEmpty() && regeling.gemeente(aanvraag.gemeente()) == null) {
            fouten.add(new Invoerfout("gemeente", "ONBEKENDE_GEMEENTE", "'" + aanvraag.gemeente() + "' hoort niet bij regio "
                    + regeling.regio() + "; kies uit " + String.join(", ", regeling.gemeenten().stream().map(Gemeente::naam).toList())));
        }
        for (int i = 0; i < aanvraag.lopendeToewijzingen().size(); i++) {
            LopendeToewijzing t = aanvraag.lopendeToewijzingen().get(i);
            if (regeling.product(t.product()) == null) {
                fouten.add(new Invoerfout("lopende_toewijzingen[" + i + "].product", "ONBEKEND_PRODUCT",
                        "onbekend product '" + t.product() + "' in de regeling van " + regeling.regio()));
            }
        }
        var tijdregels = regeling.combinaties().tijdregels();
        for (String feit : aanvraag.feiten().keySet()) {
            if (tijdregels.feit(feit) == null) {
                fouten.add(new Invoerfout(nl.indiceer.aanvraag.JsonVelden.pad("feiten", feit), "ONBEKEND_FEIT", "de regeling van " + regeling.regio()
                        + " kent dit feit niet" + (tijdregels.feiten().isEmpty() ? "; zij vraagt geen feiten"
                        : "; kies uit " + String.join(", ", tijdregels.feiten().stream().map(nl.indiceer.regeling.Feit::naam).toList()))));
            } else if (tijdregels.feit(feit).soort() == nl.indiceer.regeling.Feitsoort.GETAL) {
                fouten.add(new Invoerfout(nl.indiceer.aanvraag.JsonVelden.pad("feiten", feit), "GEEN_GETAL",
                        "dit feit is een getal in de regeling van " + regeling.regio() + ", geen true of false"));
            }
        }
        Feitsoorten.controleer(aanvraag, regeling, fouten);
        for (int i = 0; i < aanvraag.producten().size(); i++) {
            Productregel r = aanvraag.producten().get(i);
            String pad = "producten[" + i + "]";
            if (!r.pauzeert().isEmpty() && tijdregels.pauzes().stream()
                    .noneMatch(z -> regeling.combinaties().bevat(z.producten(), r.product()))) {
                fouten.add(new Invoerfout(pad + ".pauzeert", "PAUZEREN_NIET_MOGELIJK", "'" + r.product()
                        + "' zet volgens de regeling geen andere hulp op pauze (combinaties.pauzeert_andere_hulp)"));
            }
            if (r.einddatum().isBefore(r.begindatum())) {
                fouten.add(new Invoerfout(pad + ".einddatum", "EINDE_VOOR_BEGIN", "ligt voor de begindatum (" + r.begindatum() + ")"));
                continue;
            }
            Product p = regeling.product(r.product());
            if (p == null) {
                fouten.add(new Invoerfout(pad + ".product", "ONBEKEND_PRODUCT", "onbekend product '" + r.product()
                        + "' in de regeling van " + regeling.regio() + " (" + regeling.geldigVanaf() + ")" + suggestie(regeling, r.product())));
                continue;
            }
            if (aanvraag.client() != null && aanvraag.client().geboortedatum() != null
                    && aanvraag.client().geboortedatum().isAfter(r.begindatum())) {
                fouten.add(new Invoerfout("client.geboortedatum", "GEBOORTE_NA_START", "ligt na de begindatum van "
                        + pad + " (" + r.begindatum() + ")"));
            }
            String variant = r.productkeuze().variant();
            if (variant != null && p.variant(variant) == null) {
                List<Variant> varianten = p.grenzen().varianten();
                fouten.add(new Invoerfout(pad + ".variant", "ONBEKENDE_VARIANT", "'" + variant + "' is geen variant van "
                        + p.naam() + (varianten.isEmpty() ? "; het product heeft geen varianten"
                        : "; kies uit " + String.join(", ", varianten.stream().map(Variant::naam).toList()))));
            }
            if (r.soort() instanceof Regelsoort.Vervolg vervolg && aanvraag.lopende(vervolg.toewijzing()) == null) {
                fouten.add(new Invoerfout(pad + "." + veldnaam(vervolg), "ONBEKENDE_TOEWIJZING",
                        "geen lopende toewijzing met id '" + vervolg.toewijzing() + "'"));
            }
            Eenheid eenheid = p.eenheidVoor(r.financiering());
            Eenheid basis = Volumeopbouw.basisVan(eenheid);
            Geldigheidsduur duur = Geldigheidsduur.van(r.begindatum(), r.einddatum(), k.wekenPerJaar());
            for (int j = 0; j < r.posten().size(); j++) {
                Post post = r.posten().get(j);
                if (post.isFase()) {
                    boolean inWeken = post.per() == Periode.WEEK;
                    BigDecimal beschikbaar = (inWeken ? duur.weken() : duur.maanden()).setScale(0, java.math.RoundingMode.CEILING);
                    if (post.fase().compareTo(beschikbaar) > 0) {
                        fouten.add(new Invoerfout(pad + ".posten[" + j + "]." + (inWeken ? "weken" : "maanden"), "FASE_TE_LANG",
                                Getal.nl(post.fase()) + (inWeken ? " weken" : " maanden") + " is langer dan de geldigheidsduur ("
                                        + Getal.nl(inWeken ? duur.weken() : duur.maanden()) + (inWeken ? " weken)" : " maanden)")));
                    }
                }
                boolean past = Volumeopbouw.past(basis, post.eenheid());
                if (eenheid == Eenheid.TRAJECT || !past) {
                    fouten.add(new Invoerfout(pad + ".posten[" + j + "]." + (post.hulp() != null ? "hulp" : veldnaam(post.eenheid())),
                            "EENHEID_PAST_NIET", p.naam() + " wordt geïndiceerd in " + eenheid.woord(true)
                                    + (eenheid == Eenheid.TRAJECT ? " en heeft geen posten"
                                    : post.hulp() != null ? "; de hulptabel '" + post.hulp().tabel() + "' geeft "
                                    + post.eenheid().woord(true) + ": kies een hulptabel in die eenheid of geef de duur zelf"
                                    : "; geef de duur in die eenheid")));
                }
            }
            boolean vast = p.grenzen().vastVolume() != null
                    || (variant != null && p.variant(variant) != null && p.variant(variant).vastVolume() != null);
            if (r.posten().isEmpty() && !vast && eenheid != Eenheid.TRAJECT) {
                // without posten the volume comes from the allocation extended or the relapse rule: it must fit
                Invoerfout volumebron = volumeZonderPosten(aanvraag, regeling, r, p, pad, basis);
                if (volumebron != null) {
                    fouten.add(volumebron);
                    continue;
                }
            }
            boolean heeftVolume = !r.posten().isEmpty() || vast
                    || eenheid == Eenheid.TRAJECT || r.soort() instanceof Regelsoort.Verlengt
                    || (r.soort() instanceof Regelsoort.TerugvalNa && regeling.terugval() != null);
            if (!heeftVolume) {
                fouten.add(new Invoerfout(pad + ".posten", "VERPLICHT", "bouw het volume op met minstens één post; "
                        + p.naam() + " heeft geen vast volume"));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeAanvraagException(fouten);
        }
    }

    /**
     * A line without posten that extends an allocation takes that allocation's volume, and one after a relapse
     * the region's relapse volume; either must be known and in a unit that converts to the product's, or the
     * line would silently have no volume at all.
     */
    private static Invoerfout volumeZonderPosten(Aanvraag aanvraag, Regeling regeling, Productregel r, Product p,
                                                 String pad, Eenheid basis) {
        if (r.soort() instanceof Regelsoort.Verlengt verlengt) {
            int k = aanvraag.lopendeToewijzingen().indexOf(aanvraag.lopende(verlengt.toewijzing()));
            if (k < 0) {
                return null; // reported as ONBEKENDE_TOEWIJZING
            }
            var omvang = aanvraag.lopendeToewijzingen().get(k).omvang();
            if (omvang == null || omvang.eenheid() == null) {
                return new Invoerfout("lopende_toewijzingen[" + k + "].volume", "VERPLICHT", "een verlenging zonder posten "
                        + "houdt het volume van deze toewijzing; geef dat volume (of posten in " + pad + ")");
            }
            if (!Volumeopbouw.past(basis, omvang.eenheid())) {
                return new Invoerfout("lopende_toewijzingen[" + k + "].eenheid", "EENHEID_PAST_NIET", "een volume in "
                        + omvang.eenheid().woord(true) + " past niet bij " + p.naam() + ", dat wordt geïndiceerd in "
                        + p.eenheidVoor(r.financiering()).woord(true));
            }
        }
        if (r.soort() instanceof Regelsoort.TerugvalNa && regeling.terugval() != null
                && !Volumeopbouw.past(basis, regeling.terugval().eenheid())) {
            return new Invoerfout(pad + ".posten", "VERPLICHT", "de terugvalregeling geeft een volume in "
                    + regeling.terugval().eenheid().woord(true) + ", dat niet past bij " + p.naam() + " ("
                    + p.eenheidVoor(r.financiering()).woord(true) + "); bouw het volume op met posten");
        }
        return null;
    }

    /** "; bedoelt u '54L03'?" when the code differs only in capitals; otherwise a pointer to the list. */
    private static String suggestie(Regeling regeling, String code) {
        for (Product p : regeling.producten()) {
            if (p.code().equalsIgnoreCase(code)) {
                return "; bedoelt u '" + p.code() + "'?";
            }
        }
        return "; zie 'indiceer regeling toon " + regeling.regio() + "'";
    }

    /** The request field that names the running allocation (docs/aanvraag-formaat.md). */
    private static String veldnaam(Regelsoort.Vervolg soort) {
        if (soort instanceof Regelsoort.Verlengt) {
            return "verlengt";
        }
        if (soort instanceof Regelsoort.Wijzigt) {
            return "wijzigt";
        }
        return soort instanceof Regelsoort.OvergangVan ? "overgang_van" : "terugval_na";
    }

    private static String veldnaam(Eenheid e) {
        return switch (e) {
            case MINUUT -> "minuten";
            case UUR -> "uren";
            case DAGDEEL -> "dagdelen";
            case ETMAAL -> "etmalen";
            default -> "stuks";
        };
    }

}
