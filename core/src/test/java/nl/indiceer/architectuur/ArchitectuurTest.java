package nl.indiceer.architectuur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is pure: no framework, and the rules do not depend on the engine that applies them. */
@AnalyzeClasses(packages = "nl.indiceer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectuurTest {

    @ArchTest
    static final ArchRule geenFrameworkInDeKern = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta..", "javax.persistence..", "picocli..", "org.hibernate..");

    @ArchTest
    static final ArchRule regelingKentGeenMotor = noClasses().that().resideInAPackage("nl.indiceer.regeling..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.indiceer.berekening..", "nl.indiceer.toetsing..",
                    "nl.indiceer.kosten..", "nl.indiceer.aanvraag..", "nl.indiceer.normenkader..");

    @ArchTest
    static final ArchRule toetsenKennenDeMotorNiet = noClasses().that().resideInAnyPackage("nl.indiceer.toetsing..",
                    "nl.indiceer.kosten..", "nl.indiceer.volume..", "nl.indiceer.rekensom..", "nl.indiceer.getal..")
            .should().dependOnClassesThat().resideInAPackage("nl.indiceer.berekening..");

    @ArchTest
    static final ArchRule geenUitvoerInDeMotor = noClasses().that().resideInAnyPackage("nl.indiceer.berekening..",
                    "nl.indiceer.toetsing..", "nl.indiceer.volume..", "nl.indiceer.kosten..", "nl.indiceer.rekensom..",
                    "nl.indiceer.getal..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..");

    /** Capabilities depend on each other in one direction only, so each can be read and changed on its own. */
    @ArchTest
    static final ArchRule geenKringen = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("nl.indiceer.(*)..").should().beFreeOfCycles();

    /** The declaration check (issue 11) is pure: the berichten module reads and writes, this package only decides. */
    @ArchTest
    static final ArchRule declaratieZonderInvoerOfUitvoer = noClasses().that().resideInAPackage("nl.indiceer.declaratie..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "javax.xml..",
                    "nl.indiceer.berekening..", "nl.indiceer.aanvraag..");

    @ArchTest
    static final ArchRule regelingKentDeDeclaratiecontroleNiet = noClasses().that().resideInAPackage("nl.indiceer.regeling..")
            .should().dependOnClassesThat().resideInAPackage("nl.indiceer.declaratie..");
}
