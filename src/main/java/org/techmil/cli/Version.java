package org.techmil.cli;

import picocli.CommandLine;

/** Reports techmil's version and the Java and Jena it runs on. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[]{"techmil " + (v == null ? "(development build)" : v),
                "Java " + Runtime.version() + ", Apache Jena " + org.apache.jena.sys.JenaSystem.class.getPackage().getImplementationVersion()};
    }
}
