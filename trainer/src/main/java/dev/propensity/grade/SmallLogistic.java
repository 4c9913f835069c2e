package dev.propensity.grade;

/**
 * Logistic regression on a handful of dense features by Newton's method, with a small ridge penalty on the
 * weights (not the intercept) so that a type never seen among wins cannot run off to infinity. Deterministic.
 */
final class SmallLogistic {
    static final double RIDGE = 1e-2;

    private SmallLogistic() {
    }

    /** Returns {bias, w_1 ... w_k}. */
    static double[] fit(double[][] x, byte[] y) {
        int k = x.length == 0 ? 0 : x[0].length;
        double[] beta = new double[k + 1];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[k + 1];
            double[][] hessian = new double[k + 1][k + 1];
            for (int i = 0; i < x.length; i++) {
                double z = beta[0];
                for (int j = 0; j < k; j++) {
                    z += beta[j + 1] * x[i][j];
                }
                double p = DecayEngagement.sigmoid(z);
                double r = p - y[i];
                double w = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a <= k; a++) {
                    double xa = a == 0 ? 1 : x[i][a - 1];
                    gradient[a] += r * xa;
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += w * xa * (b == 0 ? 1 : x[i][b - 1]);
                    }
                }
            }
            for (int a = 0; a <= k; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
                if (a > 0) {
                    gradient[a] += RIDGE * beta[a];
                    hessian[a][a] += RIDGE;
                }
                hessian[a][a] += 1e-9;
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int a = 0; a <= k; a++) {
                beta[a] -= step[a];
                largest = Math.max(largest, Math.abs(step[a]));
            }
            if (largest < 1e-9) {
                break;
            }
        }
        return beta;
    }

    static double logLoss(double[] beta, double[][] x, byte[] y) {
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
            double z = beta[0];
            for (int j = 0; j < x[i].length; j++) {
                z += beta[j + 1] * x[i][j];
            }
            double p = Math.min(Math.max(DecayEngagement.sigmoid(z), 1e-12), 1 - 1e-12);
            loss -= y[i] == 1 ? Math.log(p) : Math.log(1 - p);
        }
        return x.length == 0 ? 0 : loss / x.length;
    }

    /** Gaussian elimination with partial pivoting; the matrix is small and positive definite. */
    private static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][];
        double[] b = vector.clone();
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[row][c] -= factor * a[col][c];
                }
                b[row] -= factor * b[col];
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = b[row];
            for (int c = row + 1; c < n; c++) {
                sum -= a[row][c] * x[c];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }
}
