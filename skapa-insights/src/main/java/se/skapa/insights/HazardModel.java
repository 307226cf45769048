package se.skapa.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * A discrete-time hazard model: logistic regression over person-periods, its log-likelihood
 * maximised by Commons Math's non-linear conjugate-gradient optimiser, with a cluster-robust
 * ("sandwich") covariance so that the repeated periods of one person are not counted as
 * independent. Covariates are centred before fitting (slopes and their variances are unchanged; the
 * optimiser converges better).
 */
final class HazardModel {

  /** A slope beyond this (an odds ratio of e^15 per step) is separation, not an estimate. */
  private static final double MAX_SLOPE = 15;

  private HazardModel() {}

  /**
   * @param beta the slopes (without the intercept)
   * @param variance their cluster-robust variances
   */
  record Fit(double[] beta, double[] variance) {}

  /**
   * @param x one row per person-period, one column per covariate
   * @param y 1 where the event followed, else 0
   * @param cluster the person each row belongs to, numbered from 0
   * @param clusters the number of people
   * @return the fit; empty when the model has no finite estimate or a singular information matrix
   */
  static Optional<Fit> fit(double[][] x, int[] y, int[] cluster, int clusters) {
    int n = y.length;
    int k = x[0].length + 1;
    double[] mean = new double[k - 1];
    for (double[] row : x) {
      for (int j = 0; j < k - 1; j++) {
        mean[j] += row[j] / n;
      }
    }
    double[][] z = new double[n][k];
    int events = 0;
    for (int i = 0; i < n; i++) {
      z[i][0] = 1;
      for (int j = 1; j < k; j++) {
        z[i][j] = x[i][j - 1] - mean[j - 1];
      }
      events += y[i];
    }
    // The likelihood depends on the rows only through their distinct (covariates, event) patterns:
    // scores on a scale take few values, so the optimiser iterates over a few hundred weighted
    // patterns instead of every person-period.
    Map<List<Double>, double[]> patterns = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      List<Double> key = new ArrayList<>(k + 1);
      for (double v : z[i]) {
        key.add(v);
      }
      key.add((double) y[i]);
      patterns.computeIfAbsent(key, unused -> new double[1])[0]++;
    }
    int m = patterns.size();
    double[][] pz = new double[m][];
    int[] py = new int[m];
    double[] weight = new double[m];
    int at = 0;
    for (Map.Entry<List<Double>, double[]> e : patterns.entrySet()) {
      List<Double> key = e.getKey();
      pz[at] = new double[k];
      for (int j = 0; j < k; j++) {
        pz[at][j] = key.get(j);
      }
      py[at] = key.get(k).intValue();
      weight[at] = e.getValue()[0];
      at++;
    }
    double[] start = new double[k];
    start[0] = Math.log((double) events / (n - events));
    NonLinearConjugateGradientOptimizer optimizer =
        new NonLinearConjugateGradientOptimizer(
            NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE,
            new SimpleValueChecker(1e-13, 1e-13));
    PointValuePair best =
        optimizer.optimize(
            new MaxEval(100_000),
            new MaxIter(10_000),
            new ObjectiveFunction(b -> logLikelihood(pz, py, weight, b)),
            new ObjectiveFunctionGradient(b -> gradient(pz, py, weight, b)),
            GoalType.MAXIMIZE,
            new InitialGuess(start));
    double[] b = best.getPoint();
    for (int j = 1; j < k; j++) {
      if (!Double.isFinite(b[j]) || Math.abs(b[j]) > MAX_SLOPE) {
        return Optional.empty();
      }
    }
    double[][] bread = new double[k][k];
    for (int i = 0; i < m; i++) {
      double p = probability(pz[i], b);
      double w = weight[i] * p * (1 - p);
      for (int r = 0; r < k; r++) {
        for (int c = 0; c < k; c++) {
          bread[r][c] += w * pz[i][r] * pz[i][c];
        }
      }
    }
    double[][] score = new double[clusters][k];
    for (int i = 0; i < n; i++) {
      double p = probability(z[i], b);
      for (int r = 0; r < k; r++) {
        score[cluster[i]][r] += z[i][r] * (y[i] - p);
      }
    }
    LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(bread, false));
    if (!lu.getSolver().isNonSingular()) {
      return Optional.empty();
    }
    RealMatrix inverse = lu.getSolver().getInverse();
    double[][] meatSums = new double[k][k];
    for (double[] u : score) {
      for (int r = 0; r < k; r++) {
        for (int c = 0; c < k; c++) {
          meatSums[r][c] += u[r] * u[c];
        }
      }
    }
    RealMatrix meat = new Array2DRowRealMatrix(meatSums, false);
    // The small-sample factor of the usual cluster-robust estimator: G/(G-1) * (N-1)/(N-K).
    double factor = clusters / (clusters - 1.0) * (n - 1.0) / (n - k);
    RealMatrix v = inverse.multiply(meat).multiply(inverse).scalarMultiply(factor);
    double[] beta = new double[k - 1];
    double[] variance = new double[k - 1];
    for (int j = 1; j < k; j++) {
      beta[j - 1] = b[j];
      variance[j - 1] = v.getEntry(j, j);
      if (!(variance[j - 1] > 0) || !Double.isFinite(variance[j - 1])) {
        return Optional.empty();
      }
    }
    return Optional.of(new Fit(beta, variance));
  }

  private static double probability(double[] z, double[] b) {
    double eta = 0;
    for (int j = 0; j < b.length; j++) {
      eta += z[j] * b[j];
    }
    return 1 / (1 + Math.exp(-eta));
  }

  private static double logLikelihood(double[][] z, int[] y, double[] w, double[] b) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      double eta = 0;
      for (int j = 0; j < b.length; j++) {
        eta += z[i][j] * b[j];
      }
      // log(1 + e^eta) without overflow.
      double softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
      sum += w[i] * (y[i] * eta - softplus);
    }
    return sum;
  }

  private static double[] gradient(double[][] z, int[] y, double[] w, double[] b) {
    double[] g = new double[b.length];
    for (int i = 0; i < y.length; i++) {
      double r = w[i] * (y[i] - probability(z[i], b));
      for (int j = 0; j < b.length; j++) {
        g[j] += z[i][j] * r;
      }
    }
    return g;
  }
}
