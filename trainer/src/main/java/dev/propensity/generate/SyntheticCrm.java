package dev.propensity.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Generates a synthetic CRM export whose true conversion probabilities are known, so that model quality can be
 * measured against the truth. See {@code datasets/README.md} for the files and columns.
 *
 * <p>Rows are streamed to the files as they are generated, so a million leads need little memory. The same
 * settings always give byte-identical files. Nothing is printed: progress goes to the callback.
 */
public final class SyntheticCrm {
    /** How often, in leads, the progress callback is told. */
    public static final int PROGRESS_EVERY = 1_000;
    /** Mixed into the seed for the stream of the persona battery, the affinities and the senior-rep hand-over. */
    private static final long PERSONA_STREAM = 0x5EED_0009_9E37_79B9L;

    private final GeneratorSettings settings;

    /** A generator for the given number of leads, seed and population; nothing is written until {@link #generate}. */
    public SyntheticCrm(GeneratorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Writes {@code opportunities.csv/.parquet}, {@code surveys.csv/.parquet}, {@code ground_truth.csv},
     * {@code events.csv} and {@code affinities.csv} into
     * {@code folder} (created if needed; files already there are replaced).
     *
     * @param progress told the number of leads written so far, every {@value #PROGRESS_EVERY} leads and at the end
     */
    public GenerationSummary generate(Path folder, LongConsumer progress) throws IOException {
        Files.createDirectories(folder);
        Draw draw = new Draw(settings.seed());
        Population population = Population.of(settings.shift());
        AccountBook accounts = new AccountBook(population, draw);
        // Issue 9's choices come from a stream of their own, so the columns drawn before them keep their values.
        Draw personaDraw = new Draw(settings.seed() ^ PERSONA_STREAM);
        Affinities affinities = new Affinities(personaDraw);
        LeadFactory leads = new LeadFactory(population, draw, new AttitudeFactory(personaDraw));
        ClosingFactory closings = new ClosingFactory(draw, personaDraw, affinities);
        Timeline timeline = new Timeline(settings.leads());
        long surveys = 0;
        long won = 0;
        double probabilities = 0;
        try (DatasetFiles files = DatasetFiles.create(folder); ActivityStream events = new ActivityStream(folder, settings.seed())) {
            for (long n = 1; n <= settings.leads(); n++) {
                Lead lead = leads.create(Formats.padded("L", n, 7), timeline.next(), accounts.next());
                Closing closing = closings.close(lead, PropensityTruth.probability(lead));
                double probability = closing.probability();
                files.write(lead, closing, probability);
                events.write(lead);
                surveys += lead.survey() == null ? 0 : 1;
                won += closing.won() ? 1 : 0;
                probabilities += probability;
                if (n % PROGRESS_EVERY == 0 || n == settings.leads()) {
                    progress.accept(n);
                }
            }
            files.writeAffinities(affinities.rows());
        }
        return new GenerationSummary(folder, settings.leads(), surveys, won, probabilities / settings.leads());
    }
}
