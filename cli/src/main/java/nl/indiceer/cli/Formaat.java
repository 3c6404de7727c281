package nl.indiceer.cli;

/** Output format of the commands: readable Dutch text, or JSON for other systems. */
enum Formaat { json, tekst }
