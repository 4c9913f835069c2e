package dev.propensity.grade;

import dev.propensity.concurrent.SideTask;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingRun;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Adds {@code grading.json} to the files a training run publishes with a version. */
public final class GradingFiles implements TrainingRun.VersionFiles {
    private final GradingSpec spec;
    private final WithGrading others;

    /** Files made from a trained model and its grading, fitted once (a report that shows the grades). */
    @FunctionalInterface
    public interface WithGrading {
        /**
         * Does the work that does not need the grading (it runs while the grading is fitted) and returns what
         * finishes the files once the grading is known.
         */
        Function<GradingModel, Map<String, byte[]>> prepare(TrainedModel trained, int version);
    }

    private GradingFiles(GradingSpec spec, WithGrading others) {
        this.spec = spec;
        this.others = others;
    }

    /** Only {@code grading.json}. */
    public static GradingFiles of(GradingSpec spec) {
        return new GradingFiles(spec, (trained, version) -> grading -> Map.of());
    }

    /** {@code grading.json} and the files {@code others} makes from the same grading (a report with grades). */
    public static GradingFiles with(GradingSpec spec, WithGrading others) {
        return new GradingFiles(spec, others);
    }

    @Override
    public Map<String, byte[]> files(TrainedModel trained, int version) {
        SideTask<GradingModel> fitting = SideTask.start("grading fit", () -> GradingFitter.fit(trained, spec));
        Function<GradingModel, Map<String, byte[]>> finish = others.prepare(trained, version);
        GradingModel grading = fitting.join();
        Map<String, byte[]> files = new LinkedHashMap<>(finish.apply(grading));
        files.put(GradingModel.FILE, GradingJson.bytes(grading));
        return files;
    }
}
