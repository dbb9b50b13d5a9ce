package org.distsim.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the {@code Implementation-Version} the build writes into the jar's manifest,
 * and the Java runtime, which is what a bug report needs. Run from the class files (an IDE, the
 * tests) there is no manifest, and the version reads {@code development build}.
 */
final class ManifestVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Distsim.class.getPackage().getImplementationVersion();
        return new String[] {
            "distsim " + (version == null ? "(development build)" : version),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
        };
    }
}
