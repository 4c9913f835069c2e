package dev.propensity.registry;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;

/**
 * The succession of champions read from the history, as a stack: a promotion pushes, a rollback pops.
 * Rolling back goes to the champion below the current one, so rolling back twice after promoting v1, v2
 * and v3 returns to v1, not to v3.
 */
final class ChampionLineage {
    private ChampionLineage() {
    }

    /**
     * The version a rollback would return to, empty when there is none.
     *
     * @param history the history, oldest first
     * @param current the champion the alias names now
     */
    static OptionalInt previous(List<HistoryEntry> history, OptionalInt current) {
        Deque<Integer> stack = new ArrayDeque<>();
        for (HistoryEntry entry : history) {
            switch (entry.action()) {
                case PROMOTE -> stack.push(entry.to());
                case ROLLBACK -> {
                    stack.poll();
                    if (stack.isEmpty() || stack.peek() != entry.to()) {
                        stack.push(entry.to());
                    }
                }
                case REFUSE -> { }
            }
        }
        // The alias moves before its history line is written; a crash between the two leaves a champion the
        // history does not know yet. It is still the current one, and what the history knows lies below it.
        if (current.isPresent() && (stack.isEmpty() || stack.peek() != current.getAsInt())) {
            stack.push(current.getAsInt());
        }
        if (stack.size() < 2) {
            return OptionalInt.empty();
        }
        stack.pop();
        return OptionalInt.of(stack.peek());
    }
}
