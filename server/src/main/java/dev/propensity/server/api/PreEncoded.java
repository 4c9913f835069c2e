package dev.propensity.server.api;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts that recur from answer to answer (field names, reason sentences, rule reasons, persona and rep texts), kept
 * with their quoted UTF-8 bytes so that writing one is a copy. Writing a text is otherwise a loop over its
 * characters with an escape check each, and most of an answer's text repeats: a sample answer of 4.8 KB held
 * about 2 KB of such texts, written anew every time.
 *
 * <p>Bounded: when it holds {@link #MAX_TEXTS} texts it starts again empty, so a stream of one-off texts (numbers
 * in sentences beyond the sentence cache, say) costs memory only up to that bound.
 */
public final class PreEncoded {
    /** About 200 bytes a text; a few MB at most. */
    static final int MAX_TEXTS = 20_000;

    private static final ConcurrentHashMap<String, SerializedString> TEXTS = new ConcurrentHashMap<>();

    private PreEncoded() {
    }

    /** The text with its bytes, made and kept on first use. */
    public static SerializedString of(String text) {
        SerializedString encoded = TEXTS.get(text);
        if (encoded == null) {
            if (TEXTS.mappingCount() >= MAX_TEXTS) {
                TEXTS.clear();
            }
            encoded = new SerializedString(text);
            TEXTS.putIfAbsent(text, encoded);
        }
        return encoded;
    }

    /** How many texts are kept (for tests). */
    static long size() {
        return TEXTS.mappingCount();
    }
}
