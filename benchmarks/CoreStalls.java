import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How often this machine takes a core away from a thread that never gives it up: one thread spins reading
 * {@link System#nanoTime()} and counts the gaps between two consecutive reads by length. Run pinned to one core at a
 * real-time priority ({@code taskset -c N chrt -f 1}, as {@code core-stalls.sh} does), so that no ordinary thread of
 * this machine can take the core: a gap of a millisecond or more is then time the core did not run at all for this
 * thread (an interrupt's work, or the hypervisor running something else on this virtual CPU). It spins 900 ms and
 * sleeps 100 ms in turn, after a second's rest, so that the kernel's real-time throttling (950 ms a second at most,
 * then a 50 ms stop) never cuts in.
 *
 * <p>usage: {@code java CoreStalls.java SECONDS} (prints one tab-separated line per gap length: length, gaps,
 * gaps per second, share of the spun time; then the longest gap)
 */
public final class CoreStalls {
    private static final long[] EDGES = {50_000L, 100_000L, 500_000L, 1_000_000L, 3_000_000L, 5_000_000L, 10_000_000L, Long.MAX_VALUE};
    private static final String[] LENGTHS = {"50-100 µs", "0.1-0.5 ms", "0.5-1 ms", "1-3 ms", "3-5 ms", "5-10 ms", ">= 10 ms"};
    private static final long SPIN_NANOS = TimeUnit.MILLISECONDS.toNanos(900);

    private CoreStalls() {
    }

    public static void main(String[] args) throws InterruptedException {
        long seconds = Long.parseLong(args[0]);
        long[] counts = new long[LENGTHS.length];
        long[] lost = new long[LENGTHS.length];
        long spun = 0;
        long longest = 0;
        // The JVM's start ran at this priority too: let the throttling's budget refill before the first window.
        Thread.sleep(1_000);
        for (long window = 0; window < seconds; window++) {
            long start = System.nanoTime();
            long last = start;
            while (last - start < SPIN_NANOS) {
                long now = System.nanoTime();
                long gap = now - last;
                if (gap >= EDGES[0]) {
                    int bucket = 0;
                    while (gap >= EDGES[bucket + 1]) {
                        bucket++;
                    }
                    counts[bucket]++;
                    lost[bucket] += gap;
                    longest = Math.max(longest, gap);
                }
                last = now;
            }
            spun += last - start;
            Thread.sleep(100);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < LENGTHS.length; i++) {
            out.append(String.format(Locale.ROOT, "%s\t%d\t%.2f\t%.3f%n", LENGTHS[i], counts[i], counts[i] / (spun / 1e9),
                    100.0 * lost[i] / spun));
        }
        out.append(String.format(Locale.ROOT, "longest\t%.2f%n", longest / 1e6));
        System.out.print(out);
    }
}
