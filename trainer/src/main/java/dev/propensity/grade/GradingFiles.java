package dev.propensity.grade;

import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingRun;
import java.util.LinkedHashMap;
import java.util.Map;

/** Adds {@code grading.json} to the files a training run publishes with a version. */
public final class GradingFiles implements TrainingRun.VersionFiles {
    private final GradingSpec spec;
    private final TrainingRun.VersionFiles others;

    private GradingFiles(GradingSpec spec, TrainingRun.VersionFiles others) {
        this.spec = spec;
        this.others = others;
    }

    /** Only {@code grading.json}. */
    public static GradingFiles of(GradingSpec spec) {
        return new GradingFiles(spec, (trained, version) -> Map.of());
    }

    /** {@code grading.json} and the files {@code others} makes (a report). */
    public static GradingFiles with(GradingSpec spec, TrainingRun.VersionFiles others) {
        return new GradingFiles(spec, others);
    }

    @Override
    public Map<String, byte[]> files(TrainedModel trained, int version) {
        Map<String, byte[]> files = new LinkedHashMap<>(others.files(trained, version));
        files.put(GradingModel.FILE, GradingJson.bytes(GradingFitter.fit(trained, spec)));
        return files;
    }
}
