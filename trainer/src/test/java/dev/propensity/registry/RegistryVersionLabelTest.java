package dev.propensity.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryVersionLabelTest {
    @Test
    void aVersionIsShownWithAV() {
        assertEquals("v3", VersionLabel.format(3));
    }

    @Test
    void aVersionIsAcceptedWithOrWithoutTheV() {
        assertEquals(3, VersionLabel.parse("3"));
        assertEquals(3, VersionLabel.parse("v3"));
        assertEquals(12, VersionLabel.parse(" V12 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v", "0", "v0", "-1", "03", "v3.1", "three", "99999999999"})
    void anythingElseIsABadRequestThatQuotesTheText(String text) {
        RegistryException e = assertThrows(RegistryException.class, () -> VersionLabel.parse(text));
        assertEquals(RegistryException.Kind.INVALID_REQUEST, e.kind());
        assertEquals("'" + text + "' is not a model version: write it as 3 or v3", e.getMessage());
    }

    @Test
    void onlyLowerCaseVFolderNamesAreVersionFolders() {
        assertEquals(7, VersionLabel.ofFolderName("v7"));
        assertEquals(-1, VersionLabel.ofFolderName("7"));
        assertEquals(-1, VersionLabel.ofFolderName("V7"));
        assertEquals(-1, VersionLabel.ofFolderName(".tmp-v7-abc"));
    }
}
