package dev.propensity.notebook.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kernel as Jupyter's execute requests drive it: cells in, results or failures out. */
class PropensityKernelTest {
    private static PropensityKernel kernel;

    @BeforeAll
    static void start() {
        kernel = PropensityKernel.builder().build();
    }

    @AfterAll
    static void stop() {
        kernel.onShutdown(false);
    }

    @Test
    void aCellsLastExpressionIsItsResultAndDeclarationsCarryToLaterCells() {
        assertNull(kernel.eval("int base = 40;"), "a declaration alone shows nothing");
        DisplayData result = kernel.eval("int more = 2;\nbase + more");
        assertEquals("42", result.getData(MIMEType.TEXT_PLAIN));
        assertEquals("43", kernel.eval("base + more + 1").getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void aCellEndingInAStatementHasNoResult() {
        assertNull(kernel.eval("List<Integer> seen = new ArrayList<>();\nseen.add(1);\nfor (int i = 0; i < 3; i++) { seen.add(i); }"));
        assertEquals("[1, 0, 1, 2]", kernel.eval("seen").getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void aTableResultIsShownAsEscapedHtmlAndAsText() {
        DisplayData result = kernel.eval("Table.of(\"field\", \"win rate\").row(\"<b>referral</b>\", 0.41234)");
        String html = (String) result.getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("<td>&lt;b&gt;referral&lt;/b&gt;</td><td>0.412</td>"), html);
        assertTrue(((String) result.getData(MIMEType.TEXT_PLAIN)).contains("referral"), "text fallback");
    }

    @Test
    void aChartResultIsShownAsAPngPicture() {
        DisplayData result = kernel.eval("BarChart.of(\"Win rate\", \"share\").bar(\"web\", 0.2, 0.15, 0.25).bar(\"referral\", 0.4)");
        byte[] png = Base64.getDecoder().decode((String) result.getData(MIMEType.IMAGE_PNG));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        assertTrue(((String) result.getData(MIMEType.TEXT_PLAIN)).contains("web: 0.200 [0.150, 0.250]"));
    }

    @Test
    void anExceptionFailsTheCellWithItsClassMessageAndTheCellsFrames() {
        CellFailedException failed = assertThrows(CellFailedException.class, () -> kernel.eval(
                "int before = 7;\nvoid explode() { throw new IllegalStateException(\"no champion\"); }\nexplode();\nint after = 8;"));
        assertEquals("java.lang.IllegalStateException: no champion", failed.getMessage());
        assertTrue(failed.details().stream().anyMatch(line -> line.contains("explode")), failed.details().toString());
        assertTrue(Arrays.stream(failed.getStackTrace()).noneMatch(f -> f.getClassName().startsWith("dev.propensity.notebook")),
                "the error reply's frames are the cell's, not the kernel's");
        assertEquals("7", kernel.eval("before").getData(MIMEType.TEXT_PLAIN), "what ran before the failure stays");
        assertThrows(CellFailedException.class, () -> kernel.eval("after"), "what came after it never ran");
        List<String> shown = kernel.formatError(failed);
        assertTrue(shown.get(0).contains("java.lang.IllegalStateException: no champion"), shown.toString());
    }

    @Test
    void aCompileErrorFailsTheCellNamingTheProblemAndPointingAtIt() {
        CellFailedException failed = assertThrows(CellFailedException.class, () -> kernel.eval("String s = undefinedThing + 1;"));
        assertTrue(failed.getMessage().startsWith("the cell does not compile: cannot find symbol"), failed.getMessage());
        assertTrue(failed.details().stream().anyMatch(line -> line.trim().startsWith("^^^")), failed.details().toString());
    }

    @Test
    void aMissingBraceIsACompileErrorNotASilentlyIgnoredRest() {
        CellFailedException failed = assertThrows(CellFailedException.class, () -> kernel.eval("int ok = 1;\nif (ok > 0) {"));
        assertTrue(failed.getMessage().startsWith("the cell does not compile"), failed.getMessage());
    }

    @Test
    void usingSomethingNeverDefinedFailsTheCell() {
        CellFailedException failed = assertThrows(CellFailedException.class,
                () -> kernel.eval("int twice() { return 2 * notYetDefined(); }\ntwice()"));
        assertTrue(failed.getMessage().contains("notYetDefined"), failed.getMessage());
    }

    @Test
    void theKernelIsTheOneShowDisplaysThrough() {
        assertEquals(kernel, BaseKernel.notebookKernel());
    }

    @Test
    void completenessTellsAConsoleWhetherToRunOrWaitForMoreLines() {
        assertEquals(BaseKernel.IS_COMPLETE_YES, kernel.isComplete("int x = 1;"));
        assertEquals("    ", kernel.isComplete("for (int i = 0; i < 3; i++) {"));
    }
}
