package dev.propensity.registry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a version number is written for people ("v3") and read back from them ("3" or "v3"). */
public final class VersionLabel {
    private static final Pattern LABEL = Pattern.compile("[vV]?([1-9][0-9]{0,8})");

    private VersionLabel() {
    }

    /** The label of a version number, such as "v3". */
    public static String format(int number) {
        return "v" + number;
    }

    /**
     * Reads "3" or "v3" as version 3.
     *
     * @throws RegistryException of kind {@link RegistryException.Kind#INVALID_REQUEST} for anything else
     */
    public static int parse(String text) {
        Matcher m = LABEL.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new RegistryException(RegistryException.Kind.INVALID_REQUEST,
                    "'" + text + "' is not a model version: write it as 3 or v3");
        }
        return Integer.parseInt(m.group(1));
    }

    /** The number of a version folder's name such as "v3", or -1 when the name is not a version folder. */
    static int ofFolderName(String name) {
        if (name.isEmpty() || name.charAt(0) != 'v') {
            return -1;
        }
        Matcher m = LABEL.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
