package dev.propensity.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list that is the same in many answers (a persona's recommended products), kept with its JSON text as the API's
 * mapper writes it, so that the answer writer copies its bytes instead of writing it field by field for every lead.
 * To everything else, the mapper included, it is an ordinary unmodifiable list.
 */
public final class PreWrittenList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> items;
    private final SerializedString json;

    private PreWrittenList(List<T> items, SerializedString json) {
        this.items = items;
        this.json = json;
    }

    /** The items, copied, with their JSON written once now. */
    public static <T> PreWrittenList<T> of(List<T> items) {
        List<T> copy = List.copyOf(items);
        try {
            SerializedString json = new SerializedString(Json.MAPPER.writeValueAsString(copy));
            json.asUnquotedUTF8(); // its bytes made now, before other threads can read them
            return new PreWrittenList<>(copy, json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("items that the API's mapper cannot write: " + e.getOriginalMessage(), e);
        }
    }

    /** The list as JSON, exactly as {@code Json.MAPPER} writes it. */
    SerializedString json() {
        return json;
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
