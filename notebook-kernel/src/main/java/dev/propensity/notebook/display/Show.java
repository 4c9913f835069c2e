package dev.propensity.notebook.display;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * Displays something in the middle of a cell (a cell's last expression is displayed anyway): a {@link Table} as
 * HTML, a chart ({@link BarChart}, {@link LineChart}) or any {@code BufferedImage} as PNG, anything else as text.
 * The kernel imports these methods statically into every notebook.
 */
public final class Show {
    private Show() {
    }

    /** Displays {@code value} as the kernel's renderer best can. */
    public static void show(Object value) {
        BaseKernel kernel = BaseKernel.notebookKernel();
        kernel.display(value instanceof DisplayData data ? data : kernel.getRenderer().render(value));
    }

    /** Displays a piece of HTML (with its text for consoles that cannot show HTML). */
    public static void html(String html) {
        DisplayData data = new DisplayData(html.replaceAll("<[^>]+>", ""));
        data.putHTML(html);
        BaseKernel.notebookKernel().display(data);
    }

    /** Displays Markdown: a heading or a sentence about what a cell found. */
    public static void markdown(String markdown) {
        DisplayData data = new DisplayData(markdown);
        data.putMarkdown(markdown);
        BaseKernel.notebookKernel().display(data);
    }
}
