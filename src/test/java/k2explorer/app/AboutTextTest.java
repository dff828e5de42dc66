package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What Help → About says about the app's version: words, not a build tool's suffix. */
class AboutTextTest {
    @Test
    void aSnapshotVersionReadsAsADevelopmentBuildAndAReleaseAsItself() {
        assertEquals("1.0.0 (development build)", AboutDialogs.versionInWords("1.0.0-SNAPSHOT"));
        assertEquals("1.2.0", AboutDialogs.versionInWords("1.2.0"));
        // Run from the sources, the build has no version: never "{0}" or an empty name.
        assertEquals("(development build)", AboutDialogs.versionInWords(""));
    }
}
