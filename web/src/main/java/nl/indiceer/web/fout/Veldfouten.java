package nl.indiceer.web.fout;

import java.util.List;
import java.util.Map;

/** An invalid request: 400 problem+json with a stable code and every wrong field in {@code fouten} as {pad, code, melding}. */
public class Veldfouten extends RuntimeException {

    private final String code;
    private final String titel;
    private final List<Map<String, String>> fouten;

    public Veldfouten(String code, String titel, List<Map<String, String>> fouten) {
        super(fouten.size() == 1 ? "1 fout" : fouten.size() + " fouten", null, false, false);
        this.code = code;
        this.titel = titel;
        this.fouten = List.copyOf(fouten);
    }

    public static Map<String, String> fout(String pad, String code, String melding) {
        return Map.of("pad", pad, "code", code, "melding", melding);
    }

    public String code() {
        return code;
    }

    public String titel() {
        return titel;
    }

    public List<Map<String, String>> fouten() {
        return fouten;
    }
}
