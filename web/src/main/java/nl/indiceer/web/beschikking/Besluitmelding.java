package nl.indiceer.web.beschikking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.indiceer.beschikking.Ontbrekend;

/**
 * One thing that stands in the way of a decision, as the Besluiten page shows it: at the field it concerns
 * ({@code veld}, the input's id; null for the decision as a whole), as a message key of {@code teksten/beschikking}
 * with its arguments. Made from core's {@link Ontbrekend} codes and from the service's field errors.
 */
public record Besluitmelding(String veld, Integer regel, String sleutel, List<Object> argumenten) {

    static List<Besluitmelding> van(Collection<Ontbrekend> ontbrekend) {
        List<Besluitmelding> uit = new ArrayList<>();
        for (Ontbrekend o : ontbrekend) {
            Integer r = o.regel();
            String codes = o.parameters().get("bevindingen") instanceof Collection<?> c
                    ? String.join(", ", c.stream().map(String::valueOf).toList()) : "";
            uit.add(switch (o.code()) {
                case BESLUIT_ONTBREEKT -> new Besluitmelding(veld(r, "besluit"), r, "beschikking.ontbrekend.besluit", List.of());
                case HARDHEIDSCLAUSULE_NODIG -> new Besluitmelding(veld(r, "hardheidsclausule"), r,
                        "beschikking.ontbrekend.hardheidsclausule", List.of(codes));
                case MOTIVERING_NODIG -> new Besluitmelding(veld(r, "motivering"), r, "beschikking.ontbrekend.motivering",
                        List.of(codes));
                case TOEWIJZING_ONTBREEKT -> new Besluitmelding(veld(r, "toewijzing"), r, "beschikking.ontbrekend.toewijzing",
                        List.of());
                case REGEL_ONBEKEND -> new Besluitmelding(null, null, "beschikking.ontbrekend.regel-onbekend",
                        List.of(String.valueOf(o.parameters().get("regel"))));
                case GEEN_REGELS -> new Besluitmelding(null, null, "beschikking.ontbrekend.geen-regels", List.of());
                case NORMERING_ONVOLLEDIG -> new Besluitmelding(veld(r, "besluit"), r,
                        "beschikking.ontbrekend.normering", List.of());
            });
        }
        return uit;
    }

    /** The service's and the form's field errors ({@code pad}, {@code code}): paths {@code regels[i].veld}, soort, vorigeId. */
    static List<Besluitmelding> vanVeldfouten(Collection<Map<String, String>> fouten) {
        List<Besluitmelding> uit = new ArrayList<>();
        for (Map<String, String> f : fouten) {
            String pad = f.getOrDefault("pad", "");
            Integer r = null;
            var m = java.util.regex.Pattern.compile("regels\\[(\\d{1,3})]\\.(\\w+)").matcher(pad);
            if (m.matches()) {
                r = Integer.parseInt(m.group(1));
            }
            String sleutel = switch (f.getOrDefault("code", "")) {
                case "REDEN_ONTBREEKT" -> "beschikking.fout.reden";
                case "ONBEKEND_BESLUIT" -> "beschikking.fout.besluit-onbekend";
                case "ONBEKENDE_SOORT" -> "beschikking.fout.soort";
                case "VORIGE_ONTBREEKT", "BESCHIKKING_ONBEKEND" -> "beschikking.fout.vorige";
                case "GEEN_VORIGE_BIJ_EERSTE" -> "beschikking.fout.vorige-bij-eerste";
                case "TOEWIJZING_ONBEKEND" -> "beschikking.fout.toewijzing-onbekend";
                default -> "beschikking.fout.onbekend";
            };
            String veld = r != null ? veld(r, m.group(2))
                    : pad.startsWith("vorige") ? "vorige" : pad.equals("soort") ? "soort" : null;
            uit.add(new Besluitmelding(veld, r, sleutel, List.of()));
        }
        return uit;
    }

    static String veld(Integer regel, String naam) {
        return regel == null ? null : "regels-" + regel + "-" + naam;
    }
}
