package nl.indiceer.regeling;

import java.util.List;

/** A municipality in a region, with how it buys products where that differs from the default. */
public record Gemeente(String naam, String cbs, List<Bekostigingsregel> bekostiging) {

    public Gemeente {
        bekostiging = Onveranderlijk.lijst(bekostiging);
    }
}
