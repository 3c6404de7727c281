package nl.indiceer.web.berichten;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Text keys for answering requests ({@code #{${@antwoordWeergave.reden(...)}}}): the reasons of code list WJ759 (their
 * official Dutch labels are in teksten/berichten.properties) and what the woonplaatsbeginsel check found.
 */
@Component("antwoordWeergave")
public class Antwoordweergave {

    private static final Map<String, String> REDEN = Map.of(
            "1", "berichten.afwijzing.reden.1",
            "2", "berichten.afwijzing.reden.2",
            "3", "berichten.afwijzing.reden.3",
            "4", "berichten.afwijzing.reden.4",
            "5", "berichten.afwijzing.reden.5",
            "6", "berichten.afwijzing.reden.6",
            "7", "berichten.afwijzing.reden.7",
            "8", "berichten.afwijzing.reden.8",
            "9", "berichten.afwijzing.reden.9");

    private static final Map<String, String> CONTROLE = Map.of(
            Inkoopcontrole.CLIENT_ONBEKEND, "berichten.controle.CLIENT_ONBEKEND",
            Inkoopcontrole.ADRES_ONBEKEND, "berichten.controle.ADRES_ONBEKEND",
            Inkoopcontrole.ANDERE_WOONPLAATS, "berichten.controle.ANDERE_WOONPLAATS");

    private static final Map<String, String> FOUT = Map.of(
            "ONGELDIGE_REDEN", "berichten.afwijzing.fout.reden",
            "ONBEKENDE_REFERENTIE", "berichten.afwijzing.fout.referentie",
            "ONGELDIGE_GEMEENTE", "berichten.afwijzing.fout.gemeente");

    public String reden(String code) {
        return sleutel(REDEN, code);
    }

    public String controle(String code) {
        return sleutel(CONTROLE, code);
    }

    public String fout(String code) {
        return sleutel(FOUT, code);
    }

    private static String sleutel(Map<String, String> sleutels, String code) {
        String s = sleutels.get(code);
        if (s == null) {
            throw new IllegalArgumentException("onbekende code " + code);
        }
        return s;
    }
}
