package org.techmil.cli;

import picocli.CommandLine;

/** Reports techmil's version and the Java and Jena it runs on. */
final class Version implements CommandLine.IVersionProvider {
    /** Jena's own version, from the Maven metadata that the jar keeps (its manifest is techmil's). */
    static String jenaVersion() {
        try (var in = Version.class.getClassLoader().getResourceAsStream("META-INF/maven/org.apache.jena/jena-core/pom.properties")) {
            if (in == null)
                return "(unknown)";
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "(unknown)");
        } catch (java.io.IOException e) {
            return "(unknown)";
        }
    }

    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[]{"techmil " + (v == null ? "(development build)" : v),
                "Java " + Runtime.version() + ", Apache Jena " + jenaVersion()};
    }
}
