package dev.propensity.registry;

import java.util.Set;

/** Which names a caller may give to a file inside a version folder. */
final class FileNames {
    /** Names the registry writes itself, which a caller's extra file must not replace. */
    static final Set<String> RESERVED = Set.of(ModelVersion.MODEL_FILE, ModelVersion.MANIFEST_FILE);

    private FileNames() {
    }

    /**
     * Accepts a plain name such as "report.html"; a separator or ".." could reach outside the version folder,
     * and a leading dot would hide the file.
     */
    static String checkPlain(String name) {
        if (name == null || name.isBlank() || name.startsWith(".") || name.contains("/") || name.contains("\\")
                || name.contains(":") || name.contains("\0")) {
            throw new RegistryException(RegistryException.Kind.INVALID_REQUEST,
                    "'" + name + "' is not a plain file name for a version folder (no folders, no leading dot)");
        }
        return name;
    }

    /** Accepts a name for an extra file: plain, and not one the registry writes itself. */
    static String checkExtra(String name) {
        checkPlain(name);
        if (RESERVED.contains(name)) {
            throw new RegistryException(RegistryException.Kind.INVALID_REQUEST,
                    "extra file '" + name + "' would replace a file the registry writes itself");
        }
        return name;
    }
}
