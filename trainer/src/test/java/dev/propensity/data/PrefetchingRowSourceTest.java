package dev.propensity.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefetchingRowSourceTest {
    /** Rows "0", "1", ... with positions as a CSV source gives them; fails at {@code failAt} if not negative. */
    private static final class Counting implements RowSource {
        private final int rows;
        private final int failAt;
        private int row;
        boolean closed;

        Counting(int rows, int failAt) {
            this.rows = rows;
            this.failAt = failAt;
        }

        @Override
        public List<String> header() {
            return List.of("n");
        }

        @Override
        public String[] next() throws IOException {
            if (row == failAt) {
                throw new IOException("broken at " + row);
            }
            return row == rows ? null : new String[] {Integer.toString(row++)};
        }

        @Override
        public String position() {
            return "data row " + (row + 1);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void sameRowsAndPositionsAsTheSource() throws IOException {
        Counting source = new Counting(2500, -1);
        try (PrefetchingRowSource rows = new PrefetchingRowSource(source, "test")) {
            assertEquals(List.of("n"), rows.header());
            assertEquals("data row 1", rows.position());
            for (int i = 0; i < 2500; i++) {
                assertArrayEquals(new String[] {Integer.toString(i)}, rows.next());
                assertEquals("data row " + (i + 2), rows.position());
            }
            assertNull(rows.next());
            assertNull(rows.next());
        }
        assertTrue(source.closed);
    }

    @Test
    void theSourcesFailureComesAfterTheRowsBeforeIt() throws IOException {
        try (PrefetchingRowSource rows = new PrefetchingRowSource(new Counting(3000, 1100), "test")) {
            for (int i = 0; i < 1100; i++) {
                assertArrayEquals(new String[] {Integer.toString(i)}, rows.next());
            }
            IOException failure = assertThrows(IOException.class, rows::next);
            assertEquals("broken at 1100", failure.getMessage());
            assertSame(failure, assertThrows(IOException.class, rows::next));
        }
    }
}
