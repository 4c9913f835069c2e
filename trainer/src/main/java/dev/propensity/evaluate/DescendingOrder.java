package dev.propensity.evaluate;

/**
 * Row numbers ordered by score, highest first, equal scores in row order: the order of a stable sort of boxed
 * row numbers by descending score, from a merge sort of primitive arrays (no boxed row per lead).
 */
public final class DescendingOrder {
    private DescendingOrder() {
    }

    public static int[] of(double[] scores) {
        int n = scores.length;
        int[] order = new int[n];
        int[] buffer = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Bottom-up merge sort; taking from the left run on ties keeps it stable.
        for (int width = 1; width < n; width *= 2) {
            for (int from = 0; from < n - width; from += 2 * width) {
                int middle = from + width;
                int to = Math.min(from + 2 * width, n);
                int left = from;
                int right = middle;
                int k = from;
                while (left < middle && right < to) {
                    buffer[k++] = Double.compare(scores[order[right]], scores[order[left]]) > 0
                            ? order[right++] : order[left++];
                }
                while (left < middle) {
                    buffer[k++] = order[left++];
                }
                while (right < to) {
                    buffer[k++] = order[right++];
                }
                System.arraycopy(buffer, from, order, from, to - from);
            }
        }
        return order;
    }
}
