package nl.indiceer.declaratie;

/** The law an allocation is made under: it decides which standard applies (iJw or iWmo) and its exceptions. */
public enum Wet {
    JEUGDWET, WMO
}
