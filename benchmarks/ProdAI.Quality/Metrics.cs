namespace ProdAI.Quality;

/// <summary>Classification and ranking metrics shared by the suites.</summary>
internal static class Metrics
{
    public static double Round(double value) => double.IsNaN(value) ? double.NaN : Math.Round(value, 4);

    /// <summary>Counts at a threshold (score ≥ threshold is positive). Undefined ratios are NaN-free: 0 when the denominator is 0.</summary>
    public static Binary AtThreshold(IReadOnlyList<(double Score, int Label)> scores, double threshold)
    {
        int positives = 0, negatives = 0, tp = 0, fp = 0;
        foreach ((double score, int label) in scores)
        {
            bool predicted = score >= threshold;
            if (label == 1)
            {
                positives++;
                tp += predicted ? 1 : 0;
            }
            else
            {
                negatives++;
                fp += predicted ? 1 : 0;
            }
        }

        return new Binary(positives, negatives, tp, fp);
    }

    /// <summary>
    /// The highest TPR any threshold reaches while its FPR stays at or below <paramref name="maxFpr"/> (a point of the ROC
    /// curve, chosen with the labels: a diagnostic of ranking quality, not the shipped operating point); 0 when none does.
    /// </summary>
    public static double TprAtFpr(IReadOnlyList<(double Score, int Label)> scores, double maxFpr)
    {
        int positives = scores.Count(s => s.Label == 1), negatives = scores.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return 0;
        }

        var sorted = scores.OrderByDescending(s => s.Score).ToList();
        int tp = 0, fp = 0, i = 0;
        double best = 0;
        while (i < sorted.Count)
        {
            int j = i;
            while (j < sorted.Count && sorted[j].Score.Equals(sorted[i].Score))
            {
                tp += sorted[j].Label;
                fp += 1 - sorted[j].Label;
                j++;
            }

            if (fp > maxFpr * negatives)
            {
                break;
            }

            best = (double)tp / positives;
            i = j;
        }

        return best;
    }

    /// <summary>ROC AUC by the rank statistic (ties count one half); 0.5 when a class is missing.</summary>
    public static double RocAuc(IReadOnlyList<(double Score, int Label)> scores)
    {
        var sorted = scores.OrderBy(s => s.Score).ToList();
        double rankSum = 0;
        int positives = 0, i = 0;
        while (i < sorted.Count)
        {
            int j = i;
            while (j < sorted.Count && sorted[j].Score.Equals(sorted[i].Score))
            {
                j++;
            }

            double averageRank = (i + j + 1) / 2.0; // ranks are 1-based
            for (int k = i; k < j; k++)
            {
                if (sorted[k].Label == 1)
                {
                    rankSum += averageRank;
                    positives++;
                }
            }

            i = j;
        }

        int negatives = sorted.Count - positives;
        return positives == 0 || negatives == 0 ? 0.5 : (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    public static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        double index = p * (values.Count - 1);
        int lo = (int)Math.Floor(index), hi = (int)Math.Ceiling(index);
        return values[lo] + ((values[hi] - values[lo]) * (index - lo));
    }

    internal readonly record struct Binary(int Positives, int Negatives, int TruePositives, int FalsePositives)
    {
        public double Tpr => Positives == 0 ? 0 : TruePositives / (double)Positives;

        public double Fpr => Negatives == 0 ? 0 : FalsePositives / (double)Negatives;

        public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);

        public double F1 => Precision + Tpr == 0 ? 0 : 2 * Precision * Tpr / (Precision + Tpr);
    }
}
