// SPDX-License-Identifier: Apache-2.0
package org.dateline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The allowed directions of dependency, in one place (STYLE.md "Dependencies point inward"):
 * {@code ui}, {@code cli} → {@code extract}, {@code ingest}, {@code store}, {@code export} → {@code model}.
 */
@AnalyzeClasses(packages = "org.dateline", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {
    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("org.dateline.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml.jackson..")
            .because("the model is plain records and enums, usable by every layer and by tests without a toolkit");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.dateline.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.dateline.ingest..", "org.dateline.extract..",
                    "org.dateline.store..", "org.dateline.export..", "org.dateline.ui..", "org.dateline.cli..")
            .because("dependencies point inward, and the model is the centre");

    @ArchTest
    static final ArchRule onlyUiTouchesJavaFx = noClasses().that().resideOutsideOfPackage("org.dateline.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("only the app draws; PNG export is reached from the command line through ui.timeline");

    @ArchTest
    static final ArchRule coreDoesNotKnowItsFrontEnds = noClasses().that()
            .resideInAnyPackage("org.dateline.ingest..", "org.dateline.extract..", "org.dateline.store..",
                    "org.dateline.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.dateline.ui..", "org.dateline.cli..")
            .because("the app and the command line are two front ends over the same core");
}
